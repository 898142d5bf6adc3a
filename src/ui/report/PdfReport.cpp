#include "ui/report/PdfReport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include "ui/charts/InsightCharts.h"
#include "ui/screens/InsightsScreen.h"
#include "ui/screens/RecordFormatter.h"

namespace tend::ui::report {
namespace {

using tend::report::Document;

// The layout below is free functions; this gives their sentences a translation context lupdate can see.
class PdfReport {
    Q_DECLARE_TR_FUNCTIONS(tend::ui::report::PdfReport)
};

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString count(int n)
{
    return QLocale().toString(n);
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString tableHtml(const QStringList& header, const QList<QStringList>& rows)
{
    QString out = QStringLiteral("<table class='figures' cellspacing='0' cellpadding='4'><tr>");
    for (const QString& h : header)
        out += QStringLiteral("<th align='left'>%1</th>").arg(h.toHtmlEscaped());
    out += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString& cell : row)
            out += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

// The charts are drawn at a screen's logical size (their text sizes are measured for it) three times as sharp, then
// placed across the page's width.
class ChartImages {
public:
    ChartImages(QTextDocument& document, qreal pageWidth, const QFont& font)
        : m_document(document), m_pageWidth(pageWidth), m_style(charts::ChartStyle::forPrint(font))
    {
    }

    template <typename Paint> QString add(qreal logicalHeight, Paint paint)
    {
        constexpr qreal kLogicalWidth = 640;
        constexpr qreal kSharpness = 3;
        QImage image(QSize(int(kLogicalWidth * kSharpness), int(std::ceil(logicalHeight) * kSharpness)),
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(kSharpness);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(painter, QRectF(0, 0, kLogicalWidth, logicalHeight), m_style);
        }
        const QString name = QStringLiteral("chart%1.png").arg(++m_count);
        m_document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        const qreal height = m_pageWidth * logicalHeight / kLogicalWidth;
        return QStringLiteral("<p><img src='%1' width='%2' height='%3'></p>")
            .arg(name)
            .arg(int(m_pageWidth))
            .arg(int(height));
    }
    qreal logicalWidth() const { return 640; }
    const charts::ChartStyle& style() const { return m_style; }

private:
    QTextDocument& m_document;
    qreal m_pageWidth;
    charts::ChartStyle m_style;
    int m_count = 0;
};

QString coverHtml(const Document& d)
{
    QString out = QStringLiteral("<h1>%1</h1>").arg(PdfReport::tr("Our repairs with Tend"));
    out += QStringLiteral("<p class='big'>%1</p>").arg(html(d.coupleName));
    out += QStringLiteral("<p>%1<br>%2</p>").arg(html(d.range), html(d.scopeLine));
    QString repairs = d.repairs == 1 ? PdfReport::tr("1 repair") : PdfReport::tr("%1 repairs").arg(count(d.repairs));
    repairs += QStringLiteral(": ") +
               PdfReport::tr("%1 completed, %2 paused for now").arg(count(d.completed), count(d.paused));
    out += QStringLiteral("<p><b>%1</b></p>").arg(repairs.toHtmlEscaped());
    if (!d.names.empty()) {
        QStringList names;
        for (const std::string& n : d.names)
            names << QString::fromStdString(n);
        const QString who = names.size() == 2 ? PdfReport::tr("%1 and %2").arg(names.at(0), names.at(1))
                                              : names.join(QStringLiteral(", "));
        out += QStringLiteral("<p>%1</p>")
                   .arg(PdfReport::tr("With the agreement of %1, whose shared answers are in it.")
                            .arg(who)
                            .toHtmlEscaped());
    }
    out += QStringLiteral("<h3>%1</h3><ul>").arg(PdfReport::tr("What is not in it"));
    for (const std::string& line : d.leftOut)
        out += QStringLiteral("<li>%1</li>").arg(html(line));
    out += QStringLiteral("</ul>");
    out +=
        QStringLiteral("<p class='muted'>%1</p>")
            .arg(PdfReport::tr("Made on %1 with Tend, a self-help guide for repairing after a rupture. It is practice "
                               "between two people, not therapy, and it keeps no diagnosis. Please keep this report "
                               "private.")
                     .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
                     .toHtmlEscaped());
    return out;
}

QString figuresHtml(const Document& d, ChartImages& images)
{
    const insights::Figures& f = *d.figures;
    QString out = QStringLiteral("<h2 class='page'>%1</h2>").arg(PdfReport::tr("How the repairs have gone"));
    const qreal width = images.logicalWidth();

    out += QStringLiteral("<h3>%1</h3>").arg(PdfReport::tr("Repairs by month"));
    out += images.add(
        charts::monthlyBarsHeight(width, images.style()),
        [&](QPainter& p, const QRectF& r, const charts::ChartStyle& s) { charts::paintMonthlyBars(p, r, f, s); });
    QList<QStringList> months;
    for (const insights::MonthFigures& m : f.months)
        if (m.started || m.completed || m.paused)
            months.append({charts::monthLabel(m.month), count(m.started), count(m.completed), count(m.paused)});
    out += tableHtml(
        {PdfReport::tr("Month"), PdfReport::tr("Started"), PdfReport::tr("Completed"), PdfReport::tr("Paused for now")},
        months);

    out += QStringLiteral("<h3>%1</h3>").arg(PdfReport::tr("Coming back together, over time"));
    if (f.timeline.empty()) {
        out += QStringLiteral("<p>%1</p>").arg(PdfReport::tr("No repair reached re-bonding together in this time."));
    } else {
        out += images.add(charts::timelineHeight(width, images.style()),
                          [&](QPainter& p, const QRectF& r, const charts::ChartStyle& s) {
                              charts::paintTogetherTimeline(p, r, f, s);
                          });
        out += QStringLiteral("<p>%1</p>")
                   .arg(PdfReport::tr(
                            "%1 repairs completed together. From the rupture to re-bonding usually took about %2.")
                            .arg(count(int(f.timeline.size())), InsightsScreen::durationText(f.medianHoursToRebond))
                            .toHtmlEscaped());
    }

    if (f.settling.pairs > 0) {
        out += QStringLiteral("<h3>%1</h3>").arg(PdfReport::tr("Check-ins before and after settling"));
        const charts::ChartStyle& s = images.style();
        const std::vector<charts::HorizontalBar> bars{
            {PdfReport::tr("Before settling"), f.settling.meanBefore,
             PdfReport::tr("%1 of 10").arg(number(f.settling.meanBefore)), s.paused},
            {PdfReport::tr("After settling"), f.settling.meanAfter,
             PdfReport::tr("%1 of 10").arg(number(f.settling.meanAfter)), s.completed}};
        out += images.add(charts::horizontalBarsHeight(bars.size(), s),
                          [&](QPainter& p, const QRectF& r, const charts::ChartStyle& style) {
                              charts::paintHorizontalBars(p, r, bars, 10.0, style);
                          });
        out += QStringLiteral("<p>%1</p>")
                   .arg(PdfReport::tr(
                            "From 0 (calm) to 10 (overwhelming), across %1 check-ins before and after: the level "
                            "came down %2 times, stayed about the same %3 times and went up %4 times.")
                            .arg(count(f.settling.pairs), count(f.settling.cameDown), count(f.settling.same),
                                 count(f.settling.wentUp))
                            .toHtmlEscaped());
    }

    QList<QStringList> practices;
    for (const insights::PracticeFigure& p : f.practices) {
        if (p.measured == 0)
            continue;
        const auto title = d.practiceTitles.find(p.practiceId);
        practices.append({title != d.practiceTitles.end() ? QString::fromStdString(title->second)
                                                          : QString::fromStdString(reading::readableId(p.practiceId)),
                          count(p.times), number(p.meanDrop)});
    }
    if (!practices.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3>").arg(PdfReport::tr("What went with settling"));
        out +=
            tableHtml({PdfReport::tr("Practice"), PdfReport::tr("Times done"), PdfReport::tr("Average drop in level")},
                      practices);
    }

    if (f.commitments.made > 0) {
        const insights::CommitmentFigures& c = f.commitments;
        out += QStringLiteral("<h3>%1</h3>").arg(PdfReport::tr("Agreements"));
        out += tableHtml({PdfReport::tr("Where it stands"), PdfReport::tr("Agreements")},
                         {{PdfReport::tr("Kept"), count(c.kept)},
                          {PdfReport::tr("Partly kept"), count(c.partlyKept)},
                          {PdfReport::tr("Still open"), count(c.open)},
                          {PdfReport::tr("Not this time"), count(c.notKept)},
                          {PdfReport::tr("Let go of together"), count(c.released)}});
    }
    return out;
}

QString repairHtml(const tend::report::Repair& r, bool first)
{
    QString out =
        QStringLiteral("<h2%1>%2</h2>").arg(first ? QStringLiteral(" class='page'") : QString(), html(r.title));
    out += QStringLiteral("<p class='muted'>%1 · %2</p>").arg(html(r.date), html(r.facts));
    for (const tend::report::Step& step : r.steps) {
        out += QStringLiteral("<h3>%1</h3>").arg(html(step.title));
        for (const tend::report::Item& item : step.items) {
            out += QStringLiteral("<p class='card'><b>%1</b> <span class='muted'>— %2, %3</span></p>")
                       .arg(html(item.card), html(item.who), html(item.when));
            out += QStringLiteral("<p class='answer'>%1</p>").arg(answerHtml(item.answer));
        }
    }
    if (!r.checkIns.empty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(PdfReport::tr("Check-ins"));
        for (const tend::report::CheckInLine& line : r.checkIns) {
            QStringList moments;
            for (const std::string& m : line.moments)
                moments << QString::fromStdString(m);
            out += QStringLiteral("<li><b>%1:</b> %2</li>")
                       .arg(html(line.who), moments.join(QStringLiteral(" → ")).toHtmlEscaped());
        }
        out += QStringLiteral("</ul>");
    }
    if (!r.agreements.empty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(PdfReport::tr("Agreements"));
        for (const tend::report::Agreement& a : r.agreements) {
            const QString words = a.text.empty() ? PdfReport::tr("An agreement (its words are left out)")
                                                 : QString::fromStdString(a.text);
            out += QStringLiteral("<li>%1 <span class='muted'>(%2)</span></li>")
                       .arg(words.toHtmlEscaped(), html(a.status));
        }
        out += QStringLiteral("</ul>");
    }
    if (r.answersLeftOut > 0)
        out += QStringLiteral("<p class='muted'>%1</p>")
                   .arg((r.answersLeftOut == 1 ? PdfReport::tr("One answer is left out: its writer did not agree.")
                                               : PdfReport::tr("%1 answers are left out: their writer did not agree.")
                                                     .arg(count(r.answersLeftOut)))
                            .toHtmlEscaped());
    return out;
}

QString styleSheet()
{
    return QStringLiteral("h1 { font-size: 22pt; font-weight: 600; margin-bottom: 12pt; }"
                          "h2 { font-size: 15pt; font-weight: 600; margin-top: 18pt; margin-bottom: 4pt; }"
                          "h2.page { page-break-before: always; }"
                          "h3 { font-size: 11.5pt; font-weight: 600; margin-top: 12pt; margin-bottom: 2pt; }"
                          "p { margin-top: 2pt; margin-bottom: 4pt; }"
                          "p.big { font-size: 15pt; }"
                          "p.card { margin-top: 8pt; }"
                          "p.answer { margin-left: 14pt; }"
                          ".muted { color: #5b6470; }"
                          "table.figures { margin-top: 4pt; margin-bottom: 8pt; }"
                          "th { background-color: #eef1f4; }");
}

} // namespace

Result<void> writePdf(const Document& document, const QString& file)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(
            PdfReport::tr("The report could not be written to %1: %2").arg(file, out.errorString()).toStdString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&out);
        writer.setResolution(300);
        writer.setTitle(PdfReport::tr("Our repairs with Tend"));
        writer.setCreator(QStringLiteral("Tend"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 16),
                                         QPageLayout::Millimeter));

