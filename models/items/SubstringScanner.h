#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Tells quickly whether a byte string occurs in a short text: the filter asks it once per
// user, a million times per keystroke. On x86-64 it compares 16 positions at a time for the
// needle's first and last byte and verifies only those candidates; elsewhere it uses memmem.
class SubstringScanner
{
public:
    explicit SubstringScanner(QByteArray needle);

    const QByteArray &needle() const { return m_needle; }

    // Whether the needle occurs in text[0, length). `readable` is how many bytes may be read
    // from `text` (at least `length`); with 16 bytes of slack past the end it reads whole
    // blocks and ignores what lies beyond `length`.
    bool containedIn(const char *text, qsizetype length, qsizetype readable) const;
    bool containedIn(QByteArrayView text) const { return containedIn(text.data(), text.size(), text.size()); }

private:
    QByteArray m_needle;
};
