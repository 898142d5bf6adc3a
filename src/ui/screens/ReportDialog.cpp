#include "ui/screens/ReportDialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include "tend/crypto/SecureBytes.h"
#include "tend/journal/Journal.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/report/PdfReport.h"
#include "ui/screens/JournalScreen.h"
#include "ui/screens/RecordFormatter.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

std::string day(const QDate& date)
{
    return date.toString(Qt::ISODate).toStdString();
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

tend::report::Words ReportDialog::reportWords()
{
    tend::report::Words words;
    auto ss = [](const QString& text) { return text.toStdString(); };
    words.everyRepair = ss(tr("Every repair in the journal"));
    //: {n} is a date.
    words.upTo = ss(tr("Every repair up to {n}"));
    //: {n} is a date.
    words.fromToToday = ss(tr("From {n} to today"));
    //: A span of dates: {n} is the first day, {max} the last.
    words.fromTo = ss(tr("{n} to {max}"));
    //: {n} is a partner's name.
    words.ownAnswers = ss(tr("{n}'s own answers"));
    //: {n} is the couple's name ("Sam & Alex").
    words.forCouple = ss(tr("For {n}, together"));
    //: {n} is a partner's name.
    words.declined = ss(tr("{n} did not agree to share their answers, so none of them are here."));
    words.jointLeftOut = ss(tr("What the two of you wrote together, the wording of your agreements and the charts "
                               "are left out: they need both of you to agree."));
    //: {n} is a partner's name.
    words.onlyOwn = ss(tr("Only {n}'s own answers are here; nothing written together."));
    words.neverHere = ss(tr("Nothing anyone kept private is here, and nothing from the safety check ever is."));
    //: A check-in: {n} is the level, {max} the body's state ("racing").
    words.checkInMoment = ss(tr("{n} of 10, {max}"));
    //: An agreement's state.
    words.open = ss(tr("open"));
    //: An agreement's state.
    words.kept = ss(tr("kept"));
    //: An agreement's state.
    words.partlyKept = ss(tr("partly kept"));
    //: An agreement's state.
    words.notKept = ss(tr("not kept this time"));
    //: An agreement's state.
    words.letGo = ss(tr("let go together"));
    words.fullDate = [](std::time_t when, reading::TimeStyle style) {
        const QLocale locale;
        const QDateTime at = QDateTime::fromSecsSinceEpoch(qint64(when)).toLocalTime();
        switch (style) {
        case reading::TimeStyle::TimeOnly:
            return locale.toString(at.time(), QLocale::ShortFormat).toStdString();
        case reading::TimeStyle::DateOnly:
            return locale.toString(at.date(), QLocale::LongFormat).toStdString();
        case reading::TimeStyle::DateAndTime:
            break;
        }
        const QString both = locale.toString(at.date(), QLocale::LongFormat) + QStringLiteral(", ") +
                             locale.toString(at.time(), QLocale::ShortFormat);
        return both.toStdString();
    };
    return words;
}

ReportDialog::ReportDialog(AppContext* app, QWidget* parent) : QDialog(parent), m_app(app)
{
    setWindowTitle(tr("A report for your therapist"));
    setObjectName(QStringLiteral("reportDialog"));
    auto* layout = new QVBoxLayout(this);

    // Everything but the buttons scrolls: at the largest text on a small screen the dialog stays on the screen and
    // Save and Cancel stay in view.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("reportScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_page = new QWidget(m_scroll);
    auto* page = new QVBoxLayout(m_page);
    page->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(m_page);
    layout->addWidget(m_scroll, 1);

    page->addWidget(makeLabel(tr("A PDF you can take to a session. Each of you decides whether your own shared "
                                 "answers go into it."),
                              "body", m_page));
    // The promise first, where nobody has to scroll for it.
    QLabel* never = makeLabel(tr("<b>Never in it:</b> anything kept private, and nothing from the safety check."),
                              "body", m_page, true);
    never->setObjectName(QStringLiteral("reportNever"));
    page->addWidget(never);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-3), m_page);
    m_to = new QDateEdit(today, m_page);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    name(m_from, QStringLiteral("reportFrom"), tr("First day"));
    name(m_to, QStringLiteral("reportTo"), tr("Last day"));
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    m_scope = new QComboBox(m_page);
    name(m_scope, QStringLiteral("reportScope"), tr("Whose answers"));
    m_scope->addItem(m_app->profile().solo ? tr("My answers") : tr("Both of us"), QString());
    if (!m_app->profile().solo)
        for (const PartnerInfo& p : m_app->profile().partners)
            m_scope->addItem(tr("Only %1's own answers").arg(p.name), qs(p.id));
    m_scope->setVisible(!m_app->profile().solo);
    if (!m_app->profile().solo)
        form->addRow(tr("Whose answers"), m_scope);
    page->addLayout(form);

    page->addWidget(makeLabel(tr("What will be in it"), "heading", m_page));
    m_contents = makeLabel(QString(), "body", m_page, true);
    m_contents->setObjectName(QStringLiteral("reportContents"));
    page->addWidget(m_contents);

    page->addWidget(makeLabel(tr("Who agrees"), "heading", m_page));
    m_consentBox = new QVBoxLayout;
    page->addLayout(m_consentBox);

    m_status = makeLabel(QString(), "body", m_page);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setAccessibleName(tr("Report status"));
    page->addWidget(m_status);
    page->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save report…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("reportSave"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_from, &QDateEdit::dateChanged, this, &ReportDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportDialog::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReportDialog::refresh);
    refresh();
}

