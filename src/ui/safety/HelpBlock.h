#pragma once

#include <QString>
#include <QWidget>

#include <string>
#include <vector>

namespace tend::safety {
class HelpResources;
}

namespace tend::ui {

/// What a block of help shows.
struct HelpBlockOptions {
    bool emergencyNumber = true;       ///< the country's emergency number(s), prominently
    bool allResources = true;          ///< every resource of the country (else only `purposes`)
    std::vector<std::string> purposes; ///< "crisis", "suicide", "domestic-abuse"
    bool directory = true;             ///< the international directory
};

/// Emergency number, helplines, the international directory, the general fallback (always) and the
/// date the numbers were last checked, for one country. A country that is not listed gets the
/// fallback, the directory and, in the EU, the 112 note — never a guessed number.
QWidget* makeHelpBlock(const tend::safety::HelpResources& resources, const QString& countryCode,
                       const HelpBlockOptions& options, QWidget* parent);

} // namespace tend::ui
