#pragma once

#include <functional>
#include <vector>

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QWidget>

#include "tend/insights/Insights.h"

class QPainter;

namespace tend::ui::charts {

// Small charts for the Insights screen, drawn with QPainter only (Qt Charts is GPL-only and is not used). Every
// paint function draws onto any QPainter inside the given rectangle, so the same charts can go into a PDF report
// (QPdfWriter) or an image as well as onto a widget. Sizes come from the style's font: a larger text setting makes
// a taller chart, never clipped text. Each chart on screen comes with a table of the same numbers (InsightTables.h).

/// Colours and font a chart is drawn with. fromTheme() reads the app's theme (light or dark).
struct ChartStyle {
    QFont font;
    QColor text;
    QColor muted;
    QColor grid;
    QColor started;
    QColor completed;
    QColor paused;
    QColor accent;

    /// The current theme's colours with `font` (a widget's font, or the app's).
    static ChartStyle fromTheme(const QFont& font);
    /// Dark ink on white paper, whatever the app's theme (the PDF report).
    static ChartStyle forPrint(const QFont& font);
};

/// One bar of a horizontal bar chart.
struct HorizontalBar {
    QString label;
    double value = 0;
    QString valueText; ///< written after the bar
    QColor colour;
};

/// Repairs by month: started, completed and paused side by side for each month, with a legend.
void paintMonthlyBars(QPainter& painter, const QRectF& rect, const insights::Figures& figures, const ChartStyle& style);
qreal monthlyBarsHeight(qreal width, const ChartStyle& style);

/// Repairs completed together over time: a step line that rises by one at each, with a dot there.
void paintTogetherTimeline(QPainter& painter, const QRectF& rect, const insights::Figures& figures,
                           const ChartStyle& style);
qreal timelineHeight(qreal width, const ChartStyle& style);

/// Labelled horizontal bars from 0 to `maxValue` (check-ins before and after, practices, commitments).
void paintHorizontalBars(QPainter& painter, const QRectF& rect, const std::vector<HorizontalBar>& bars, double maxValue,
                         const ChartStyle& style);
qreal horizontalBarsHeight(std::size_t count, const ChartStyle& style);

/// "Sep 2026" for "2026-09", in the app's locale.
QString monthLabel(const std::string& month);

/// A widget that shows one chart: its height follows its width and font; it takes no focus (the table below it
/// carries the numbers for the keyboard and screen readers), and its accessible description says what it shows.
class ChartView : public QWidget {
    Q_OBJECT
public:
    using Paint = std::function<void(QPainter&, const QRectF&, const ChartStyle&)>;
    using Height = std::function<qreal(qreal width, const ChartStyle&)>;

    ChartView(Paint paint, Height height, QWidget* parent = nullptr);
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    Paint m_paint;
    Height m_height;
};

} // namespace tend::ui::charts
