#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <utility>

// The body of a request that must not be sent twice (POST, PATCH). Qt's HTTP/1 code sends a
// request again by itself, whatever its method, when the server closes the connection before
// answering; it rewinds the body first, and a body that refuses to rewind makes the reply fail
// (ContentReSendError) instead. Without this an invitation, or a single-use refresh token, could
// reach a server that had already acted on it but dropped the connection.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    qint64 size() const override { return m_data.size(); }

    bool seek(qint64 pos) override
    {
        if (pos < m_read)
            return false;
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 at = pos();
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - at);
        if (n <= 0)
            return 0;
        std::memcpy(data, m_data.constData() + at, size_t(n));
        m_read = std::max(m_read, at + n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0; // how far the network has read: no way back from there
};
