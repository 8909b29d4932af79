#include "TokensPanel.h"

#include "DialogParts.h"

#include "items/UsersModel.h"
#include "session/AccountSession.h"
#include "session/AccountTokens.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int TokenIdRole = Qt::UserRole + 1;

} // namespace

TokensPanel::TokensPanel(QWidget *parent)
    : Retranslating<QDockWidget>(parent)
    , m_list(new QTreeWidget)
    , m_status(new QLabel)
    , m_refresh(new QPushButton)
    , m_delete(new QPushButton)
{
    setObjectName(QStringLiteral("tokensDock"));
    auto *contents = new QWidget(this);
    m_list->setObjectName(QStringLiteral("tokens"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("tokensStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(QStringLiteral("refreshTokens"));
    m_delete->setObjectName(QStringLiteral("deleteTokens"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setWidget(contents);

    connect(m_refresh, &QPushButton::clicked, this, &TokensPanel::reload);
    connect(m_delete, &QPushButton::clicked, this, &TokensPanel::deleteSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TokensPanel::updateButtons);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_session && m_session->tokens()->state() == AccountTokens::State::NotLoaded)
            reload();
    });
    retranslate();
}

TokensPanel::~TokensPanel() = default;

QString TokensPanel::deletedIssuerText()
{
    return tr("The user has been deleted");
}

void TokensPanel::setSession(AccountSession *session)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session = session;
    m_result.clear();
    if (session) {
        m_connections.append(connect(session->tokens(), &AccountTokens::changed, this, &TokensPanel::fill));
        m_connections.append(connect(session, &AccountSession::identityChanged, this, &TokensPanel::updateButtons));
        m_connections.append(connect(session, &AccountSession::readOnlyChanged, this, &TokensPanel::updateButtons));
        if (isVisible() && session->tokens()->state() == AccountTokens::State::NotLoaded)
            reload();
    }
    fill();
}

void TokensPanel::reload()
{
    m_result.clear();
    if (m_session)
        m_session->tokens()->reload();
}

QString TokensPanel::issuerText(const ApiToken &token) const
{
    const QString named = DialogParts::personText(token.issuerName, token.issuerEmail);
    if (!named.isEmpty())
        return named;
    // The list did not name them: the account's users may.
    const UsersModel *users = m_session ? m_session->users() : nullptr;
    const int row = users ? users->rowOfUser(token.userId) : -1;
    return row >= 0 ? users->email(row) : tr("User %1").arg(token.userId);
}

void TokensPanel::fill()
{
    const QList<qint64> selected = [this] {
        QList<qint64> ids;
        for (const ApiToken &token : selectedTokens())
            ids.append(token.id);
        return ids;
    }();
    m_list->setSortingEnabled(false);
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<ApiToken> tokens = m_session ? m_session->tokens()->tokens() : QList<ApiToken>();
    for (const ApiToken &token : tokens) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, TokenIdRole, token.id);
        item->setText(NameColumn, token.name.isEmpty() ? tr("(no name)") : token.name);
        item->setText(IssuerColumn, issuerText(token));
        item->setText(ExpiresColumn, AccountTokens::expiryText(token, now));
        item->setText(LastUsedColumn, AccountTokens::lastUsedText(token));
        if (token.issuerDeleted) {
            QFont crossed = item->font(IssuerColumn);
            crossed.setStrikeOut(true);
            item->setFont(IssuerColumn, crossed);
            item->setToolTip(IssuerColumn, deletedIssuerText());
            item->setData(IssuerColumn, Qt::AccessibleDescriptionRole, deletedIssuerText());
        }
        if (token.isExpired(now))
            item->setForeground(ExpiresColumn, palette().brush(QPalette::Disabled, QPalette::Text));
        if (selected.contains(token.id))
            item->setSelected(true);
    }
    m_list->setSortingEnabled(true);
    for (int column = IssuerColumn; column < ColumnCount; ++column)
        m_list->resizeColumnToContents(column);
    updateStatus();
    updateButtons();
}

QList<ApiToken> TokensPanel::selectedTokens() const
{
    QList<ApiToken> list;
    if (!m_session)
        return list;
    const QList<ApiToken> &tokens = m_session->tokens()->tokens();
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        const qint64 id = item->data(NameColumn, TokenIdRole).toLongLong();
        for (const ApiToken &token : tokens) {
            if (token.id == id)
                list.append(token);
        }
    }
    return list;
}

