#include "CellTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QtMath>

namespace {

// The styles whose item-view cells are QCommonStyle's: a panel, then the text in the palette's
// text colour, inset by the focus frame's margin and elided to fit. Others (a style sheet, a
// desktop's own style) may paint cells their way, so they get QStyledItemDelegate's paint.
bool canDraw(const QStyle *style)
{
    const QString name = style->name();
    return name.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0;
}

} // namespace

CellTextDelegate::CellTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void CellTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    constexpr auto others = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration
        | QStyleOptionViewItem::WrapText;
    if ((opt.features & others) || (opt.state & (QStyle::State_HasFocus | QStyle::State_Editing)) || !canDraw(style)
        || opt.text.contains(QLatin1Char('\n'))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    painter->save();
    painter->setClipRect(opt.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!opt.text.isEmpty()) {
        QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                       : QPalette::Text));
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect room = opt.rect.adjusted(margin, 0, -margin, 0);
        const QStaticText &text = laidOut(opt.text, room.width(), opt.font, opt.textElideMode);
        // As QCommonStyle places it: the line's height centred (or aligned) in whole pixels,
        // the text within the line's width at its exact advance.
        const QSizeF size = text.size();
        const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
        const QRect line = QStyle::alignedRect(opt.direction, align & Qt::AlignVertical_Mask,
                                               QSize(room.width(), qRound(size.height())), room);
        qreal x = room.x();
        if (align & Qt::AlignRight)
            x += room.width() - size.width();
        else if (align & Qt::AlignHCenter)
            x += (room.width() - size.width()) / 2;
        const QPointF placed(x, line.top());
        painter->setFont(opt.font);
        painter->drawStaticText(placed, text);
    }
    painter->restore();
}

const QStaticText &CellTextDelegate::laidOut(const QString &text, int width, const QFont &font,
                                             Qt::TextElideMode elide) const
{
    // Cells mostly share one font: its key string is made once, not for every cell.
    if (m_lastFontKey == 0 || font != m_lastFont) {
        const QString name = font.key();
        auto known = m_fontKeys.constFind(name);
        if (known == m_fontKeys.cend())
            known = m_fontKeys.insert(name, m_fontKeys.size() + 1);
        m_lastFont = font;
        m_lastFontKey = known.value();
    }
    Key key{text, width, m_lastFontKey * 8 + int(elide)};
    ++m_clock;
    auto found = m_texts.find(key);
    if (found != m_texts.end()) {
        found->used = m_clock;
        return found->text;
    }
    if (m_texts.size() >= MaxTexts) {
        // Drop the half used longest ago.
        const quint64 keepFrom = m_clock - quint64(MaxTexts / 2);
        m_texts.removeIf([keepFrom](const QHash<Key, Laid>::iterator &it) { return it->used < keepFrom; });
    }
    // elidedText() gives the text itself when it fits: one shaping either way.
    QStaticText laid(QFontMetrics(font).elidedText(text, elide, width));
    laid.setTextFormat(Qt::PlainText);
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    laid.prepare(QTransform(), font);
    return m_texts.insert(key, Laid{laid, m_clock})->text;
}
