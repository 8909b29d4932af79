#pragma once

#include "Retranslating.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class UserFilter;

// The rows above the table: the search field and a button that clears it and every filter,
// then the status / two-factor / role / sign-in method filters that show how many users each
// choice matches. It drives a UserFilter
// and follows it: counts and choices are read back on every UserFilter::filterChanged.
class FilterBar final : public Retranslating<QWidget>
{
    Q_OBJECT
public:
    explicit FilterBar(UserFilter *filter, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *twoFactorCombo() const { return m_twoFactor; }
    QComboBox *roleCombo() const { return m_role; }
    QComboBox *signInCombo() const { return m_signIn; }
    QPushButton *clearButton() const { return m_clear; }

    // Moves the keyboard focus to the search field and selects its text (Ctrl+F).
    void focusSearch();
    // Empties the search field and resets every filter, at once (no debounce).
    void clearFilters();
    // Applies the search text now instead of after the typing pause.
    void applySearchNow();

    // Puts `widget` right after the status filter (an action that belongs to it).
    void addAfterStatus(QWidget *widget);

    // Pause after the last keystroke before the search is applied.
    static constexpr int SearchDelayMs = 150;


private:
    void retranslate() override;
    void onStatusChosen(int index);
    void onTwoFactorChosen(int index);
    void onRoleChosen(int index);
    void onSignInChosen(int index);
    void syncFromFilter();
    void updateCounts();
    void selectData(QComboBox *combo, int value);

    UserFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_twoFactor;
    QComboBox *m_role;
    QComboBox *m_signIn;
    QPushButton *m_clear;
    QLabel *m_statusLabel;
    QLabel *m_twoFactorLabel;
    QLabel *m_roleLabel;
    QLabel *m_signInLabel;
    QTimer *m_searchTimer;
    class QHBoxLayout *m_layout = nullptr;

    Q_DISABLE_COPY_MOVE(FilterBar)
};