void ReportDialog::showEvent(QShowEvent* event)
{
    fitToScreen();
    QDialog::showEvent(event);
}

void ReportDialog::fitToScreen()
{
    // As tall as the words need at a comfortable reading width, never more than the screen; the page scrolls.
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    const int width = std::min(fontMetrics().averageCharWidth() * 84, room.width() - 32);
    const QMargins margins = layout()->contentsMargins();
    const int pageWidth = width - margins.left() - margins.right();
    const int wanted = m_page->layout()->totalHeightForWidth(pageWidth) + margins.top() + margins.bottom() +
                       layout()->spacing() + m_save->sizeHint().height() + 8;
    resize(width, std::min(wanted, room.height() - 48));
}

tend::report::Request ReportDialog::request() const
{
    tend::report::Request request;
    request.coupleId = m_app->profile().coupleId;
    request.from = day(m_from->date());
    request.to = day(m_to->date());
    const QString partner = m_scope->currentData().toString();
    if (!partner.isEmpty()) {
        request.scope = tend::report::Scope::Partner;
        request.partnerId = partner.toStdString();
    }
    for (const Consent& consent : m_consents)
        if (consent.agrees->isChecked())
            request.agreed.insert(consent.partnerId);
    if (const content::ContentLibrary* library = m_app->library())
        if (auto program = library->programPreferring("rupture-to-repair", m_app->options().locale))
            request.cards = insights::CardRoles::fromProgram(*program);
    return request;
}

QString ReportDialog::message() const
{
    return m_message;
}

void ReportDialog::refresh()
{
    JournalService* journal = m_app->journal();
    tend::report::Request wanted = request();
    Result<tend::report::Preview> preview = makeError(tr("The journal is not open.").toStdString());
    if (journal && m_from->date() <= m_to->date())
        (void)journal->run([&](journal::Journal& j) -> Result<void> {
            preview = tend::report::preview(j, wanted);
            return {};
        });
    else if (journal)
        preview = makeError(tr("The last day is before the first.").toStdString());
    if (!preview) {
        m_contents->setText(qs(preview.error().message).toHtmlEscaped());
        m_save->setEnabled(false);
        return;
    }
    m_preview = *preview;

    // A partner's row stays as it is (ticked or not, a typed PIN kept) while the dates change; only its counts do.
    QList<Consent> kept;
    for (const Consent& consent : m_consents) {
        const bool stillNeeded =
            std::any_of(m_preview.partners.begin(), m_preview.partners.end(),
                        [&](const tend::report::PartnerShare& p) { return p.id == consent.partnerId && p.needed; });
        if (stillNeeded) {
            kept.append(consent);
        } else {
            delete consent.agrees;
            delete consent.details;
            delete consent.secret;
        }
    }
    m_consents = kept;
    for (const tend::report::PartnerShare& share : m_preview.partners) {
        if (!share.needed)
            continue;
        const QString who = qs(share.name);
        auto existing = std::find_if(m_consents.begin(), m_consents.end(),
                                     [&](const Consent& c) { return c.partnerId == share.id; });
        if (existing == m_consents.end()) {
            Consent consent;
            consent.partnerId = share.id;
            consent.secretKind = journal->partnerSecretKind(share.id);
            consent.agrees = new QCheckBox(tr("%1 agrees").arg(who), m_page);
            consent.agrees->setObjectName(QStringLiteral("reportAgree-") + who);
            m_consentBox->addWidget(consent.agrees);
            consent.details = makeLabel(QString(), "muted", m_page);
            consent.details->setObjectName(QStringLiteral("reportAgreeDetails-") + who);
            consent.details->setContentsMargins(consent.agrees->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 8, 0,
                                                0, 0);
            m_consentBox->addWidget(consent.details);
            if (consent.secretKind) {
                consent.secret = new QLineEdit(m_page);
                consent.secret->setEchoMode(QLineEdit::Password);
                const bool pin = *consent.secretKind == crypto::PartnerSecretKind::Pin;
                consent.secret->setPlaceholderText(pin ? tr("%1's PIN").arg(who) : tr("%1's passphrase").arg(who));
                name(consent.secret, QStringLiteral("reportSecret-") + who,
                     pin ? tr("%1's PIN, to agree").arg(who) : tr("%1's passphrase, to agree").arg(who));
                consent.secret->setEnabled(false);
                connect(consent.agrees, &QCheckBox::toggled, consent.secret, &QLineEdit::setEnabled);
                m_consentBox->addWidget(consent.secret);
            }
            m_consents.append(consent);
            existing = std::prev(m_consents.end());
        }
        existing->details->setText(tr("Their shared answers (%1) and check-ins (%2) go into this report.")
                                       .arg(share.sharedAnswers)
                                       .arg(share.checkIns));
        existing->agrees->setAccessibleDescription(existing->details->text());
    }

    QStringList items;
    items << (m_preview.repairs == 1
                  ? tr("A cover page: your names, the dates, and the one repair in them (%1).")
                        .arg(m_preview.completed == 1 ? tr("completed") : tr("not completed yet"))
                  : tr("A cover page: your names, the dates, and the %1 repairs in them (%2 completed, %3 paused "
                       "for now).")
                        .arg(m_preview.repairs)
                        .arg(m_preview.completed)
                        .arg(m_preview.paused));
    items << tr("Each repair in order, as you would read it: the shared answers of whoever agrees, their check-ins, "
                "and where your agreements stand.");
    if (wanted.scope == tend::report::Scope::Couple && m_app->profile().partners.size() > 1)
        items << tr("What you wrote together, the wording of your agreements and the charts, only if both of you "
                    "agree.");
    QString html = QStringLiteral("<ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_contents->setText(html);
    m_save->setEnabled(m_preview.repairs > 0);
    if (m_preview.repairs == 0)
        m_status->setText(tr("There are no repairs in these dates."));
    else
        m_status->clear();
}

void ReportDialog::chooseFile()
{
    const QString suggested =
        tr("Tend report %1 to %2.pdf").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the report"), QDir(JournalScreen::exportFolder()).filePath(suggested), tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        saveTo(file);
}

void ReportDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Making the report…"));
}

