#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QLocale;

// Comma-separated values as RFC 4180 has them: UTF-8, CRLF line ends, a field quoted when it
// holds the separator, a quote or a line break, quotes inside doubled.
namespace Csv {

struct Format
{
    QChar separator = u',';
    bool byteOrderMark = false; // lets spreadsheet programs recognise UTF-8 (Cyrillic, Chinese)
};

// What spreadsheet programs open as it is in `locale`: a byte order mark, and ';' between
// fields where the decimal point is a comma (German, Russian), ',' elsewhere.
Format spreadsheetFormat(const QLocale &locale);

QByteArray write(const QList<QStringList> &rows, const Format &format = {});
// The header row and every row of `model` as displayed (Qt::DisplayRole), in its order.
QList<QStringList> rowsOf(const QAbstractItemModel &model);
// The same with only these columns, in this order.
QList<QStringList> rowsOf(const QAbstractItemModel &model, const QList<int> &columns);

} // namespace Csv
