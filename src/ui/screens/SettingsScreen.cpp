#include "ui/screens/SettingsScreen.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include "tend/common/Version.h"
#include "tend/journal/Backup.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/app/Settings.h"
#include "ui/lock/PrivacySection.h"
#include "ui/presenter/UserProgramsSection.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/CountryPicker.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/LanguageChips.h"
#include "ui/widgets/PartnerFields.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

SettingsScreen::SettingsScreen(AppContext* app, QWidget* parent) : Screen(ScreenId::Settings, app, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* page = new ScrollPage(this, 760);
    layout->addWidget(page);
    m_column = page->column();
    m_column->setSpacing(18);
    QWidget* host = page->columnWidget();
    m_column->addWidget(makeLabel(tr("Settings"), "title", host));

    // People.
    QVBoxLayout* body = nullptr;
    m_column->addWidget(
        section(tr("People"), tr("The names Tend uses on screen, and an optional colour for each."), body));
    m_first = new PartnerFields(tr("First person"), QStringLiteral("settingsFirst"), host);
    m_second = new PartnerFields(tr("Second person"), QStringLiteral("settingsSecond"), host);
    body->addWidget(m_first);
    body->addWidget(m_second);
    m_saveNames =
        makeButton(tr("Save names and colours"), QStringLiteral("saveNames"), host, nullptr, QStringLiteral("check"));
    connect(m_saveNames, &QPushButton::clicked, this, &SettingsScreen::saveNames);
    body->addWidget(m_saveNames, 0, Qt::AlignLeft);

    // Appearance.
    m_column->addWidget(section(tr("Appearance"), QString(), body));
    // Language first: a person who cannot read the rest looks for their language's own name.
    body->addWidget(makeLabel(tr("Language"), "body", host));
    m_language = new LanguageChips(app, true, host);
    body->addWidget(m_language);
    body->addWidget(makeLabel(tr("Theme"), "body", host));
    auto* themes = new QWidget(host);
    auto* themeFlow = new FlowLayout(themes, 8);
    m_theme = new QButtonGroup(this);
    const std::pair<ThemeMode, QString> themeChoices[] = {
        {ThemeMode::System, tr("Follow the system")}, {ThemeMode::Light, tr("Light")}, {ThemeMode::Dark, tr("Dark")}};
    const char* themeNames[] = {"themeSystem", "themeLight", "themeDark"};
    const char* themeIcons[] = {"settings", "sun", "moon"};
    int i = 0;
    for (const auto& [mode, label] : themeChoices) {
        auto* chip = new Chip(label, QString::fromLatin1(themeNames[i]), themes, QString::fromLatin1(themeIcons[i]));
        chip->setAccessibleDescription(tr("Colour theme"));
        m_theme->addButton(chip, int(mode));
        themeFlow->addWidget(chip);
        ++i;
    }
    body->addWidget(themes);
    body->addWidget(makeLabel(tr("Text size"), "body", host));
    auto* sizes = new QWidget(host);
    auto* sizeFlow = new FlowLayout(sizes, 8);
    m_textSize = new QButtonGroup(this);
    const std::pair<TextSize, QString> sizeChoices[] = {{TextSize::Smaller, tr("Smaller")},
                                                        {TextSize::Normal, tr("Normal")},
                                                        {TextSize::Larger, tr("Larger")},
                                                        {TextSize::Largest, tr("Largest")}};
    i = 0;
    for (const auto& [size, label] : sizeChoices) {
        auto* chip = new Chip(label, QStringLiteral("textSize%1").arg(i++), sizes);
        chip->setAccessibleDescription(tr("Text size, starting from your system's size"));
        m_textSize->addButton(chip, int(size));
        sizeFlow->addWidget(chip);
    }
    body->addWidget(sizes);
    m_motion = new QCheckBox(tr("Reduce motion (no fading between pages)"), host);
    name(m_motion, QStringLiteral("reducedMotion"), tr("Reduce motion"),
         tr("Turns off gentle animations such as fading between pages."));
    body->addWidget(m_motion);
    // A check box cannot wrap its words: the short name on the box, the sentence under it (longer in German).
    m_timerSound = new QCheckBox(tr("Sound at the end of a timer"), host);
    name(m_timerSound, QStringLiteral("timerSound"), tr("Sound at the end of a timer"),
         tr("The desktop's own event sound; if your desktop has event sounds turned off, Tend stays quiet too. The "
            "card always shows when the time is up."));
    body->addWidget(m_timerSound);
    QLabel* timerSoundWords =
        makeLabel(tr("Play a soft sound when a timer or a breathing practice ends"), "muted", host);
    timerSoundWords->setContentsMargins(26, 0, 0, 0); // under the box's words, not its square
    body->addWidget(timerSoundWords);
    connect(m_timerSound, &QCheckBox::toggled, this, [this](bool on) { this->app()->settings()->setTimerSound(on); });
    connect(m_theme, &QButtonGroup::idClicked, this,
            [this](int id) { this->app()->settings()->setTheme(ThemeMode(id)); });
    connect(m_textSize, &QButtonGroup::idClicked, this,
            [this](int id) { this->app()->settings()->setTextSize(TextSize(id)); });
    connect(m_motion, &QCheckBox::toggled, this, [this](bool on) { this->app()->settings()->setReducedMotion(on); });

    // Writing.
    m_column->addWidget(section(tr("Writing"), QString(), body));
    m_coach = new QCheckBox(tr("Show the gentle writing coach while I write"), host);
    name(m_coach, QStringLiteral("coachEnabled"), tr("Writing coach"),
         tr("A quiet note beside what you write, about how it might land. It runs on this computer only."));
    body->addWidget(m_coach);
    connect(m_coach, &QCheckBox::toggled, this, [this](bool on) { this->app()->settings()->setCoachEnabled(on); });

    // Help and safety.
    m_column->addWidget(section(tr("Help and safety"),
                                tr("The country decides which emergency number and helplines "
                                   "the help page shows."),
                                body));
    m_country = new CountryPicker(host);
    body->addWidget(m_country, 0, Qt::AlignLeft);
    connect(m_country, &CountryPicker::codeChanged, this,
            [this](const QString& code) { this->app()->settings()->setCountry(code); });
    body->addWidget(makeLabel(tr("The private safety check can be taken again at any time. Answers stay with the "
                                 "person who gives them."),
                              "muted", host));
    auto* checks = new QWidget(host);
    m_checks = new QVBoxLayout(checks);
    m_checks->setContentsMargins(0, 0, 0, 0);
    body->addWidget(checks);

    // Data and backups.
    m_column->addWidget(
        section(tr("Your data"), tr("Everything Tend keeps is in this folder, on this computer only."), body));
    auto* folderRow = new QHBoxLayout();
    m_dataFolder = makeLabel(QString(), "body", host);
    m_dataFolder->setObjectName(QStringLiteral("dataFolder"));
    m_dataFolder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    folderRow->addWidget(m_dataFolder, 1);
    QPushButton* open = makeButton(tr("Open folder"), QStringLiteral("openDataFolder"), host, nullptr,
                                   QStringLiteral("folder"), tr("Shows the data folder in your file manager."));
    connect(open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QString::fromStdString(this->app()->options().dataDir.string())));
    });
    folderRow->addWidget(open);
    body->addLayout(folderRow);
    body->addWidget(makeLabel(tr("Backups"), "heading", host));
    body->addWidget(makeLabel(tr("Tend makes a checked copy of your journal once a day when you open it, and keeps "
                                 "the last ten."),
                              "muted", host));
    m_backups = new QListWidget(host);
    name(m_backups, QStringLiteral("backupList"), tr("Backups"), tr("Verified copies of the journal, newest first."));
    m_backups->setMinimumHeight(150);
    body->addWidget(m_backups);
    auto* backupButtons = new QWidget(host);
    auto* backupRow = new FlowLayout(backupButtons, 8); // side by side where they fit, one under the other if not
    m_backupNow = makeButton(tr("Make a backup now"), QStringLiteral("backupNow"), host, nullptr,
                             QStringLiteral("backup"), tr("Makes and checks a copy of the journal now."));
    m_restore = makeButton(tr("Restore the selected backup…"), QStringLiteral("restoreBackup"), host, nullptr,
                           QStringLiteral("reset"),
                           tr("Puts the chosen copy in place. The current journal is set aside, never deleted."));
    backupRow->addWidget(m_backupNow);
    backupRow->addWidget(m_restore);
    body->addWidget(backupButtons);
    m_backupStatus = makeLabel(QString(), "muted", host);
    m_backupStatus->setObjectName(QStringLiteral("backupStatus"));
    body->addWidget(m_backupStatus);
    connect(m_backupNow, &QPushButton::clicked, this, [this] {
        JournalService* journal = this->app()->journal();
        if (!journal)
            return;
        m_backupNow->setEnabled(false);
        m_backupStatus->setText(tr("Making a backup…"));
        journal->backupNow([this](bool ok, const QString& error) {
            m_backupNow->setEnabled(true);
            m_backupStatus->setText(ok ? tr("Backup made and checked.") : tr("The backup failed: %1").arg(error));
            refreshBackups();
        });
    });
    connect(m_restore, &QPushButton::clicked, this, &SettingsScreen::restoreSelected);
    connect(m_backups, &QListWidget::currentRowChanged, this, [this](int row) { m_restore->setEnabled(row >= 0); });

    // Privacy: passphrase, recovery key, locking, partners' own keys, exports (src/ui/lock).
    m_column->addWidget(new PrivacySection(app, host));

    // Therapists' own programs (src/ui/presenter).
    m_column->addWidget(new UserProgramsSection(app, host));

    // About.
    m_column->addWidget(section(tr("About Tend"), QString(), body));
    body->addWidget(makeLabel(tr("Version %1. Tend is self-help practice, not therapy. It sends nothing anywhere: no "
                                 "accounts, no tracking, no network.")
                                  .arg(QString::fromLatin1(tend::kVersion)),
                              "muted", host));
    m_column->addStretch(1);
    connect(app, &AppContext::ready, this, &SettingsScreen::activated);
}

