#pragma once

#include <QDialog>

#include "ui/lock/JournalExport.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace tend::ui {

/// Choosing an export: encrypted (recommended, with a passphrase of its own) or plain JSON / Markdown, which needs
/// an explicit "anyone with this file can read it" first. Shared answers only by default.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(QWidget* parent = nullptr);
    /// The request (without the file), valid when accepted.
    ExportRequest request() const;
    bool canExport() const;

private:
    void update();

    QRadioButton* m_encrypted;
    QRadioButton* m_json;
    QRadioButton* m_markdown;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QCheckBox* m_understood;
    QLabel* m_warning;
    QComboBox* m_scope;
    QLabel* m_hint;
    QPushButton* m_go;
};

} // namespace tend::ui
