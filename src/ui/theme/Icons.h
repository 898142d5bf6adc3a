#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace tend::ui::icons {

/// A monochrome SVG from resources/icons, drawn in the current palette's `role` colour. The
/// colour is looked up at paint time, so icons follow theme switches without being rebuilt.
QIcon tinted(const QString& name, QPalette::ColorRole role = QPalette::ButtonText);

/// The same icon in an explicit colour (partner colours, the warm "get help" accent).
QIcon coloured(const QString& name, const QColor& colour);

/// One icon as a square image of `pixels` device pixels in `colour`. Sizes baked at build time
/// (IconMaskSizes.h) are a fill through the baked mask; others, or any with `fromSvg`, render the SVG.
QImage render(const QString& name, int pixels, const QColor& colour, bool fromSvg = false);

} // namespace tend::ui::icons
