// CellTextDelegate paints what QStyledItemDelegate paints: the same table, grabbed once with
// each, is the same image, for texts that fit and that are elided, in Latin, Cyrillic and
// Chinese, aligned left and right, in selected, alternate, disabled and inactive rows, with an
// icon (its fallback) and after the columns changed width (its kept texts are per width).

#include "CellTextDelegate.h"
#include "TestMain.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

#include <memory>

class TestCellTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void paintsAsTheStyledDelegate_data();
    void paintsAsTheStyledDelegate();
    void keepsABoundedNumberOfTexts();
};

namespace {

std::unique_ptr<QStandardItemModel> sampleModel()
{
    const QStringList texts = {
        QStringLiteral("Anna Schmidt"),
        QStringLiteral("anna.schmidt.with.a.very.long.address@northwind-analytics.example.com"),
        QStringLiteral("Мария Кузнецова"),
        QStringLiteral("王小明"),
        QStringLiteral("Ein sehr langer Rollenname, der nicht in die Spalte passt"),
        QString(),
        QStringLiteral("1000042"),
        QStringLiteral("Пётр Иванович Семёнов-Тян-Шанский"),
    };
    auto model = std::make_unique<QStandardItemModel>(texts.size(), 4);
    for (int row = 0; row < texts.size(); ++row) {
        for (int column = 0; column < 4; ++column) {
            auto *item = new QStandardItem(texts.at((row + column) % texts.size()));
            if (column == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row == 5 && column == 1)
                item->setEnabled(false);
            model->setItem(row, column, item);
        }
    }
    return model;
}

QImage grab(QAbstractItemDelegate *delegate, bool selectRow, bool active, int columnWidth)
{
    const std::unique_ptr<QStandardItemModel> model = sampleModel();
    QTableView view;
    view.setItemDelegate(delegate);
    view.setWordWrap(false);
    view.setAlternatingRowColors(true);
    view.setShowGrid(false);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setFocusPolicy(Qt::NoFocus); // no focus frame: that cell is the base class's anyway
    view.verticalHeader()->hide();
    view.setModel(model.get());
    for (int column = 0; column < 4; ++column)
        view.setColumnWidth(column, columnWidth + 40 * column);
    view.resize(900, 300);
    if (selectRow)
        view.selectRow(2);
    view.show();
    if (active) {
        view.activateWindow();
        if (!QTest::qWaitForWindowActive(&view, 2000))
            return {}; // the caller sees no image
    }
    QApplication::processEvents();
    // The same delegate paints twice: the second from its kept texts.
    view.viewport()->grab();
    return view.viewport()->grab().toImage();
}

} // namespace

void TestCellTextDelegate::paintsAsTheStyledDelegate_data()
{
    QTest::addColumn<bool>("selectRow");
    QTest::addColumn<bool>("active");
    QTest::addColumn<int>("columnWidth");
    QTest::newRow("wide columns") << false << false << 260;
    QTest::newRow("narrow columns: elided") << false << false << 90;
    QTest::newRow("a selected row") << true << false << 140;
    QTest::newRow("a selected row, active window") << true << true << 140;
}

void TestCellTextDelegate::paintsAsTheStyledDelegate()
{
    QFETCH(bool, selectRow);
    QFETCH(bool, active);
    QFETCH(int, columnWidth);
    QStyledItemDelegate styled;
    CellTextDelegate cached;
    const QImage expected = grab(&styled, selectRow, active, columnWidth);
    const QImage actual = grab(&cached, selectRow, active, columnWidth);
    QVERIFY(!expected.isNull());
    QCOMPARE(actual.size(), expected.size());
    if (actual != expected) {
        int differing = 0;
        QRect where;
        for (int y = 0; y < actual.height(); ++y) {
            for (int x = 0; x < actual.width(); ++x) {
                if (actual.pixel(x, y) != expected.pixel(x, y)) {
                    ++differing;
                    where |= QRect(x, y, 1, 1);
                }
            }
        }
        QFAIL(qPrintable(QStringLiteral("%1 of %2 pixels differ, within x %3–%4, y %5–%6")
                             .arg(differing)
                             .arg(actual.width() * actual.height())
                             .arg(where.left())
                             .arg(where.right())
                             .arg(where.top())
                             .arg(where.bottom())));
    }
}

void TestCellTextDelegate::keepsABoundedNumberOfTexts()
{
    // Many more distinct texts than it keeps: every one still paints as the styled delegate does.
    QStandardItemModel model(CellTextDelegate::MaxTexts * 2, 1);
    for (int row = 0; row < model.rowCount(); ++row)
        model.setItem(row, 0, new QStandardItem(QStringLiteral("user%1@example.com").arg(row)));
    QStyledItemDelegate styled;
    CellTextDelegate cached;
    QTableView view;
    view.setWordWrap(false);
    view.setFocusPolicy(Qt::NoFocus);
    view.setModel(&model);
    view.resize(400, 400);
    view.show();
    QApplication::processEvents();
    view.setItemDelegate(&cached);
    const int perPage = view.viewport()->height() / view.rowHeight(0);
    QVERIFY(perPage > 0);
    for (int page = 0; page * perPage < model.rowCount(); ++page) {
        view.scrollTo(model.index(page * perPage, 0), QAbstractItemView::PositionAtTop);
        const QImage actual = view.viewport()->grab().toImage();
        if (page % 25 != 0)
            continue;
        view.setItemDelegate(&styled);
        const QImage expected = view.viewport()->grab().toImage();
        view.setItemDelegate(&cached);
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("at row %1").arg(page * perPage)));
    }
}

ROSTER_TEST_MAIN(TestCellTextDelegate)
#include "tst_celltextdelegate.moc"
