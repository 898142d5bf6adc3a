#include "ui/widgets/Widgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QTextLayout>

#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>
#include <cmath>
#include <memory>

#include "ui/theme/Icons.h"
#include "ui/theme/Theme.h"

namespace tend::ui {

namespace {

/// A word-wrapped label that lays its text out once per width and keeps it: for its height, its size
/// hints and its painting. QLabel lays wrapped text out again for every question a layout asks and
/// for every paint, which made text-heavy screens slow to show. Only plain, non-interactive wrapped
/// text takes this path; anything else is an ordinary QLabel.
class WrapLabel : public QLabel {
public:
    using QLabel::QLabel;

    bool event(QEvent* event) override
    {
        const bool handled = QLabel::event(event);
        // Polishing under the application's stylesheet (set after the first frame, and again when the language
        // or theme changes) can reset a label's contents margins; a note's text must stay clear of its bar.
        if (event->type() == QEvent::Polish || event->type() == QEvent::StyleChange) {
            if (const auto margins = Theme::textMargins(property("role").toString());
                margins && contentsMargins() != *margins)
                setContentsMargins(*margins);
        }
        return handled;
    }

    QSize minimumSizeHint() const override
    {
        if (!fast())
            return QLabel::minimumSizeHint();
        const QFontMetrics metrics(font());
        const QMargins m = contentsMargins();
        return {metrics.averageCharWidth() * 16 + m.left() + m.right(), metrics.height() + m.top() + m.bottom()};
    }

    QSize sizeHint() const override
    {
        if (!fast())
            return QLabel::sizeHint();
        // A comfortable line; short texts are never stretched by it (layouts give them what they need).
        const QMargins m = contentsMargins();
        const QFontMetrics metrics(font());
        const int width =
            std::min(metrics.horizontalAdvance(text()) + 2, metrics.averageCharWidth() * 70) + m.left() + m.right();
        return {width, heightForWidth(width)};
    }

    int heightForWidth(int width) const override
    {
        if (!fast())
            return QLabel::heightForWidth(width);
        const QMargins m = contentsMargins();
        return textHeight(width - m.left() - m.right()) + m.top() + m.bottom();
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        if (!fast()) {
            QLabel::paintEvent(event);
            return;
        }
        const QRect area = contentsRect();
        const int height = breakLines(area.width());
        QPainter painter(this);
        painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
        int top = area.top();
        if (alignment() & Qt::AlignVCenter)
            top += std::max(0, (area.height() - height) / 2);
        else if (alignment() & Qt::AlignBottom)
            top += std::max(0, area.height() - height);
        m_layout->draw(&painter, QPointF(area.left(), top));
    }

    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            m_layout.reset();
        QLabel::changeEvent(event);
    }

private:
    bool fast() const
    {
        return wordWrap() && textFormat() == Qt::PlainText && textInteractionFlags() == Qt::NoTextInteraction &&
               !text().isEmpty();
    }

    /// The text shaped once (QTextLayout keeps its glyphs between line breaks at different widths).
    QTextLayout& textLayout() const
    {
        if (!m_layout || text() != m_text || font() != m_layout->font()) {
            m_text = text();
            QString display = m_text;
            display.replace(QLatin1Char('\n'), QChar::LineSeparator);
            m_layout = std::make_unique<QTextLayout>(display, font());
            QTextOption option(alignment() & Qt::AlignHorizontal_Mask);
            option.setWrapMode(QTextOption::WordWrap);
            m_layout->setTextOption(option);
            m_layout->setCacheEnabled(true);
            m_layoutWidth = -1;
            m_heights.clear();
        }
        return *m_layout;
    }

    /// Breaks the lines for `width` (unless they already are) and returns the text's height.
    int breakLines(int width) const
    {
        QTextLayout& layout = textLayout();
        width = std::max(width, 1);
        if (m_layoutWidth == width)
            return m_laidHeight;
        layout.beginLayout();
        double y = 0;
        const double leading = std::max(0.0, QFontMetricsF(font()).leading());
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height() + leading;
        }
        layout.endLayout();
        m_layoutWidth = width;
        m_laidHeight = int(std::ceil(y));
        if (m_heights.size() >= 8)
            m_heights.removeFirst();
        m_heights.append({width, m_laidHeight});
        return m_laidHeight;
    }

    int textHeight(int width) const
    {
        textLayout();
        width = std::max(width, 1);
        for (const auto& [w, h] : m_heights) {
            if (w == width)
                return h;
        }
        return breakLines(width);
    }

    mutable std::unique_ptr<QTextLayout> m_layout;
    mutable QString m_text;
    mutable int m_layoutWidth = -1;
    mutable int m_laidHeight = 0;
    mutable QList<std::pair<int, int>> m_heights;
};

} // namespace

QLabel* makeLabel(const QString& text, const char* role, QWidget* parent, bool rich)
{
    auto* label = new WrapLabel(parent);
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

void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        } else if (QLayout* inner = item->layout()) {
            clearLayout(inner); // nested rows: their labels and buttons go too
        }
        delete item;
    }
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
    m_canvas = canvas;
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
    m_columnWidget->installEventFilter(this);
}

bool ScrollPage::eventFilter(QObject* watched, QEvent* event)
{
    // The scroll area sizes the page from a height-for-width worked out at the page's width, not the column's;
    // on a narrow window the column wraps more lines than that and was squeezed (buttons 18 px high, help entries
    // 0 px). The page is kept at least as tall as the column needs at the width it really has.
    if (watched == m_columnWidget && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        const int width = m_columnWidget->width();
        const int needed = m_column->hasHeightForWidth() ? m_column->totalHeightForWidth(width)
                                                         : m_column->totalMinimumSize().height();
        const QMargins margins = m_canvas->layout()->contentsMargins();
        const int canvasNeeds = needed + margins.top() + margins.bottom();
        if (width > 0 && m_canvas->minimumHeight() != canvasNeeds)
            m_canvas->setMinimumHeight(canvasNeeds);
    }
    return QWidget::eventFilter(watched, event);
}

void ScrollPage::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(0);
}

void ScrollPage::ensureVisible(QWidget* widget)
{
    if (widget && m_columnWidget->isAncestorOf(widget)) {
        m_columnWidget->layout()->activate();
        m_scroll->ensureWidgetVisible(widget, 16, 24);
    }
}

} // namespace tend::ui
