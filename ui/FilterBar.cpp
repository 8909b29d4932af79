#include "FilterBar.h"

#include "domain/Role.h"
#include "domain/SignInMethod.h"
#include "domain/UserStatus.h"
#include "items/UserFilter.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Item data of the status combo for "All statuses"; the others hold int(UserStatus).
constexpr int AnyStatus = -1;
// Item data of the sign-in combo for "Any sign-in method"; the others hold int(SignInMethod).
constexpr int AnySignInMethod = 0;

// The method an item of the sign-in combo stands for.
std::optional<SignInMethod> signInMethodAt(const QComboBox *combo, int index)
{
    const int value = combo->itemData(index).toInt();
    return value == AnySignInMethod ? std::nullopt : std::optional<SignInMethod>(SignInMethod(value));
}

QComboBox *makeCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    // Counts change while typing; sizing to the contents keeps every count readable, and
    // the search field is the one that gives way when the window gets narrow.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    return combo;
}

} // namespace

FilterBar::FilterBar(UserFilter *filter, QWidget *parent)
    : Retranslating<QWidget>(parent)
    , m_filter(filter)
    , m_search(new QLineEdit(this))
    , m_status(makeCombo(this))
    , m_twoFactor(makeCombo(this))
    , m_role(makeCombo(this))
    , m_signIn(makeCombo(this))
    , m_clear(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
    , m_twoFactorLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_signInLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    const QIcon findIcon = QIcon::fromTheme(QStringLiteral("edit-find"));
    if (!findIcon.isNull())
        m_search->addAction(findIcon, QLineEdit::LeadingPosition)->setObjectName(QStringLiteral("searchIcon"));

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(QString(), AnyStatus);
    for (int s = 0; s < UserStatusCount; ++s)
        m_status->addItem(QString(), s);

    m_twoFactor->setObjectName(QStringLiteral("twoFactorFilter"));
    m_twoFactor->addItem(QString(), int(UserFilter::TwoFactor::Any));
    m_twoFactor->addItem(QString(), int(UserFilter::TwoFactor::On));
    m_twoFactor->addItem(QString(), int(UserFilter::TwoFactor::Off));

    m_role->setObjectName(QStringLiteral("roleFilter"));
    // Some role names are long; the list shows them in full, the closed box elides them.
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_role->setMinimumContentsLength(16);
    m_role->addItem(QString(), 0);
    for (const Role &role : Role::all())
        m_role->addItem(QString(), role.id);

    m_signIn->setObjectName(QStringLiteral("signInFilter"));
    m_signIn->addItem(QString(), AnySignInMethod);
    for (const SignInMethod method : AllSignInMethods)
        m_signIn->addItem(QString(), int(method));

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    const QIcon clearIcon = QIcon::fromTheme(QStringLiteral("edit-clear-all"));
    if (!clearIcon.isNull())
        m_clear->setIcon(clearIcon);

    m_statusLabel->setBuddy(m_status);
    m_twoFactorLabel->setBuddy(m_twoFactor);
    m_roleLabel->setBuddy(m_role);
    m_signInLabel->setBuddy(m_signIn);

    // The search and the button that clears everything on one line, the filters on the next:
    // with the sign-in methods, one line no longer fits a window 1,024 pixels wide in English or
    // 1,180 in German and Russian.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    rows->addLayout(searchRow);
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(8);
    searchRow->addWidget(m_clear);
    auto *layout = new QHBoxLayout;
    rows->addLayout(layout);
    m_layout = layout;
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_twoFactorLabel);
    layout->addWidget(m_twoFactor);
    layout->addSpacing(8);
    layout->addWidget(m_roleLabel);
    layout->addWidget(m_role);
    layout->addSpacing(8);
    layout->addWidget(m_signInLabel);
    layout->addWidget(m_signIn);
    layout->addStretch(1);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_twoFactor);
    setTabOrder(m_twoFactor, m_role);
    setTabOrder(m_role, m_signIn);
    setTabOrder(m_signIn, m_clear);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &FilterBar::applySearchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Emptying the field (its clear button, Backspace) shows everything at once.
        if (text.isEmpty())
            applySearchNow();
        else
            m_searchTimer->start();
        m_clear->setEnabled(m_filter->isFiltered() || !text.isEmpty());
    });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applySearchNow);

    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::onStatusChosen);
    connect(m_twoFactor, &QComboBox::currentIndexChanged, this, &FilterBar::onTwoFactorChosen);
    connect(m_role, &QComboBox::currentIndexChanged, this, &FilterBar::onRoleChosen);
    connect(m_signIn, &QComboBox::currentIndexChanged, this, &FilterBar::onSignInChosen);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clearFilters);
    connect(m_filter, &UserFilter::filterChanged, this, &FilterBar::syncFromFilter);

    retranslate();
    syncFromFilter();
}

void FilterBar::addAfterStatus(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_status) + 1, widget);
    setTabOrder(m_status, widget);
    setTabOrder(widget, m_twoFactor);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clearFilters()
{
    m_searchTimer->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    if (!m_filter->searchText().isEmpty())
        m_filter->setSearchText(QString());
    m_filter->clearFilters();
    // The field changed without the filter noticing when its text was still pending.
    syncFromFilter();
}

