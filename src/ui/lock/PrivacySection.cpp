#include "ui/lock/PrivacySection.h"

#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <filesystem>

#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/app/Settings.h"
#include "ui/lock/ExportDialog.h"
#include "ui/lock/JournalExport.h"
#include "ui/lock/LockController.h"
#include "ui/lock/PartnerKeyBox.h"
#include "ui/lock/RecoveryKeyPanel.h"
#include "ui/screens/RecordFormatter.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

PrivacySection::PrivacySection(AppContext* app, QWidget* parent) : QFrame(parent), m_app(app)
{
    setObjectName(QStringLiteral("privacySection"));
    setProperty("role", QStringLiteral("card"));
    auto* body = new QVBoxLayout(this);
    body->setContentsMargins(24, 20, 24, 22);
    body->setSpacing(12);
    body->addWidget(makeLabel(tr("Privacy and locking"), "heading", this));
    m_status = makeLabel(QString(), "body", this);
    m_status->setObjectName(QStringLiteral("privacyStatus"));
    body->addWidget(m_status);

    auto* fields = new QHBoxLayout();
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("New passphrase"));
    name(m_passphrase, QStringLiteral("privacyPassphrase"), tr("New journal passphrase"), tr("At least 8 characters."));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setPlaceholderText(tr("The same again"));
    name(m_repeat, QStringLiteral("privacyRepeat"), tr("New journal passphrase, again"));
    fields->addWidget(m_passphrase, 1);
    fields->addWidget(m_repeat, 1);
    body->addLayout(fields);

    auto* row = new QHBoxLayout();
    m_setPassphrase =
        makeButton(QString(), QStringLiteral("privacySetPassphrase"), this, nullptr, QStringLiteral("lock"));
    m_recovery =
        makeButton(tr("Make a new recovery key…"), QStringLiteral("privacyRecovery"), this, "quiet",
                   QStringLiteral("shield"), tr("Replaces any earlier recovery key; the old one stops working."));
    m_lockNow = makeButton(tr("Lock now"), QStringLiteral("privacyLockNow"), this, "quiet", QStringLiteral("lock"),
                           tr("Clears the screen and locks the journal (Ctrl+L)."));
    row->addWidget(m_setPassphrase);
    row->addWidget(m_recovery);
    row->addWidget(m_lockNow);
    row->addStretch(1);
    body->addLayout(row);
    m_remove = makeButton(tr("Remove the passphrase…"), QStringLiteral("privacyRemove"), this, "quiet",
                          QStringLiteral("reset"), tr("Stores the journal readable again. Nothing is lost."));
    body->addWidget(m_remove, 0, Qt::AlignLeft);
    m_plainBackups = makeButton(QString(), QStringLiteral("privacyPlainBackups"), this, "quiet",
                                QStringLiteral("reset"), tr("Deletes backups made before the passphrase was set."));
    body->addWidget(m_plainBackups, 0, Qt::AlignLeft);

    auto* lockRow = new QHBoxLayout();
    QLabel* lockLabel = makeLabel(tr("Lock after this many minutes without use (0 = never):"), "body", this);
    m_autoLock = new QSpinBox(this);
    m_autoLock->setRange(0, 240);
    name(m_autoLock, QStringLiteral("privacyAutoLock"), tr("Minutes before Tend locks itself"),
         tr("Time the computer spends asleep counts too."));
    lockLabel->setBuddy(m_autoLock);
    lockRow->addWidget(lockLabel, 1); // wraps on a narrow window; the box stays beside its first line
    lockRow->addWidget(m_autoLock, 0, Qt::AlignTop);
    body->addLayout(lockRow);

    auto* partners = new QWidget(this);
    m_partners = new QVBoxLayout(partners);
    m_partners->setContentsMargins(0, 8, 0, 0);
    m_partners->setSpacing(18);
    body->addWidget(partners);

    m_export = makeButton(tr("Export the journal…"), QStringLiteral("privacyExport"), this, nullptr,
                          QStringLiteral("backup"), tr("Encrypted, or plain after a warning."));
    body->addWidget(m_export, 0, Qt::AlignLeft);
    body->addWidget(makeLabel(tr("Always in the clear, so Tend can work while locked: dates and times, step names, "
                                 "names of people, reminders' times and places, and how long each answer is."),
                              "muted", this));
    m_message = makeLabel(QString(), "muted", this);
    m_message->setObjectName(QStringLiteral("privacyMessage"));
    body->addWidget(m_message);

    connect(m_setPassphrase, &QPushButton::clicked, this, [this] {
        if (m_passphrase->text().size() < 8) {
            m_message->setText(tr("A passphrase needs at least 8 characters."));
            return;
        }
        if (m_passphrase->text() != m_repeat->text()) {
            m_message->setText(tr("The two entries differ. Type the same in both."));
            return;
        }
        setPassphrase(m_passphrase->text());
    });
    connect(m_remove, &QPushButton::clicked, this, &PrivacySection::askRemove);
    connect(m_recovery, &QPushButton::clicked, this, &PrivacySection::newRecoveryKey);
    connect(m_lockNow, &QPushButton::clicked, this, [this] {
        if (auto* lock = window()->findChild<LockController*>())
            lock->lockNow();
    });
    connect(m_plainBackups, &QPushButton::clicked, this, &PrivacySection::deletePlainBackups);
    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_app->settings()->autoLockMinutes() != minutes)
            m_app->settings()->setAutoLockMinutes(minutes);
    });
    connect(m_export, &QPushButton::clicked, this, &PrivacySection::askExport);
    connect(app, &AppContext::ready, this, [this] {
        if (JournalService* journal = m_app->journal())
            connect(journal, &JournalService::protectionChanged, this, &PrivacySection::refresh);
        refresh();
    });
    refresh();
}

