// JournalScreen, the parts for a couple at one screen: another person's own view (with their private answers)
// opens only after the privacy curtain, and an export holds exactly what the current view may see.
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>

#include "tend/modes/PrivacyView.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/screens/JournalScreen.h"
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
    JournalService* journal = app()->journal();
    if (!journal) {
        error = tr("The journal is not open.");
        return false;
    }
    const QString viewerId = m_viewer->itemData(m_viewerShown).toString();
    journal::exchange::ExportOptions options;
    options.viewer = viewerId.isEmpty() ? journal::Viewer::sharedOnly() : journal::Viewer::partner(ss(viewerId));
    journal->flush();
    auto text = modes::exportTextFor(journal->reader(), options);
    if (!text) {
        error = qs(text.error().message);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const std::string& bytes = *text;
    if (file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size())) {
        error = tr("Could not write all of %1.").arg(path);
        return false;
    }
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
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export this view"), tr("tend-journal.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportView(path, error))
        m_results->setHtml(QStringLiteral("<p>") + error.toHtmlEscaped() + QStringLiteral("</p>"));
}

} // namespace tend::ui
