#include "ui/screens/HelpScreen.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "tend/safety/HelpResources.h"
#include "tend/safety/SafetyCheck.h"
#include "ui/app/AppContext.h"
#include "ui/app/Settings.h"
#include "ui/safety/HelpBlock.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/CountryPicker.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

HelpScreen::HelpScreen(AppContext* app, QWidget* parent) : Screen(ScreenId::Help, app, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* page = new ScrollPage(this, 720);
    layout->addWidget(page);
    QVBoxLayout* column = page->column();
    QWidget* host = page->columnWidget();

    QLabel* heading = makeLabel(tr("Get help now"), "display", host);
    heading->setObjectName(QStringLiteral("helpTitle"));
    column->addWidget(heading);
    column->addWidget(makeLabel(tr("If you or someone else is in danger, call the emergency number now. The lines "
                                   "below are free or low-cost and confidential."),
                                "body", host));

    auto* countryRow = new QHBoxLayout();
    countryRow->setSpacing(10);
    QLabel* countryLabel = makeLabel(tr("Showing help for:"), "muted", host);
    countryLabel->setWordWrap(false);
    countryRow->addWidget(countryLabel);
    m_country = new CountryPicker(host);
    countryLabel->setBuddy(m_country);
    countryRow->addWidget(m_country);
    countryRow->addStretch(1);
    column->addLayout(countryRow);

    m_blockHolder = new QVBoxLayout();
    column->addLayout(m_blockHolder);

    QLabel* disclaimer = makeLabel(QString(), "small", host);
    disclaimer->setObjectName(QStringLiteral("helpDisclaimer"));
    column->addWidget(disclaimer);
    connect(app, &AppContext::ready, disclaimer, [app, disclaimer] {
        disclaimer->setText(qs(app->safetyCheck().document().value("disclaimer", std::string())));
    });
    disclaimer->setText(qs(app->safetyCheck().document().value("disclaimer", std::string())));

    auto* row = new QHBoxLayout();
    m_back = makeButton(tr("Back"), QStringLiteral("helpBack"), host, nullptr, QStringLiteral("back"),
                        tr("Return to where you were (Alt+Left)."));
    connect(m_back, &QPushButton::clicked, this, &Screen::closeRequested);
    row->addWidget(m_back);
    row->addStretch(1);
    column->addLayout(row);
    column->addStretch(1);

    connect(m_country, &CountryPicker::codeChanged, this, [this](const QString& code) {
        this->app()->settings()->setCountry(code);
        refresh();
    });
    connect(app, &AppContext::ready, this, &HelpScreen::refresh);
}

void HelpScreen::activated()
{
    const QSignalBlocker block(m_country);
    m_country->setCode(app()->settings()->country());
    refresh();
}

QWidget* HelpScreen::initialFocus() const
{
    return m_country;
}

bool HelpScreen::goBack()
{
    Q_EMIT closeRequested();
    return true;
}

void HelpScreen::refresh()
{
    if (m_block) {
        m_blockHolder->removeWidget(m_block);
        m_block->deleteLater();
    }
    HelpBlockOptions options;
    m_block = makeHelpBlock(app()->helpResources(), app()->settings()->country(), options, m_country->parentWidget());
    m_blockHolder->addWidget(m_block);
}

} // namespace tend::ui
