#pragma once

#include <QWidget>

class QLabel;

namespace tend::ui {

/// The quiet line under a writing area: nothing while typing, "Saving…" while the journal writes,
/// "Saved" only once the journal's writer reports the commit, or a plain sentence if it failed.
class SavedIndicator : public QWidget {
    Q_OBJECT
public:
    enum class State { Idle, Editing, Saving, Saved, Failed, NotStored };
    explicit SavedIndicator(QWidget* parent = nullptr);

    void setState(State state, const QString& detail = {});
    State state() const { return m_state; }
    QString text() const;

private:
    State m_state = State::Idle;
    QLabel* m_icon;
    QLabel* m_label;
};

} // namespace tend::ui
