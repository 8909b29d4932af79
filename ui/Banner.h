#pragma once

#include "Retranslating.h"

#include "session/Notice.h"

#include <QFrame>
#include <QList>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

// A message across the top of the window (offline, signed out, the result of an action):
// never a modal box. One message at a time, with optional buttons; the close button hides it.
class Banner final : public Retranslating<QFrame>
{
    Q_OBJECT
public:
    using Level = Notice::Level;

    explicit Banner(QWidget *parent = nullptr);

    // Shows `text` (plain text) and removes the buttons of the message before.
    void showMessage(Level level, const QString &text);
    // A button for the message shown now; it goes away with the message.
    QPushButton *addButton(const QString &text);
    // Shows a session's notice, its actions as buttons; they act while `context` lives.
    void showNotice(const Notice &notice, QObject *context);
    void dismiss();

    Level level() const { return m_level; }
    QString text() const;
    QList<QPushButton *> buttons() const { return m_buttons; }

signals:
    void dismissed();

private:
    void applyPalette();
    void retranslate() override;
    void updateColors() override; // light or dark theme switched

    Level m_level = Level::Info;
    bool m_applyingPalette = false;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttonBox;
    QToolButton *m_close;
    QList<QPushButton *> m_buttons;
};
