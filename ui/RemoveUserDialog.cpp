#include "RemoveUserDialog.h"

#include "DialogParts.h"

#include "api/AccountApi.h"
#include "domain/ApiError.h"
#include "session/BulkRunner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using DialogParts::makeLabel;

namespace {

enum PeopleColumn { NameColumn, EmailColumn, StateColumn, PeopleColumnCount };

} // namespace

RemoveUserDialog::RemoveUserDialog(AccountApi *api, qint64 clientId, const QList<User> &users, QWidget *parent)
    : Retranslating<QDialog>(parent)
    , m_api(api)
    , m_clientId(clientId)
    , m_canListTokens(api->supports(AccountApi::Capability::ListTokens))
    , m_checks(new BulkRunner(this))
    , m_summary(makeLabel(QStringLiteral("summary"), this))
    , m_explanation(makeLabel(QStringLiteral("explanation"), this))
    , m_people(new QTreeWidget(this))
    , m_check(makeLabel(QStringLiteral("checkMessage"), this))
    , m_blocked(makeLabel(QStringLiteral("blockedMessage"), this))
    , m_deleteTokens(new QCheckBox(this))
    , m_retryButton(new QPushButton(this))
    , m_confirmLabel(makeLabel(QStringLiteral("confirmationLabel"), this))
    , m_confirm(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    Q_ASSERT(api);
    setObjectName(QStringLiteral("removeUserDialog"));

    QSet<qint64> seen;
    for (const User &user : users) {
        if (seen.contains(user.id))
            continue;
        seen.insert(user.id);
        Entry entry;
        entry.user = user;
        entry.state = m_canListTokens ? Entry::State::Waiting : Entry::State::Unchecked;
        m_entries.append(entry);
    }

    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_people->setObjectName(QStringLiteral("people"));
    m_people->setColumnCount(PeopleColumnCount);
    m_people->setRootIsDecorated(false);
    m_people->setUniformRowHeights(true);
    m_people->setSelectionMode(QAbstractItemView::NoSelection);
    m_people->setFocusPolicy(Qt::TabFocus);
    m_people->header()->setStretchLastSection(true);
    for (const Entry &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(m_people);
        item->setText(NameColumn, entry.user.name);
        item->setText(EmailColumn, entry.user.email);
    }
    m_people->setVisible(m_entries.size() > 1);
    m_people->setMinimumHeight(m_people->sizeHintForRow(0) * int(std::min<qsizetype>(m_entries.size(), 8) + 2));

    m_deleteTokens->setObjectName(QStringLiteral("deleteTokens"));
    m_deleteTokens->hide();

    m_retryButton->setObjectName(QStringLiteral("retry"));
    m_retryButton->setAutoDefault(false);
    m_retryButton->hide();
    m_confirm->setObjectName(QStringLiteral("confirmation"));
    m_confirm->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_confirmLabel->setBuddy(m_confirm);
    m_summary->show();
    m_explanation->show();

    m_removeButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_removeButton->setObjectName(QStringLiteral("remove"));
    m_removeButton->setAutoDefault(false); // Enter in the confirmation field must not remove by accident
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setDefault(true);

    auto *checkRow = new QHBoxLayout;
    checkRow->setContentsMargins(0, 0, 0, 0);
    checkRow->addWidget(m_check, 1);
    checkRow->addWidget(m_retryButton, 0, Qt::AlignTop);

    m_explanation->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_summary);
    layout->addWidget(m_people);
    layout->addWidget(m_explanation);
    layout->addLayout(checkRow);
    layout->addWidget(m_blocked);
    layout->addWidget(m_deleteTokens);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemoveUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RemoveUserDialog::reject);
    connect(m_confirm, &QLineEdit::textChanged, this, &RemoveUserDialog::updateButtons);
    connect(m_deleteTokens, &QCheckBox::toggled, this, &RemoveUserDialog::updateTexts);
    connect(m_confirm, &QLineEdit::returnPressed, this, [this] {
        if (m_removeButton->isEnabled())
            accept();
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        for (Entry &entry : m_entries) {
            if (entry.state == Entry::State::Failed) {
                entry.state = Entry::State::Waiting;
                entry.error.clear();
            }
        }
        startChecks();
    });

    retranslate();
    updateColors();
    m_confirm->setFocus();
    if (m_canListTokens)
        startChecks();
}

RemoveUserDialog::~RemoveUserDialog() = default;

QList<User> RemoveUserDialog::users() const
{
    QList<User> list;
    for (const Entry &entry : m_entries)
        list.append(entry.user);
    return list;
}

