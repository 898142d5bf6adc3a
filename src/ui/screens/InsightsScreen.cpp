#include "ui/screens/InsightsScreen.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "tend/content/ContentLibrary.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/charts/InsightCharts.h"
#include "ui/theme/RichText.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

// A table as tall as its rows: the page scrolls, never the table (the wheel stays with the page). Tab leaves it;
// the arrow keys move between its cells, and a screen reader reads each cell with its column's header.
class FitTable : public QTableWidget {
public:
    FitTable(int rows, int columns, QWidget* parent) : QTableWidget(rows, columns, parent)
    {
        setEditTriggers(QAbstractItemView::NoEditTriggers);
        setSelectionBehavior(QAbstractItemView::SelectRows);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setTabKeyNavigation(false);
        setFocusPolicy(Qt::StrongFocus);
        setWordWrap(false);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        verticalHeader()->setVisible(false);
        verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override
    {
        int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth() + 2;
        for (int r = 0; r < rowCount(); ++r)
            height += std::max(rowHeight(r), verticalHeader()->sectionSizeHint(r));
        return {QTableWidget::sizeHint().width(), height};
    }
    QSize minimumSizeHint() const override { return {200, sizeHint().height()}; }

protected:
    void changeEvent(QEvent* event) override
    {
        QTableWidget::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            updateGeometry();
    }
};

QTableWidget* makeTable(const QStringList& headers, const QList<QStringList>& rows, const QString& objectName,
                        const QString& accessibleName, QWidget* parent)
{
    auto* table = new FitTable(static_cast<int>(rows.size()), static_cast<int>(headers.size()), parent);
    name(table, objectName, accessibleName,
         QObject::tr("The chart's numbers as a table. Use the arrow keys to move between cells."));
    table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < headers.size() && c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    if (!headers.isEmpty())
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString count(int n)
{
    return QLocale().toString(n);
}

QString repairs(int n)
{
    return n == 1 ? QObject::tr("1 repair") : QObject::tr("%1 repairs").arg(n);
}

QString times(int n)
{
    return n == 1 ? QObject::tr("once") : QObject::tr("%1 times").arg(n);
}

QString dayText(const std::string& at)
{
    const QDateTime when = QDateTime::fromString(qs(at), Qt::ISODateWithMs).toLocalTime();
    return QLocale().toString(when.date(), QLocale::ShortFormat);
}

} // namespace

QString InsightsScreen::durationText(double hours)
{
    if (hours < 1.0) {
        const int minutes = std::max(1, static_cast<int>(std::lround(hours * 60)));
        return minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes);
    }
    if (hours < 48.0) {
        const int total = static_cast<int>(std::lround(hours * 60));
        const int h = total / 60;
        const int m = total % 60;
        const QString hourText = h == 1 ? tr("1 hour") : tr("%1 hours").arg(h);
        return m == 0 ? hourText : tr("%1 %2 min").arg(hourText).arg(m);
    }
    const int days = static_cast<int>(std::lround(hours / 24));
    return tr("%1 days").arg(days);
}

InsightsScreen::InsightsScreen(AppContext* app, QWidget* parent) : Screen(ScreenId::Insights, app, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_page = new ScrollPage(this, 760);
    layout->addWidget(m_page);
    QWidget* host = m_page->columnWidget();
    m_page->column()->addWidget(makeLabel(tr("How your repairs are going"), "title", host));
    QLabel* intro = makeLabel(tr("A quiet look back, not a score. Every repair you start, pause and come back to is "
                                 "practice in mending things together. What each picture means is written under "
                                 "it, and its numbers are in the table below it."),
                              "muted", host);
    intro->setObjectName(QStringLiteral("insightsIntro"));
    m_page->column()->addWidget(intro);

    auto* controls = new QHBoxLayout();
    controls->setSpacing(10);
    m_range = new QComboBox(host);
    name(m_range, QStringLiteral("insightsRange"), tr("Time span"), tr("Which months the pictures cover."));
    m_range->addItem(tr("The last 3 months"), 3);
    m_range->addItem(tr("The last 6 months"), 6);
    m_range->addItem(tr("The last 12 months"), 12);
    m_range->addItem(tr("Everything so far"), 0);
    m_range->setCurrentIndex(1);
    m_viewer = new QComboBox(host);
    name(m_viewer, QStringLiteral("insightsViewer"), tr("Whose view"),
         tr("Private answers count only in their writer's own view."));
    QLabel* showing = makeLabel(tr("Showing"), "body", host);
    showing->setWordWrap(false);
    showing->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    showing->setBuddy(m_range);
    controls->addWidget(showing);
    controls->addWidget(m_range);
    controls->addWidget(m_viewer);
    controls->addStretch(1);
    m_page->column()->addLayout(controls);

    m_empty = makeLabel(tr("Not much to look back on yet. After a couple of repairs, this page shows when you "
                           "started them, when you came back to each other, and what helped you settle. There is no "
                           "hurry: it fills in as you go."),
                        "body", host);
    m_empty->setObjectName(QStringLiteral("insightsEmpty"));
    m_empty->setVisible(false);
    m_page->column()->addWidget(m_empty);

    auto* holder = new QWidget(host);
    holder->setObjectName(QStringLiteral("insightsSections"));
    m_sections = new QVBoxLayout(holder);
    m_sections->setContentsMargins(0, 0, 0, 0);
    m_sections->setSpacing(16);
    m_page->column()->addWidget(holder);
    m_page->column()->addStretch(1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &InsightsScreen::refresh);
    connect(m_viewer, &QComboBox::currentIndexChanged, this, &InsightsScreen::refresh);
    if (Theme* theme = Theme::instance())
        connect(theme, &Theme::changed, this, [this] { update(); });
}

