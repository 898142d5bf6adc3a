#include "ui/theme/Theme.h"
#include "ui/theme/TendStyle.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QStyle>
#include <QStyleHints>
#include <QToolTip>
#include <QtGlobal>

#include <cmath>

inline void initTendResources()
{
    Q_INIT_RESOURCE(tend);
}

namespace tend::ui {
namespace {

Theme* g_instance = nullptr;

struct Colours {
    const char* window;
    const char* base;
    const char* alternate;
    const char* text;
    const char* button;
    const char* mid;
    const char* dark;
    const char* light;
    const char* midlight;
    const char* shadow;
    const char* highlight;
    const char* highlightedText;
    const char* link;
    const char* placeholder;
    const char* disabledText;
    const char* tooltipBase;
    const char* tooltipText;
    // extras
    const char* border;
    const char* surface;
    const char* muted;
    const char* accentSoft;
    const char* focus;
    const char* warm;
    const char* warmSoft;
    const char* success;
};

// Warm paper and sage by day; warm charcoal and soft sage by night. Every text/background pair
// here meets WCAG AA (4.5:1); the UI tests check that.
constexpr Colours kLight{"#F6F2EC", "#FFFDFA", "#EFE9E1", "#2F2B28", "#ECE5DC", "#D8CFC4", "#A89D91",
                         "#FFFFFF", "#F3EEE7", "#8F857A", "#3B7467", "#FFFFFF", "#2C6681", "#756C64",
                         "#9E958C", "#2F2B28", "#F6F2EC", "#DDD4C9", "#FFFDFA", "#6A615A", "#E0EBE6",
                         "#2F6E60", "#A9503A", "#F7E5DC", "#3C7549"};
constexpr Colours kDark{"#1E1C1A", "#282522", "#302C29", "#EDE7E0", "#36322E", "#4A443E", "#141211",
                        "#433E38", "#3A3531", "#0C0B0A", "#86C0AF", "#142420", "#8EC3DA", "#A0978E",
                        "#7A726A", "#EDE7E0", "#1E1C1A", "#45403A", "#282522", "#B5ABA1", "#2D433D",
                        "#9AD0C0", "#EDA184", "#3E2B23", "#93CDA2"};

const Colours& coloursFor(bool dark)
{
    return dark ? kDark : kLight;
}

QColor c(const char* hex)
{
    return QColor(QLatin1String(hex));
}

double relativeLuminance(const QColor& colour)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

struct PartnerColour {
    const char* id;
    const char* light;
    const char* dark;
};
constexpr PartnerColour kPartnerColours[] = {
    {"sage", "#4F8260", "#8DBE99"}, {"clay", "#A85C42", "#E39A7E"}, {"sky", "#3A739B", "#86B9DC"},
    {"plum", "#82557F", "#C79BC9"}, {"sand", "#8A6A28", "#D8B46A"},
};

} // namespace

Theme::Theme(Settings* settings, QObject* parent) : QObject(parent), m_settings(settings)
{
    g_instance = this;
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Theme || key == Settings::Key::TextSize)
            apply();
        else if (key == Settings::Key::ReducedMotion)
            Q_EMIT changed();
    });
}

Theme::~Theme()
{
    if (g_instance == this)
        g_instance = nullptr;
}

Theme* Theme::instance()
{
    return g_instance;
}

void Theme::initResources()
{
    initTendResources();
}

bool Theme::reducedMotion() const
{
    return m_settings->reducedMotion();
}

bool Theme::systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    // Qt 6.4 has no colour-scheme hint: read the platform theme's own palette. Until we set ours the
    // application palette *is* that palette; afterwards an empty palette resolves back to it.
    if (m_systemKnown)
        QApplication::setPalette(QPalette());
    const QColor window = QApplication::palette().color(QPalette::Window);
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    bool dark = window.lightnessF() < text.lightnessF();
    const QByteArray gtkTheme = qgetenv("GTK_THEME").toLower();
    if (gtkTheme.endsWith(":dark") || gtkTheme.contains("-dark"))
        dark = true;
    m_systemKnown = true;
    return dark;
}

void Theme::refreshSystemScheme()
{
    if (m_settings->theme() == ThemeMode::System)
        apply();
}

