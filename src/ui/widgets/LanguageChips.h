#pragma once

#include <QStringList>
#include <QWidget>

class QButtonGroup;

namespace tend::ui {

class AppContext;

/// The languages a person can choose, each by its own name ("Español"), as chips that wrap; choosing one switches
/// Tend at once (AppContext::setLanguage). On Settings the first chip follows the system; on the welcome screen,
/// which already speaks the system's language, there is no such chip.
class LanguageChips : public QWidget {
public:
    LanguageChips(AppContext* app, bool followSystemChoice, QWidget* parent);

    /// Checks the chip of the language in use (or "follow the system", where it is the setting).
    void sync();

private:
    AppContext* m_app;
    QButtonGroup* m_group;
    QStringList m_codes; ///< the chips' settings, in order: "system" (Settings only), then each usable language
};

} // namespace tend::ui