QWidget* SettingsScreen::section(const QString& heading, const QString& intro, QVBoxLayout*& body)
{
    auto* card = makeFrame("card", m_column->parentWidget(), QString());
    body = new QVBoxLayout(card);
    body->setContentsMargins(24, 20, 24, 22);
    body->setSpacing(12);
    body->addWidget(makeLabel(heading, "heading", card));
    if (!intro.isEmpty())
        body->addWidget(makeLabel(intro, "muted", card));
    return card;
}

QWidget* SettingsScreen::initialFocus() const
{
    return m_first->nameEdit();
}

QString SettingsScreen::backupStatus() const
{
    return m_backupStatus->text();
}

void SettingsScreen::activated()
{
    const Profile& profile = app()->profile();
    m_first->setName(profile.partners.value(0).name);
    m_first->setColour(profile.partners.value(0).colour);
    m_second->setVisible(profile.partners.size() > 1);
    if (profile.partners.size() > 1) {
        m_second->setName(profile.partners[1].name);
        m_second->setColour(profile.partners[1].colour);
    }
    Settings* settings = app()->settings();
    m_language->sync();
    if (QAbstractButton* b = m_theme->button(int(settings->theme())))
        b->setChecked(true);
    if (QAbstractButton* b = m_textSize->button(int(settings->textSize())))
        b->setChecked(true);
    {
        const QSignalBlocker a(m_motion);
        const QSignalBlocker b(m_coach);
        const QSignalBlocker d(m_timerSound);
        m_timerSound->setChecked(settings->timerSound());
        const QSignalBlocker c(m_country);
        m_motion->setChecked(settings->reducedMotion());
        m_coach->setChecked(settings->coachEnabled());
        m_country->setCode(settings->country());
    }
    while (QLayoutItem* item = m_checks->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const PartnerInfo& p : profile.partners) {
        QPushButton* take =
            makeButton(tr("Take the private check again (%1)").arg(p.name), QStringLiteral("retakeCheck-") + qs(p.id),
                       m_checks->parentWidget(), nullptr, QStringLiteral("shield"),
                       tr("A few private questions, for %1 only.").arg(p.name));
        const PartnerInfo who = p;
        connect(take, &QPushButton::clicked, this,
                [this, who] { Q_EMIT safetyCheckRequested({who}, ScreenId::Settings); });
        m_checks->addWidget(take, 0, Qt::AlignLeft);
    }
    m_dataFolder->setText(app()->options().demo ? tr("Demo mode: nothing is written to disk.")
                                                : QString::fromStdString(app()->options().dataDir.string()));
    m_dataFolder->setAccessibleName(tr("Data folder: %1").arg(m_dataFolder->text()));
    refreshBackups();
}

