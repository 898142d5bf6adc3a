#pragma once

#include <QDate>
#include <QStringList>

#include <vector>

#include "ui/screens/Screen.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QHBoxLayout;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace tend::ui {

class PrivacyCurtain;
class SessionListModel;

/// The journal: every repair (newest first, loaded a page at a time), one repair's full record by
/// step and partner, and search with highlighted snippets. Private answers appear only in their
/// writer's own view.
class JournalScreen : public Screen {
    Q_OBJECT
public:
    JournalScreen(AppContext* app, QWidget* parent = nullptr);
    QString title() const override { return tr("Journal"); }
    void activated() override;
    void aboutToShow() override;
    QWidget* initialFocus() const override;
    void focusSearch();

    /// Shows one session's record on the right. With `entryId`, the record is scrolled to that entry and the
    /// first of `words` in it (the words a search result matched, as written) is marked and holds the caret.
    void openSession(const QString& sessionId, const QString& entryId = {}, const QStringList& words = {});
    /// Opens search result number `index` (0 = the first) as activating its link does.
    void openResult(int index);
    /// The open repair's title field (its own title; the default from the first words as placeholder).
    QLineEdit* titleField() const { return m_title; }
    /// Saves what the title field holds as the open repair's title (empty: the default comes back).
    void saveTitle();
    /// The words marked in the record (empty when none): what the last opened search result matched.
    QString markedText() const;
    QString recordHtml() const;
    QString resultsHtml() const;
    SessionListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    void runSearch();
    /// Writes the journal as the current view may see it (JSON; other people's private answers are left out,
    /// engine state included). False with a sentence when it cannot.
    bool exportView(const QString& path, QString& error);
    /// What an export holds and how it reads.
    struct ExportChoice {
        enum class What { View, Repair, Range };
        enum class Format { Markdown, Json };
        What what = What::View;
        Format format = Format::Markdown;
        QDate from, to; ///< Range: repairs started on these local days, both included
    };
    /// Writes an export as the current view may see it (the same privacy rules as exportView): the whole view, the
    /// open repair, or the repairs started in a range of days; Markdown for reading or JSON. Sets
    /// lastExportMessage() to where the file went. False with a sentence when it cannot.
    bool exportTo(const QString& path, const ExportChoice& choice, QString& error);
    /// "Saved to …" after the last export, with the file's path.
    QString lastExportMessage() const { return m_lastExportMessage; }
    /// Where the save dialog starts: the person's Documents folder.
    static QString exportFolder();
    /// The months that have repairs, newest first, as "yyyy-MM" (local time), as the month list shows them.
    QStringList months() const;
    /// Shows the newest repair of a month ("yyyy-MM") in the list (reading more pages as needed) and opens it.
    bool jumpToMonth(const QString& yearMonth);
    PrivacyCurtain* curtain() const { return m_curtain; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fitMonths();
    void fitActions();
    void reload();
    void showRecord();
    void markMatch();
    struct Viewer;
    int viewerIndex() const;

    SessionListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_viewer;
    QStackedWidget* m_left;
    QListView* m_list;
    QTextBrowser* m_results;
    QTextBrowser* m_record;
    QListWidget* m_months;
    QHBoxLayout* m_topRow = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_reportButton = nullptr;
    bool m_hasMonths = false;
    QString m_lastExportMessage;
    void fillMonths();
    bool askExportChoice(ExportChoice& choice);
    QLineEdit* m_title;
    QString m_titleShown; // the own title the field was filled with
    QLabel* m_empty;
    QTimer* m_searchDelay;
    QString m_sessionId;
    QString m_focusEntry;     // the entry a search result opened
    QStringList m_focusWords; // the words it matched, as written
    struct SearchHit {
        QString sessionId, entryId;
        QStringList words;
    };
    std::vector<SearchHit> m_resultList;
    // Together (JournalTogether.cpp): another person's own view opens only behind the privacy curtain.
    void onViewerChosen();
    void chooseExportFile();
    PrivacyCurtain* m_curtain = nullptr;
    int m_viewerShown = 0;
};

} // namespace tend::ui
