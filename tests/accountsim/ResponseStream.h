#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

// One HTTP answer written to a socket over time, for the simulator's hostile bodies: the head
// at once, then the body as fast as the client takes it (never more than about a mebibyte
// waiting in the socket, so a body of 200 MB costs no memory) or one byte per tick, framed by
// Content-Length or chunked. It lives on the socket and ends itself once the body is out or
// the client has gone.
class ResponseStream final : public QObject
{
    Q_OBJECT

public:
    // `prefix`, then `fill` bytes of `fillByte`, then `suffix`: a large body never held whole.
    struct Body
    {
        QByteArray prefix;
        qint64 fill = 0;
        char fillByte = ' ';
        QByteArray suffix;

        qint64 size() const { return prefix.size() + fill + suffix.size(); }
        QByteArray slice(qint64 at, qint64 length) const;
    };

    // `body` gzip-compressed (RFC 1952), a piece at a time.
    static QByteArray gzip(const Body &body);

    // Writes `head` (the status line and headers, without the framing header and the blank
    // line that ends them) and then `body` to `socket`.
    static void start(QTcpSocket *socket, QByteArray head, Body body, bool chunked, int trickleMs);

private:
    ResponseStream(QTcpSocket *socket, Body body, bool chunked, int trickleMs);

    void pump();
    void writePiece(qint64 length);
    void finish();

    QPointer<QTcpSocket> m_socket;
    Body m_body;
    qint64 m_sent = 0;
    bool m_chunked = false;
    bool m_done = false;
    QTimer m_trickle;

    Q_DISABLE_COPY_MOVE(ResponseStream)
};
