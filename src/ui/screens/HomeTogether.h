#pragma once

#include <QFrame>
#include <QStringList>

class QVBoxLayout;

namespace tend::ui {

class AppContext;
class PrivacyCurtain;

/// Home's "Something happened?" row: step 1 of a repair on my own in one click (one button per person).
class QuickEntryCard : public QFrame {
    Q_OBJECT
public:
    QuickEntryCard(AppContext* app, QWidget* parent = nullptr);
    void refresh();

Q_SIGNALS:
    void startAlone(const QStringList& partnerIds, bool together);

private:
    AppContext* m_app;
    QVBoxLayout* m_layout;
};

/// Home's reflections written alone and not yet brought into a repair together, each with "bring it".
/// Someone else's reflection is opened only after the privacy curtain, since it holds their private answers.
class ReflectionsCard : public QFrame {
    Q_OBJECT
public:
    ReflectionsCard(AppContext* app, QWidget* curtainHost, QWidget* parent = nullptr);
    void refresh();

Q_SIGNALS:
    /// A reflection is now in the repair together: open it.
    void brought();

private:
    void openDialog(const QString& soloSessionId);
    PrivacyCurtain* curtain();

    AppContext* m_app;
    QVBoxLayout* m_layout;
    QWidget* m_curtainHost;
    PrivacyCurtain* m_curtain = nullptr;
    QString m_pendingSession;
    QString m_pendingPartner;
};

/// Home's commitments ledger: the open commitments (new, not yet, to look at again), due ones marked, with the
/// way to the full list. Hidden when there are none.
class LedgerCard : public QFrame {
    Q_OBJECT
public:
    LedgerCard(AppContext* app, QWidget* parent = nullptr);
    void refresh();

Q_SIGNALS:
    void showAll();

private:
    AppContext* m_app;
    QVBoxLayout* m_layout;
};

} // namespace tend::ui
