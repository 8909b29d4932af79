#include "Banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

Banner::Banner(QWidget *parent)
    : Retranslating<QFrame>(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttonBox(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &Banner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttonBox);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    retranslate();
    hide();
}

QString Banner::text() const
{
    return m_text->text();
}

void Banner::showMessage(Level level, const QString &text)
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->deleteLater();
    m_buttons.clear();
    m_level = level;
    m_text->setText(text);
    setAccessibleDescription(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (level == Level::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (level == Level::Error)
        icon = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    applyPalette();
    show();
}

QPushButton *Banner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QStringLiteral("bannerButton%1").arg(m_buttons.size()));
    m_buttonBox->addWidget(button, 0, Qt::AlignTop);
    m_buttons.append(button);
    return button;
}

void Banner::showNotice(const Notice &notice, QObject *context)
{
    showMessage(notice.level, notice.text);
    for (const Notice::Action &action : notice.actions) {
        QPushButton *button = addButton(action.text);
        button->setToolTip(action.key == QKeySequence::UnknownKey
                               ? action.toolTip
                               : QKeySequence(action.key).toString(QKeySequence::NativeText));
        connect(button, &QPushButton::clicked, context, action.trigger);
    }
}

void Banner::dismiss()
{
    if (isHidden())
        return;
    hide();
    emit dismissed();
}

void Banner::applyPalette()
{
    // A tint of the palette's own colours, so it reads in light and dark themes alike.
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = pal.color(QPalette::Window);
    QColor accent = pal.color(QPalette::Highlight);
    if (m_level == Level::Success)
        accent = QColor(0x2e, 0x9d, 0x4f);
    else if (m_level == Level::Warning)
        accent = QColor(0xd9, 0x8e, 0x04);
    else if (m_level == Level::Error)
        accent = QColor(0xd0, 0x3b, 0x3b);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    pal.setColor(QPalette::Window, mix(base, accent, 0.18));
    m_applyingPalette = true;
    setPalette(pal);
    m_applyingPalette = false;
}

void Banner::retranslate()
{
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    setAccessibleName(tr("Message"));
}

void Banner::updateColors()
{
    if (!m_applyingPalette) // applyPalette() itself changes the palette
        applyPalette();
}
