#include "ui/screens/WelcomeScreen.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/app/Settings.h"
#include "ui/lock/ProtectionSetupPage.h"
#include "ui/screens/SafetyCheckScreen.h"
#include "ui/theme/Icons.h"
#include "ui/widgets/CountryPicker.h"
#include "ui/widgets/LanguageChips.h"
#include "ui/widgets/PartnerFields.h"
#include "ui/widgets/TileButton.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

QWidget* point(const QString& icon, const QString& heading, const QString& text, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    auto* mark = new QLabel(row);
    mark->setPixmap(icons::tinted(icon, QPalette::Highlight).pixmap(24, 24));
    mark->setAlignment(Qt::AlignTop);
    mark->setFixedWidth(28);
    layout->addWidget(mark, 0, Qt::AlignTop);
    auto* words = new QVBoxLayout();
    words->setSpacing(2);
    words->addWidget(makeLabel(heading, "heading", row));
    words->addWidget(makeLabel(text, "muted", row));
    layout->addLayout(words, 1);
    return row;
}

} // namespace

WelcomeScreen::WelcomeScreen(AppContext* app, QWidget* parent) : Screen(ScreenId::Welcome, app, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("welcomePages"));
    m_pages->addWidget(buildIntro());
    layout->addWidget(m_pages);
    // The set-up page (with every country in the picker) is built when first needed, not before the first frame.
}

void WelcomeScreen::ensureSetup()
{
    if (m_pages->count() < 2)
        m_pages->addWidget(buildSetup());
}

QString WelcomeScreen::title() const
{
    return page() == 0 ? tr("Welcome") : tr("Set up");
}

int WelcomeScreen::page() const
{
    return m_pages->currentIndex();
}

void WelcomeScreen::setPage(int index)
{
    if (index > 0) {
        ensureSetup();
        activated();
    }
    m_pages->setCurrentIndex(index);
    if (QWidget* focus = initialFocus())
        focus->setFocus();
    Q_EMIT titleChanged();
}

QWidget* WelcomeScreen::initialFocus() const
{
    if (page() == 0)
        return m_begin;
    if (page() == 2)
        return m_protection->initialFocus();
    return m_first->nameEdit();
}

void WelcomeScreen::activated()
{
    if (m_pages->count() < 2)
        return;
    if (app()->profile().isSet()) {
        // Editing an existing set-up from Settings.
        const Profile& profile = app()->profile();
        (profile.solo ? m_solo : m_together)->setChecked(true);
        m_first->setName(profile.partners.value(0).name);
        m_first->setColour(profile.partners.value(0).colour);
        if (profile.partners.size() > 1) {
            m_second->setName(profile.partners[1].name);
            m_second->setColour(profile.partners[1].colour);
        }
    }
    m_country->setCode(app()->settings()->country());
    updateSetup();
}

bool WelcomeScreen::goNext()
{
    if (page() == 0) {
        setPage(1);
        return true;
    }
    if (page() == 1 && m_continue->isEnabled()) {
        finish();
        return true;
    }
    return false;
}

bool WelcomeScreen::goBack()
{
    if (page() == 1) {
        setPage(0);
        return true;
    }
    return false;
}

QWidget* WelcomeScreen::buildIntro()
{
    auto* page = new ScrollPage(m_pages, 680);
    QVBoxLayout* column = page->column();
    column->setSpacing(20);
    // The language first: a person who cannot read the rest looks for their language's own name.
    column->addWidget(new LanguageChips(app(), false, page));
    QLabel* hello = makeLabel(tr("Welcome to Tend"), "display", page);
    hello->setObjectName(QStringLiteral("welcomeTitle"));
    column->addWidget(hello);
    column->addWidget(makeLabel(
        tr("After a hurtful moment, Tend walks you back to each other, one calm step at a time."), "body", page));
    column->addSpacing(4);
    column->addWidget(point(QStringLiteral("info"), tr("Self-help practice, not therapy"),
                            tr("It can't diagnose and doesn't watch for emergencies. “Get help now” is always at the "
                               "top."),
                            page));
    column->addWidget(point(QStringLiteral("lock"), tr("Everything stays on this computer"),
                            tr("No account, no cloud, nothing sent anywhere."), page));
    column->addWidget(
        point(QStringLiteral("pause"), tr("Go at your own pace"), tr("Pause, skip or stop at any step."), page));
    column->addSpacing(8);
    auto* row = new QHBoxLayout();
    m_begin = makeButton(tr("Let's set up"), QStringLiteral("welcomeBegin"), page, "primary", QStringLiteral("next"),
                         tr("Choose who uses Tend and your country. Takes a minute."));
    connect(m_begin, &QPushButton::clicked, this, [this] { setPage(1); });
    row->addWidget(m_begin);
    row->addStretch(1);
    column->addLayout(row);
    column->addStretch(1);
    return page;
}

