#include "ui/app/PseudoTranslator.h"

#include <cmath>

namespace tend::ui {
namespace {

// An accented look-alike for each ASCII letter, so text stays readable while no English string passes unnoticed.
QChar accented(QChar c)
{
    static const QString lower = QStringLiteral("áƀçđéƒĝĥíĵķĺɱñöþʠŕšţüʋŵẋýž");
    static const QString upper = QStringLiteral("ÁƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ");
    if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        return lower.at(c.unicode() - 'a');
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return upper.at(c.unicode() - 'A');
    return c;
}

} // namespace

QString PseudoTranslator::translate(const char*, const char* sourceText, const char*, int) const
{
    return sourceText ? pseudo(QString::fromUtf8(sourceText)) : QString();
}

QString PseudoTranslator::pseudo(const QString& text)
{
    if (text.isEmpty())
        return text;
    QString out;
    out.reserve(text.size() * 2);
    qsizetype letters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // Kept as they are: markup (<b>, <a href=…>), entities (&amp;), placeholders (%1, %L1, %n), mnemonics (&S).
        if (c == QLatin1Char('<')) {
            const qsizetype end = text.indexOf(QLatin1Char('>'), i);
            if (end > i) {
                out += text.mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (c == QLatin1Char('&') && i + 1 < text.size()) {
            const qsizetype semi = text.indexOf(QLatin1Char(';'), i);
            if (semi > i && semi - i <= 8 && !text.mid(i + 1, semi - i - 1).contains(QLatin1Char(' '))) {
                out += text.mid(i, semi - i + 1);
                i = semi;
                continue;
            }
            out += c;
            out += text.at(++i); // the mnemonic letter stays plain, so Alt+letter still matches it
            continue;
        }
        if (c == QLatin1Char('%') && i + 1 < text.size()) {
            qsizetype end = i + 1;
            if (text.at(end) == QLatin1Char('L'))
                ++end;
            if (end < text.size() && (text.at(end).isDigit() || text.at(end) == QLatin1Char('n'))) {
                out += text.mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (c.isLetter())
            ++letters;
        out += accented(c);
    }
    // 40 % longer: German and Spanish often need about that much more room than English.
    const auto padding = qsizetype(std::ceil(double(std::max<qsizetype>(letters, 1)) * 0.4));
    return QLatin1Char('[') + out + QLatin1Char(' ') + QString(padding, QLatin1Char('~')) + QLatin1Char(']');
}

} // namespace tend::ui
