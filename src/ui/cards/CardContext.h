#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <string>

#include "tend/engine/Answer.h"

class QPlainTextEdit;
class QWidget;
namespace tend::regulation {
struct RegulationContent;
}

namespace tend::ui {

/// One person as the cards show them: an id the engine and journal know, a name, a colour id.
struct PartnerInfo {
    std::string id;
    QString name;
    QString colour;
};

/// What a card needs to know beyond its own content. Plain data so cards never depend on the engine.
struct CardContext {
    bool together = false;       ///< a together step: both partners at the screen, shared answers
    PartnerInfo writer;          ///< who is writing now (each steps, or the current writer together)
    QList<PartnerInfo> partners; ///< everyone in this session, in order
    /// The practices library as the regulation widgets read it (patterns, practices, texts, ideas); null: no
    /// patterns or practices, built-in texts (a card says what is missing rather than failing).
    const tend::regulation::RegulationContent* regulationContent = nullptr;
    /// For an "after" check-in: this person's latest "before" check-in answer, to show the change (else null).
    engine::Answer earlierCheckin;
    bool privacyAllowed = false; ///< the card may be kept private by its writer
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTime(); };
    /// Makes the language coach's side note for a writing area (ui/widgets/CoachNote.h); empty when there is no
    /// coach. Cards call it only where their content asks for the coach (`"coach": true`).
    std::function<QWidget*(QPlainTextEdit* editor, QWidget* parent)> coachNote;
    /// A timed practice ended (hug timer, breathing): the sound and the window's call for attention
    /// (ui/app/TimerEndCue.h); empty: the card's own visible "time is up" only.
    std::function<void(QWidget* card)> timerEnded;

    /// The partner with `id`, or a blank one.
    PartnerInfo partner(const std::string& id) const
    {
        for (const PartnerInfo& p : partners) {
            if (p.id == id)
                return p;
        }
        return {id, QString::fromStdString(id), QString()};
    }
};

} // namespace tend::ui
