#pragma once

// This process's resident memory, as roster-bench's memory cases read it (Linux).

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace Bench {

// The resident memory now. Read on every turn of the event loop, so it must cost next to
// nothing: the file stays open and is read again from its start (opening it each time took a
// sixth of the GUI thread's time during a refresh).
inline qint64 residentBytes()
{
    static const int statm = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    static const long pageSize = sysconf(_SC_PAGESIZE);
    char text[128];
    const ssize_t n = statm >= 0 ? ::pread(statm, text, sizeof text - 1, 0) : -1;
    if (n <= 0)
        return 0;
    text[n] = 0;
    // "size resident shared ...", in pages.
    const char *resident = std::strchr(text, ' ');
    return resident ? std::strtoll(resident + 1, nullptr, 10) * pageSize : 0;
}

// The kernel's high-water mark of this process's resident memory (VmHWM), which also sees the
// peaks between two turns of the event loop; resetPeakResident() sets it to the present (Linux
// 4.0 on). -1 when it cannot be read.
inline bool resetPeakResident()
{
    const int fd = ::open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, "5", 1) == 1;
    ::close(fd);
    return ok;
}

inline qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace Bench