QWidget* WelcomeScreen::buildSetup()
{
    auto* page = new ScrollPage(m_pages, 680);
    QVBoxLayout* column = page->column();
    column->setSpacing(18);
    column->addWidget(makeLabel(tr("Who will use Tend?"), "title", page));

    auto* tiles = new QHBoxLayout();
    tiles->setSpacing(14);
    m_together =
        new TileButton(tr("The two of us"), tr("A couple working through things, at one screen or at different times."),
                       QStringLiteral("setupCouple"), QStringLiteral("together"), page);
    m_solo = new TileButton(tr("Just me"), tr("Journaling on my own, for example between therapy sessions."),
                            QStringLiteral("setupSolo"), QStringLiteral("solo"), page);
    for (QPushButton* tile : {m_together, m_solo}) {
        tile->setCheckable(true);
        tiles->addWidget(tile);
    }
    auto* group = new QButtonGroup(this);
    group->addButton(m_together);
    group->addButton(m_solo);
    m_together->setChecked(true);
    column->addLayout(tiles);

    auto* people = makeFrame("card", page, QStringLiteral("setupPeople"));
    auto* peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(24, 20, 24, 20);
    peopleLayout->setSpacing(18);
    m_first = new PartnerFields(tr("Your name"), QStringLiteral("first"), people);
    m_second = new PartnerFields(tr("Your partner's name"), QStringLiteral("second"), people);
    peopleLayout->addWidget(m_first);
    peopleLayout->addWidget(m_second);
    column->addWidget(people);

    auto* place = makeFrame("card", page, QStringLiteral("setupCountry"));
    auto* placeLayout = new QVBoxLayout(place);
    placeLayout->setContentsMargins(24, 20, 24, 20);
    placeLayout->setSpacing(8);
    placeLayout->addWidget(makeLabel(tr("Where do you live?"), "body", place));
    m_country = new CountryPicker(place);
    placeLayout->addWidget(m_country, 0, Qt::AlignLeft);
    placeLayout->addWidget(
        makeLabel(tr("Only used to show the right emergency number and helplines. You can change it in Settings."),
                  "muted", place));
    column->addWidget(place);

    m_hint = makeLabel(QString(), "muted", page);
    m_hint->setObjectName(QStringLiteral("setupHint"));
    column->addWidget(m_hint);

    auto* row = new QHBoxLayout();
    QPushButton* back = makeButton(tr("Back"), QStringLiteral("setupBack"), page, "quiet", QStringLiteral("back"));
    connect(back, &QPushButton::clicked, this, [this] { setPage(0); });
    m_continue = makeButton(tr("Continue"), QStringLiteral("setupContinue"), page, "primary", QStringLiteral("next"),
                            tr("Saves these details and goes on to a short private check for each person."));
    connect(m_continue, &QPushButton::clicked, this, &WelcomeScreen::finish);
    row->addWidget(back);
    row->addStretch(1);
    row->addWidget(m_continue);
    column->addLayout(row);
    column->addStretch(1);

    connect(m_together, &QPushButton::toggled, this, &WelcomeScreen::updateSetup);
    connect(m_first, &PartnerFields::changed, this, &WelcomeScreen::updateSetup);
    connect(m_second, &PartnerFields::changed, this, &WelcomeScreen::updateSetup);
    connect(m_country, &CountryPicker::codeChanged, this, &WelcomeScreen::updateSetup);
    updateSetup();
    return page;
}

void WelcomeScreen::updateSetup()
{
    const bool couple = m_together->isChecked();
    m_second->setVisible(couple);
    QString hint;
    if (m_first->name().isEmpty())
        hint = couple ? tr("Add both names to go on.") : tr("Add your name to go on.");
    else if (couple && m_second->name().isEmpty())
        hint = tr("Add your partner's name to go on.");
    else if (couple && m_first->name().compare(m_second->name(), Qt::CaseInsensitive) == 0)
        hint = tr("Use two different names so Tend can tell you apart.");
    else if (m_country->code().isEmpty())
        hint = tr("You can go on without a country; the help page will then show the general advice and the "
                  "international directory.");
    m_hint->setText(hint);
    m_continue->setEnabled(
        !m_first->name().isEmpty() &&
        (!couple || (!m_second->name().isEmpty() && m_first->name().compare(m_second->name(), Qt::CaseInsensitive))));
}

void WelcomeScreen::finish()
{
    if (!m_continue->isEnabled())
        return;
    const bool firstTime = !app()->settings()->setupComplete();
    Profile profile = app()->profile();
    const bool couple = m_together->isChecked();
    profile.solo = !couple;
    while (profile.partners.size() < (couple ? 2 : 1))
        profile.partners.append(PartnerInfo{});
    while (profile.partners.size() > (couple ? 2 : 1))
        profile.partners.removeLast();
    profile.partners[0].name = m_first->name();
    profile.partners[0].colour = m_first->colour();
    if (couple) {
        profile.partners[1].name = m_second->name();
        profile.partners[1].colour = m_second->colour();
    }
    app()->settings()->setCountry(m_country->code());
    app()->setProfile(profile);
    app()->settings()->setSetupComplete(true);
    app()->settings()->sync();
    if (firstTime && offerProtection())
        return;
    goOn();
}

bool WelcomeScreen::offerProtection()
{
    JournalService* journal = app()->journal();
    if (!journal || journal->isInMemory() || journal->isReadOnly() || journal->hasKeyring())
        return false;
    if (!m_protection) {
        m_protection = new ProtectionSetupPage(app(), m_pages);
        m_pages->addWidget(m_protection);
        connect(m_protection, &ProtectionSetupPage::finished, this, &WelcomeScreen::goOn);
    }
    m_pages->setCurrentWidget(m_protection);
    if (QWidget* focus = initialFocus())
        focus->setFocus();
    Q_EMIT titleChanged();
    return true;
}

void WelcomeScreen::goOn()
{
    if (page() == 2)
        m_pages->setCurrentIndex(1); // a later visit (editing names from Settings) starts at the names
    const QList<PartnerInfo> due = app()->safetyChecksDue();
    if (due.isEmpty()) {
        Q_EMIT navigate(ScreenId::Home);
        return;
    }
    Q_EMIT safetyCheckRequested(due, ScreenId::Home);
}

} // namespace tend::ui
