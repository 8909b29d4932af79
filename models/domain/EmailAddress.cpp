#include "EmailAddress.h"

#include <QUrl>

#include <algorithm>
#include <cctype>

QString EmailAddress::problem(const QString &email)
{
    const QString text = email.trimmed();
    if (text.isEmpty())
        return tr("Enter an email address.");
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return tr("An email address cannot contain spaces.");
    if (text.count(QLatin1Char('@')) != 1)
        return tr("An email address has exactly one @, as in name@example.com.");
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    const QString local = text.left(at);
    const QString domain = text.mid(at + 1);
    if (local.isEmpty())
        return tr("Enter the name before the @, as in name@example.com.");
    if (domain.isEmpty())
        return tr("Enter the domain after the @, as in name@example.com.");
    if (local.size() > MaxLocalLength || text.size() > MaxLength)
        return tr("This email address is too long.");
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return tr("The name before the @ cannot start or end with a dot, or have two dots in a row.");
    static const QString forbidden = QStringLiteral("\"(),:;<>[]\\");
    for (QChar c : local) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            return tr("The name before the @ cannot contain %1.").arg(c);
    }
    // The dots of a domain said as they are wrong, not as "it needs a dot" (user@example.com.).
    if (domain.endsWith(QLatin1Char('.')))
        return tr("The domain cannot end with a dot: “%1” should read “%2”.").arg(domain, domain.chopped(1));
    if (domain.startsWith(QLatin1Char('.')) || domain.contains(QLatin1String("..")))
        return tr("The domain “%1” cannot start with a dot or have two dots in a row.").arg(domain);
    const QString domainProblem = tr("“%1” is not a valid domain: it needs a dot, as in example.com.").arg(domain);
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty() || !ace.contains('.'))
        return domainProblem;
    const QList<QByteArray> labels = ace.split('.');
    for (const QByteArray &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return domainProblem;
        for (char c : label) {
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-'))
                return domainProblem;
        }
    }
    const QByteArray &top = labels.constLast();
    if (top.size() < 2 || std::all_of(top.cbegin(), top.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return domainProblem;
    return {};
}

QString EmailAddress::key(const QString &email)
{
    return email.trimmed().toCaseFolded();
}
