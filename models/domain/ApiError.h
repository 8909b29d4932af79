#pragma once

#include <QHash>
#include <QString>

// The one error type of the code base (design.md, "Errors"): what went wrong, the HTTP
// status when there was one, a translated message for people, and messages per field.
struct ApiError
{
    enum class Kind : quint8 {
        None,
        Network,
        Timeout,
        Cancelled,
        Unauthorized,
        Forbidden,
        NotFound,
        Validation, // also conflicts such as a duplicate invitation
        RateLimited,
        Server,
        BadResponse,
        Unsupported, // the server cannot do this at all (e.g. resend invitations)
        Storage, // a local file (demo account, cache) could not be read or written
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;
    QHash<QString, QString> fieldErrors; // API field name -> message
    int retryAfterSecs = -1;

    bool isError() const { return kind != Kind::None; }

    static ApiError make(Kind kind, const QString &message, int httpStatus = 0)
    {
        ApiError e;
        e.kind = kind;
        e.message = message;
        e.httpStatus = httpStatus;
        return e;
    }
    static ApiError badResponse(const QString &detail);

    // A translated, generic description of a kind, for when the server gave no message.
    static QString describe(Kind kind);
    // What to tell people: the server's message, or else the description of the kind.
    QString text() const { return message.isEmpty() ? describe(kind) : message; }
};