QPalette Theme::makePalette(bool dark)
{
    const Colours& k = coloursFor(dark);
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, c(k.window));
        p.setColor(group, QPalette::WindowText, c(disabled ? k.disabledText : k.text));
        p.setColor(group, QPalette::Base, c(k.base));
        p.setColor(group, QPalette::AlternateBase, c(k.alternate));
        p.setColor(group, QPalette::Text, c(disabled ? k.disabledText : k.text));
        p.setColor(group, QPalette::Button, c(k.button));
        p.setColor(group, QPalette::ButtonText, c(disabled ? k.disabledText : k.text));
        p.setColor(group, QPalette::BrightText, c(k.light));
        p.setColor(group, QPalette::Light, c(k.light));
        p.setColor(group, QPalette::Midlight, c(k.midlight));
        p.setColor(group, QPalette::Mid, c(k.mid));
        p.setColor(group, QPalette::Dark, c(k.dark));
        p.setColor(group, QPalette::Shadow, c(k.shadow));
        p.setColor(group, QPalette::Highlight, c(disabled ? k.mid : k.highlight));
        p.setColor(group, QPalette::HighlightedText, c(k.highlightedText));
        p.setColor(group, QPalette::Link, c(k.link));
        p.setColor(group, QPalette::LinkVisited, c(k.link));
        p.setColor(group, QPalette::PlaceholderText, c(k.placeholder));
        p.setColor(group, QPalette::ToolTipBase, c(k.tooltipBase));
        p.setColor(group, QPalette::ToolTipText, c(k.tooltipText));
    }
    return p;
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    double la = relativeLuminance(a);
    double lb = relativeLuminance(b);
    if (la < lb)
        std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

static QColor extraOf(const Colours& k, Theme::Extra role)
{
    switch (role) {
    case Theme::Extra::Border:
        return c(k.border);
    case Theme::Extra::Surface:
        return c(k.surface);
    case Theme::Extra::Muted:
        return c(k.muted);
    case Theme::Extra::AccentSoft:
        return c(k.accentSoft);
    case Theme::Extra::Focus:
        return c(k.focus);
    case Theme::Extra::Warm:
        return c(k.warm);
    case Theme::Extra::WarmSoft:
        return c(k.warmSoft);
    case Theme::Extra::Success:
        return c(k.success);
    }
    return {};
}

QColor Theme::color(Extra role) const
{
    return extraOf(coloursFor(m_dark), role);
}

// Before a Theme exists (a test building one widget) the light values stand in.
QColor Theme::extra(Extra role)
{
    return extraOf(coloursFor(g_instance && g_instance->m_dark), role);
}

QStringList Theme::partnerColorIds()
{
    QStringList ids;
    for (const auto& colour : kPartnerColours)
        ids << QString::fromLatin1(colour.id);
    return ids;
}

QString Theme::partnerColorName(const QString& id)
{
    if (id == QLatin1String("sage"))
        return tr("Sage");
    if (id == QLatin1String("clay"))
        return tr("Clay");
    if (id == QLatin1String("sky"))
        return tr("Sky");
    if (id == QLatin1String("plum"))
        return tr("Plum");
    if (id == QLatin1String("sand"))
        return tr("Sand");
    return tr("No colour");
}

QColor Theme::partnerColor(const QString& id) const
{
    for (const auto& colour : kPartnerColours) {
        if (id == QLatin1String(colour.id))
            return c(m_dark ? colour.dark : colour.light);
    }
    return color(Extra::Muted);
}

