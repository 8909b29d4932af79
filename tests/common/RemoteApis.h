#pragma once

#include "api/GcoreAccountApi.h"
#include "api/SignInApi.h"

#include <QNetworkAccessManager>

// What the application gives the sign-in dialog: the real REST backend, on `network`.
inline SignInApiFactory remoteApis(QNetworkAccessManager *network)
{
    return [network](const QUrl &baseUrl) -> std::unique_ptr<SignInApi> {
        return std::make_unique<GcoreAccountApi>(network, baseUrl);
    };
}
