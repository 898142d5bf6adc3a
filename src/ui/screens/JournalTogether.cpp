// JournalScreen, the parts for a couple at one screen: another person's own view (with their private answers)
// opens only after the privacy curtain, and an export holds exactly what the current view may see.
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "tend/modes/PrivacyView.h"
#include "tend/reading/Reading.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/screens/JournalScreen.h"
#include "ui/screens/RecordFormatter.h"
#include "ui/screens/SessionListModel.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/PrivacyCurtain.h"

namespace tend::ui {

void JournalScreen::onViewerChosen()
{
    const std::string partner = ss(m_viewer->currentData().toString());
    if (!partner.empty() && partner != app()->atKeyboard()) {
        // Take what the previous view showed off the screen first.
        m_record->clear();
        m_results->clear();
        m_search->clear();
        // The list's titles and the title field hold written words too: nothing of them stays behind the curtain.
        m_title->clear();
        m_title->setPlaceholderText(QString());
        m_title->setVisible(false);
        m_model->reload(nullptr, {});
        QString previous;
        if (!app()->atKeyboard().empty())
            previous = app()->profile().partner(app()->atKeyboard()).name;
        m_curtain->raiseFor(app()->profile().partner(partner).name, previous);
        return;
    }
    m_viewerShown = m_viewer->currentIndex();
    showRecord();
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
}

bool JournalScreen::exportView(const QString& path, QString& error)
{
    ExportChoice whole;
    whole.format = ExportChoice::Format::Json;
    return exportTo(path, whole, error);
}

QString JournalScreen::exportFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool JournalScreen::exportTo(const QString& path, const ExportChoice& choice, QString& error)
{
    JournalService* journal = app()->journal();
    if (!journal) {
        error = tr("The journal is not open.");
        return false;
    }
    const QString viewerId = m_viewer->itemData(m_viewerShown).toString();
    journal::exchange::ExportOptions options;
    options.viewer = viewerId.isEmpty() ? journal::Viewer::sharedOnly() : journal::Viewer::partner(ss(viewerId));
    switch (choice.what) {
    case ExportChoice::What::View:
        break;
    case ExportChoice::What::Repair:
        if (m_sessionId.isEmpty()) {
            error = tr("Choose a repair to export first.");
            return false;
        }
        options.sessionId = ss(m_sessionId);
        break;
    case ExportChoice::What::Range: {
        if (!choice.from.isValid() || !choice.to.isValid() || choice.to < choice.from) {
            error = tr("Choose a first day on or before the last day.");
            return false;
        }
        // Local days, both included, as the journal's UTC times.
        auto utc = [](const QDate& day) { return ss(day.startOfDay().toUTC().toString(Qt::ISODateWithMs)); };
        options.from = utc(choice.from);
        options.to = utc(choice.to.addDays(1));
        break;
    }
    }
    journal->flush();
    auto text = choice.format == ExportChoice::Format::Json
                    ? modes::exportTextFor(journal->reader(), options)
                    : reading::exportMarkdown(journal->reader(), options, readerFor(*app()));
    if (!text) {
        error = qs(text.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const std::string& bytes = *text;
    if (file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !file.commit()) {
        error = tr("Could not write all of %1.").arg(path);
        return false;
    }
    m_lastExportMessage = tr("Saved to %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    return true;
}

bool JournalScreen::askExportChoice(ExportChoice& choice)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("What to save, as this view shows it:"), &dialog));
    auto* whole = new QRadioButton(tr("Everything in this view"), &dialog);
    whole->setObjectName(QStringLiteral("exportWhatView"));
    auto* repair = new QRadioButton(tr("The repair that is open"), &dialog);
    repair->setObjectName(QStringLiteral("exportWhatRepair"));
    repair->setEnabled(!m_sessionId.isEmpty());
    auto* range = new QRadioButton(tr("Repairs started between two days"), &dialog);
    range->setObjectName(QStringLiteral("exportWhatRange"));
    (m_sessionId.isEmpty() ? whole : repair)->setChecked(true);
    layout->addWidget(whole);
    layout->addWidget(repair);
    layout->addWidget(range);
    auto* days = new QHBoxLayout();
    auto* from = new QDateEdit(QDate::currentDate().addMonths(-1), &dialog);
    from->setObjectName(QStringLiteral("exportFrom"));
    from->setCalendarPopup(true);
    from->setAccessibleName(tr("First day"));
    auto* to = new QDateEdit(QDate::currentDate(), &dialog);
    to->setObjectName(QStringLiteral("exportTo"));
    to->setCalendarPopup(true);
    to->setAccessibleName(tr("Last day"));
    days->addWidget(new QLabel(tr("From"), &dialog));
    days->addWidget(from);
    days->addWidget(new QLabel(tr("to"), &dialog));
    days->addWidget(to);
    layout->addLayout(days);
    auto* format = new QComboBox(&dialog);
    format->setObjectName(QStringLiteral("exportFormat"));
    format->setAccessibleName(tr("Format"));
    format->addItem(tr("Markdown, for reading"));
    format->addItem(tr("JSON, for importing into Tend"));
    layout->addWidget(format);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    choice.what = range->isChecked()    ? ExportChoice::What::Range
                  : repair->isChecked() ? ExportChoice::What::Repair
                                        : ExportChoice::What::View;
    choice.format = format->currentIndex() == 1 ? ExportChoice::Format::Json : ExportChoice::Format::Markdown;
    choice.from = from->date();
    choice.to = to->date();
    return true;
}

void JournalScreen::chooseExportFile()
{
    // Same rule as the export in Settings: a readable file only after a plain warning.
    QMessageBox warning(QMessageBox::Warning, tr("Export a readable copy?"),
                        tr("This saves what this view shows as a plain file. Anyone who opens the file can read it, "
                           "even if your journal has a passphrase."),
                        QMessageBox::Cancel, this);
    warning.setInformativeText(
        tr("For a copy only a passphrase opens, use Export in Settings, under Privacy and locking."));
    QPushButton* go = warning.addButton(tr("I understand, export"), QMessageBox::AcceptRole);
    warning.setDefaultButton(QMessageBox::Cancel);
    warning.exec();
    if (warning.clickedButton() != go)
        return;
    ExportChoice choice;
    if (!askExportChoice(choice))
        return;
    const bool json = choice.format == ExportChoice::Format::Json;
    const QString name = json ? tr("tend-journal.json") : tr("tend-journal.md");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export this view"), QDir(exportFolder()).filePath(name),
                                                      json ? tr("JSON files (*.json)") : tr("Markdown files (*.md)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, choice, error)) {
        QMessageBox::warning(this, tr("Not exported"), error);
        return;
    }
    QMessageBox::information(this, tr("Exported"), m_lastExportMessage);
}

} // namespace tend::ui
