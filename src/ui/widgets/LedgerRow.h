#pragma once

#include <QFrame>

#include "tend/modes/CommitmentLedger.h"

class QLabel;
class QPushButton;

namespace tend::ui {

class AppContext;

/// One commitment of the ledger: what was agreed, who took it on, when, and where it stands — in words,
/// never by colour alone. With `reviewable`, three answers to "did we keep this?": kept, not yet, let go.
class LedgerRow : public QFrame {
    Q_OBJECT
public:
    LedgerRow(const modes::LedgerItem& item, const AppContext* app, bool reviewable, QWidget* parent = nullptr);

    const modes::LedgerItem& item() const { return m_item; }
    /// Shows a review's result at once (the journal write follows).
    void showStatus(modes::LedgerStatus status);

    /// "not looked at yet", "kept", "not yet — still working on it", "let go", "to look at again".
    static QString statusWords(modes::LedgerStatus status);

Q_SIGNALS:
    /// A new answer; `before` is where it stood (a closed one must be reopened first).
    void reviewed(const QString& commitmentId, modes::LedgerStatus before, modes::LedgerStatus status);

private:
    void updateMeta();

    modes::LedgerItem m_item;
    const AppContext* m_app;
    QLabel* m_meta;
    QList<QPushButton*> m_answers;
};

} // namespace tend::ui
