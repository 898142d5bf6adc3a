#include "ui/theme/RichText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace tend::ui {

QString contentToHtml(const QString& text)
{
    // Escape first so nothing in content can become markup, then turn *x* into emphasis.
    const QString escaped = text.toHtmlEscaped();
    QString out;
    out.reserve(escaped.size() + 16);
    bool open = false;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar ch = escaped.at(i);
        if (ch == QLatin1Char('*')) {
            // Only pair markers that enclose something; a lone star stays a star.
            const qsizetype close = escaped.indexOf(QLatin1Char('*'), i + 1);
            if (!open && close > i + 1) {
                out += QStringLiteral("<i>");
                open = true;
                continue;
            }
            if (open) {
                out += QStringLiteral("</i>");
                open = false;
                continue;
            }
        }
        if (ch == QLatin1Char('\n')) {
            out += QStringLiteral("<br>");
            continue;
        }
        out += ch;
    }
    if (open)
        out += QStringLiteral("</i>");
    return out;
}

QString contentToHtml(const std::string& text)
{
    return contentToHtml(qs(text));
}

namespace {

// The patterns' translation context, which lupdate can see.
class DateFormats {
    Q_DECLARE_TR_FUNCTIONS(tend::ui::DateFormats)
};

} // namespace

QString dayPattern(bool withYear)
{
    //: A QLocale date pattern: weekday, day and month ("Monday 7 December"). Spanish "dddd d 'de' MMMM".
    return withYear ? DateFormats::tr("dddd d MMMM yyyy") : DateFormats::tr("dddd d MMMM");
}

QString dayTimePattern()
{
    //: A QLocale pattern for a day and a time ("Monday 7 December, 18:30").
    return DateFormats::tr("dddd d MMMM, HH:mm");
}

QString timeDayPattern()
{
    //: A QLocale pattern for a time, then its day ("18:30, Monday 7 December").
    return DateFormats::tr("HH:mm, dddd d MMMM");
}

QString monthPattern()
{
    //: A QLocale pattern for a month of a year ("December 2026").
    return DateFormats::tr("MMMM yyyy");
}

QString friendlyDate(const QDate& day)
{
    const bool thisYear = day.year() == QDate::currentDate().year();
    return QLocale().toString(day, dayPattern(!thisYear));
}

QString friendlyTime(const QTime& time)
{
    // Hours and minutes only; 12-hour clocks where the locale uses them.
    const QString localeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    const bool twelve = localeFormat.contains(QLatin1String("ap"), Qt::CaseInsensitive);
    return QLocale().toString(time, twelve ? QStringLiteral("h:mm AP") : QStringLiteral("HH:mm"));
}

QString friendlyDateTime(const QDateTime& when)
{
    const QDateTime local = when.toLocalTime();
    return QStringLiteral("%1, %2").arg(friendlyDate(local.date()), friendlyTime(local.time()));
}

QString contentToPlain(const QString& text)
{
    QString out = text;
    out.remove(QLatin1Char('*'));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out.simplified();
}

} // namespace tend::ui
