#include "ui/theme/TendStyle.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>
#include <utility>

#include "ui/theme/Theme.h"

namespace tend::ui {
namespace {

enum class Kind { Plain, Primary, Quiet, Nav, Help, Chip, Tile, Swatch };

Kind kindOf(const QWidget* widget)
{
    static constexpr std::pair<const char*, Kind> kinds[] = {
        {"primary", Kind::Primary}, {"quiet", Kind::Quiet}, {"nav", Kind::Nav},       {"help", Kind::Help},
        {"chip", Kind::Chip},       {"tile", Kind::Tile},   {"swatch", Kind::Swatch},
    };
    const QString kind = widget ? widget->property("kind").toString() : QString();
    for (const auto& [name, value] : kinds) {
        if (kind == QLatin1String(name))
            return value;
    }
    return Kind::Plain;
}

/// Room between a button's edge and its contents. The border is 1 px at rest and 2 px with focus; the ring
/// takes its extra pixel from this padding, so the contents never move.
struct Box {
    int padX;
    int padY;
    int radius;
};

Box boxOf(Kind kind)
{
    switch (kind) {
    case Kind::Nav:
        return {12, 7, 10};
    case Kind::Chip:
        return {14, 6, 16};
    case Kind::Tile:
        return {18, 16, 14};
    case Kind::Swatch:
        return {0, 0, 15};
    default:
        return {16, 7, 10};
    }
}

constexpr int kBorder = 1;
constexpr int kMinContentHeight = 22;
constexpr int kSwatch = 32;     // the old sheet's 30 px inside a 1 px border
constexpr int kIconSpacing = 4; // between a button's icon and its label, as Qt's own button code spaces them

bool leftAligned(const QWidget* widget, Kind kind)
{
    return kind == Kind::Nav || kind == Kind::Tile ||
           (widget && widget->property("align").toString() == QLatin1String("left"));
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

struct Paint {
    QColor fill;
    QColor border;
    QColor text;
    int width = kBorder;
};

/// The colours of a button in its state: the same table the style sheet used to hold, in code.
Paint paintFor(Kind kind, const QStyleOption& option, const QWidget* widget)
{
    const QPalette& pal = option.palette;
    const bool dark = isDark(pal);
    const bool enabled = option.state & QStyle::State_Enabled;
    const bool hover = enabled && (option.state & QStyle::State_MouseOver);
    const bool pressed = enabled && (option.state & QStyle::State_Sunken);
    const bool checked = option.state & QStyle::State_On;
    const bool focus = enabled && (option.state & QStyle::State_HasFocus);
    const QColor button = pal.color(QPalette::Active, QPalette::Button);
    const QColor highlight = pal.color(QPalette::Active, QPalette::Highlight);
    const QColor text = pal.color(QPalette::Active, QPalette::ButtonText);
    const QColor mid = pal.color(QPalette::Active, QPalette::Mid);
    const QColor alternate = pal.color(QPalette::Active, QPalette::AlternateBase);
    const QColor disabledText = pal.color(QPalette::Disabled, QPalette::ButtonText);
    const QColor border = Theme::extra(Theme::Extra::Border);
    const QColor focusRing = Theme::extra(Theme::Extra::Focus);
    const QColor surface = Theme::extra(Theme::Extra::Surface);
    const QColor accentSoft = Theme::extra(Theme::Extra::AccentSoft);

    Paint p{button, border, text, kBorder};
    switch (kind) {
    case Kind::Plain:
        if (hover)
            p = {dark ? button.lighter(112) : button.darker(104), mid, text, kBorder};
        if (pressed)
            p.fill = mid;
        break;
    case Kind::Primary:
        p = {hover || pressed ? (dark ? highlight.lighter(108) : highlight.darker(110)) : highlight, highlight,
             pal.color(QPalette::Active, QPalette::HighlightedText), kBorder};
        if (focus)
            return {p.fill, text, p.text, 2};
        break;
    case Kind::Quiet:
    case Kind::Nav:
        // Pressed looks hovered, as the sheet had it: its own fill outranked the plain button's pressed one.
        p = {Qt::transparent, Qt::transparent, text, kBorder};
        if (hover)
            p.fill = alternate;
        if (kind == Kind::Nav && checked)
            p.fill = accentSoft;
        break;
    case Kind::Help:
        p = {Theme::extra(Theme::Extra::WarmSoft),
             hover ? Theme::extra(Theme::Extra::Warm) : Theme::extra(Theme::Extra::WarmSoft), text, kBorder};
        if (focus)
            return {p.fill, Theme::extra(Theme::Extra::Warm), text, 2};
        break;
    case Kind::Chip: // chips and tiles keep their fill while pressed, as the sheet had it
        p = {checked ? accentSoft : surface, checked ? highlight : (hover ? mid : border), text, kBorder};
        break;
    case Kind::Tile:
        p = {checked ? accentSoft : surface, checked || hover ? highlight : border, text, checked ? 2 : kBorder};
        break;
    case Kind::Swatch: {
        const QColor own = widget ? widget->property("swatchColour").value<QColor>() : QColor();
        p = {own.isValid() ? own : mid, border, text, kBorder};
        if (checked)
            p = {p.fill, text, text, 3};
        if (focus)
            return {p.fill, focusRing, text, 3};
        break;
    }
    }
    if (!enabled) {
        const bool solid = kind == Kind::Plain || kind == Kind::Primary;
        return {solid ? alternate : p.fill, solid ? alternate : p.border, disabledText, kBorder};
    }
    if (focus)
        p = {p.fill, focusRing, p.text, 2};
    return p;
}

/// Fills a rounded box with its border inside the rectangle, as a style sheet's border-box would.
void drawBox(QPainter* painter, const QRect& rect, const QColor& fill, const QColor& border, int width, int radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (border.alpha() > 0 && width > 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(border);
        QPainterPath outer;
        outer.addRoundedRect(QRectF(rect), radius, radius);
        QPainterPath inner;
        const double innerRadius = std::max(0, radius - width);
        inner.addRoundedRect(QRectF(rect).adjusted(width, width, -width, -width), innerRadius, innerRadius);
        painter->drawPath(outer.subtracted(inner));
        if (fill.alpha() > 0) {
            painter->setBrush(fill);
            painter->drawPath(inner);
        }
    } else if (fill.alpha() > 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(rect), radius, radius);
    }
    painter->restore();
}

bool isVertical(const QStyleOptionComplex* option)
{
    const auto* bar = qstyleoption_cast<const QStyleOptionSlider*>(option);
    return bar && bar->orientation == Qt::Vertical;
}

constexpr int kScrollBarExtent = 10;
constexpr int kScrollBarMargin = 2;
constexpr int kScrollHandleMin = 32;

} // namespace

TendStyle::TendStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("tend"));
}

