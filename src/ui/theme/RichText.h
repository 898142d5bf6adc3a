#pragma once

#include <QDateTime>
#include <QString>

#include <string>

namespace tend::ui {

/// Content text (plain UTF-8, `\n` breaks, `*gentle emphasis*`) as safe Qt rich text.
QString contentToHtml(const QString& text);
QString contentToHtml(const std::string& text);

/// The same text with the emphasis markers removed, for accessible names and plain views.
QString contentToPlain(const QString& text);

/// "Sunday 22 November, 18:30" (with the year when it is not this year): calm, unambiguous, no seconds.
QString friendlyDateTime(const QDateTime& when);
/// "Sunday 22 November" (with the year when it is not this year).
QString friendlyDate(const QDate& day);
/// Date patterns (QLocale::toString) in the language in use: each language orders and joins the parts its own way
/// ("lunes 7 de diciembre", "Montag, 7. Dezember"), so the patterns are translated like any sentence.
QString dayPattern(bool withYear);
QString dayTimePattern();
QString timeDayPattern();
QString monthPattern();
/// "18:30" in the locale's short style.
QString friendlyTime(const QTime& time);

/// UTF-8 std::string to QString.
inline QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}
/// QString to UTF-8 std::string.
inline std::string ss(const QString& text)
{
    return text.toStdString();
}

} // namespace tend::ui
