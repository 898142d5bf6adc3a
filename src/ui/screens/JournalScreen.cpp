#include "ui/screens/JournalScreen.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <map>

#include "tend/content/ContentLibrary.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/screens/RecordFormatter.h"
#include "ui/screens/SessionListModel.h"
#include "ui/theme/Icons.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/PrivacyCurtain.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

JournalScreen::JournalScreen(AppContext* app, QWidget* parent) : Screen(ScreenId::Journal, app, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(14);

    auto* top = new QHBoxLayout();
    top->setSpacing(12);
    QLabel* heading = makeLabel(tr("Journal"), "title", this);
    heading->setWordWrap(false);
    top->addWidget(heading);
    top->addStretch(1);
    m_search = new QLineEdit(this);
    name(m_search, QStringLiteral("journalSearch"), tr("Search the journal"),
         tr("Finds words in everything you can see here (Ctrl+F). Matches are shown in bold."));
    m_search->setPlaceholderText(tr("Search what you wrote…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::tinted(QStringLiteral("search"), QPalette::PlaceholderText), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(300);
    top->addWidget(m_search);
    m_viewer = new QComboBox(this);
    name(m_viewer, QStringLiteral("journalViewer"), tr("Whose view"),
         tr("Private answers are shown only in their writer's own view."));
    top->addWidget(m_viewer);
    layout->addLayout(top);

    auto* body = new QHBoxLayout();
    body->setSpacing(18);
    m_left = new QStackedWidget(this);
    m_left->setFixedWidth(340);
    m_model = new SessionListModel(this);
    m_list = new QListView(m_left);
    name(m_list, QStringLiteral("sessionList"), tr("Past repairs"),
         tr("Every repair, newest first. Choose one to read it."));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    m_results = new QTextBrowser(m_left);
    name(m_results, QStringLiteral("searchResults"), tr("Search results"),
         tr("Each result links to the repair it comes from."));
    m_results->setOpenLinks(false);
    m_left->addWidget(m_list);
    m_left->addWidget(m_results);
    body->addWidget(m_left);

    auto* right = new QVBoxLayout();
    m_empty = makeLabel(tr("Nothing here yet. When you start a repair, what you write is kept here, on this "
                           "computer only."),
                        "muted", this);
    m_empty->setObjectName(QStringLiteral("journalEmpty"));
    right->addWidget(m_empty);
    m_record = new QTextBrowser(this);
    name(m_record, QStringLiteral("sessionRecord"), tr("The record of this repair"),
         tr("Everything written in this repair, by step and by person."));
    m_record->setOpenLinks(false);
    right->addWidget(m_record, 1);
    body->addLayout(right, 1);
    layout->addLayout(body, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &JournalScreen::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay->start(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        if (index.isValid())
            openSession(index.data(SessionListModel::SessionIdRole).toString());
    });
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) { openSession(url.path()); });
    connect(m_viewer, &QComboBox::currentIndexChanged, this, &JournalScreen::onViewerChosen);
    QPushButton* exportButton =
        makeButton(tr("Export…"), QStringLiteral("journalExport"), this, "quiet", QStringLiteral("folder"),
                   tr("Saves the journal as this view shows it, as a JSON file. Private answers of others stay out."));
    top->addWidget(exportButton);
    connect(exportButton, &QPushButton::clicked, this, &JournalScreen::chooseExportFile);
    m_curtain = new PrivacyCurtain(this);
    connect(m_curtain, &PrivacyCurtain::confirmed, this, [this] {
        m_viewerShown = m_viewer->currentIndex();
        this->app()->setAtKeyboard(ss(m_viewer->currentData().toString()));
        showRecord();
        if (!m_search->text().trimmed().isEmpty())
            runSearch();
    });
    connect(m_curtain, &PrivacyCurtain::cancelled, this, [this] {
        const QSignalBlocker block(m_viewer);
        m_viewer->setCurrentIndex(m_viewerShown);
        showRecord();
        if (!m_search->text().trimmed().isEmpty())
            runSearch();
    });
    connect(app, &AppContext::profileChanged, this, &JournalScreen::reload);
}

void JournalScreen::activated()
{
    reload();
}

QWidget* JournalScreen::initialFocus() const
{
    return m_model->rowCount() > 0 ? static_cast<QWidget*>(m_list) : m_search;
}

