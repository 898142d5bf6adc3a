#include "ui/regulation/RegulationQt.h"

#include <algorithm>
#include <cmath>

namespace tend::ui::regulation {

QString textOf(const tend::regulation::RegulationTexts& texts, const char* key)
{
    return qtext(texts.get(key));
}

QString phaseLabel(const tend::regulation::RegulationTexts& texts, tend::regulation::Phase phase)
{
    return qtext(texts.get("phase." + std::string(tend::regulation::phaseName(phase))));
}

QString clockText(double seconds)
{
    const int whole = std::max(0, static_cast<int>(std::ceil(seconds - 1e-6)));
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QColor blend(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const auto mix = [t](float x, float y) { return static_cast<float>(x + (y - x) * t); };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()), mix(a.blueF(), b.blueF()),
                            mix(a.alphaF(), b.alphaF()));
}

} // namespace tend::ui::regulation
