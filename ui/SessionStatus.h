#pragma once

#include <QObject>
#include <QPointer>

class AccountSession;
class QLabel;
class QStatusBar;
class UserFilter;

// The status bar's view of an open account: "Showing X of Y users", the last refresh (or its
// progress, or why it failed or stopped, or since when Roster is offline), and where the users
// come from. Plain labels, so screen readers read what they say.
class SessionStatus final : public QObject
{
    Q_OBJECT
public:
    SessionStatus(QStatusBar *bar, UserFilter *filter);

    void setSession(AccountSession *session);

    QLabel *countLabel() const { return m_count; }
    QLabel *refreshLabel() const { return m_refresh; }
    QLabel *accountLabel() const { return m_account; }

    void updateCount();
    void updateRefresh();
    void updateAccount();
    void retranslate();

private:
    UserFilter *m_filter;
    QPointer<AccountSession> m_session;
    QLabel *m_count;
    QLabel *m_refresh;
    QLabel *m_account;
    int m_progressLoaded = 0;
    int m_progressExpected = -1;

    Q_DISABLE_COPY_MOVE(SessionStatus)
};
