#pragma once

#include <QDialog>
#include <QList>

#include "tend/report/Report.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace tend::ui {

class AppContext;

/// The consent screen for a report for a therapist: the dates, whose answers, what will be in it and what never
/// is, and each partner's own "yes" (with their passphrase or PIN where they have a key of their own). Nothing is
/// written until the person chooses where; the PDF is laid out by ui/report/PdfReport.h.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(AppContext* app, QWidget* parent = nullptr);

    /// The report's own sentences in the person's language, and its dates (always with the year) in their locale.
    static tend::report::Words reportWords();

    /// The request as the screen stands (dates, scope, who agreed; secrets are not part of it).
    tend::report::Request request() const;
    /// Builds the report and writes the PDF to `file`; finished() says how it went. Used by "Save report…" after
    /// the file dialog, and by tests.
    void saveTo(const QString& file);
    /// The last outcome, as said to the person.
    QString message() const;

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    struct Consent {
        std::string partnerId;
        QCheckBox* agrees = nullptr;
        QLabel* details = nullptr;   ///< what their agreement covers (counts), wrapped under the box
        QLineEdit* secret = nullptr; ///< only for a partner with a key of their own
        std::optional<crypto::PartnerSecretKind> secretKind;
    };

    void showEvent(QShowEvent* event) override;
    void fitToScreen();
    void refresh();
    void chooseFile();
    void setBusy(bool busy);
    void finishSave(const Result<void>& written, const QString& file);

    AppContext* m_app;
    QScrollArea* m_scroll;
    QWidget* m_page;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_scope;
    QLabel* m_contents;
    QVBoxLayout* m_consentBox;
    QList<Consent> m_consents;
    QLabel* m_status;
    QPushButton* m_save;
    QString m_message;
    tend::report::Preview m_preview;
};

} // namespace tend::ui