void FilterBar::applySearchNow()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    if (text != m_filter->searchText())
        m_filter->setSearchText(text);
}

void FilterBar::onStatusChosen(int index)
{
    const int value = m_status->itemData(index).toInt();
    m_filter->setStatusFilter(value == AnyStatus ? std::nullopt : std::optional<UserStatus>(UserStatus(value)));
}

void FilterBar::onTwoFactorChosen(int index)
{
    m_filter->setTwoFactorFilter(UserFilter::TwoFactor(m_twoFactor->itemData(index).toInt()));
}

void FilterBar::onRoleChosen(int index)
{
    m_filter->setRoleFilter(m_role->itemData(index).toInt());
}

void FilterBar::onSignInChosen(int index)
{
    m_filter->setSignInMethodFilter(signInMethodAt(m_signIn, index));
}

void FilterBar::selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index < 0 || index == combo->currentIndex())
        return;
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(index);
}

void FilterBar::syncFromFilter()
{
    const std::optional<UserStatus> status = m_filter->statusFilter();
    selectData(m_status, status ? int(*status) : AnyStatus);
    selectData(m_twoFactor, int(m_filter->twoFactorFilter()));
    selectData(m_role, m_filter->roleFilter());
    const std::optional<SignInMethod> signIn = m_filter->signInMethodFilter();
    selectData(m_signIn, signIn ? int(*signIn) : AnySignInMethod);

    // Someone cleared the search elsewhere (not while a typed text waits to be applied).
    if (m_filter->searchText().isEmpty() && !m_search->text().isEmpty() && !m_searchTimer->isActive()) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }

    updateCounts();
    m_clear->setEnabled(m_filter->isFiltered() || !m_search->text().isEmpty());
}

void FilterBar::updateCounts()
{
    const QLocale locale;
    const auto withCount = [&locale](const QString &choice, int count) {
        return tr("%1 (%2)", "a filter choice and how many users it matches").arg(choice, locale.toString(count));
    };

    for (int i = 0; i < m_status->count(); ++i) {
        const int value = m_status->itemData(i).toInt();
        const QString text = value == AnyStatus
            ? withCount(tr("All statuses"), m_filter->statusCount(std::nullopt))
            : withCount(userStatusName(UserStatus(value)), m_filter->statusCount(UserStatus(value)));
        m_status->setItemText(i, text);
    }

    for (int i = 0; i < m_twoFactor->count(); ++i) {
        const auto value = UserFilter::TwoFactor(m_twoFactor->itemData(i).toInt());
        QString choice;
        switch (value) {
        case UserFilter::TwoFactor::Any:
            choice = tr("Any", "two-factor authentication filter");
            break;
        case UserFilter::TwoFactor::On:
            choice = tr("On", "two-factor authentication is on");
            break;
        case UserFilter::TwoFactor::Off:
            choice = tr("Off", "two-factor authentication is off");
            break;
        }
        m_twoFactor->setItemText(i, withCount(choice, m_filter->twoFactorCount(value)));
    }

    for (int i = 0; i < m_role->count(); ++i) {
        const int roleId = m_role->itemData(i).toInt();
        const QString choice = roleId == 0 ? tr("All roles") : Role::displayName(roleId);
        m_role->setItemText(i, withCount(choice, m_filter->roleCount(roleId)));
    }

    for (int i = 0; i < m_signIn->count(); ++i) {
        const std::optional<SignInMethod> method = signInMethodAt(m_signIn, i);
        const QString choice = method ? signInMethodName(*method) : tr("Any sign-in method");
        m_signIn->setItemText(i, withCount(choice, m_filter->signInMethodCount(method)));
    }
}

void FilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search by ID or email"));
    // Room for the whole hint in every language, plus the search icon and the clear button.
    m_search->setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 18,
                                       fontMetrics().horizontalAdvance(m_search->placeholderText()) + 56));
    m_search->setAccessibleName(tr("Search users"));
    // The buttons Qt puts in the field take their names from these actions.
    if (auto *clear = m_search->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the search"));
    if (auto *icon = m_search->findChild<QAction *>(QStringLiteral("searchIcon")))
        icon->setText(tr("Search"));
    m_search->setToolTip(tr("Digits find a user ID (exact match first, then IDs starting with them); "
                            "any other text finds part of an email address or a name. (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));

    m_statusLabel->setText(tr("&Status:"));
    m_twoFactorLabel->setText(tr("&Two-factor:"));
    m_roleLabel->setText(tr("&Role:"));
    m_signInLabel->setText(tr("Sign-in &method:"));

    m_status->setAccessibleName(tr("Status filter"));
    m_twoFactor->setAccessibleName(tr("Two-factor authentication filter"));
    m_twoFactor->setToolTip(tr("Two-factor authentication"));
    m_role->setAccessibleName(tr("Role filter"));
    m_signIn->setAccessibleName(tr("Sign-in method filter"));

    m_clear->setText(tr("C&lear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every user: empty the search field and reset the filters"));

    updateCounts();
}
