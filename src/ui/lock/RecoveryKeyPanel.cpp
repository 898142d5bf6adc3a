#include "ui/lock/RecoveryKeyPanel.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

/// The key in two lines of seven groups, easier to copy by hand.
QString twoLines(const QString& key)
{
    const QStringList groups = key.split(QLatin1Char('-'));
    if (groups.size() < 8)
        return key;
    return groups.mid(0, 7).join(QLatin1Char('-')) + QLatin1Char('\n') + groups.mid(7).join(QLatin1Char('-'));
}

QString lastGroup(const QString& key)
{
    return key.section(QLatin1Char('-'), -1);
}

} // namespace

RecoveryKeyPanel::RecoveryKeyPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recoveryKeyPanel"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);

    auto* box = makeFrame("soft", this, QStringLiteral("recoveryKeyBox"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(20, 16, 20, 16);
    m_display = new QLabel(box);
    m_display->setObjectName(QStringLiteral("recoveryKeyText"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.25);
    m_display->setFont(mono);
    m_display->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_display->setAccessibleName(tr("Recovery key"));
    boxLayout->addWidget(m_display);
    column->addWidget(box);

    auto* row = new QHBoxLayout();
    m_pdf =
        makeButton(tr("Save as PDF to print…"), QStringLiteral("recoverySavePdf"), this, nullptr,
                   QStringLiteral("backup"), tr("Saves a one-page PDF with the key; print it from any PDF viewer."));
    m_text = makeButton(tr("Save as text…"), QStringLiteral("recoverySaveText"), this, "quiet", QStringLiteral("edit"),
                        tr("Saves the key in a small text file only you can read."));
    row->addWidget(m_pdf);
    row->addWidget(m_text);
    row->addStretch(1);
    column->addLayout(row);
    column->addWidget(makeLabel(tr("Keep it away from this computer — on paper in a drawer, or on a USB stick. Anyone "
                                   "holding it can open the shared journal. Tend has no Print button because "
                                   "printing would bring network code into the app; print the PDF instead."),
                                "muted", this));

    column->addWidget(makeLabel(tr("To check you have it, type its last group of four:"), "body", this));
    m_check = new QLineEdit(this);
    m_check->setMaxLength(9);
    m_check->setMaximumWidth(160);
    name(m_check, QStringLiteral("recoveryCheck"), tr("Last group of the recovery key"),
         tr("The four characters after the last dash."));
    column->addWidget(m_check);
    m_status = makeLabel(QString(), "muted", this);
    m_status->setObjectName(QStringLiteral("recoveryStatus"));
    column->addWidget(m_status);

    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(m_text, &QPushButton::clicked, this, [this] { saveAs(false); });
    connect(m_check, &QLineEdit::textChanged, this, [this] {
        const bool ok = confirmed();
        m_status->setText(ok ? tr("That matches.") : QString());
        Q_EMIT confirmedChanged(ok);
    });
}

RecoveryKeyPanel::~RecoveryKeyPanel()
{
    forget();
}

void RecoveryKeyPanel::setKey(std::shared_ptr<crypto::SecureBytes> key)
{
    m_key = std::move(key);
    m_display->setText(twoLines(keyText()));
    m_check->clear();
    m_status->clear();
}

void RecoveryKeyPanel::forget()
{
    m_key.reset();
    if (m_display)
        m_display->clear();
}

QString RecoveryKeyPanel::keyText() const
{
    if (!m_key)
        return {};
    return QString::fromLatin1(reinterpret_cast<const char*>(m_key->data()), qsizetype(m_key->size()));
}

bool RecoveryKeyPanel::confirmed() const
{
    const QString typed = m_check->text().trimmed().toUpper();
    return m_key && !typed.isEmpty() && typed == lastGroup(keyText()).toUpper();
}

bool RecoveryKeyPanel::savePdf(const QString& file, QString& error) const
{
    {
        // Owner-only from the first byte: create the file empty with those permissions, then write into it.
        QFile create(file);
        if (!create.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            error = tr("%1 could not be written: %2").arg(file, create.errorString());
            return false;
        }
        create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    {
        QPdfWriter pdf(file);
        pdf.setTitle(tr("Tend recovery key"));
        pdf.setCreator(tr("Tend"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            error = tr("%1 could not be written.").arg(file);
            return false;
        }
        const QRect page = painter.viewport();
        const int margin = page.width() / 10;
        QRect area = page.adjusted(margin, margin, -margin, -margin);
        QFont heading = painter.font();
        heading.setPointSizeF(20);
        heading.setBold(true);
        painter.setFont(heading);
        QRect used;
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tr("Tend recovery key"), &used);
        area.setTop(used.bottom() + margin / 3);
        QFont body = painter.font();
        body.setPointSizeF(11);
        body.setBold(false);
        painter.setFont(body);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         tr("This key opens your Tend journal if the passphrase is forgotten. Keep it somewhere safe, "
                            "away from the computer. Anyone holding it can open the shared journal (not a partner's "
                            "own private answers). Made on %1.")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)),
                         &used);
        area.setTop(used.bottom() + margin / 2);
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(16);
        painter.setFont(mono);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop, twoLines(keyText()));
        painter.end();
    }
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool RecoveryKeyPanel::saveText(const QString& file, QString& error) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        error = tr("%1 could not be written: %2").arg(file, out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray text = (tr("Tend recovery key") + QLatin1Char('\n') + keyText() + QLatin1Char('\n')).toUtf8();
    out.write(text);
    if (!out.commit()) {
        error = tr("%1 could not be written: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

void RecoveryKeyPanel::saveAs(bool pdf)
{
    const QString suggested = QDir::home().filePath(pdf ? tr("tend-recovery-key.pdf") : tr("tend-recovery-key.txt"));
    const QString file = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save the recovery key as PDF") : tr("Save the recovery key as text"), suggested,
        pdf ? tr("PDF (*.pdf)") : tr("Text (*.txt)"));
    if (file.isEmpty())
        return;
    QString error;
    const bool ok = pdf ? savePdf(file, error) : saveText(file, error);
    m_status->setText(ok ? tr("Saved to %1.").arg(QDir::toNativeSeparators(file)) : error);
}

} // namespace tend::ui
