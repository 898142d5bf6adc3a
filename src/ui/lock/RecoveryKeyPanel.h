#pragma once

#include <QWidget>

#include <memory>

#include "tend/crypto/SecureBytes.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace tend::ui {

/// Shows a new recovery key once, offers to save it as a PDF (to print from any viewer) or as a text file, and asks
/// for its last group of four to be typed back before it counts as kept.
///
/// Why no Print button: QtPrintSupport needs the system's print service library (libcups), which links TLS, DNS-SD
/// and Kerberos network libraries — and Tend links no network library. QPdfWriter (QtGui) writes the same page.
class RecoveryKeyPanel : public QWidget {
    Q_OBJECT
public:
    explicit RecoveryKeyPanel(QWidget* parent = nullptr);
    ~RecoveryKeyPanel() override;

    /// Shows this key (kept in locked memory; the label holds a display copy until forget()).
    void setKey(std::shared_ptr<crypto::SecureBytes> key);
    /// Empties the display and wipes the key.
    void forget();
    /// The printable key text, for tests and saving.
    QString keyText() const;
    bool confirmed() const;

    /// Writes the key as a one-page PDF / as text (owner-only file). False with `error` set on failure.
    bool savePdf(const QString& file, QString& error) const;
    bool saveText(const QString& file, QString& error) const;

Q_SIGNALS:
    void confirmedChanged(bool confirmed);

private:
    void saveAs(bool pdf);

    std::shared_ptr<crypto::SecureBytes> m_key;
    QLabel* m_display;
    QLineEdit* m_check;
    QLabel* m_status;
    QPushButton* m_pdf;
    QPushButton* m_text;
};

} // namespace tend::ui
