#pragma once

#include <QColor>

#include <initializer_list>

class QDialog;
class QLabel;
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
// Makes a shown dialog tall enough for its wrapped messages at its current width.
void fitToContents(QDialog *dialog);

} // namespace DialogParts
