#include "ResponseStream.h"

#include <QTcpSocket>

#include <zlib.h>

#include <algorithm>

namespace {

constexpr qint64 PieceBytes = 64 * 1024;
constexpr qint64 MaxWaitingBytes = 1024 * 1024; // in the socket, not yet taken by the client

} // namespace

QByteArray ResponseStream::Body::slice(qint64 at, qint64 length) const
{
    QByteArray out;
    out.reserve(length);
    const qint64 end = at + length;
    const qint64 prefixEnd = prefix.size();
    const qint64 fillEnd = prefixEnd + fill;
    if (at < prefixEnd)
        out += prefix.mid(at, std::min(end, prefixEnd) - at);
    if (end > prefixEnd && at < fillEnd) {
        const qint64 from = std::max(at, prefixEnd);
        out += QByteArray(std::min(end, fillEnd) - from, fillByte);
    }
    if (end > fillEnd) {
        const qint64 from = std::max(at, fillEnd);
        out += suffix.mid(from - fillEnd, end - from);
    }
    return out;
}

QByteArray ResponseStream::gzip(const Body &body)
{
    z_stream stream{};
    // 15 window bits + 16: a gzip header and trailer instead of zlib's. Run-length matching
    // is all a body of one repeated byte needs, and fast.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_RLE) != Z_OK)
        return QByteArray();
    QByteArray out;
    QByteArray buffer(int(PieceBytes), Qt::Uninitialized);
    qint64 at = 0;
    int state = Z_OK;
    while (state != Z_STREAM_END) {
        const QByteArray piece = body.slice(at, std::min(PieceBytes, body.size() - at));
        at += piece.size();
        const int flush = at >= body.size() ? Z_FINISH : Z_NO_FLUSH;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(piece.constData()));
        stream.avail_in = uInt(piece.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream.avail_out = uInt(buffer.size());
            state = deflate(&stream, flush);
            if (state == Z_STREAM_ERROR) {
                deflateEnd(&stream);
                return QByteArray();
            }
            out.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

void ResponseStream::start(QTcpSocket *socket, QByteArray head, Body body, bool chunked, int trickleMs)
{
    if (chunked)
        head += QByteArrayLiteral("Transfer-Encoding: chunked\r\n");
    else
        head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("\r\n");
    socket->write(head);
    new ResponseStream(socket, std::move(body), chunked, trickleMs); // owned by the socket
}

ResponseStream::ResponseStream(QTcpSocket *socket, Body body, bool chunked, int trickleMs)
    : QObject(socket)
    , m_socket(socket)
    , m_body(std::move(body))
    , m_chunked(chunked)
{
    connect(socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
    if (trickleMs > 0) {
        m_trickle.setTimerType(Qt::PreciseTimer);
        m_trickle.setInterval(trickleMs);
        connect(&m_trickle, &QTimer::timeout, this, [this] {
            if (m_sent < m_body.size())
                writePiece(1);
            if (m_sent >= m_body.size())
                finish();
        });
        m_trickle.start();
        return;
    }
    connect(socket, &QIODevice::bytesWritten, this, &ResponseStream::pump);
    pump();
}

void ResponseStream::pump()
{
    while (!m_done && m_socket && m_sent < m_body.size() && m_socket->bytesToWrite() < MaxWaitingBytes)
        writePiece(std::min(PieceBytes, m_body.size() - m_sent));
    if (m_sent >= m_body.size())
        finish();
}

void ResponseStream::writePiece(qint64 length)
{
    if (!m_socket)
        return;
    const QByteArray piece = m_body.slice(m_sent, length);
    if (m_chunked)
        m_socket->write(QByteArray::number(piece.size(), 16) + QByteArrayLiteral("\r\n") + piece
                        + QByteArrayLiteral("\r\n"));
    else
        m_socket->write(piece);
    m_sent += piece.size();
}

void ResponseStream::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_trickle.stop();
    if (m_chunked && m_socket)
        m_socket->write(QByteArrayLiteral("0\r\n\r\n"));
    deleteLater();
}
