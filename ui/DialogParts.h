#pragma once

#include <QColor>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>
#include <initializer_list>

class QAbstractButton;
class QDialog;
class QLabel;
class QMessageBox;
class QPalette;
class QString;
class QWidget;
struct ApiError;

// What the account dialogs share: labels for messages and notes, form rows with their
// messages under the input, the error colour, and growing to fit wrapped messages.
namespace DialogParts {

// A hidden, word-wrapped, selectable plain-text label (server messages and names are not markup).
QLabel *makeLabel(const QString &objectName, QWidget *parent);
// A form row: the input with, under it, the labels given (notes, error message); null ones are skipped.
QWidget *makeRow(QWidget *parent, QWidget *input, std::initializer_list<QLabel *> below);
// Red readable on light and dark themes alike.
QColor errorColor(const QPalette &palette);

// How a message reads: as the text around it, as an error, as a quiet note, as a success.
enum class Tone : quint8 { Plain, Error, Note, Success };
// Colours `label` for `tone` from `palette`, the one of the dialog or form it is in (call again
// when that changes: a theme switch must not leave light colours on a dark background).
void paint(QLabel *label, Tone tone, const QPalette &palette);

// Where a dialog shows the server's message for one of its fields.
using FieldMessage = QPair<QString, std::function<void(const QString &message)>>;
// Puts the server's field messages of `error` onto the dialog's fields (API field name and what
// shows its message, in order; none: the field is shown elsewhere), and returns the messages
// of fields the dialog does not have.
QStringList placeFieldErrors(const ApiError &error, const QList<FieldMessage> &fields);
// Makes a shown dialog tall enough for its wrapped messages at its current width.
void fitToContents(QDialog *dialog);

// "Jane Doe (jane@example.com)", or whichever of the two is known; empty when neither is.
QString personText(const QString &name, const QString &email);

// The question before administrators lower their own role to `roleId` (no self-inflicted
// lockout): what they lose, Cancel the default, deleted on close. `lower` gets its "Lower My
// Role" button, the answer that goes ahead.
QMessageBox *lowerOwnRoleQuestion(int roleId, QWidget *parent, QAbstractButton **lower);

} // namespace DialogParts
