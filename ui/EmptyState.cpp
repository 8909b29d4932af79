#include "EmptyState.h"

#include "DialogParts.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Longest search text quoted back; the rest is elided.
constexpr int MaxQuotedLength = 60;

} // namespace

EmptyState::EmptyState(QWidget *parent)
    : Retranslating<QFrame>(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    // Framed like the table it stands in for, so the page does not jump when it changes.
    setFrameStyle(QFrame::StyledPanel | QFrame::Sunken);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    for (QLabel *label : {m_title, m_message}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText); // search text and server messages are not markup
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_message->setObjectName(QStringLiteral("emptyStateMessage"));
    updateColors();

    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    connect(m_action, &QPushButton::clicked, this, &EmptyState::onAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    retranslate();
}

void EmptyState::showLoading()
{
    m_reason = Reason::Loading;
    retranslate();
}

void EmptyState::showNoUsers()
{
    m_reason = Reason::NoUsers;
    retranslate();
}

void EmptyState::showNoMatches(const QString &searchText, bool otherFilters)
{
    m_reason = Reason::NoMatches;
    m_searchText = searchText;
    m_otherFilters = otherFilters;
    retranslate();
}

void EmptyState::showLoadFailed(const QString &message)
{
    m_reason = Reason::LoadFailed;
    m_error = message;
    retranslate();
}

void EmptyState::onAction()
{
    switch (m_reason) {
    case Reason::NoMatches:
        emit clearFiltersRequested();
        break;
    case Reason::NoUsers:
    case Reason::LoadFailed:
        emit retryRequested();
        break;
    case Reason::None:
    case Reason::Loading:
        break;
    }
}

void EmptyState::retranslate()
{
    QString title;
    QString message;
    QString action;
    switch (m_reason) {
    case Reason::None:
        break;
    case Reason::Loading:
        title = tr("Loading users…");
        break;
    case Reason::NoUsers:
        title = tr("This account has no users yet.");
        message = tr("Users invited to the account appear here after a refresh.");
        action = tr("Refresh");
        break;
    case Reason::NoMatches: {
        QString quoted = m_searchText;
        if (quoted.size() > MaxQuotedLength)
            quoted = quoted.left(MaxQuotedLength - 1) + QChar(0x2026);
        if (quoted.isEmpty())
            title = tr("No users match the filters.");
        else if (m_otherFilters)
            title = tr("No users match the search “%1” and filters.").arg(quoted);
        else
            title = tr("No users match the search “%1”.").arg(quoted);
        message = tr("Search by a user ID or part of an email address or name, or clear the filters to see every user.");
        action = tr("Clear filters");
        break;
    }
    case Reason::LoadFailed:
        title = tr("The users could not be loaded.");
        message = m_error;
        action = tr("Retry");
        break;
    }

    m_title->setText(title);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    setAccessibleName(title);
}

void EmptyState::updateColors()
{
    // Taken from the current palette again when it changes, so a theme switch does not leave
    // the light theme's grey on a dark background.
    DialogParts::paint(m_message, DialogParts::Tone::Note, palette());
}
