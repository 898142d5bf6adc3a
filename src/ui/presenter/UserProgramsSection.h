#pragma once

#include <QFrame>

#include <memory>

class QLabel;
class QVBoxLayout;

namespace tend::modes {
class UserContent;
}

namespace tend::ui {

class AppContext;

/// Settings' "Your own programs" card: therapists drop program files into `<data folder>/content/programs`;
/// "Reload programs" scans the folder afresh, lists the programs that loaded and, for every file with
/// problems, the validator's messages instead of loading it. Scanning only reads (safe in demo mode).
class UserProgramsSection : public QFrame {
    Q_OBJECT
public:
    explicit UserProgramsSection(AppContext* app, QWidget* parent = nullptr);
    ~UserProgramsSection() override;

    /// Scans the folder again and shows the result.
    void reload();
    /// What is shown, for tests: one line per loaded program / per rejected file with its messages.
    QStringList loadedLines() const;
    QStringList rejectedLines() const;

    /// Whether a loaded program can be started from here now: everyone in the profile has taken the private check
    /// and nothing closes the program for anyone (the reason is never shown, as on Home).
    bool canStart() const;

    /// The line beside "Reload programs" after a scan that found files: how many loaded and how many have
    /// problems, worded for one and for several (no "(s)": English has no plural forms loaded).
    static QString summaryText(int loaded, int rejected);

Q_SIGNALS:
    void reloaded();
    /// "Start" on a loaded program: a new repair with that program, for everyone in the profile.
    void startRequested(const QString& programId);

private:
    AppContext* m_app;
    std::unique_ptr<modes::UserContent> m_content;
    QLabel* m_folder;
    QLabel* m_summary;
    QVBoxLayout* m_list;
    QStringList m_loaded;
    QStringList m_rejected;
};

} // namespace tend::ui
