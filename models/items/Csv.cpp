#include "Csv.h"

#include <QAbstractItemModel>
#include <QLocale>

namespace Csv {

Format spreadsheetFormat(const QLocale &locale)
{
    Format format;
    format.separator = locale.decimalPoint() == QLatin1String(",") ? u';' : u',';
    format.byteOrderMark = true;
    return format;
}

QString neutralised(const QString &field)
{
    // What Excel, LibreOffice and Google Sheets start a formula with (OWASP, "CSV Injection").
    static constexpr char16_t formulaStarts[] = u"=+-@\t\r";
    if (field.isEmpty() || !QStringView(formulaStarts).contains(field.front()))
        return field;
    return u'\'' + field;
}

QByteArray write(const QList<QStringList> &rows, const Format &format)
{
    QString text;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                text += format.separator;
            const QString field = format.neutraliseFormulas ? neutralised(row.at(column)) : row.at(column);
            const bool quote = field.contains(format.separator) || field.contains(u'"') || field.contains(u'\n')
                || field.contains(u'\r');
            if (quote)
                text += u'"' + QString(field).replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
            else
                text += field;
        }
        text += QLatin1String("\r\n");
    }
    QByteArray bytes = text.toUtf8();
    if (format.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QList<QStringList> rowsOf(const QAbstractItemModel &model, const QList<int> &columns)
{
    QList<QStringList> rows;
    rows.reserve(model.rowCount() + 1);
    QStringList header;
    for (int column : columns)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    rows.append(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        fields.reserve(columns.size());
        for (int column : columns)
            fields.append(model.index(row, column).data().toString());
        rows.append(fields);
    }
    return rows;
}

QList<QStringList> rowsOf(const QAbstractItemModel &model)
{
    QList<int> columns;
    for (int column = 0; column < model.columnCount(); ++column)
        columns.append(column);
    return rowsOf(model, columns);
}

} // namespace Csv
