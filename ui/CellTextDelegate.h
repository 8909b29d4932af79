#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints a table's plain-text cells from laid-out text it keeps, so scrolling and filtering
// do not shape the same names again on every repaint (text shaping was most of a repaint of
// the users table: HarfBuzz, eliding and the style's text rectangle). A cell with anything
// else (an icon, a check box, a decoration) is painted by QStyledItemDelegate as before; so is
// every cell when the style is not one whose item text this reproduces (see canDraw()).
class CellTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CellTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Laid-out texts kept at most (the cells of a few screens); the oldest half goes first.
    static constexpr qsizetype MaxTexts = 4096;

private:
    struct Key
    {
        QString text;
        int width = 0; // the room the text had, which decides its elision
        qint64 fontKey = 0;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.width == b.width && a.fontKey == b.fontKey && a.text == b.text;
        }
        friend size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.text, key.width, key.fontKey); }
    };
    struct Laid
    {
        QStaticText text;
        quint64 used = 0;
    };

    const QStaticText &laidOut(const QString &text, int width, const QFont &font, Qt::TextElideMode elide) const;

    mutable QHash<Key, Laid> m_texts;
    mutable QHash<QString, qint64> m_fontKeys; // QFont::key() → a small number
    mutable QFont m_lastFont; // the font of the last cell, whose key is m_lastFontKey
    mutable qint64 m_lastFontKey = 0;
    mutable quint64 m_clock = 0;
};