QList<User> RemoveUserDialog::removableUsers() const
{
    QList<User> list;
    for (const Entry &entry : m_entries) {
        if (entry.state == Entry::State::Clear || entry.state == Entry::State::Unchecked
            || (entry.state == Entry::State::Blocked && m_deleteTokens->isChecked()))
            list.append(entry.user);
    }
    return list;
}

QHash<qint64, QList<ApiToken>> RemoveUserDialog::tokensToDelete() const
{
    QHash<qint64, QList<ApiToken>> tokens;
    if (!m_deleteTokens->isChecked())
        return tokens;
    for (const Entry &entry : m_entries) {
        if (entry.state == Entry::State::Blocked)
            tokens.insert(entry.user.id, entry.tokens);
    }
    return tokens;
}

QList<User> RemoveUserDialog::blockedUsers() const
{
    QList<User> list;
    for (const Entry &entry : m_entries) {
        if (entry.state == Entry::State::Blocked)
            list.append(entry.user);
    }
    return list;
}

QList<ApiToken> RemoveUserDialog::activeTokens(qint64 userId) const
{
    for (const Entry &entry : m_entries) {
        if (entry.user.id == userId)
            return entry.tokens;
    }
    return {};
}

bool RemoveUserDialog::isChecking() const
{
    return count(Entry::State::Waiting) + count(Entry::State::Checking) > 0;
}

bool RemoveUserDialog::hasCheckFailures() const
{
    return count(Entry::State::Failed) > 0;
}

int RemoveUserDialog::count(Entry::State state) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [state](const Entry &entry) { return entry.state == state; }));
}

QString RemoveUserDialog::expectedConfirmation() const
{
    if (m_entries.size() == 1)
        return m_entries.constFirst().user.email.trimmed();
    return QString::number(removableUsers().size());
}

bool RemoveUserDialog::confirmationMatches() const
{
    const QString typed = m_confirm->text().trimmed();
    if (typed.isEmpty())
        return false;
    if (m_entries.size() == 1)
        return typed.compare(expectedConfirmation(), Qt::CaseInsensitive) == 0;
    bool ok = false;
    const int number = QLocale().toInt(typed, &ok);
    return typed == expectedConfirmation() || (ok && number == removableUsers().size());
}

void RemoveUserDialog::accept()
{
    updateButtons();
    if (!m_removeButton->isEnabled())
        return;
    emit confirmed(removableUsers(), tokensToDelete());
    QDialog::accept();
}

void RemoveUserDialog::done(int result)
{
    // Token checks still running are dropped.
    m_checks->cancel();
    for (Entry &entry : m_entries) {
        if (entry.state == Entry::State::Checking)
            entry.state = Entry::State::Waiting;
    }
    QDialog::done(result);
}

void RemoveUserDialog::startChecks()
{
    // A few at a time: a long selection must not flood the server (about 100 requests/s).
    QList<qint64> waiting;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).state == Entry::State::Waiting)
            waiting.append(i);
    }
    m_checks->start(waiting, [this](qint64 index, QObject *context, BulkRunner::Finish finish) {
        Entry &entry = m_entries[int(index)];
        entry.state = Entry::State::Checking;
        m_api->fetchTokens(m_clientId, entry.user.id, context,
                           [this, index, finish](const Result<TokenList> &result) {
                               onTokens(int(index), result);
                               finish({}); // the entry itself says how the check went
                           });
    });
    updateTexts();
}

void RemoveUserDialog::onTokens(int index, const Result<TokenList> &result)
{
    Entry &entry = m_entries[index];
    entry.tokens.clear();
    entry.error.clear();
    if (result) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ApiToken &token : result.value().tokens) {
            if (!token.isExpired(now))
                entry.tokens.append(token);
        }
        entry.state = entry.tokens.isEmpty() ? Entry::State::Clear : Entry::State::Blocked;
    } else if (result.error().kind == ApiError::Kind::NotFound) {
        entry.state = Entry::State::Gone;
    } else if (result.error().kind == ApiError::Kind::Unsupported) {
        entry.state = Entry::State::Unchecked;
    } else {
        entry.state = Entry::State::Failed;
        entry.error = result.error().text();
    }
    updateTexts();
    if (!isChecking())
        emit checkFinished();
}

QString RemoveUserDialog::personText(const User &user) const
{
    return DialogParts::personText(user.name, user.email);
}

