#pragma once

#include <QCoreApplication>
#include <QString>

// The rule for an email address, written once: the invite dialog checks it as people type, and
// the demo account refuses what it refuses. One @, a name before it without spaces, forbidden
// characters or stray dots, and a domain with a dot whose labels are valid (internationalised
// domains are checked in their ASCII form, bücher.de as xn--bcher-kva.de).
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)
public:
    // What is wrong with `email` (trimmed) in the person's language; empty when it is fine.
    static QString problem(const QString &email);
    static bool isValid(const QString &email) { return problem(email).isEmpty(); }
    // The same address however it was typed: trimmed and case-folded.
    static QString key(const QString &email);

    static constexpr int MaxLength = 254;
    static constexpr int MaxLocalLength = 64;
};
