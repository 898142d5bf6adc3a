#include "ui/charts/InsightCharts.h"

#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <cmath>

#include "ui/theme/RichText.h"
#include "ui/theme/Theme.h"

namespace tend::ui::charts {
namespace {

QDate monthDate(const std::string& month)
{
    return QDate::fromString(qs(month) + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
}

// A step between grid lines that gives at most about five lines up to `max` (1, 2, 5, 10, 20, ...).
int niceStep(int max)
{
    int step = 1;
    while (max / step > 5) {
        if (max / (step * 2) <= 5)
            return step * 2;
        if (max / (step * 5) <= 5)
            return step * 5;
        step *= 10;
    }
    return step;
}

struct LegendItem {
    QString label;
    QColor colour;
};

// Legend items flow left to right and wrap; returns the height they take in `width`.
qreal legendHeight(const std::vector<LegendItem>& items, qreal width, const QFontMetricsF& fm)
{
    const qreal swatch = fm.height() * 0.7;
    qreal x = 0;
    int rows = 1;
    for (const LegendItem& item : items) {
        const qreal w = swatch + 6 + fm.horizontalAdvance(item.label) + 18;
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows * fm.height() * 1.3;
}

void paintLegend(QPainter& p, const QRectF& rect, const std::vector<LegendItem>& items, const ChartStyle& style)
{
    const QFontMetricsF fm(style.font);
    const qreal swatch = fm.height() * 0.7;
    const qreal rowHeight = fm.height() * 1.3;
    qreal x = rect.left();
    qreal y = rect.top();
    for (const LegendItem& item : items) {
        const qreal w = swatch + 6 + fm.horizontalAdvance(item.label) + 18;
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += rowHeight;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(item.colour);
        p.drawRoundedRect(QRectF(x, y + (fm.height() - swatch) / 2, swatch, swatch), 2, 2);
        p.setPen(style.text);
        p.drawText(QRectF(x + swatch + 6, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, item.label);
        x += w;
    }
}

// Horizontal grid lines with their values on the left; returns the plot area right of the labels.
QRectF paintValueAxis(QPainter& p, const QRectF& area, int max, const ChartStyle& style)
{
    const QFontMetricsF fm(style.font);
    const int step = niceStep(std::max(1, max));
    const int top = std::max(step, static_cast<int>(std::ceil(static_cast<double>(max) / step)) * step);
    const qreal labelWidth = fm.horizontalAdvance(QLocale().toString(top)) + 8;
    const QRectF plot(area.left() + labelWidth, area.top() + fm.height() / 2, area.width() - labelWidth,
                      area.height() - fm.height() / 2);
    for (int v = 0; v <= top; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        p.setPen(QPen(style.grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(style.muted);
        p.drawText(QRectF(area.left(), y - fm.height() / 2, labelWidth - 8, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(v));
    }
    return plot;
}

int valueTop(int max)
{
    const int step = niceStep(std::max(1, max));
    return std::max(step, static_cast<int>(std::ceil(static_cast<double>(max) / step)) * step);
}

// Month labels under a run of `count` slots; every `every`-th label, with the year under January and the first.
void paintMonthLabels(QPainter& p, const QRectF& plot, const std::vector<std::string>& months, const ChartStyle& style)
{
    const QFontMetricsF fm(style.font);
    const qreal slot = plot.width() / std::max<std::size_t>(1, months.size());
    qreal widest = 0;
    for (const std::string& m : months)
        widest = std::max(widest, fm.horizontalAdvance(QLocale().toString(monthDate(m), QStringLiteral("MMM"))));
    const int every = std::max(1, static_cast<int>(std::ceil((widest + 8) / std::max<qreal>(1, slot))));
    p.setPen(style.muted);
    for (std::size_t i = 0; i < months.size(); i += static_cast<std::size_t>(every)) {
        const QDate date = monthDate(months[i]);
        const QRectF cell(plot.left() + slot * static_cast<qreal>(i) - (every - 1) * slot / 2, plot.bottom() + 4,
                          slot * every, fm.height());
        p.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(date, QStringLiteral("MMM")));
        if (i == 0 || date.month() == 1)
            p.drawText(cell.translated(0, fm.height()), Qt::AlignHCenter | Qt::AlignTop, QString::number(date.year()));
    }
}

} // namespace

ChartStyle ChartStyle::fromTheme(const QFont& font)
{
    ChartStyle s;
    s.font = font;
    const QPalette palette = QApplication::palette();
    s.text = palette.color(QPalette::WindowText);
    s.muted = Theme::extra(Theme::Extra::Muted);
    s.grid = Theme::extra(Theme::Extra::Border);
    s.accent = palette.color(QPalette::Highlight);
    const Theme* theme = Theme::instance();
    s.started = theme ? theme->partnerColor(QStringLiteral("sky")) : QColor(0x3A, 0x73, 0x9B);
    s.completed = theme ? theme->partnerColor(QStringLiteral("sage")) : QColor(0x4F, 0x82, 0x60);
    s.paused = theme ? theme->partnerColor(QStringLiteral("sand")) : QColor(0x8A, 0x6A, 0x28);
    return s;
}

ChartStyle ChartStyle::forPrint(const QFont& font)
{
    ChartStyle s;
    s.font = font;
    s.text = QColor(0x1f, 0x23, 0x28);
    s.muted = QColor(0x5b, 0x64, 0x70);
    s.grid = QColor(0xd0, 0xd5, 0xdb);
    s.accent = QColor(0x3A, 0x73, 0x9B);
    s.started = QColor(0x3A, 0x73, 0x9B);
    s.completed = QColor(0x4F, 0x82, 0x60);
    s.paused = QColor(0x8A, 0x6A, 0x28);
    return s;
}

QString monthLabel(const std::string& month)
{
    return QLocale().toString(monthDate(month), QStringLiteral("MMM yyyy"));
}

qreal monthlyBarsHeight(qreal width, const ChartStyle& style)
{
    const QFontMetricsF fm(style.font);
    const std::vector<LegendItem> legend{
        {QObject::tr("Started"), {}}, {QObject::tr("Completed"), {}}, {QObject::tr("Paused for now"), {}}};
    return legendHeight(legend, width, fm) + fm.height() * 9 + fm.height() * 2 + 8;
}

void paintMonthlyBars(QPainter& p, const QRectF& rect, const insights::Figures& figures, const ChartStyle& style)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(style.font);
    const QFontMetricsF fm(style.font);
    const std::vector<LegendItem> legend{{QObject::tr("Started"), style.started},
                                         {QObject::tr("Completed"), style.completed},
                                         {QObject::tr("Paused for now"), style.paused}};
    const qreal legendH = legendHeight(legend, rect.width(), fm);
    paintLegend(p, rect, legend, style);

    int max = 0;
    std::vector<std::string> months;
    for (const insights::MonthFigures& m : figures.months) {
        max = std::max({max, m.started, m.completed, m.paused});
        months.push_back(m.month);
    }
    const QRectF area(rect.left(), rect.top() + legendH + 4, rect.width(),
                      rect.height() - legendH - 4 - fm.height() * 2 - 4);
    const QRectF plot = paintValueAxis(p, area, max, style);
    const int top = valueTop(max);
    const qreal slot = plot.width() / std::max<std::size_t>(1, months.size());
    const qreal barWidth = std::min(fm.height() * 1.2, slot * 0.8 / 3);
    const qreal groupWidth = barWidth * 3;
    for (std::size_t i = 0; i < figures.months.size(); ++i) {
        const insights::MonthFigures& m = figures.months[i];
        const qreal x0 = plot.left() + slot * static_cast<qreal>(i) + (slot - groupWidth) / 2;
        const int values[3] = {m.started, m.completed, m.paused};
        const QColor colours[3] = {style.started, style.completed, style.paused};
        for (int k = 0; k < 3; ++k) {
            if (values[k] <= 0)
                continue;
            const qreal h = plot.height() * values[k] / top;
            p.setPen(Qt::NoPen);
            p.setBrush(colours[k]);
            QPainterPath bar;
            bar.addRoundedRect(QRectF(x0 + barWidth * k + 1, plot.bottom() - h, barWidth - 2, h + 3), 3, 3);
            p.setClipRect(QRectF(plot.left(), plot.top() - 4, plot.width(), plot.height() + 4));
            p.drawPath(bar);
            p.setClipping(false);
        }
    }
    p.setPen(QPen(style.muted, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    paintMonthLabels(p, plot, months, style);
    p.restore();
}

qreal timelineHeight(qreal width, const ChartStyle& style)
{
    Q_UNUSED(width);
    const QFontMetricsF fm(style.font);
    return fm.height() * 9 + fm.height() * 2 + 8;
}

void paintTogetherTimeline(QPainter& p, const QRectF& rect, const insights::Figures& figures, const ChartStyle& style)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(style.font);
    const QFontMetricsF fm(style.font);
    std::vector<std::string> months;
    for (const insights::MonthFigures& m : figures.months)
        months.push_back(m.month);
    if (months.empty())
        for (const insights::TimelinePoint& t : figures.timeline)
            if (months.empty() || months.back() != t.completedAt.substr(0, 7))
                months.push_back(t.completedAt.substr(0, 7));
    const int max = figures.timeline.empty() ? 0 : figures.timeline.back().together;
    const QRectF area(rect.left(), rect.top(), rect.width(), rect.height() - fm.height() * 2 - 4);
    const QRectF plot = paintValueAxis(p, area, max, style);
    const int top = valueTop(max);
    if (!months.empty()) {
        const QDateTime start(monthDate(months.front()), QTime(0, 0), Qt::UTC);
        const QDateTime end(monthDate(months.back()).addMonths(1), QTime(0, 0), Qt::UTC);
        const double span = std::max<qint64>(1, start.secsTo(end));
        auto xOf = [&](const std::string& at) {
            const QDateTime when = QDateTime::fromString(qs(at), Qt::ISODateWithMs);
            const double t = std::clamp(static_cast<double>(start.secsTo(when)) / span, 0.0, 1.0);
            return plot.left() + plot.width() * t;
        };
        auto yOf = [&](int v) { return plot.bottom() - plot.height() * v / top; };
        QPainterPath line;
        line.moveTo(plot.left(), yOf(0));
        int previous = 0;
        for (const insights::TimelinePoint& t : figures.timeline) {
            const qreal x = xOf(t.completedAt);
            line.lineTo(x, yOf(previous));
            line.lineTo(x, yOf(t.together));
            previous = t.together;
        }
        line.lineTo(plot.right(), yOf(previous));
        p.setPen(QPen(style.completed, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(line);
        const qreal dot = std::max<qreal>(4, fm.height() * 0.28);
        for (const insights::TimelinePoint& t : figures.timeline) {
            p.setPen(QPen(style.completed, 2));
            p.setBrush(style.completed);
            p.drawEllipse(QPointF(xOf(t.completedAt), yOf(t.together)), dot, dot);
        }
    }
    p.setPen(QPen(style.muted, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    paintMonthLabels(p, plot, months, style);
    p.restore();
}

qreal horizontalBarsHeight(std::size_t count, const ChartStyle& style)
{
    const QFontMetricsF fm(style.font);
    return static_cast<qreal>(std::max<std::size_t>(1, count)) * fm.height() * 1.9;
}

void paintHorizontalBars(QPainter& p, const QRectF& rect, const std::vector<HorizontalBar>& bars, double maxValue,
                         const ChartStyle& style)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(style.font);
    const QFontMetricsF fm(style.font);
    qreal labelWidth = 0;
    qreal valueWidth = 0;
    for (const HorizontalBar& bar : bars) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(bar.valueText));
    }
    labelWidth = std::min(labelWidth + 12, rect.width() * 0.45);
    const qreal rowHeight = fm.height() * 1.9;
    const qreal barSpace = std::max<qreal>(0, rect.width() - labelWidth - valueWidth - 12);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const HorizontalBar& bar = bars[i];
        const qreal y = rect.top() + rowHeight * static_cast<qreal>(i);
        p.setPen(style.text);
        p.drawText(QRectF(rect.left(), y, labelWidth - 12, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(bar.label, Qt::ElideRight, labelWidth - 12));
        const qreal w = maxValue > 0 ? barSpace * std::clamp(bar.value / maxValue, 0.0, 1.0) : 0;
        const qreal h = fm.height() * 0.9;
        p.setPen(Qt::NoPen);
        p.setBrush(style.grid);
        p.drawRoundedRect(QRectF(rect.left() + labelWidth, y + (rowHeight - h) / 2, barSpace, h), h / 2, h / 2);
        if (w > 0) {
            p.setBrush(bar.colour);
            p.drawRoundedRect(QRectF(rect.left() + labelWidth, y + (rowHeight - h) / 2, std::max(w, h), h), h / 2,
                              h / 2);
        }
        p.setPen(style.text);
        p.drawText(QRectF(rect.left() + labelWidth + barSpace + 12, y, valueWidth, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
    }
    p.restore();
}

ChartView::ChartView(Paint paint, Height height, QWidget* parent)
    : QWidget(parent), m_paint(std::move(paint)), m_height(std::move(height))
{
    setFocusPolicy(Qt::NoFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int ChartView::heightForWidth(int width) const
{
    return static_cast<int>(std::ceil(m_height(width, ChartStyle::fromTheme(font()))));
}

QSize ChartView::sizeHint() const
{
    return {480, heightForWidth(480)};
}

QSize ChartView::minimumSizeHint() const
{
    return {200, heightForWidth(200)};
}

void ChartView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    m_paint(p, QRectF(rect()), ChartStyle::fromTheme(font()));
}

void ChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace tend::ui::charts