void JournalScreen::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString JournalScreen::recordHtml() const
{
    return m_record->toHtml();
}
QString JournalScreen::resultsHtml() const
{
    return m_results->toHtml();
}

void JournalScreen::reload()
{
    const Profile& profile = app()->profile();
    {
        const QSignalBlocker block(m_viewer);
        const int previous = m_viewer->currentIndex();
        m_viewer->clear();
        m_viewer->addItem(tr("Shared answers only"), QString());
        for (const PartnerInfo& p : profile.partners)
            m_viewer->addItem(tr("%1's own view").arg(p.name), qs(p.id));
        // Someone's own view stays only while they are the one at the keyboard.
        const bool keep = previous > 0 && previous < m_viewer->count() &&
                          ss(m_viewer->itemData(previous).toString()) == app()->atKeyboard();
        m_viewer->setCurrentIndex(keep ? previous : 0);
        m_viewerShown = m_viewer->currentIndex();
    }
    m_model->reload(app()->journal(), profile.coupleId);
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_record->setVisible(any);
    if (any && m_sessionId.isEmpty())
        m_list->setCurrentIndex(m_model->index(0));
    else
        showRecord();
}

void JournalScreen::openSession(const QString& sessionId)
{
    m_sessionId = sessionId;
    showRecord();
}

void JournalScreen::showRecord()
{
    JournalService* journal = app()->journal();
    if (!journal || m_sessionId.isEmpty()) {
        m_record->clear();
        return;
    }
    const auto session = journal->session(ss(m_sessionId));
    if (!session) {
        m_record->clear();
        return;
    }
    const QString viewerId = m_viewer->currentData().toString();
    const journal::Viewer viewer =
        viewerId.isEmpty() ? journal::Viewer::sharedOnly() : journal::Viewer::partner(ss(viewerId));
    const auto entries = journal->entries(session->id, viewer);
    const content::Program* program = nullptr;
    std::shared_ptr<const content::Program> holder;
    if (app()->library()) {
        holder = app()->library()->programPreferring(session->programId, app()->options().locale);
        program = holder.get();
    }
    m_record->setHtml(formatRecord(readerFor(*app()), *session, entries, program));
    m_record->setVisible(true);
    m_empty->setVisible(false);
}

void JournalScreen::runSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_left->setCurrentWidget(m_list);
        return;
    }
    JournalService* journal = app()->journal();
    m_left->setCurrentWidget(m_results);
    if (!journal) {
        m_results->setHtml(tr("<p>The journal is not open.</p>"));
        return;
    }
    journal::SearchQuery query;
    query.text = ss(text);
    const QString viewerId = m_viewer->currentData().toString();
    query.viewer = viewerId.isEmpty() ? journal::Viewer::sharedOnly() : journal::Viewer::partner(ss(viewerId));
    const auto hits = journal->search(query);
    // Each result through the core's reader: the step and card by their titles, the words found without the ids
    // and kinds a payload also holds.
    const reading::Reader reader = readerFor(*app());
    std::map<std::string, std::shared_ptr<const content::Program>> programs;
    QString html = hits.size() == 1 ? tr("<p>1 result</p>") : tr("<p>%1 results</p>").arg(hits.size());
    for (const journal::SearchHit& hit : hits) {
        auto& program = programs[hit.sessionId];
        if (!program)
            if (const auto session = journal->session(hit.sessionId))
                program = reader.program(session->programId);
        html += QStringLiteral("<p><a href=\"tend:%1\">%2</a><br><small>%3 · %4 · %5</small><br>%6</p>")
                    .arg(qs(hit.sessionId), qs(reader.when(hit.createdAt)).toHtmlEscaped(),
                         qs(reader.name(hit.partnerId)).toHtmlEscaped(),
                         qs(reader.stepTitle(program.get(), hit.step)).toHtmlEscaped(),
                         qs(reader.cardTitle(program.get(), hit.card)).toHtmlEscaped(),
                         highlightSnippet(reader.snippet(program.get(), hit.card, hit.snippet)));
    }
    if (hits.empty())
        html += tr("<p>Nothing matches “%1”.</p>").arg(text.toHtmlEscaped());
    m_results->setHtml(html);
}

} // namespace tend::ui
