#pragma once

#include <QList>

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ui/screens/Screen.h"

class QVBoxLayout;

namespace tend::ui {

class ScrollPage;

/// The private safety check, one person at a time, from content/safety/safety-check.<locale>.json
/// (docs/safety-format.md): the opening screen and "are you on your own?", one question per screen,
/// follow-ups by their guards, then the screens of the routes that apply (R1 at once, full window).
/// Only the outcome is stored, for that person alone; nothing is shown to the partner.
class SafetyCheckScreen : public Screen {
    Q_OBJECT
public:
    enum class Stage { Handover, Start, Postponed, Question, Route, AfterDismiss, Practices, Done };

    SafetyCheckScreen(AppContext* app, QWidget* parent = nullptr);
    QString title() const override;
    QWidget* initialFocus() const override;
    bool goBack() override;

    /// Runs the check for each of `people` in turn, then shows `then`.
    void start(const QList<PartnerInfo>& people, ScreenId then);
    /// True while a full-window crisis screen is shown (the window hides everything else).
    bool coversWindow() const;

    Stage stage() const { return m_stage; }
    QString currentQuestionId() const;
    QString currentRouteId() const;

Q_SIGNALS:
    void coverChanged(bool covers);

private:
    void show(Stage stage);
    void rebuild();
    void buildHandover();
    void buildStart();
    void buildPostponed();
    void buildQuestion();
    void buildRoute();
    void buildAfterDismiss();
    void buildPractices();
    void beginQuestions();
    void answer(const nlohmann::json& value);
    void advance();
    void finishQuestions();
    void nextRouteScreen();
    void action(const nlohmann::json& action);
    void personDone(const char* status);
    void nextPerson();
    QString personName() const;
    QString carriedOverLine() const; ///< the last check's `next_time` line for this person, or empty

    ScrollPage* m_page;
    QVBoxLayout* m_column;
    QWidget* m_focus = nullptr;
    QList<PartnerInfo> m_people;
    int m_person = 0;
    ScreenId m_then = ScreenId::Home;
    Stage m_stage = Stage::Done;
    std::map<std::string, nlohmann::json> m_answers;
    std::vector<int> m_asked; ///< indexes of questions shown, for Back
    int m_question = -1;
    std::vector<nlohmann::json> m_routeScreens;
    std::vector<nlohmann::json> m_routes;
    std::size_t m_routeIndex = 0;
    nlohmann::json m_immediate;
    bool m_immediateShown = false;
    Stage m_beforePractices = Stage::Route;
};

} // namespace tend::ui