QWidget* InsightsScreen::initialFocus() const
{
    return m_range;
}

insights::Options InsightsScreen::currentOptions() const
{
    insights::Options options;
    options.coupleId = app()->profile().coupleId;
    const QString viewerId = m_viewer->currentData().toString();
    options.viewer = viewerId.isEmpty() ? journal::Viewer::sharedOnly() : journal::Viewer::partner(ss(viewerId));
    const int months = m_range->currentData().toInt();
    if (months > 0) {
        const QDate now = app()->now().toUTC().date();
        const QDate first = QDate(now.year(), now.month(), 1).addMonths(1 - months);
        options.from = ss(first.toString(QStringLiteral("yyyy-MM-dd"))) + "T00:00:00.000Z";
        options.to = ss(QDate(now.year(), now.month(), 1).addMonths(1).toString(QStringLiteral("yyyy-MM-dd"))) +
                     "T00:00:00.000Z";
    }
    if (const content::ContentLibrary* library = app()->library())
        if (auto program = library->programPreferring("rupture-to-repair", app()->options().locale))
            options.cards = insights::CardRoles::fromProgram(*program);
    return options;
}

void InsightsScreen::activated()
{
    // Only the shared view, and the own view of whoever is at the keyboard: never someone else's private view.
    const QSignalBlocker block(m_viewer);
    const QString previous = m_viewer->currentData().toString();
    m_viewer->clear();
    m_viewer->addItem(tr("Shared answers only"), QString());
    const std::string& atKeyboard = app()->atKeyboard();
    for (const PartnerInfo& p : app()->profile().partners)
        if (!atKeyboard.empty() && p.id == atKeyboard)
            m_viewer->addItem(tr("%1's own view").arg(p.name), qs(p.id));
    const int keep = m_viewer->findData(previous);
    m_viewer->setCurrentIndex(keep >= 0 ? keep : 0);
    m_viewer->setVisible(m_viewer->count() > 1);
    refresh();
}

void InsightsScreen::refresh()
{
    m_figures = {};
    JournalService* journal = app()->journal();
    if (journal && !app()->profile().coupleId.empty()) {
        auto figures = insights::compute(journal->reader(), currentOptions());
        if (figures)
            m_figures = std::move(*figures);
    }
    rebuildSections();
}

QString InsightsScreen::practiceTitle(const std::string& id) const
{
    if (const content::ContentLibrary* library = app()->library())
        if (const content::PracticeLibrary* practices = library->practices(app()->options().locale)) {
            if (const content::Practice* practice = practices->findPractice(id))
                return qs(practice->title);
            if (const content::BreathingPattern* pattern = practices->findPattern(id))
                return qs(pattern->title);
        }
    QString words = qs(id).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QWidget* InsightsScreen::section(const QString& heading, const QString& summary, QWidget* chart, QTableWidget* table,
                                 const QString& objectName)
{
    QWidget* host = m_sections->parentWidget();
    QFrame* card = makeFrame("card", host, objectName);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 20, 24, 22);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(heading, "heading", card));
    QLabel* words = makeLabel(summary, "body", card);
    words->setObjectName(objectName + QStringLiteral("Summary"));
    layout->addWidget(words);
    if (chart) {
        chart->setParent(card);
        chart->setAccessibleName(heading);
        chart->setAccessibleDescription(summary);
        layout->addWidget(chart);
    }
    if (table) {
        table->setParent(card);
        layout->addWidget(table);
    }
    return card;
}

