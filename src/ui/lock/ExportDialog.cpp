#include "ui/lock/ExportDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "ui/app/JournalService.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

ExportDialog::ExportDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export the journal"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(24, 20, 24, 20);
    column->setSpacing(10);
    column->addWidget(makeLabel(tr("Export the journal"), "heading", this));

    m_encrypted = new QRadioButton(tr("Encrypted (recommended)"), this);
    name(m_encrypted, QStringLiteral("exportEncrypted"), tr("Encrypted export"),
         tr("One file that opens only with the passphrase you choose here; tend import reads it."));
    m_json = new QRadioButton(tr("Plain JSON, readable by any program"), this);
    name(m_json, QStringLiteral("exportPlainJson"), tr("Plain JSON export"));
    m_markdown = new QRadioButton(tr("Plain Markdown, for reading"), this);
    name(m_markdown, QStringLiteral("exportPlainMarkdown"), tr("Plain Markdown export"));
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {m_encrypted, m_json, m_markdown}) {
        group->addButton(b);
        column->addWidget(b);
    }
    m_encrypted->setChecked(true);

    auto* fields = new QHBoxLayout();
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase for this file"));
    name(m_passphrase, QStringLiteral("exportPassphrase"), tr("Passphrase for the export"));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setPlaceholderText(tr("The same again"));
    name(m_repeat, QStringLiteral("exportRepeat"), tr("Passphrase for the export, again"));
    fields->addWidget(m_passphrase);
    fields->addWidget(m_repeat);
    column->addLayout(fields);

    m_warning = makeLabel(tr("A plain export is not encrypted. Anyone who gets the file — a shared folder, a backup "
                             "disk, an email — can read every answer in it."),
                          "warmNote", this);
    m_warning->setObjectName(QStringLiteral("exportWarning"));
    column->addWidget(m_warning);
    m_understood = new QCheckBox(tr("I understand; export without encryption"), this);
    name(m_understood, QStringLiteral("exportUnderstood"), tr("I understand the export is not encrypted"));
    column->addWidget(m_understood);

    column->addWidget(makeLabel(tr("What goes in"), "body", this));
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("Shared answers only"));
    m_scope->addItem(tr("Shared answers and the private answers that are open now"));
    name(m_scope, QStringLiteral("exportScope"), tr("What goes in the export"),
         tr("Private answers guarded by a partner's own key go in only while that key is open."));
    column->addWidget(m_scope);
    m_hint = makeLabel(QString(), "muted", this);
    m_hint->setObjectName(QStringLiteral("exportHint"));
    column->addWidget(m_hint);

    auto* row = new QHBoxLayout();
    QPushButton* cancel = makeButton(tr("Cancel"), QStringLiteral("exportCancel"), this, "quiet");
    m_go =
        makeButton(tr("Choose where to save…"), QStringLiteral("exportGo"), this, "primary", QStringLiteral("backup"));
    row->addStretch(1);
    row->addWidget(cancel);
    row->addWidget(m_go);
    column->addLayout(row);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_go, &QPushButton::clicked, this, [this] {
        if (canExport())
            accept();
    });
    for (QRadioButton* b : {m_encrypted, m_json, m_markdown})
        connect(b, &QRadioButton::toggled, this, &ExportDialog::update);
    connect(m_passphrase, &QLineEdit::textChanged, this, &ExportDialog::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &ExportDialog::update);
    connect(m_understood, &QCheckBox::toggled, this, &ExportDialog::update);
    update();
}

bool ExportDialog::canExport() const
{
    if (m_encrypted->isChecked())
        return m_passphrase->text().size() >= 8 && m_passphrase->text() == m_repeat->text();
    return m_understood->isChecked();
}

void ExportDialog::update()
{
    const bool encrypted = m_encrypted->isChecked();
    m_passphrase->setVisible(encrypted);
    m_repeat->setVisible(encrypted);
    m_warning->setVisible(!encrypted);
    m_understood->setVisible(!encrypted);
    if (encrypted) {
        if (m_passphrase->text().size() < 8)
            m_hint->setText(tr("Choose a passphrase of at least 8 characters for this file. Without it the file "
                               "cannot be opened."));
        else if (m_passphrase->text() != m_repeat->text())
            m_hint->setText(tr("Type the same passphrase twice."));
        else
            m_hint->setText(tr("Ready."));
    } else {
        m_hint->setText(m_understood->isChecked() ? tr("Ready.") : tr("Tick the box above to go on."));
    }
    m_go->setEnabled(canExport());
    adjustSize();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest out;
    out.format = m_encrypted->isChecked() ? ExportRequest::Format::Encrypted
                 : m_json->isChecked()    ? ExportRequest::Format::PlainJson
                                          : ExportRequest::Format::PlainMarkdown;
    out.includeOpenPrivate = m_scope->currentIndex() == 1;
    if (out.format == ExportRequest::Format::Encrypted)
        out.passphrase = JournalService::secretFrom(m_passphrase->text());
    return out;
}

} // namespace tend::ui
