#include "SessionStatus.h"

#include "items/UserFilter.h"
#include "items/UsersModel.h"
#include "session/AccountSession.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

SessionStatus::SessionStatus(QStatusBar *bar, UserFilter *filter)
    : QObject(bar)
    , m_filter(filter)
    , m_count(new QLabel(bar))
    , m_refresh(new QLabel(bar))
    , m_account(new QLabel(bar))
{
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_refresh->setObjectName(QStringLiteral("refreshLabel"));
    m_account->setObjectName(QStringLiteral("accountLabel"));
    for (QLabel *label : {m_count, m_refresh, m_account})
        label->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(m_count);
    bar->addWidget(m_refresh);
    bar->addPermanentWidget(m_account);
}

void SessionStatus::setSession(AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_progressLoaded = 0;
    m_progressExpected = -1;
    if (session) {
        connect(session, &AccountSession::loadStarted, this, [this] {
            m_progressLoaded = 0;
            m_progressExpected = -1;
            updateRefresh();
        });
        connect(session, &AccountSession::loadProgress, this, [this](qint64 loaded, qint64 expected) {
            m_progressLoaded = loaded;
            m_progressExpected = expected;
            updateRefresh();
        });
        for (auto signal : {&AccountSession::loadFinished, &AccountSession::loadStateChanged,
                            &AccountSession::connectivityChanged, &AccountSession::clockTicked})
            connect(session, signal, this, &SessionStatus::updateRefresh);
        connect(session, &AccountSession::loadFailed, this, &SessionStatus::updateRefresh);
        connect(session, &AccountSession::descriptionChanged, this, &SessionStatus::updateAccount);
    }
    retranslate();
}

void SessionStatus::updateCount()
{
    const QLocale locale;
    const int total = m_session ? m_session->users()->rowCount() : 0;
    // The count picks the plural form of the translations (roster_en.ts: "of 1 user").
    m_count->setText(tr("Showing %1 of %2 users", nullptr, total)
                         .arg(locale.toString(m_filter->rowCount()), locale.toString(total)));
}

void SessionStatus::updateRefresh()
{
    const QLocale locale;
    const AccountSession *session = m_session;
    if (!session) {
        m_refresh->clear();
        m_refresh->setToolTip(QString());
        return;
    }
    if (session->isLoading()) {
        if (m_progressExpected >= 0)
            m_refresh->setText(tr("Refreshing… %1 of %2")
                                   .arg(locale.toString(m_progressLoaded), locale.toString(m_progressExpected)));
        else if (m_progressLoaded > 0)
            m_refresh->setText(tr("Refreshing… %1").arg(locale.toString(m_progressLoaded)));
        else if (session->cachedAt().isValid() && !session->lastRefresh().isValid())
            m_refresh->setText(tr("Saved list from %1 · refreshing…").arg(AccountSession::ageText(session->cachedAt())));
        else
            m_refresh->setText(tr("Refreshing…"));
        m_refresh->setToolTip(QString());
        return;
    }

    if (session->wasStopped()) {
        m_refresh->setText(tr("Refresh stopped: the list may be incomplete"));
        m_refresh->setToolTip(QString());
        return;
    }

    if (session->offlineSince().isValid()) {
        m_refresh->setText(tr("Offline since %1")
                               .arg(locale.toString(session->offlineSince().toLocalTime().time(), QLocale::ShortFormat)));
        m_refresh->setToolTip(session->loadError());
        return;
    }

    if (!session->loadError().isEmpty()) {
        m_refresh->setText(tr("Refresh failed: %1").arg(session->loadError()));
        m_refresh->setToolTip(session->loadError());
        return;
    }

    const QDateTime last = session->lastRefresh().toLocalTime();
    if (!last.isValid() && session->cachedAt().isValid()) {
        m_refresh->setText(tr("Saved list from %1").arg(AccountSession::ageText(session->cachedAt())));
        m_refresh->setToolTip(locale.toString(session->cachedAt().toLocalTime(), QLocale::LongFormat));
        return;
    }
    if (!last.isValid()) {
        m_refresh->clear();
        m_refresh->setToolTip(QString());
        return;
    }
    const QString when = last.date() == QDate::currentDate() ? locale.toString(last.time(), QLocale::ShortFormat)
                                                             : locale.toString(last, QLocale::ShortFormat);
    m_refresh->setText(tr("Last refresh: %1").arg(when));
    m_refresh->setToolTip(locale.toString(last, QLocale::LongFormat));
}

void SessionStatus::updateAccount()
{
    m_account->setText(m_session ? m_session->description() : QString());
}

void SessionStatus::retranslate()
{
    m_count->setAccessibleName(tr("Number of users shown"));
    m_refresh->setAccessibleName(tr("Last refresh"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setToolTip(tr("Where the users come from"));
    updateAccount();
    updateCount();
    updateRefresh();
}
