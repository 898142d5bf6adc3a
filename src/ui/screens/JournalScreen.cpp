#include "ui/screens/JournalScreen.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

#include "tend/content/ContentLibrary.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/screens/RecordFormatter.h"
#include "ui/screens/ReportDialog.h"
#include "ui/screens/SessionListModel.h"
#include "ui/theme/Icons.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/PrivacyCurtain.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

namespace {

// Item heights measured at the width the list really has: QListView asks for a size hint without a width, so the
// style measured each entry as one long line, and the wrapped German ones were cut off with "…".
class WrapToWidthDelegate final : public QStyledItemDelegate {
public:
    explicit WrapToWidthDelegate(QListView* list) : QStyledItemDelegate(list), m_list(list) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem measured = option;
        // The list's spacing on both sides and the style sheet's item padding (10 px each side, Theme.cpp).
        const int width = m_list->viewport()->width() - 2 * m_list->spacing() - 2 * 10;
        measured.rect = QRect(0, 0, std::max(width, 40), option.rect.height() > 0 ? option.rect.height() : 1);
        return QStyledItemDelegate::sizeHint(measured, index);
    }

private:
    QListView* m_list;
};

} // namespace

JournalScreen::JournalScreen(AppContext* app, QWidget* parent) : Screen(ScreenId::Journal, app, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(14);

    auto* top = new QHBoxLayout();
    m_topRow = top;
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
    // Room for a few words, less on a narrow window at the largest text (it was a fixed 300 px).
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 16);
    top->addWidget(m_search);
    m_viewer = new QComboBox(this);
    // Its choices are sentences ("Everything, including the private answers"), longer still in German: the box may
    // show the start of one, and the list opens them whole.
    m_viewer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_viewer->setMinimumContentsLength(14);
    name(m_viewer, QStringLiteral("journalViewer"), tr("Whose view"),
         tr("Private answers are shown only in their writer's own view."));
    top->addWidget(m_viewer);
    layout->addLayout(top);

    auto* body = new QHBoxLayout();
    body->setSpacing(18);
    // Browse by month: each month with repairs, newest first; choosing one shows its newest repair.
    m_months = new QListWidget(this);
    name(m_months, QStringLiteral("journalMonths"), tr("Months"),
         tr("Each month with repairs. Choose one to jump to its newest repair."));
    m_months->setFixedWidth(170);
    m_months->setWordWrap(true);
    m_months->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    body->addWidget(m_months);
    connect(m_months, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { jumpToMonth(item->data(Qt::UserRole).toString()); });
    connect(m_months, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { jumpToMonth(item->data(Qt::UserRole).toString()); });
    m_left = new QStackedWidget(this);
    // As wide as 340 px where there is room, narrower on a small window rather than pushing it wider.
    m_left->setMinimumWidth(m_left->fontMetrics().averageCharWidth() * 24);
    m_left->setMaximumWidth(340);
    m_model = new SessionListModel(this);
    // A row's title: the repair's own, else the first words written that everyone may see (a list shown in any view
    // never carries a private answer's words).
    m_model->setTitleMaker([this](const journal::Session& s) {
        JournalService* journal = this->app()->journal();
        if (!journal)
            return QString();
        const reading::Reader reader = readerFor(*this->app());
        const auto program = reader.program(s.programId);
        return qs(reader.sessionTitle(s, program.get(), journal->entries(s.id, journal::Viewer::sharedOnly())));
    });
    m_list = new QListView(m_left);
    name(m_list, QStringLiteral("sessionList"), tr("Past repairs"),
         tr("Every repair, newest first. Choose one to read it."));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    // Each entry wraps to the list's width: a sideways scroll bar hid the ends of longer words (German, 800 px).
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setItemDelegate(new WrapToWidthDelegate(m_list));
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
    m_title = new QLineEdit(this);
    name(m_title, QStringLiteral("recordTitle"), tr("Title of this repair"),
         tr("Give this repair a title of your own (Enter keeps it). Left empty, its first words are its title. Both "
            "of you see the title."));
    m_title->setClearButtonEnabled(true);
    m_title->setMaxLength(120);
    m_title->setVisible(false);
    connect(m_title, &QLineEdit::editingFinished, this, &JournalScreen::saveTitle);
    right->addWidget(m_title);
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
    // A result opens its repair scrolled to the entry, with the words found marked (mouse, or Tab and Enter).
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (ok)
            openResult(index);
    });
    connect(m_viewer, &QComboBox::currentIndexChanged, this, &JournalScreen::onViewerChosen);
    m_exportButton =
        makeButton(tr("Export…"), QStringLiteral("journalExport"), this, "quiet", QStringLiteral("folder"),
                   tr("Saves this view, the open repair or the repairs of some days, as Markdown for reading or as "
                      "JSON. Private answers of others stay out."));
    top->addWidget(m_exportButton);
    connect(m_exportButton, &QPushButton::clicked, this, &JournalScreen::chooseExportFile);
    m_reportButton =
        makeButton(tr("Report…"), QStringLiteral("journalReport"), this, "quiet", QStringLiteral("journal"),
                   tr("A PDF for your therapist, with what each of you agrees to share. Private answers and the "
                      "safety check are never in it."));
    top->addWidget(m_reportButton);
    for (QPushButton* button : {m_exportButton, m_reportButton})
        button->setProperty("fullText", button->text());
    connect(m_reportButton, &QPushButton::clicked, this, [this] {
        ReportDialog dialog(this->app(), this);
        dialog.exec();
    });
    // Reading order: the top row (search, view, Export, Report), then the months, the repairs, the title, the record.
    const QList<QWidget*> order{m_search, m_viewer,  m_exportButton, m_reportButton, m_months,
                                m_list,   m_results, m_title,        m_record};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    m_curtain = new PrivacyCurtain(this);
    connect(m_curtain, &PrivacyCurtain::confirmed, this, [this] {
        m_viewerShown = m_viewer->currentIndex();
        this->app()->setAtKeyboard(ss(m_viewer->currentData().toString()));
        m_model->reload(this->app()->journal(), this->app()->profile().coupleId);
        showRecord();
        if (!m_search->text().trimmed().isEmpty())
            runSearch();
    });
    connect(m_curtain, &PrivacyCurtain::cancelled, this, [this] {
        const QSignalBlocker block(m_viewer);
        m_viewer->setCurrentIndex(m_viewerShown);
        m_model->reload(this->app()->journal(), this->app()->profile().coupleId);
        showRecord();
        if (!m_search->text().trimmed().isEmpty())
            runSearch();
    });
    connect(app, &AppContext::profileChanged, this, &JournalScreen::reload);
    // Before the first show: shown with labels too long for the screen, the page would grow the window for good.
    fitActions();
}