        QFont font = QGuiApplication::font();
        font.setPointSizeF(10.5);
        QFont footerFont = font;
        footerFont.setPointSizeF(8.5);

        QTextDocument text;
        text.documentLayout()->setPaintDevice(&writer);
        text.setDefaultFont(font);
        text.setDefaultStyleSheet(styleSheet());
        const qreal width = writer.width();
        const qreal footer = QFontMetricsF(footerFont, &writer).height() * 2;
        const qreal pageHeight = writer.height() - footer;
        text.setPageSize(QSizeF(width, pageHeight));
        text.setDocumentMargin(0);

        // QTextDocument scales an image's width and height from 96 dpi to the writer's resolution itself.
        ChartImages images(text, width * 96.0 / writer.logicalDpiX(), QGuiApplication::font());
        QString body = coverHtml(document);
        if (document.figures)
            body += figuresHtml(document, images);
        for (std::size_t i = 0; i < document.sessions.size(); ++i)
            body += repairHtml(document.sessions[i], i == 0);
        if (document.sessions.empty())
            body += QStringLiteral("<p>%1</p>").arg(PdfReport::tr("There were no repairs in these dates."));
        text.setHtml(body);

        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(PdfReport::tr("The report could not be laid out as a PDF.").toStdString());
        const int pages = text.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * pageHeight);
            text.drawContents(&painter, QRectF(0, page * pageHeight, width, pageHeight));
            painter.restore();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x5b, 0x64, 0x70));
            painter.drawText(QRectF(0, writer.height() - footer / 2, width, footer / 2),
                             Qt::AlignRight | Qt::AlignBottom,
                             PdfReport::tr("%1 · page %2 of %3")
                                 .arg(QString::fromStdString(document.coupleName))
                                 .arg(page + 1)
                                 .arg(pages));
        }
        painter.end();
    }
    if (!out.commit())
        return makeError(
            PdfReport::tr("The report could not be saved to %1: %2").arg(file, out.errorString()).toStdString());
    return {};
}

Result<void> writePdfHeadless(const Document& document, const std::filesystem::path& file)
{
    const QString path = QString::fromStdString(file.string());
    if (QGuiApplication::instance())
        return writePdf(document, path);
    // Fonts and layout need a GUI application; off-screen, so no display is needed and none is touched. Qt's own
    // notes about the platform (XDG_RUNTIME_DIR and the like) are not the person's business; real errors still show.
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "tend: %s\n", qPrintable(message));
        });
    static char name[] = "tend";
    static char platformFlag[] = "-platform";
    static char platform[] = "offscreen";
    int argc = 3;
    char* argv[] = {name, platformFlag, platform, nullptr};
    QGuiApplication app(argc, argv);
    auto written = writePdf(document, path);
    qInstallMessageHandler(previous);
    return written;
}

} // namespace tend::ui::report
