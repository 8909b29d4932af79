#pragma once

#include "Retranslating.h"

#include <QFrame>

class QLabel;
class QPushButton;

// What the table area shows instead of an empty table: why nothing is shown and, when
// something can be done about it, a button to do it (clear the filters, retry the load).
class EmptyState final : public Retranslating<QFrame>
{
    Q_OBJECT
public:
    enum class Reason : quint8 {
        None,
        Loading, // the first load is still running
        NoUsers, // the account has no users
        NoMatches, // the search and filters hide every user
        LoadFailed, // the load failed and nothing is known
    };
    Q_ENUM(Reason)

    explicit EmptyState(QWidget *parent = nullptr);

    void showLoading();
    void showNoUsers();
    // `searchText` is empty when only the filters hide everything; `otherFilters` says
    // whether a status, two-factor or role filter takes part.
    void showNoMatches(const QString &searchText, bool otherFilters);
    void showLoadFailed(const QString &message);

    Reason reason() const { return m_reason; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *actionButton() const { return m_action; }

signals:
    void clearFiltersRequested();
    void retryRequested();


private:
    void retranslate() override;
    void updateColors() override;
    void onAction();

    Reason m_reason = Reason::None;
    QString m_searchText;
    bool m_otherFilters = false;
    QString m_error;
    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_action;

    Q_DISABLE_COPY_MOVE(EmptyState)
};