void PrivacySection::showEvent(QShowEvent* event)
{
    QFrame::showEvent(event);
    refresh();
}

QString PrivacySection::status() const
{
    return m_status->text();
}

QString PrivacySection::message() const
{
    return m_message->text();
}

void PrivacySection::refresh()
{
    JournalService* journal = m_app->journal();
    const bool usable = journal && !journal->isInMemory() && !journal->isReadOnly();
    const bool protectedNow = journal && journal->isProtected();
    if (!journal || journal->isInMemory())
        m_status->setText(tr("Demo mode keeps nothing on disk, so there is nothing to protect."));
    else if (protectedNow)
        m_status->setText(journal->hasRecoveryKey()
                              ? tr("Protected with a passphrase, and a recovery key exists.")
                              : tr("Protected with a passphrase. There is no recovery key: if the passphrase is "
                                   "lost, nobody can open the journal."));
    else
        m_status->setText(tr("Not protected: anyone who can use this computer account, or copies the journal file, "
                             "can read it. Add a passphrase to encrypt it."));
    m_setPassphrase->setText(protectedNow ? tr("Change the passphrase") : tr("Protect with this passphrase"));
    m_setPassphrase->setAccessibleName(m_setPassphrase->text());
    m_passphrase->setEnabled(usable);
    m_repeat->setEnabled(usable);
    m_setPassphrase->setEnabled(usable);
    m_recovery->setVisible(protectedNow);
    m_remove->setVisible(protectedNow);
    m_lockNow->setVisible(protectedNow);
    const auto plain = protectedNow ? journal->reader().plainBackups() : std::vector<std::filesystem::path>{};
    m_plainBackups->setVisible(!plain.empty());
    m_plainBackups->setText(tr("Delete the older, unencrypted backups (%1)").arg(plain.size()));
    m_plainBackups->setAccessibleName(m_plainBackups->text());
    {
        const QSignalBlocker quiet(m_autoLock);
        m_autoLock->setValue(m_app->settings()->autoLockMinutes());
    }
    m_autoLock->setEnabled(protectedNow);
    m_export->setEnabled(journal != nullptr);

    while (QLayoutItem* item = m_partners->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Profile& profile = m_app->profile();
    if (protectedNow && profile.partners.size() > 1)
        for (const PartnerInfo& p : profile.partners)
            m_partners->addWidget(new PartnerKeyBox(m_app, p, m_partners->parentWidget()));
}

void PrivacySection::setPassphrase(const QString& passphrase)
{
    JournalService* journal = m_app->journal();
    if (!journal)
        return;
    auto secret = JournalService::secretFrom(passphrase);
    if (!secret)
        return;
    const bool change = journal->isProtected();
    m_setPassphrase->setEnabled(false);
    m_message->setText(change ? tr("Changing… (a second or two)") : tr("Protecting… (a few seconds)"));
    QPointer<PrivacySection> self(this);
    auto done = [self, change](const JournalService::KeyOutcome& outcome) {
        auto* me = self.data();
        if (!me)
            return;
        me->m_passphrase->clear();
        me->m_repeat->clear();
        me->m_message->setText(outcome.ok ? (change ? tr("The passphrase is changed. Every entry opens with the new "
                                                         "one; the old one no longer works.")
                                                    : tr("The journal is protected. Consider making a recovery "
                                                         "key now."))
                                          : tr("Nothing was changed: %1").arg(outcome.message));
        me->refresh();
    };
    if (change)
        journal->changePassphrase(secret, done);
    else
        journal->enableProtection(secret, done);
}

void PrivacySection::askRemove()
{
    QMessageBox ask(this);
    ask.setObjectName(QStringLiteral("privacyRemoveConfirm"));
    ask.setWindowTitle(tr("Remove the passphrase?"));
    ask.setText(tr("Store the journal without a passphrase?"));
    ask.setInformativeText(tr("Nothing is lost, but anyone who can use this computer account, or copies the file, "
                              "will be able to read it. A backup is made first."));
    QPushButton* yes = ask.addButton(tr("Remove the passphrase"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("privacyRemoveYes"));
    QPushButton* no = ask.addButton(tr("Keep it"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("privacyRemoveNo"));
    ask.setDefaultButton(no);
    ask.exec();
    if (ask.clickedButton() == yes)
        removeProtection();
}

void PrivacySection::removeProtection()
{
    JournalService* journal = m_app->journal();
    if (!journal)
        return;
    m_message->setText(tr("Removing the passphrase…"));
    QPointer<PrivacySection> self(this);
    journal->removeProtection([self](const JournalService::KeyOutcome& outcome) {
        auto* me = self.data();
        if (!me)
            return;
        me->m_message->setText(outcome.ok ? tr("The passphrase is removed; every entry is kept.")
                                          : tr("Nothing was changed: %1").arg(outcome.message));
        me->refresh();
    });
}

void PrivacySection::newRecoveryKey()
{
    JournalService* journal = m_app->journal();
    if (!journal)
        return;
    QPointer<PrivacySection> self(this);
    journal->createRecoveryKey(
        [self](const JournalService::KeyOutcome& outcome, std::shared_ptr<crypto::SecureBytes> key) {
            auto* me = self.data();
            if (!me)
                return;
            if (!outcome.ok || !key) {
                me->m_message->setText(tr("No recovery key could be made: %1").arg(outcome.message));
                return;
            }
            QDialog dialog(self);
            dialog.setObjectName(QStringLiteral("recoveryDialog"));
            dialog.setWindowTitle(tr("Your new recovery key"));
            auto* column = new QVBoxLayout(&dialog);
            column->setContentsMargins(24, 20, 24, 20);
            column->addWidget(makeLabel(tr("Your new recovery key. The earlier one no longer works. It is shown "
                                           "only now."),
                                        "body", &dialog));
            auto* panel = new RecoveryKeyPanel(&dialog);
            panel->setKey(std::move(key));
            column->addWidget(panel);
            QPushButton* close = makeButton(tr("I have kept it"), QStringLiteral("recoveryDialogClose"), &dialog,
                                            "primary", QStringLiteral("check"));
            close->setEnabled(false);
            connect(panel, &RecoveryKeyPanel::confirmedChanged, close, &QPushButton::setEnabled);
            connect(close, &QPushButton::clicked, &dialog, &QDialog::accept);
            column->addWidget(close, 0, Qt::AlignRight);
            dialog.exec();
            panel->forget();
            me->m_message->setText(tr("A new recovery key was made."));
            me->refresh();
        });
}

void PrivacySection::askExport()
{
    ExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportRequest request = dialog.request();
    const bool encrypted = request.format == ExportRequest::Format::Encrypted;
    const QString suffix = encrypted                                            ? QStringLiteral(".tendx")
                           : request.format == ExportRequest::Format::PlainJson ? QStringLiteral(".json")
                                                                                : QStringLiteral(".md");
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save the export"), QDir::home().filePath(tr("tend-journal") + suffix));
    if (file.isEmpty())
        return;
    exportTo(file, request);
}

void PrivacySection::exportTo(const QString& file, const ExportRequest& given)
{
    JournalService* journal = m_app->journal();
    if (!journal)
        return;
    ExportRequest request = given;
    request.file = file;
    request.reader = std::make_shared<const reading::Reader>(readerFor(*m_app));
    m_export->setEnabled(false);
    m_message->setText(tr("Exporting…"));
    QPointer<PrivacySection> self(this);
    exportJournal(*journal, request, [self](const ExportOutcome& outcome) {
        auto* me = self.data();
        if (!me)
            return;
        me->m_export->setEnabled(true);
        me->m_message->setText(outcome.message);
    });
}

void PrivacySection::deletePlainBackups()
{
    JournalService* journal = m_app->journal();
    if (!journal)
        return;
    int removed = 0;
    for (const std::filesystem::path& file : journal->reader().plainBackups()) {
        std::error_code ec;
        if (std::filesystem::remove(file, ec))
            ++removed;
    }
    m_message->setText(tr("Unencrypted backups deleted: %1.").arg(removed));
    refresh();
}

} // namespace tend::ui
