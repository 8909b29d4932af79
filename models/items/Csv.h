#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QLocale;

// Comma-separated values as RFC 4180 has them: UTF-8, CRLF line ends, a field quoted when it
// holds the separator, a quote or a line break, quotes inside doubled.
//
// A field a spreadsheet program would take for a formula (one starting with =, +, -, @, a tab
// or a carriage return) is written with a ' before it, unless the format says otherwise: the
// names and emails come from whoever was invited, and `=HYPERLINK(...)` must not run in the
// administrator's spreadsheet. A phone number such as "+49 30 1234" then reads '+49 30 1234.
namespace Csv {

struct Format
{
    QChar separator = u',';
    bool byteOrderMark = false; // lets spreadsheet programs recognise UTF-8 (Cyrillic, Chinese)
    bool neutraliseFormulas = true; // false: every field exactly as it is (roster --csv-raw)
};

// `field` as a spreadsheet program shows it rather than runs it: with a leading ' when it
// starts like a formula, else unchanged.
QString neutralised(const QString &field);

// What spreadsheet programs open as it is in `locale`: a byte order mark, and ';' between
// fields where the decimal point is a comma (German, Russian), ',' elsewhere.
Format spreadsheetFormat(const QLocale &locale);

QByteArray write(const QList<QStringList> &rows, const Format &format = {});
// The header row and every row of `model` as displayed (Qt::DisplayRole), in its order.
QList<QStringList> rowsOf(const QAbstractItemModel &model);
// The same with only these columns, in this order.
QList<QStringList> rowsOf(const QAbstractItemModel &model, const QList<int> &columns);

} // namespace Csv