void SettingsScreen::saveNames()
{
    Profile profile = app()->profile();
    if (profile.partners.isEmpty())
        return;
    if (!m_first->name().isEmpty())
        profile.partners[0].name = m_first->name();
    profile.partners[0].colour = m_first->colour();
    if (profile.partners.size() > 1) {
        if (!m_second->name().isEmpty())
            profile.partners[1].name = m_second->name();
        profile.partners[1].colour = m_second->colour();
    }
    app()->setProfile(profile);
    app()->settings()->sync();
    m_backupStatus->setText(QString());
}

void SettingsScreen::refreshBackups()
{
    m_backups->clear();
    JournalService* journal = app()->journal();
    const bool usable = journal && !journal->isInMemory();
    m_backupNow->setEnabled(usable);
    if (!usable) {
        m_restore->setEnabled(false);
        return;
    }
    for (const auto& info : journal->backups()) {
        const QDateTime at = QDateTime::fromString(qs(info.createdAt), Qt::ISODate).toLocalTime();
        QString reason = qs(info.reason);
        if (reason == QLatin1String("daily"))
            reason = tr("daily");
        else if (reason == QLatin1String("manual"))
            reason = tr("made by hand");
        auto* item = new QListWidgetItem(
            tr("%1 · %2 · %3 KB").arg(friendlyDateTime(at), reason).arg(qulonglong((info.bytes + 1023) / 1024)),
            m_backups);
        item->setData(Qt::UserRole, QString::fromStdString(info.file.string()));
    }
    m_restore->setEnabled(m_backups->currentRow() >= 0);
    if (m_backups->count() == 0)
        m_backupStatus->setText(tr("No backups yet."));
}

void SettingsScreen::restoreSelected()
{
    QListWidgetItem* item = m_backups->currentItem();
    JournalService* journal = app()->journal();
    if (!item || !journal)
        return;
    QMessageBox ask(this);
    ask.setObjectName(QStringLiteral("restoreConfirm"));
    ask.setWindowTitle(tr("Restore this backup?"));
    ask.setText(tr("Restore the backup from %1?").arg(item->text().section(QStringLiteral(" · "), 0, 0)));
    ask.setInformativeText(tr("Anything written after it will no longer show. The current journal is kept beside it, "
                              "not deleted."));
    QPushButton* yes = ask.addButton(tr("Restore"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("restoreYes"));
    QPushButton* no = ask.addButton(tr("Keep things as they are"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("restoreNo"));
    ask.setDefaultButton(no);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    QString error;
    QString setAside;
    if (journal->restore(item->data(Qt::UserRole).toString().toStdString(), error, setAside))
        m_backupStatus->setText(tr("Restored. The journal you had before was kept as %1.").arg(setAside));
    else
        m_backupStatus->setText(tr("The backup could not be restored: %1").arg(error));
    refreshBackups();
}

} // namespace tend::ui