void ReportDialog::saveTo(const QString& file)
{
    JournalService* journal = m_app->journal();
    if (!journal) {
        m_message = tr("The journal is not open.");
        m_status->setText(m_message);
        Q_EMIT finished(false, m_message);
        return;
    }
    // Each partner with a key of their own agrees by typing it; it is checked on the journal's thread and wiped.
    struct Secret {
        std::string partnerId;
        QString name;
        crypto::PartnerSecretKind kind;
        std::shared_ptr<crypto::SecureBytes> bytes;
    };
    std::vector<Secret> secrets;
    for (const Consent& consent : m_consents) {
        if (!consent.agrees->isChecked() || !consent.secret)
            continue;
        auto bytes = crypto::SecureBytes::copyOf(std::string_view(consent.secret->text().toStdString()));
        consent.secret->clear();
        if (!bytes)
            continue;
        secrets.push_back({consent.partnerId, m_app->profile().partner(consent.partnerId).name, *consent.secretKind,
                           std::make_shared<crypto::SecureBytes>(std::move(*bytes))});
    }
    const tend::report::Request wanted = request();
    auto document = std::make_shared<tend::report::Document>();
    const reading::Reader reader = readerFor(*m_app);
    const tend::report::Words words = reportWords();
    setBusy(true);
    journal->readWhole(
        [wanted, secrets, document, reader, words](journal::Journal& j) -> Result<std::string> {
            for (const Secret& secret : secrets) {
                const auto given = secret.kind == crypto::PartnerSecretKind::Pin
                                       ? crypto::PartnerSecret::pin(secret.bytes->view())
                                       : crypto::PartnerSecret::passphrase(secret.bytes->view());
                if (!tend::report::confirmConsent(j, secret.partnerId, given))
                    return makeError(tr("%1's %2 did not match, so nothing was written. Try again.")
                                         .arg(secret.name, secret.kind == crypto::PartnerSecretKind::Pin
                                                               ? tr("PIN")
                                                               : tr("passphrase"))
                                         .toStdString());
            }
            auto built = tend::report::build(j, wanted, reader, words);
            if (!built)
                return built.error();
            *document = std::move(*built);
            return std::string();
        },
        [self = QPointer<ReportDialog>(this), file, document](const Result<std::string>& result) {
            if (!self)
                return; // closed while the report was being made
            self->finishSave(result ? report::writePdf(*document, file) : Result<void>(result.error()), file);
        });
}

void ReportDialog::finishSave(const Result<void>& written, const QString& file)
{
    setBusy(false);
    m_message = written ? tr("Saved to %1. It is not encrypted: keep it somewhere private, and share it only with the "
                             "person it is for.")
                              .arg(QDir::toNativeSeparators(file))
                        : qs(written.error().message);
    m_status->setText(m_message);
    Q_EMIT finished(written.ok(), m_message);
}

} // namespace tend::ui