void Theme::apply()
{
    // Once per application: with the inputs' sheet set, QApplication::style() is Qt's sheet style wrapped
    // around ours, so ask the guard rather than the application.
    static QPointer<QStyle> installed;
    if (!installed) {
        installed = new TendStyle;
        QApplication::setStyle(installed);
    }
    if (m_systemFont.family().isEmpty())
        m_systemFont = QApplication::font();

    switch (m_settings->theme()) {
    case ThemeMode::Light:
        m_dark = false;
        break;
    case ThemeMode::Dark:
        m_dark = true;
        break;
    case ThemeMode::System:
        m_dark = systemPrefersDark();
        break;
    }
    m_systemKnown = true;

    // The system size is the starting point so desktop-wide text scaling carries through; a small
    // floor keeps body text comfortable where the default is tiny.
    m_baseFont = m_systemFont;
    const double systemPoints = m_systemFont.pointSizeF() > 0 ? m_systemFont.pointSizeF() : 10.0;
    m_baseFont.setPointSizeF(std::max(systemPoints, 10.5) * m_settings->textScale());

    const QPalette palette = makePalette(m_dark);
    QApplication::setPalette(palette);
    QToolTip::setPalette(palette);
    QApplication::setFont(m_baseFont);
    // Until exec() runs, Qt does not tell windows that already exist (the main window is built before the
    // theme applies) that the application's font and palette changed; tell them, so they and their children
    // take the new ones.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        QEvent fontChange(QEvent::ApplicationFontChange);
        QCoreApplication::sendEvent(window, &fontChange);
        QEvent paletteChange(QEvent::ApplicationPaletteChange);
        QCoreApplication::sendEvent(window, &paletteChange);
    }
    if (!m_controlSheetDeferred)
        qApp->setStyleSheet(styleSheet());
    // Labels made before this change follow it.
    const auto widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        if (widget->property("role").isValid() && qobject_cast<QLabel*>(widget))
            styleText(widget);
    }
    Q_EMIT changed();
}

void Theme::applyControlSheet()
{
    if (!m_controlSheetDeferred)
        return;
    m_controlSheetDeferred = false;
    qApp->setStyleSheet(styleSheet());
}

std::optional<QMargins> Theme::textMargins(const QString& role)
{
    if (role == QLatin1String("note"))
        return QMargins(15, 2, 0, 2);
    if (role == QLatin1String("warmNote"))
        return QMargins(14, 12, 14, 12);
    return std::nullopt;
}

void Theme::styleText(QWidget* label) const
{
    const QString role = label->property("role").toString();
    QFont font = m_baseFont;
    bool muted = false;
    if (role == QLatin1String("display")) {
        font.setPointSizeF(pointSize(2.0));
        font.setWeight(QFont::DemiBold);
    } else if (role == QLatin1String("title")) {
        font.setPointSizeF(pointSize(1.6));
        font.setWeight(QFont::DemiBold);
    } else if (role == QLatin1String("heading")) {
        font.setPointSizeF(pointSize(1.22));
        font.setWeight(QFont::DemiBold);
    } else if (role == QLatin1String("body")) {
        // Body text is the base size: one font less to load at startup, and the system size is honoured.
    } else if (role == QLatin1String("small")) {
        font.setPointSizeF(pointSize(0.9));
        muted = true;
    } else if (role == QLatin1String("eyebrow")) {
        font.setPointSizeF(pointSize(0.9));
        font.setWeight(QFont::DemiBold);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0);
        muted = true;
    } else if (role == QLatin1String("muted") || role == QLatin1String("note")) {
        muted = true;
    }
    // Notes draw a bar or a tinted box behind their text (TendStyle); the margins keep the text clear of it.
    if (const auto margins = textMargins(role)) {
        label->setAttribute(Qt::WA_StyledBackground);
        label->setContentsMargins(*margins);
    }
    label->setFont(font);
    QPalette palette = QApplication::palette();
    if (muted) {
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            palette.setColor(group, QPalette::WindowText, color(Extra::Muted));
    }
    label->setPalette(palette);
}