void InsightsScreen::rebuildSections()
{
    clearLayout(m_sections);
    const insights::Figures& f = m_figures;
    const bool enough = f.enoughHistory();
    m_empty->setVisible(!enough);
    if (!enough)
        return;
    QWidget* host = m_sections->parentWidget();

    // ---- repairs by month ----
    {
        QList<QStringList> rows;
        for (const insights::MonthFigures& m : f.months)
            rows.append({charts::monthLabel(m.month), count(m.started), count(m.completed), count(m.paused)});
        auto* table = makeTable({tr("Month"), tr("Started"), tr("Completed"), tr("Paused for now")}, rows,
                                QStringLiteral("insightsMonthsTable"), tr("Repairs by month"), host);
        QString summary = tr("You began %1 and completed %2.").arg(repairs(f.started)).arg(count(f.completed));
        if (f.paused > 0)
            summary += QLatin1Char(' ') +
                       (f.paused == 1 ? tr("One is paused for now, ready to come back to.")
                                      : tr("%1 are paused for now, ready to come back to.").arg(count(f.paused)));
        const insights::Figures figures = f;
        auto* chart = new charts::ChartView(
            [figures](QPainter& p, const QRectF& r, const charts::ChartStyle& s) {
                charts::paintMonthlyBars(p, r, figures, s);
            },
            [](qreal w, const charts::ChartStyle& s) { return charts::monthlyBarsHeight(w, s); }, host);
        chart->setObjectName(QStringLiteral("insightsMonthsChart"));
        m_sections->addWidget(section(tr("Repairs by month"), summary, chart, table, QStringLiteral("insightsMonths")));
    }

    // ---- repairs completed together, and the time each took ----
    {
        std::map<std::string, double> hours;
        for (const insights::RepairTime& t : f.repairTimes)
            hours[t.sessionId] = t.hours;
        QList<QStringList> rows;
        for (const insights::TimelinePoint& t : f.timeline)
            rows.append({dayText(t.completedAt), durationText(hours[t.sessionId]), count(t.together)});
        auto* table = makeTable({tr("Came back together on"), tr("From rupture to re-bonding"), tr("Together so far")},
                                rows, QStringLiteral("insightsTimelineTable"), tr("Repairs completed together"), host);
        QString summary =
            f.timeline.empty()
                ? tr("No repair has reached re-bonding together in this time yet. That is fine: pausing and coming "
                     "back is part of it.")
                : tr("Each dot is a repair you finished together. From the moment something happened to coming back "
                     "together usually took about %1 (the middle of %2 completed, together or alone).")
                      .arg(durationText(f.medianHoursToRebond))
                      .arg(repairs(static_cast<int>(f.repairTimes.size())));
        summary += QLatin1Char(' ') + tr("No chart can say how secure you feel with each other; it only shows that "
                                         "you keep finding your way back.");
        const insights::Figures figures = f;
        auto* chart = new charts::ChartView(
            [figures](QPainter& p, const QRectF& r, const charts::ChartStyle& s) {
                charts::paintTogetherTimeline(p, r, figures, s);
            },
            [](qreal w, const charts::ChartStyle& s) { return charts::timelineHeight(w, s); }, host);
        chart->setObjectName(QStringLiteral("insightsTimelineChart"));
        m_sections->addWidget(
            section(tr("Coming back together, over time"), summary, chart, table, QStringLiteral("insightsTimeline")));
    }

    // ---- check-ins before and after settling ----
    if (f.settling.pairs > 0) {
        const charts::ChartStyle style = charts::ChartStyle::fromTheme(font());
        std::vector<charts::HorizontalBar> bars{{tr("Before settling"), f.settling.meanBefore,
                                                 tr("%1 of 10").arg(number(f.settling.meanBefore)), style.paused},
                                                {tr("After settling"), f.settling.meanAfter,
                                                 tr("%1 of 10").arg(number(f.settling.meanAfter)), style.completed}};
        QList<QStringList> rows{{tr("Before settling, on average"), tr("%1 of 10").arg(number(f.settling.meanBefore))},
                                {tr("After settling, on average"), tr("%1 of 10").arg(number(f.settling.meanAfter))},
                                {tr("Times the level came down"), count(f.settling.cameDown)},
                                {tr("Times it stayed about the same"), count(f.settling.same)},
                                {tr("Times it went up"), count(f.settling.wentUp)}};
        auto* table = makeTable({tr("Check-ins"), tr("Level")}, rows, QStringLiteral("insightsSettlingTable"),
                                tr("Check-ins before and after settling"), host);
        const QString summary =
            tr("How strong the feelings were, from 0 (calm) to 10 (overwhelming), when you checked in before and "
               "after settling: on average you came down %1 points, across %2 times someone checked in before and "
               "after.")
                .arg(number(f.settling.meanDrop()))
                .arg(count(f.settling.pairs));
        auto* chart = new charts::ChartView(
            [bars](QPainter& p, const QRectF& r, const charts::ChartStyle& s) {
                std::vector<charts::HorizontalBar> themed = bars;
                themed[0].colour = s.paused;
                themed[1].colour = s.completed;
                charts::paintHorizontalBars(p, r, themed, 10.0, s);
            },
            [](qreal, const charts::ChartStyle& s) { return charts::horizontalBarsHeight(2, s); }, host);
        chart->setObjectName(QStringLiteral("insightsSettlingChart"));
        m_sections->addWidget(section(tr("Settling"), summary, chart, table, QStringLiteral("insightsSettling")));
    }

    // ---- practices ----
    std::vector<charts::HorizontalBar> practiceBars;
    QList<QStringList> practiceRows;
    double maxDrop = 1.0;
    for (const insights::PracticeFigure& p : f.practices) {
        if (p.measured == 0)
            continue;
        const QString title = practiceTitle(p.practiceId);
        practiceBars.push_back({title, std::max(0.0, p.meanDrop), number(p.meanDrop), {}});
        practiceRows.append({title, times(p.times), number(p.meanDrop)});
        maxDrop = std::max(maxDrop, p.meanDrop);
    }
    if (!practiceBars.empty()) {
        auto* table = makeTable({tr("Practice"), tr("Done"), tr("Average drop in level")}, practiceRows,
                                QStringLiteral("insightsPracticesTable"), tr("What helped you settle"), host);
        const QString summary = tr("The practices you did between two check-ins, by how far the level came down "
                                   "after them on average. It shows what went with feeling calmer, not what works "
                                   "for everyone: try what suits you.");
        const std::size_t rowsShown = practiceBars.size();
        auto* chart = new charts::ChartView(
            [practiceBars, maxDrop](QPainter& p, const QRectF& r, const charts::ChartStyle& s) {
                std::vector<charts::HorizontalBar> themed = practiceBars;
                for (charts::HorizontalBar& bar : themed)
                    bar.colour = s.started;
                charts::paintHorizontalBars(p, r, themed, std::ceil(maxDrop), s);
            },
            [rowsShown](qreal, const charts::ChartStyle& s) { return charts::horizontalBarsHeight(rowsShown, s); },
            host);
        chart->setObjectName(QStringLiteral("insightsPracticesChart"));
        m_sections->addWidget(
            section(tr("What helped you settle"), summary, chart, table, QStringLiteral("insightsPractices")));
    }

    // ---- commitments ----
    if (f.commitments.made > 0) {
        const insights::CommitmentFigures& c = f.commitments;
        const std::vector<std::pair<QString, int>> parts{{tr("Kept"), c.kept},
                                                         {tr("Partly kept"), c.partlyKept},
                                                         {tr("Still open"), c.open},
                                                         {tr("Not this time"), c.notKept},
                                                         {tr("Let go of together"), c.released}};
        std::vector<charts::HorizontalBar> bars;
        QList<QStringList> rows;
        for (const auto& [label, n] : parts) {
            bars.push_back({label, static_cast<double>(n), count(n), {}});
            rows.append({label, count(n)});
        }
        auto* table = makeTable({tr("Where it stands"), tr("Commitments")}, rows,
                                QStringLiteral("insightsCommitmentsTable"), tr("Commitments"), host);
        QString summary = tr("At the end of a repair you say what each of you will try. Of %1 made in this time, %2 "
                             "kept")
                              .arg(count(c.made))
                              .arg(c.kept == 1 ? tr("one is") : tr("%1 are").arg(count(c.kept)));
        if (c.partlyKept > 0)
            summary += tr(", %1 partly kept").arg(count(c.partlyKept));
        if (c.open > 0)
            summary += tr(" and %1 still open").arg(count(c.open));
        summary += tr(". Small promises kept are how trust grows.");
        const double most = std::max({1, c.kept, c.partlyKept, c.open, c.notKept, c.released});
        auto* chart = new charts::ChartView(
            [bars, most](QPainter& p, const QRectF& r, const charts::ChartStyle& s) {
                std::vector<charts::HorizontalBar> themed = bars;
                const QColor colours[] = {s.completed, s.completed, s.started, s.paused, s.muted};
                for (std::size_t i = 0; i < themed.size(); ++i)
                    themed[i].colour = colours[i];
                charts::paintHorizontalBars(p, r, themed, most, s);
            },
            [n = bars.size()](qreal, const charts::ChartStyle& s) { return charts::horizontalBarsHeight(n, s); }, host);
        chart->setObjectName(QStringLiteral("insightsCommitmentsChart"));
        m_sections->addWidget(section(tr("Commitments"), summary, chart, table, QStringLiteral("insightsCommitments")));
    }
}

} // namespace tend::ui
