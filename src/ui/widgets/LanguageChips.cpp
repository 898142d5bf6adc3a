#include "ui/widgets/LanguageChips.h"

#include <QButtonGroup>
#include <QCoreApplication>

#include "ui/app/AppContext.h"
#include "ui/app/Language.h"
#include "ui/app/Settings.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/FlowLayout.h"

namespace tend::ui {
namespace {

class LanguageWords {
    Q_DECLARE_TR_FUNCTIONS(tend::ui::LanguageChips)
};

} // namespace

LanguageChips::LanguageChips(AppContext* app, bool followSystemChoice, QWidget* parent)
    : QWidget(parent), m_app(app), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("languageChips"));
    auto* flow = new FlowLayout(this, 8);
    if (followSystemChoice)
        m_codes << QStringLiteral("system");
    m_codes << Language::usable(app->options().contentDir);
    for (int at = 0; at < m_codes.size(); ++at) {
        const QString& code = m_codes[at];
        const bool system = code == QLatin1String("system");
        auto* chip = new Chip(system ? LanguageWords::tr("Follow the system") : Language::nativeName(code),
                              QStringLiteral("language-") + code, this,
                              system ? QStringLiteral("settings") : QStringLiteral("globe"));
        chip->setAccessibleDescription(LanguageWords::tr("The language of Tend's words and of its programs"));
        m_group->addButton(chip, at);
        flow->addWidget(chip);
    }
    connect(m_group, &QButtonGroup::idClicked, this, [this](int at) { m_app->setLanguage(m_codes.value(at)); });
    sync();
}

void LanguageChips::sync()
{
    const QString setting = m_app->settings()->language();
    qsizetype at = m_codes.indexOf(setting);
    if (at < 0)
        at = m_codes.indexOf(m_app->language());
    if (QAbstractButton* chip = m_group->button(int(std::max<qsizetype>(at, 0))))
        chip->setChecked(true);
}

} // namespace tend::ui