QString RemoveUserDialog::tokensText(const QList<ApiToken> &tokens) const
{
    QStringList parts;
    for (const ApiToken &token : tokens) {
        QString expiry = token.expiresAt.isValid()
            ? tr("expires %1").arg(QLocale().toString(token.expiresAt.toLocalTime(), QLocale::ShortFormat))
            : tr("never expires");
        if (token.lastUsedAt.isValid())
            expiry = tr("%1, last used %2", "expiry, date")
                         .arg(expiry, QLocale().toString(token.lastUsedAt.toLocalTime(), QLocale::ShortFormat));
        parts.append(tr("“%1” (%2)", "token name, expiry and last use").arg(token.name, expiry));
    }
    return parts.join(QStringLiteral(", "));
}

QString RemoveUserDialog::stateText(const Entry &entry) const
{
    switch (entry.state) {
    case Entry::State::Waiting:
    case Entry::State::Checking:
        return tr("Checking API tokens…");
    case Entry::State::Clear:
        return tr("Will be removed");
    case Entry::State::Blocked:
        return m_deleteTokens->isChecked()
            ? tr("Will be removed after deleting %n API token(s)", "", int(entry.tokens.size()))
            : tr("Left out: active API tokens");
    case Entry::State::Failed:
        return tr("API tokens could not be checked");
    case Entry::State::Gone:
        return tr("Left out: no longer in this account");
    case Entry::State::Unchecked:
        return tr("Will be removed (API tokens not checked)");
    }
    return {};
}

void RemoveUserDialog::updateTexts()
{
    const bool single = m_entries.size() == 1;

    // What is checked, and what went wrong.
    QString check;
    const int failed = count(Entry::State::Failed);
    const int unchecked = count(Entry::State::Unchecked);
    if (isChecking()) {
        const int done = int(m_entries.size()) - count(Entry::State::Waiting) - count(Entry::State::Checking);
        check = single ? tr("Checking the user's API tokens…")
                       : tr("Checking API tokens… %1 of %2").arg(done).arg(m_entries.size());
    } else if (failed > 0) {
        QString reason;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.state == Entry::State::Failed) {
                reason = entry.error;
                break;
            }
        }
        check = single
            ? tr("The API tokens of %1 could not be checked: %2 Retry to check them again.")
                  .arg(personText(m_entries.constFirst().user), reason)
            : tr("The API tokens of %n user(s) could not be checked: %1 Retry to check them again.", "", failed)
                  .arg(reason);
    } else if (unchecked > 0) {
        check = tr("This server cannot list API tokens, so they could not be checked. If a user has active tokens, "
                   "the server refuses to remove them.");
    }
    const int gone = count(Entry::State::Gone);
    if (gone > 0 && !isChecking()) {
        const QString goneText = single ? tr("This user is no longer in the account (removed by someone else).")
                                        : tr("%n user(s) are no longer in the account and are left out.", "", gone);
        check = check.isEmpty() ? goneText : check + u' ' + goneText;
    }
    m_check->setText(check);
    m_check->setVisible(!check.isEmpty());
    m_retryButton->setVisible(failed > 0 && !isChecking());

    // Who cannot be removed, and their tokens.
    const QList<User> blocked = blockedUsers();
    int blockingTokens = 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.state == Entry::State::Blocked)
            blockingTokens += int(entry.tokens.size());
    }
    const bool deleting = m_deleteTokens->isChecked();
    QString blockedText;
    if (single && !blocked.isEmpty()) {
        blockedText = tr("You can't remove the user as they have active tokens:") + u'\n'
            + tokensText(m_entries.constFirst().tokens) + u'\n'
            + (deleting ? tr("These tokens will be deleted first; whatever uses them stops working.")
                        : tr("Delete these tokens first: tick the box below, or use the API tokens view."));
    } else if (!blocked.isEmpty()) {
        QStringList lines;
        lines.append(deleting ? tr("%n user(s) have active tokens; they will be deleted first:", "", int(blocked.size()))
                              : tr("You can't remove %n user(s) as they have active tokens; they are left out:", "",
                                   int(blocked.size())));
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.state == Entry::State::Blocked)
                lines.append(tr("• %1: %2", "person, tokens").arg(personText(entry.user), tokensText(entry.tokens)));
        }
        if (!deleting)
            lines.append(tr("Delete their tokens first: tick the box below, or use the API tokens view."));
        blockedText = lines.join(u'\n');
    }
    m_blocked->setText(blockedText);
    m_blocked->setVisible(!blockedText.isEmpty());
    m_deleteTokens->setText(tr("&Delete %n active API token(s) first (this cannot be undone)", "", blockingTokens));
    m_deleteTokens->setVisible(!blocked.isEmpty());

    // What to type, and whether there is anything to confirm at all.
    const int removable = int(removableUsers().size());
    const bool nothingLeft = !isChecking() && failed == 0 && removable == 0;
    if (single) {
        m_confirmLabel->setText(
            tr("To confirm, type the user's email address: %1").arg(m_entries.constFirst().user.email.trimmed()));
    } else if (isChecking() || failed > 0) {
        m_confirmLabel->setText(tr("To confirm, type the number of users to remove (shown once the API tokens are "
                                   "checked)."));
    } else {
        m_confirmLabel->setText(tr("To confirm, type the number of users to remove: %1").arg(removable));
    }
    m_confirm->setEnabled(!nothingLeft);
    if (nothingLeft && !single) {
        m_confirmLabel->setText(tr("None of these users can be removed."));
    }
    m_confirmLabel->setVisible(!(nothingLeft && single));
    m_confirm->setVisible(!nothingLeft);

    updatePeople();
    updateButtons();
    updateColors();
    DialogParts::fitToContents(this);
}