void JournalScreen::aboutToShow()
{
    fitActions();
}

void JournalScreen::activated()
{
    fitActions();
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
    fillMonths();
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_record->setVisible(any);
    if (!any)
        m_title->setVisible(false);
    if (any && m_sessionId.isEmpty())
        m_list->setCurrentIndex(m_model->index(0));
    else
        showRecord();
}

namespace {
QString monthOf(const std::string& startedAt)
{
    return QDateTime::fromString(qs(startedAt), Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM"));
}
} // namespace

void JournalScreen::fillMonths()
{
    m_months->clear();
    JournalService* journal = app()->journal();
    if (!journal)
        return;
    std::vector<std::pair<QString, int>> counts; // newest first, as the sessions come
    for (const journal::SessionSummary& row : journal->sessions(app()->profile().coupleId)) {
        const QString month = monthOf(row.session.startedAt);
        auto found = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == month; });
        if (found == counts.end())
            counts.emplace_back(month, 1);
        else
            ++found->second;
    }
    for (const auto& [month, count] : counts) {
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        const QString label = QLocale().toString(first, monthPattern());
        auto* item = new QListWidgetItem(
            count == 1 ? tr("%1\n1 repair").arg(label) : tr("%1\n%2 repairs").arg(label).arg(count), m_months);
        item->setData(Qt::UserRole, month);
    }
    m_hasMonths = m_months->count() > 0;
    fitMonths();
}

QStringList JournalScreen::months() const
{
    QStringList out;
    for (int i = 0; i < m_months->count(); ++i)
        out << m_months->item(i)->data(Qt::UserRole).toString();
    return out;
}

