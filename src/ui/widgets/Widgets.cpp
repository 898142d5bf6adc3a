#include "ui/widgets/Widgets.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/theme/Icons.h"
#include "ui/theme/Theme.h"

namespace tend::ui {

QLabel* makeLabel(const QString& text, const char* role, QWidget* parent, bool rich)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    if (role)
        setRole(label, role);
    return label;
}

void setRole(QLabel* label, const char* role)
{
    label->setProperty("role", QString::fromLatin1(role));
    if (Theme* theme = Theme::instance())
        theme->styleText(label);
}

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent, const char* kind,
                        const QString& icon, const QString& description)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    button->setAccessibleName(plain);
    if (!description.isEmpty()) {
        button->setAccessibleDescription(description);
        button->setToolTip(description);
    }
    if (kind)
        button->setProperty("kind", QString::fromLatin1(kind));
    if (!icon.isEmpty()) {
        const bool primary = kind && qstrcmp(kind, "primary") == 0;
        button->setIcon(icons::tinted(icon, primary ? QPalette::HighlightedText : QPalette::ButtonText));
        button->setIconSize(QSize(18, 18));
    }
    button->setCursor(Qt::PointingHandCursor);
    button->setAutoDefault(false);
    return button;
}

QFrame* makeFrame(const char* role, QWidget* parent, const QString& objectName)
{
    auto* frame = new QFrame(parent);
    frame->setProperty("role", QString::fromLatin1(role));
    if (!objectName.isEmpty())
        frame->setObjectName(objectName);
    return frame;
}

void name(QWidget* widget, const QString& objectName, const QString& accessibleName,
          const QString& accessibleDescription)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    if (!accessibleDescription.isEmpty())
        widget->setAccessibleDescription(accessibleDescription);
}

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

ScrollPage::ScrollPage(QWidget* parent, int maxWidth) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // The window already paints the page colour; no layer repaints it again.
    m_scroll->viewport()->setAutoFillBackground(false);
    outer->addWidget(m_scroll);

    auto* canvas = new QWidget(m_scroll);
    auto* row = new QHBoxLayout(canvas);
    row->setContentsMargins(32, 28, 32, 36);
    row->addStretch(1);
    m_columnWidget = new QWidget(canvas);
    m_columnWidget->setMaximumWidth(maxWidth);
    m_columnWidget->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_column = new QVBoxLayout(m_columnWidget);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(16);
    row->addWidget(m_columnWidget, 100);
    row->addStretch(1);
    m_scroll->setWidget(canvas);
}

void ScrollPage::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(0);
}

} // namespace tend::ui
