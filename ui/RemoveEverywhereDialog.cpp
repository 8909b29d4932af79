#include "RemoveEverywhereDialog.h"

#include "DialogParts.h"

#include "session/RemovalEverywhere.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RemoveEverywhereDialog::RemoveEverywhereDialog(AccountSession *session, const User &person, QWidget *parent)
    : Retranslating<QDialog>(parent)
    , m_person(person)
    , m_removal(new RemovalEverywhere(session, this))
    , m_question(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_deleteTokens(new QCheckBox(this))
{
    m_deleteTokens->setObjectName(QStringLiteral("deleteTokensBox"));
    m_deleteTokens->hide();
    connect(m_deleteTokens, &QCheckBox::toggled, this, [this](bool on) {
        m_removal->setDeleteBlockingTokens(on);
        showAccounts();
    });
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(2);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    m_remove = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RemoveEverywhereDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_explanation);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_deleteTokens);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(640, 360);

    connect(m_removal, &RemovalEverywhere::accountChanged, this, &RemoveEverywhereDialog::showAccounts);
    retranslate();
    m_removal->check(person, [this](const QList<RemovalEverywhere::Account> &) {
        m_busy = false;
        showAccounts();
        emit settled();
    });
    showAccounts();
}

RemoveEverywhereDialog::~RemoveEverywhereDialog() = default;

void RemoveEverywhereDialog::accept()
{
    if (m_busy || m_ran || m_removal->readyCount() == 0)
        return;
    m_busy = true;
    m_ran = true;
    showAccounts();
    m_removal->run([this](const QList<RemovalEverywhere::Account> &) {
        m_busy = false;
        showAccounts();
        emit settled();
    });
}

void RemoveEverywhereDialog::reject()
{
    if (isRemoving())
        return;
    QDialog::reject();
}

void RemoveEverywhereDialog::closeEvent(QCloseEvent *event)
{
    if (isRemoving()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RemoveEverywhereDialog::retranslate()
{
    setWindowTitle(tr("Remove from All My Accounts"));
    m_question->setText(tr("Remove %1 from every account you share with them?")
                            .arg(DialogParts::personText(m_person.name, m_person.email)));
    m_explanation->setText(tr("Each account is checked first. The person keeps their sign-in and any other "
                              "accounts; only their access to the accounts below ends. This cannot be undone."));
    m_list->setHeaderLabels({tr("Account"), tr("What happens")});
    m_list->setAccessibleName(tr("Accounts"));
    showAccounts();
}

void RemoveEverywhereDialog::showAccounts()
{
    const QList<RemovalEverywhere::Account> accounts = m_removal->accounts();
    m_list->clear();
    for (const RemovalEverywhere::Account &account : accounts) {
        const QString name = account.current ? tr("%1 (this account)").arg(account.companyName) : account.companyName;
        auto *item = new QTreeWidgetItem(
            m_list, {name, RemovalEverywhere::stateText(account, m_removal->deletesBlockingTokens())});
        item->setToolTip(0, tr("Account ID %1").arg(account.clientId));
        item->setToolTip(1, item->text(1));
    }
    const int ready = m_removal->readyCount();
    const int blocking = m_removal->blockingTokenCount();
    m_deleteTokens->setText(
        tr("Delete the %n API token(s) that block it first (this cannot be undone)", nullptr, std::max(blocking, 1)));
    m_deleteTokens->setVisible(blocking > 0 && !m_ran);
    m_deleteTokens->setEnabled(!m_busy);
    int removed = 0;
    for (const RemovalEverywhere::Account &account : accounts)
        removed += account.state == RemovalEverywhere::Account::State::Removed;
    QString summary;
    if (m_busy)
        summary = m_ran ? tr("Removing…") : tr("Checking each account…");
    else if (m_ran)
        summary = tr("Removed from %1 of %2 accounts.").arg(removed).arg(accounts.size());
    else if (ready == 0)
        summary = tr("%1 cannot be removed from any of these accounts; each says why.").arg(m_person.email);
    else
        summary = tr("%1 will be removed from %n account(s).", nullptr, ready).arg(m_person.email);
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    m_remove->setText(tr("Remove from %n Account(s)", nullptr, std::max(ready, 1)));
    m_remove->setEnabled(!m_busy && !m_ran && ready > 0);
    m_remove->setVisible(!m_ran);
    m_close->setText(m_ran ? tr("Close") : tr("Cancel"));
    m_close->setEnabled(!isRemoving());
}
