#include "ApiError.h"

#include <QCoreApplication>

ApiError ApiError::badResponse(const QString &detail)
{
    return make(Kind::BadResponse,
                QCoreApplication::translate("ApiError", "The server sent a response Roster cannot read: %1").arg(detail));
}

QString ApiError::describe(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "The server cannot be reached. Check the network connection.");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "The server did not answer in time.");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    case Kind::Unauthorized:
        return QCoreApplication::translate("ApiError", "Sign-in is no longer valid. Sign in again.");
    case Kind::Forbidden:
        return QCoreApplication::translate("ApiError", "You do not have permission to do this.");
    case Kind::NotFound:
        return QCoreApplication::translate("ApiError", "The user no longer exists in this account.");
    case Kind::Validation:
        return QCoreApplication::translate("ApiError", "The server refused the request.");
    case Kind::RateLimited:
        return QCoreApplication::translate("ApiError", "Too many requests. Try again later.");
    case Kind::Server:
        return QCoreApplication::translate("ApiError", "The server had a problem. Try again later.");
    case Kind::BadResponse:
        return QCoreApplication::translate("ApiError", "The server sent a response Roster cannot read.");
    case Kind::Unsupported:
        return QCoreApplication::translate("ApiError", "This server does not support this action.");
    case Kind::Storage:
        return QCoreApplication::translate("ApiError", "A local file could not be read or written.");
    }
    return {};
}