void TokensPanel::updateStatus()
{
    QStringList parts;
    if (!m_session) {
        parts.append(tr("No account is open."));
    } else {
        const AccountTokens *tokens = m_session->tokens();
        switch (tokens->state()) {
        case AccountTokens::State::NotLoaded:
            break;
        case AccountTokens::State::Loading:
            parts.append(tr("Loading API tokens…"));
            break;
        case AccountTokens::State::Failed:
            parts.append(tr("The API tokens could not be loaded: %1").arg(tokens->errorText()));
            break;
        case AccountTokens::State::Loaded:
            parts.append(tr("%n API token(s)", "", int(tokens->tokens().size())));
            break;
        }
        if (tokens->unreadable() > 0)
            parts.append(tr("%n token(s) could not be read and are not shown.", "", tokens->unreadable()));
    }
    if (!m_result.isEmpty())
        parts.append(m_result);
    m_status->setText(parts.join(u' '));
}

void TokensPanel::updateButtons()
{
    const bool open = m_session != nullptr;
    m_refresh->setEnabled(open);
    QString why;
    if (!open)
        why = tr("No account is open.");
    else if (m_session->isReadOnly())
        why = m_session->readOnlyReason();
    else if (!m_session->identity().isAdministrator()) {
        // Anyone may delete their own tokens; only an administrator those of other people.
        const qint64 me = m_session->identity().userId;
        const QList<ApiToken> chosen = selectedTokens();
        if (std::any_of(chosen.cbegin(), chosen.cend(), [me](const ApiToken &t) { return t.userId != me; }))
            why = tr("Only an administrator can delete other people's API tokens.");
    }
    if (why.isEmpty() && selectedTokens().isEmpty())
        why = tr("Select the tokens to delete");
    m_delete->setEnabled(why.isEmpty());
    m_delete->setToolTip(why.isEmpty() ? tr("Delete the selected API tokens") : why);
}

void TokensPanel::deleteSelected()
{
    updateButtons();
    const QList<ApiToken> chosen = selectedTokens();
    if (!m_delete->isEnabled() || chosen.isEmpty())
        return;
    QStringList names;
    for (const ApiToken &token : chosen)
        names.append(tr("• “%1”, issued by %2", "token, issuer").arg(token.name, issuerText(token)));
    delete m_question;
    m_question = new QMessageBox(QMessageBox::Warning, tr("Delete API Tokens"),
                                 tr("Delete %n API token(s)? Whatever uses them stops working at once; this "
                                    "cannot be undone.",
                                    "", int(chosen.size())),
                                 QMessageBox::NoButton, this);
    m_question->setObjectName(QStringLiteral("deleteTokensQuestion"));
    m_question->setInformativeText(names.join(u'\n'));
    QPushButton *yes = m_question->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    m_question->addButton(QMessageBox::Cancel);
    m_question->setDefaultButton(QMessageBox::Cancel);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, yes, chosen](QAbstractButton *button) {
        if (button != yes || !m_session)
            return;
        m_result = tr("Deleting %n API token(s)…", "", int(chosen.size()));
        updateStatus();
        m_session->tokens()->deleteTokens(chosen, this, [this](const QList<AccountTokens::Deletion> &deletions) {
            int failed = 0;
            QString reason;
            for (const AccountTokens::Deletion &deletion : deletions) {
                if (!deletion.deleted()) {
                    ++failed;
                    reason = tr("“%1”: %2", "token, reason").arg(deletion.token.name, deletion.error.text());
                }
            }
            m_result = failed == 0 ? tr("%n API token(s) deleted.", "", int(deletions.size()))
                                   : tr("%n API token(s) could not be deleted: %1", "", failed).arg(reason);
            updateStatus();
        });
    });
    m_question->open();
}

void TokensPanel::retranslate()
{
    setWindowTitle(tr("API Tokens"));
    m_list->setHeaderLabels({tr("Name"), tr("Issued by"), tr("Expires"), tr("Last used")});
    m_list->setAccessibleName(tr("API tokens"));
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setToolTip(tr("Load the API tokens again"));
    m_delete->setText(tr("&Delete…"));
    fill();
}