void RemoveUserDialog::updatePeople()
{
    for (int i = 0; i < m_entries.size(); ++i) {
        QTreeWidgetItem *item = m_people->topLevelItem(i);
        const Entry &entry = m_entries.at(i);
        QString text = stateText(entry);
        if (entry.state == Entry::State::Blocked)
            text += QStringLiteral(": ") + tokensText(entry.tokens);
        else if (entry.state == Entry::State::Failed)
            text += QStringLiteral(": ") + entry.error;
        item->setText(StateColumn, text);
        item->setToolTip(StateColumn, text);
    }
}

void RemoveUserDialog::updateButtons()
{
    const int removable = int(removableUsers().size());
    const bool ready = !isChecking() && !hasCheckFailures() && removable > 0;
    m_removeButton->setEnabled(ready && confirmationMatches());
    const bool deletingTokens = !tokensToDelete().isEmpty();
    if (m_entries.size() == 1)
        m_removeButton->setText(deletingTokens ? tr("Delete Tokens and &Remove User") : tr("&Remove User"));
    else
        m_removeButton->setText(deletingTokens ? tr("Delete Tokens and &Remove %n User(s)", "", std::max(removable, 0))
                                               : tr("&Remove %n User(s)", "", std::max(removable, 0)));
    QString why;
    if (isChecking())
        why = tr("Waiting for the API token check");
    else if (hasCheckFailures())
        why = tr("The API tokens could not be checked; retry first");
    else if (removable == 0)
        why = tr("No user here can be removed");
    else if (!confirmationMatches())
        why = m_entries.size() == 1 ? tr("Type the user's email address to confirm")
                                    : tr("Type the number of users to remove to confirm");
    m_removeButton->setToolTip(why);
}

void RemoveUserDialog::updateColors()
{
    using DialogParts::Tone;
    DialogParts::paint(m_blocked, Tone::Error, palette());
    DialogParts::paint(m_check, hasCheckFailures() ? Tone::Error : Tone::Plain, palette());
}

void RemoveUserDialog::retranslate()
{
    const bool single = m_entries.size() == 1;
    const int n = int(m_entries.size());
    if (single) {
        const User &user = m_entries.constFirst().user;
        setWindowTitle(tr("Remove User"));
        m_summary->setText(tr("Remove %1 from this account?").arg(personText(user)));
        m_explanation->setText(
            tr("This removes %1 from this account only. A person who belongs to other accounts keeps access to "
               "those; one who belongs to no other account is deleted. To give them access again, invite them again.")
                .arg(user.name.trimmed().isEmpty() ? user.email : user.name));
    } else {
        setWindowTitle(tr("Remove %n User(s)", "", n));
        m_summary->setText(tr("Remove these %n user(s) from this account?", "", n));
        m_explanation->setText(
            tr("This removes them from this account only. A person who belongs to other accounts keeps access to "
               "those; one who belongs to no other account is deleted. To give them access again, invite them "
               "again."));
    }
    m_people->setHeaderLabels({tr("Name"), tr("Email"), tr("Status")});
    m_people->setAccessibleName(tr("Users to remove"));
    m_confirm->setAccessibleName(tr("Confirmation"));
    m_check->setAccessibleName(tr("API token check"));
    m_blocked->setAccessibleName(tr("Users who cannot be removed"));
    m_retryButton->setText(tr("Re&try"));
    m_retryButton->setToolTip(tr("Check the API tokens again"));
    updateTexts();
}