QString Theme::styleSheet() const
{
    const Colours& k = coloursFor(m_dark);
    auto hex = [](const char* colour) -> QString { return QString::fromLatin1(colour); };

    // The inputs' look: every colour comes from the palette above. Focus rings are 2 px and never move
    // content: resting borders are 1 px with 1 px of extra padding that the ring takes over. Buttons, cards,
    // notes and scroll bars are drawn by TendStyle; this sheet is set after the first frame (applyControlSheet).
    QString s = QStringLiteral(R"(
QLineEdit, QPlainTextEdit, QTextEdit, QDateTimeEdit, QSpinBox, QComboBox {
    background: %base%; color: %text%; border: 1px solid %border%; border-radius: 8px; padding: 6px 9px;
    selection-background-color: %highlight%; selection-color: %highlightedText%;
}
QPlainTextEdit, QTextEdit { padding: 8px 10px; }
QLineEdit:focus, QDateTimeEdit:focus, QSpinBox:focus, QComboBox:focus { border: 2px solid %focus%; padding: 5px 8px; }
QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid %focus%; padding: 7px 9px; }
QComboBox::drop-down, QDateTimeEdit::drop-down { border: none; width: 24px; }
QComboBox QAbstractItemView { background: %base%; border: 1px solid %border%; selection-background-color: %accentSoft%; selection-color: %text%; padding: 4px; }
/* Room for the arrows: once styled, a spin box otherwise squeezes them into a few pixels at its edge. The arrow
   images are a grey that reads on both themes' fields (3:1 or more); the faint ones mean "not now". */
QSpinBox { padding-right: 34px; }
QSpinBox:focus { padding-right: 33px; }
QSpinBox::up-button, QSpinBox::down-button { subcontrol-origin: border; width: 28px; border: none; border-left: 1px solid %border%; background: transparent; }
QSpinBox::up-button { subcontrol-position: top right; border-top-right-radius: 8px; }
QSpinBox::down-button { subcontrol-position: bottom right; border-bottom-right-radius: 8px; }
QSpinBox::up-button:hover, QSpinBox::down-button:hover { background: %alternate%; }
QSpinBox::up-arrow { image: url(:/controls/spin-up.svg); width: 14px; height: 14px; }
QSpinBox::down-arrow { image: url(:/controls/spin-down.svg); width: 14px; height: 14px; }
QSpinBox::up-arrow:disabled, QSpinBox::up-arrow:off { image: url(:/controls/spin-up-off.svg); }
QSpinBox::down-arrow:disabled, QSpinBox::down-arrow:off { image: url(:/controls/spin-down-off.svg); }

QCheckBox, QRadioButton { spacing: 10px; padding: 4px 6px; border: 2px solid transparent; border-radius: 8px; }
QCheckBox:focus, QRadioButton:focus { border: 2px solid %focus%; }

QSlider { min-height: 32px; border: 2px solid transparent; border-radius: 10px; padding: 0 4px; }
QSlider:focus { border: 2px solid %focus%; }
QSlider::groove:horizontal { height: 6px; background: %border%; border-radius: 3px; }
QSlider::sub-page:horizontal { background: %highlight%; border-radius: 3px; }
QSlider::handle:horizontal { background: %surface%; border: 2px solid %highlight%; width: 18px; height: 18px; margin: -8px 0; border-radius: 11px; }
QSlider::handle:horizontal:hover { background: %accentSoft%; }

QListView, QTreeView { background: %base%; border: 1px solid %border%; border-radius: 12px; padding: 4px; outline: none; }
QListView:focus, QTreeView:focus { border: 2px solid %focus%; padding: 3px; }
QListView::item { padding: 8px 10px; border-radius: 8px; }
QListView::item:selected { background: %accentSoft%; color: %text%; }
QListView::item:hover { background: %alternate%; }

QToolTip { background: %tooltipBase%; color: %tooltipText%; border: none; padding: 6px 8px; border-radius: 6px; }
QProgressBar { background: %border%; border: none; border-radius: 4px; max-height: 8px; }
QProgressBar::chunk { background: %highlight%; border-radius: 4px; }
)");

    const QColor highlight = c(k.highlight);
    const QColor button = c(k.button);
    const std::pair<const char*, QString> values[] = {
        {"%window%", hex(k.window)},
        {"%base%", hex(k.base)},
        {"%alternate%", hex(k.alternate)},
        {"%text%", hex(k.text)},
        {"%button%", hex(k.button)},
        {"%buttonHover%", (m_dark ? button.lighter(112) : button.darker(104)).name()},
        {"%mid%", hex(k.mid)},
        {"%highlight%", hex(k.highlight)},
        {"%highlightHover%", (m_dark ? highlight.lighter(108) : highlight.darker(110)).name()},
        {"%highlightedText%", hex(k.highlightedText)},
        {"%disabledText%", hex(k.disabledText)},
        {"%tooltipBase%", hex(k.tooltipBase)},
        {"%tooltipText%", hex(k.tooltipText)},
        {"%border%", hex(k.border)},
        {"%surface%", hex(k.surface)},
        {"%muted%", hex(k.muted)},
        {"%accentSoft%", hex(k.accentSoft)},
        {"%accentSoftBorder%", (m_dark ? c(k.accentSoft).lighter(150) : c(k.accentSoft).darker(115)).name()},
        {"%focus%", hex(k.focus)},
        {"%warm%", hex(k.warm)},
        {"%warmSoft%", hex(k.warmSoft)},
    };
    for (const auto& [token, value] : values)
        s.replace(QLatin1String(token), value);
    return s;
}

} // namespace tend::ui