bool JournalScreen::jumpToMonth(const QString& yearMonth)
{
    // Sessions come newest first: the month's newest is the first row of it, read page by page until it appears.
    for (int row = 0;; ++row) {
        if (row >= m_model->rowCount()) {
            if (!m_model->canFetchMore({}))
                return false;
            m_model->fetchMore({});
            if (row >= m_model->rowCount())
                return false;
        }
        const QModelIndex index = m_model->index(row);
        if (monthOf(m_model->startedAt(row)) != yearMonth)
            continue;
        m_search->clear();
        m_left->setCurrentWidget(m_list);
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index, QAbstractItemView::PositionAtTop);
        return true;
    }
}

void JournalScreen::openSession(const QString& sessionId, const QString& entryId, const QStringList& words)
{
    m_sessionId = sessionId;
    m_focusEntry = entryId;
    m_focusWords = words;
    showRecord();
}

void JournalScreen::saveTitle()
{
    JournalService* journal = app()->journal();
    const QString text = m_title->text().trimmed();
    if (!journal || m_sessionId.isEmpty() || text == m_titleShown)
        return;
    m_titleShown = text;
    const QString id = m_sessionId;
    journal->setSessionTitle(ss(id), ss(text), [this, id](bool ok, const QString&) {
        if (ok)
            m_model->refreshTitle(id);
    });
}

void JournalScreen::openResult(int index)
{
    if (index < 0 || index >= int(m_resultList.size()))
        return;
    const SearchHit& result = m_resultList[std::size_t(index)];
    openSession(result.sessionId, result.entryId, result.words);
    m_record->setFocus(Qt::OtherFocusReason);
}

QString JournalScreen::markedText() const
{
    const auto marks = m_record->extraSelections();
    return marks.isEmpty() ? QString() : marks.front().cursor.selectedText();
}

// Scrolls the record to the entry a search result named and marks the first word found there; the caret sits on
// it, so the keyboard reads on from the match.
void JournalScreen::markMatch()
{
    m_record->setExtraSelections({});
    if (m_focusEntry.isEmpty())
        return;
    QTextDocument* doc = m_record->document();
    const QString anchor = entryAnchor(m_focusEntry);
    int start = -1;
    for (QTextBlock block = doc->begin(); block.isValid() && start < 0; block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorNames().contains(anchor)) {
                start = it.fragment().position();
                break;
            }
    if (start < 0)
        return;
    // The entry ends where the next one begins.
    int end = doc->characterCount();
    for (QTextBlock block = doc->findBlock(start).next(); block.isValid() && end == doc->characterCount();
         block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (!it.fragment().charFormat().anchorNames().isEmpty()) {
                end = it.fragment().position();
                break;
            }
    QTextCursor found;
    for (const QString& word : m_focusWords) {
        const QTextCursor at = doc->find(word, start, QTextDocument::FindWholeWords);
        if (!at.isNull() && at.selectionStart() < end &&
            (found.isNull() || at.selectionStart() < found.selectionStart()))
            found = at;
    }
    if (found.isNull()) { // the words read differently here (an option's label): mark the entry's title
        found = QTextCursor(doc);
        found.setPosition(start);
        found.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    }
    QTextEdit::ExtraSelection mark;
    mark.cursor = found;
    mark.format.setBackground(m_record->palette().color(QPalette::Highlight));
    mark.format.setForeground(m_record->palette().color(QPalette::HighlightedText));
    m_record->setExtraSelections({mark});
    QTextCursor caret = found;
    caret.setPosition(found.selectionStart());
    // The entry's title at the top where it fits, and the match in view in any case.
    m_record->scrollToAnchor(anchor);
    m_record->setTextCursor(caret);
    m_record->ensureCursorVisible();
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
        m_title->setVisible(false);
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
    {
        const QSignalBlocker block(m_title);
        m_titleShown = qs(session->title.value_or(std::string()));
        m_title->setText(m_titleShown);
        journal::Session untitled = *session;
        untitled.title.reset();
        // The default as the list shows it: from shared answers only, whoever's view this is.
        m_title->setPlaceholderText(qs(readerFor(*app()).sessionTitle(
            untitled, program, journal->entries(session->id, journal::Viewer::sharedOnly()))));
        m_title->setVisible(true);
    }
    m_record->setHtml(formatRecord(readerFor(*app()), *session, entries, program));
    m_record->setVisible(true);
    m_empty->setVisible(false);
    markMatch();
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
    m_resultList.clear();
    for (const journal::SearchHit& hit : hits) {
        m_resultList.push_back({qs(hit.sessionId), qs(hit.entryId), matchedWords(hit.snippet)});
        auto& program = programs[hit.sessionId];
        if (!program)
            if (const auto session = journal->session(hit.sessionId))
                program = reader.program(session->programId);
        html += QStringLiteral("<p><a href=\"tend:%1\">%2</a><br><small>%3 · %4 · %5</small><br>%6</p>")
                    .arg(QString::number(m_resultList.size() - 1), qs(reader.when(hit.createdAt)).toHtmlEscaped(),
                         qs(reader.name(hit.partnerId)).toHtmlEscaped(),
                         qs(reader.stepTitle(program.get(), hit.step)).toHtmlEscaped(),
                         qs(reader.cardTitle(program.get(), hit.card)).toHtmlEscaped(),
                         highlightSnippet(reader.snippet(program.get(), hit.card, hit.snippet)));
    }
    if (hits.empty())
        html += tr("<p>Nothing matches “%1”.</p>").arg(text.toHtmlEscaped());
    m_results->setHtml(html);
}

void JournalScreen::resizeEvent(QResizeEvent* event)
{
    Screen::resizeEvent(event);
    fitMonths();
    fitActions();
}

// Before the page's layout asks the window for room: a window grown for full labels would not shrink again.
void JournalScreen::showEvent(QShowEvent* event)
{
    fitActions();
    Screen::showEvent(event);
}

void JournalScreen::changeEvent(QEvent* event)
{
    Screen::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_reportButton)
        fitActions();
}

