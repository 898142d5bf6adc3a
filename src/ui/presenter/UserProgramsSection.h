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

Q_SIGNALS:
    void reloaded();

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
