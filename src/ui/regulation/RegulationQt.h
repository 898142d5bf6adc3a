#pragma once

#include <QColor>
#include <QString>

#include <string>

#include "tend/regulation/BreathingPattern.h"
#include "tend/regulation/RegulationTexts.h"

namespace tend::ui::regulation {

/// UTF-8 core text to QString.
inline QString qtext(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// A regulation text by key, as a QString.
QString textOf(const tend::regulation::RegulationTexts& texts, const char* key);

/// The shown label of a phase ("Breathe in", ...), from the texts.
QString phaseLabel(const tend::regulation::RegulationTexts& texts, tend::regulation::Phase phase);

/// "4:05" for 245 seconds (rounded up, so a countdown never shows 0:00 while time is left).
QString clockText(double seconds);

/// `a` blended toward `b` by `t` (0 = a, 1 = b), alpha included.
QColor blend(const QColor& a, const QColor& b, double t);

} // namespace tend::ui::regulation
