#pragma once

#include <QProxyStyle>

namespace tend::ui {

/// Tend's look for what every screen shows — buttons of each kind, cards, notes and scroll bars — drawn in
/// code over Fusion. A style sheet could say the same, but it makes every widget match its rules before
/// the first frame (a third of the start-up cost over a bare Qt window); the rarer inputs keep a small
/// sheet that Theme applies once the first frame is up (see Theme::applyControlSheet).
///
/// Buttons read their `kind` property (primary, quiet, nav, help, chip, tile, swatch) and an optional
/// `align` of "left"; frames and labels read their `role` (card, soft, panel, warm, header, rule, note,
/// warmNote). A swatch takes its fill from its `swatchColour` property.
class TendStyle : public QProxyStyle {
    Q_OBJECT

public:
    TendStyle();

    void polish(QWidget* widget) override;
    using QProxyStyle::polish;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                           const QWidget* widget) const override;
    QRect subElementRect(SubElement element, const QStyleOption* option, const QWidget* widget) const override;
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex* option, SubControl sub,
                         const QWidget* widget) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const override;

private:
    void drawIndicator(bool radio, const QStyleOption* option, QPainter* painter) const;
};

} // namespace tend::ui