void JournalScreen::fitMonths()
{
    // The month list is a shortcut: on a narrow window the repairs and the record need the room more, and the
    // list of repairs already runs newest first.
    // Measured on the window, which is already the size it will be when this screen is first shown.
    const int room = window() ? window()->width() : width();
    const int recordNeeds = fontMetrics().averageCharWidth() * 40;
    const int wanted = m_months->width() + 340 + recordNeeds + 64 + 36;
    m_months->setVisible(m_hasMonths && room >= wanted);
}

void JournalScreen::fitActions()
{
    // On a narrow screen at a large text size Export and Report show their icons only, as the header's quiet
    // buttons do; their names stay for screen readers and tooltips. Measured against the screen, not the window,
    // like the header: the top row must never be what makes the window wider than its screen.
    QWidget* top = window();
    const QScreen* where = screen();
    const int room = where && top && !top->isFullScreen() ? where->availableGeometry().width() : width();
    // Measured without trying the full labels on: a layout activated with them would grow the window at once.
    int needed = layout()->contentsMargins().left() + layout()->contentsMargins().right();
    for (int i = 0; i < m_topRow->count(); ++i) {
        QWidget* widget = m_topRow->itemAt(i)->widget();
        if (!widget || widget->isHidden())
            continue;
        int wants = std::max(widget->minimumWidth(), widget->minimumSizeHint().width());
        if (auto* button = qobject_cast<QPushButton*>(widget); button && button->text().isEmpty())
            wants = button->sizeHint().width() +
                    button->fontMetrics().horizontalAdvance(button->property("fullText").toString()) + 8;
        needed += wants + m_topRow->spacing();
    }
    const bool compact = needed > room;
    bool changed = false;
    for (QPushButton* button : {m_exportButton, m_reportButton}) {
        const QString text = button->property("fullText").toString();
        if (button->text() != (compact ? QString() : text)) {
            button->setText(compact ? QString() : text);
            changed = true;
        }
        button->setToolTip(compact ? text : QString());
        button->setAccessibleName(text);
    }
    // A hidden page's layout keeps the sizes it cached with the old labels (updateGeometry() does nothing while
    // hidden); showing it with those would grow the window for good.
    if (changed)
        layout()->invalidate();
}

} // namespace tend::ui
