#pragma once

#include <optional>

#include <QColor>
#include <QFont>
#include <QMargins>
#include <QObject>
#include <QPalette>
#include <QString>

#include "ui/app/Settings.h"

namespace tend::ui {

/// Tend's calm look: a soft palette of our own in light and dark, the system font scaled by the
/// text-size setting, and one small stylesheet that reads only the palette below. Widgets never
/// hard-code colours; they ask for a palette role or one of the extra roles here.
class Theme : public QObject {
    Q_OBJECT
public:
    /// Colours the QPalette has no role for.
    enum class Extra {
        Border,     ///< hairlines around cards and inputs
        Surface,    ///< raised card background
        Muted,      ///< secondary text
        AccentSoft, ///< a tint of the accent for selected chips and the current step
        Focus,      ///< focus rings
        Warm,       ///< the "get help" colour: noticeable, never alarming
        WarmSoft,   ///< background tint for help and safety notes
        Success,    ///< "saved", "done"
    };

    explicit Theme(Settings* settings, QObject* parent = nullptr);
    ~Theme() override;

    /// The one instance (set by the constructor); widgets read colours through it.
    static Theme* instance();

    /// Style, palette, fonts and the inputs' stylesheet to the whole application. Call once after the
    /// QApplication exists.
    void apply();

    /// Until applyControlSheet(), apply() leaves out the inputs' stylesheet: the first screens show no input,
    /// and any app-wide sheet makes every widget match its rules before the first frame. The main window
    /// defers it; tests and tools that build widgets on their own get the whole look at once.
    void deferControlSheet() { m_controlSheetDeferred = true; }
    void applyControlSheet();
    bool controlSheetApplied() const { return !m_controlSheetDeferred; }
    bool isDark() const { return m_dark; }
    bool reducedMotion() const;

    /// Reads the extra colours for the current theme.
    QColor color(Extra role) const;
    static QColor extra(Extra role);

    /// A partner's colour by id ("sage", "clay", "sky", "plum", "sand"), for the current theme.
    QColor partnerColor(const QString& id) const;
    static QStringList partnerColorIds();
    static QString partnerColorName(const QString& id);

    /// Point size for a text role relative to the scaled base font.
    double pointSize(double factor) const { return m_baseFont.pointSizeF() * factor; }
    QFont baseFont() const { return m_baseFont; }

    /// Gives a label the font and colour of a text role ("display", "title", "heading", "body", "muted",
    /// "small", "eyebrow", "note", "warmNote"). Done in code rather than the stylesheet: labels are the most
    /// numerous widgets, and this keeps the stylesheet's work (and startup) small.
    void styleText(QWidget* label) const;
    /// The margins that keep a role's text clear of the bar or box TendStyle draws behind it ("note", "warmNote");
    /// nullopt for roles without one.
    static std::optional<QMargins> textMargins(const QString& role);

    /// Makes the Qt resources (icons) of the static library available. Safe to call twice.
    static void initResources();

    /// Re-evaluates "follow the system" (after the desktop's colour scheme changed).
    void refreshSystemScheme();

    /// Builds the palette for one theme; public so tests and screenshots can check contrast.
    static QPalette makePalette(bool dark);

    /// WCAG contrast ratio between two colours (1..21).
    static double contrast(const QColor& a, const QColor& b);

Q_SIGNALS:
    void changed();

private:
    bool systemPrefersDark();
    QString styleSheet() const;

    Settings* m_settings;
    bool m_dark = false;
    bool m_systemDark = false;
    bool m_systemKnown = false;
    bool m_controlSheetDeferred = false;
    QFont m_systemFont;
    QFont m_baseFont;
};

} // namespace tend::ui