void TendStyle::polish(QWidget* widget)
{
    QProxyStyle::polish(widget);
    if (qobject_cast<QPushButton*>(widget)) {
        widget->setAttribute(Qt::WA_Hover);
        if (kindOf(widget) == Kind::Swatch)
            widget->setFixedSize(kSwatch, kSwatch);
        return;
    }
    if (auto* scroll = qobject_cast<QScrollArea*>(widget)) {
        scroll->setFrameShape(QFrame::NoFrame);
        return;
    }
    if (qobject_cast<QScrollBar*>(widget)) {
        widget->setAttribute(Qt::WA_OpaquePaintEvent, false);
        return;
    }
    const QString role = widget->property("role").toString();
    if (role.isEmpty())
        return;
    // Cards, notes and bars paint their own shape behind their contents (drawPrimitive, PE_Widget).
    widget->setAttribute(Qt::WA_StyledBackground);
    if (role == QLatin1String("rule"))
        widget->setFixedHeight(1);
    // A border holds the contents off the edge by its width, as the old sheet's border did; screens that set
    // their own margins keep them.
    if (widget->contentsMargins().isNull()) {
        if (role == QLatin1String("card"))
            widget->setContentsMargins(1, 1, 1, 1);
        else if (role == QLatin1String("header"))
            widget->setContentsMargins(0, 0, 0, 1);
    }
}

void TendStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                              const QWidget* widget) const
{
    if (element == PE_FrameFocusRect && qobject_cast<const QPushButton*>(widget))
        return; // The button's own border is its focus ring.
    if (element == PE_Widget && widget) {
        const QString role = widget->property("role").toString();
        const QRect r = option->rect;
        if (role == QLatin1String("card")) {
            drawBox(painter, r, Theme::extra(Theme::Extra::Surface), Theme::extra(Theme::Extra::Border), 1, 14);
            return;
        }
        if (role == QLatin1String("soft") || role == QLatin1String("panel")) {
            drawBox(painter, r, option->palette.color(QPalette::Active, QPalette::AlternateBase), Qt::transparent, 0,
                    role == QLatin1String("soft") ? 12 : 0);
            return;
        }
        if (role == QLatin1String("warm")) {
            drawBox(painter, r, Theme::extra(Theme::Extra::WarmSoft), Qt::transparent, 0, 12);
            return;
        }
        if (role == QLatin1String("warmNote")) {
            drawBox(painter, r, Theme::extra(Theme::Extra::WarmSoft), Qt::transparent, 0, 10);
            return;
        }
        if (role == QLatin1String("header")) {
            painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), Theme::extra(Theme::Extra::Border));
            return;
        }
        if (role == QLatin1String("rule")) {
            painter->fillRect(r, Theme::extra(Theme::Extra::Border));
            return;
        }
        if (role == QLatin1String("note")) {
            painter->fillRect(QRect(r.left(), r.top(), 3, r.height()),
                              option->palette.color(QPalette::Active, QPalette::Mid));
            return;
        }
    }
    if (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) {
        drawIndicator(element == PE_IndicatorRadioButton, option, painter);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

// Check boxes and radio buttons: Fusion outlines them in a shade of the window colour, which all but vanishes on the
// dark theme. Here the resting ring is the muted text colour (3:1 and more against the page in both themes,
// docs/contrast.md) and a chosen one is filled with the accent, with a tick or a dot in the accent's text colour.
void TendStyle::drawIndicator(bool radio, const QStyleOption* option, QPainter* painter) const
{
    const bool on = option->state & (State_On | State_NoChange);
    const bool enabled = option->state & State_Enabled;
    const QColor ring = enabled ? (on ? option->palette.color(QPalette::Active, QPalette::Highlight)
                                      : Theme::extra(Theme::Extra::Muted))
                                : option->palette.color(QPalette::Disabled, QPalette::Text);
    const QColor fill = on && enabled ? ring : option->palette.color(QPalette::Active, QPalette::Base);
    const QRectF r = QRectF(option->rect).adjusted(1, 1, -1, -1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ring, 2));
    painter->setBrush(fill);
    if (radio)
        painter->drawEllipse(r);
    else
        painter->drawRoundedRect(r, 3, 3);
    if (on) {
        const QColor mark = enabled ? option->palette.color(QPalette::Active, QPalette::HighlightedText) : ring;
        if (radio) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(mark);
            const qreal d = r.width() * 0.4;
            painter->drawEllipse(QRectF(r.center().x() - d / 2, r.center().y() - d / 2, d, d));
        } else if (option->state & State_NoChange) {
            painter->setPen(QPen(mark, 2, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(r.left() + r.width() * 0.25, r.center().y()),
                              QPointF(r.right() - r.width() * 0.25, r.center().y()));
        } else {
            painter->setPen(QPen(mark, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            QPainterPath tick;
            tick.moveTo(r.left() + r.width() * 0.22, r.top() + r.height() * 0.52);
            tick.lineTo(r.left() + r.width() * 0.42, r.top() + r.height() * 0.72);
            tick.lineTo(r.left() + r.width() * 0.78, r.top() + r.height() * 0.30);
            painter->drawPath(tick);
        }
    }
    painter->restore();
}

void TendStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                            const QWidget* widget) const
{
    const auto* button = qobject_cast<const QPushButton*>(widget);
    if (!button) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    const Kind kind = kindOf(widget);
    if (element == CE_PushButtonBevel) {
        const Paint p = paintFor(kind, *option, widget);
        drawBox(painter, option->rect, p.fill, p.border, p.width, boxOf(kind).radius);
        return;
    }
    if (element == CE_PushButtonLabel) {
        const auto* opt = qstyleoption_cast<const QStyleOptionButton*>(option);
        if (!opt) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        QStyleOptionButton copy(*opt);
        const QColor text = paintFor(kind, *option, widget).text;
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            copy.palette.setColor(group, QPalette::ButtonText, text);
        // The base style nudges a pressed button's label; ours stays put, like the rest of the calm look.
        copy.state &= ~(State_Sunken | State_On);
        if (!leftAligned(widget, kind)) {
            QProxyStyle::drawControl(element, &copy, painter, widget);
            return;
        }
        // Fusion hands its own, narrower contents rectangle; ours keeps the kind's padding.
        const Box box = boxOf(kind);
        QRect area =
            widget->rect().adjusted(box.padX + kBorder, box.padY + kBorder, -box.padX - kBorder, -box.padY - kBorder);
        if (!copy.icon.isNull()) {
            const QIcon::Mode mode = copy.state & State_Enabled ? QIcon::Normal : QIcon::Disabled;
            const QPixmap pixmap = copy.icon.pixmap(copy.iconSize, painter->device()->devicePixelRatioF(), mode);
            const QRect iconRect(area.left(), area.center().y() - copy.iconSize.height() / 2, copy.iconSize.width(),
                                 copy.iconSize.height());
            drawItemPixmap(painter, iconRect, Qt::AlignCenter, pixmap);
            area.setLeft(iconRect.right() + 1 + kIconSpacing);
        }
        drawItemText(painter, area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextShowMnemonic, copy.palette,
                     copy.state & State_Enabled, copy.text, QPalette::ButtonText);
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void TendStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                   const QWidget* widget) const
{
    if (control == CC_ScrollBar && isVertical(option)) {
        // A thin handle on no track: the page stays the calm background.
        const QRect handle = subControlRect(control, option, SC_ScrollBarSlider, widget);
        if (handle.isValid())
            drawBox(painter, handle, option->palette.color(QPalette::Active, QPalette::Mid), Qt::transparent, 0, 3);
        return;
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

QSize TendStyle::sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                                  const QWidget* widget) const
{
    if (type == CT_PushButton && qobject_cast<const QPushButton*>(widget)) {
        const Kind kind = kindOf(widget);
        if (kind == Kind::Swatch)
            return {kSwatch, kSwatch};
        const Box box = boxOf(kind);
        return {size.width() + 2 * (box.padX + kBorder),
                std::max(size.height(), kMinContentHeight) + 2 * (box.padY + kBorder)};
    }
    return QProxyStyle::sizeFromContents(type, option, size, widget);
}

QRect TendStyle::subElementRect(SubElement element, const QStyleOption* option, const QWidget* widget) const
{
    if ((element == SE_PushButtonContents || element == SE_PushButtonFocusRect) &&
        qobject_cast<const QPushButton*>(widget)) {
        const Box box = boxOf(kindOf(widget));
        const int inset = box.padX + kBorder;
        const int insetY = box.padY + kBorder;
        return option->rect.adjusted(inset, insetY, -inset, -insetY);
    }
    return QProxyStyle::subElementRect(element, option, widget);
}

QRect TendStyle::subControlRect(ComplexControl control, const QStyleOptionComplex* option, SubControl sub,
                                const QWidget* widget) const
{
    if (control != CC_ScrollBar || !isVertical(option))
        return QProxyStyle::subControlRect(control, option, sub, widget);
    const auto* bar = qstyleoption_cast<const QStyleOptionSlider*>(option);
    const QRect groove =
        option->rect.adjusted(kScrollBarMargin, kScrollBarMargin, -kScrollBarMargin, -kScrollBarMargin);
    const int range = bar->maximum - bar->minimum;
    const int length = groove.height();
    int handleLength = length;
    if (range > 0) {
        const qint64 share = qint64(length) * bar->pageStep / (qint64(range) + bar->pageStep);
        handleLength = std::clamp(int(share), std::min(kScrollHandleMin, length), length);
    }
    const int top = groove.top() + sliderPositionFromValue(bar->minimum, bar->maximum, bar->sliderPosition,
                                                           length - handleLength, bar->upsideDown);
    const QRect handle(groove.left(), top, groove.width(), handleLength);
    switch (sub) {
    case SC_ScrollBarGroove:
        return groove;
    case SC_ScrollBarSlider:
        return handle;
    case SC_ScrollBarSubPage:
        return QRect(groove.left(), groove.top(), groove.width(), handle.top() - groove.top());
    case SC_ScrollBarAddPage:
        return QRect(groove.left(), handle.bottom() + 1, groove.width(), groove.bottom() - handle.bottom());
    default:
        return {}; // No arrow buttons.
    }
}

int TendStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    const auto* bar = qobject_cast<const QScrollBar*>(widget);
    if (metric == PM_ScrollBarExtent && (!bar || bar->orientation() == Qt::Vertical))
        return kScrollBarExtent;
    if (metric == PM_ScrollBarSliderMin)
        return kScrollHandleMin;
    return QProxyStyle::pixelMetric(metric, option, widget);
}

} // namespace tend::ui
