#pragma once

#include "ui/screens/Screen.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tend::ui {

/// What the window shows when the journal could not be opened: damaged, written by a newer Tend, held by another
/// Tend (the command line), or unreadable. The same sentence and the same choices as the command line — restore
/// the newest backup, save what can still be read, try again, quit — and never set-up over an existing journal.
class JournalStateScreen : public Screen {
    Q_OBJECT
public:
    JournalStateScreen(AppContext* app, QWidget* parent = nullptr);
    QString title() const override { return tr("Your journal"); }
    void activated() override;
    QWidget* initialFocus() const override;

    /// Where "Save what can be read" writes; empty asks with a file dialog (tests set a path).
    void setSalvageFile(const QString& file) { m_salvageFile = file; }

Q_SIGNALS:
    /// The journal is open now (after a retry or a restore): the window goes on as at startup.
    void journalOpened();

private:
    void refresh();
    void restore();
    void salvage();
    void retry();

    QLabel* m_heading;
    QLabel* m_message;
    QLabel* m_advice;
    QLabel* m_result;
    QPushButton* m_restore;
    QPushButton* m_salvage;
    QPushButton* m_retry;
    QPushButton* m_quit;
    QString m_salvageFile;
};

} // namespace tend::ui
