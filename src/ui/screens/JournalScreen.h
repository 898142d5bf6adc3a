#pragma once

#include "ui/screens/Screen.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
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
    QWidget* initialFocus() const override;
    void focusSearch();

    /// Shows one session's record on the right.
    void openSession(const QString& sessionId);
    QString recordHtml() const;
    QString resultsHtml() const;
    SessionListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    void runSearch();
    /// Writes the journal as the current view may see it (JSON; other people's private answers are left out,
    /// engine state included). False with a sentence when it cannot.
    bool exportView(const QString& path, QString& error);
    PrivacyCurtain* curtain() const { return m_curtain; }

private:
    void reload();
    void showRecord();
    struct Viewer;
    int viewerIndex() const;

    SessionListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_viewer;
    QStackedWidget* m_left;
    QListView* m_list;
    QTextBrowser* m_results;
    QTextBrowser* m_record;
    QLabel* m_empty;
    QTimer* m_searchDelay;
    QString m_sessionId;
    // Together (JournalTogether.cpp): another person's own view opens only behind the privacy curtain.
    void onViewerChosen();
    void chooseExportFile();
    PrivacyCurtain* m_curtain = nullptr;
    int m_viewerShown = 0;
};

} // namespace tend::ui
