#include "ui/screens/SafetyCheckScreen.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "tend/common/Log.h"
#include "tend/safety/HelpResources.h"
#include "tend/safety/SafetyCheck.h"
#include "ui/app/AppContext.h"
#include "ui/app/Settings.h"
#include "ui/cards/RegulationCards.h"
#include "ui/safety/CalmingOnly.h"
#include "ui/safety/HelpBlock.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/FocusRules.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

QString str(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? qs(it->get<std::string>()) : QString();
}

} // namespace

SafetyCheckScreen::SafetyCheckScreen(AppContext* app, QWidget* parent) : Screen(ScreenId::SafetyCheck, app, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_page = new ScrollPage(this, 680);
    m_column = m_page->column();
    m_column->setSpacing(16);
    layout->addWidget(m_page);
}

QString SafetyCheckScreen::title() const
{
    return tr("Private safety check");
}
QWidget* SafetyCheckScreen::initialFocus() const
{
    return m_focus;
}
bool SafetyCheckScreen::coversWindow() const
{
    if (m_stage != Stage::Route || m_routeIndex >= m_routeScreens.size())
        return false;
    return m_routeScreens[m_routeIndex].value("screen", nlohmann::json::object()).value("style", std::string()) ==
           "full-screen";
}

QString SafetyCheckScreen::currentQuestionId() const
{
    const auto& questions = app()->safetyCheck().questions();
    if (m_stage != Stage::Question || m_question < 0 || m_question >= int(questions.size()))
        return {};
    return str(questions[std::size_t(m_question)], "id");
}

QString SafetyCheckScreen::currentRouteId() const
{
    if (m_stage != Stage::Route || m_routeIndex >= m_routeScreens.size())
        return {};
    return str(m_routeScreens[m_routeIndex], "id");
}

QString SafetyCheckScreen::personName() const
{
    return m_people.value(m_person).name;
}

void SafetyCheckScreen::start(const QList<PartnerInfo>& people, ScreenId then)
{
    m_people = people;
    m_person = 0;
    m_then = then;
    if (m_people.isEmpty() || !app()->safetyCheck().isValid()) {
        Q_EMIT navigate(then);
        return;
    }
    show(Stage::Start);
}

void SafetyCheckScreen::show(Stage stage)
{
    const bool covered = coversWindow();
    m_stage = stage;
    rebuild();
    if (covered != coversWindow())
        Q_EMIT coverChanged(coversWindow());
    m_page->scrollToTop();
    if (isVisible())
        focus::give(m_focus, focus::firstIn(m_page));
}

void SafetyCheckScreen::rebuild()
{
    m_focus = nullptr;
    // The previous page's widgets leave the screen at once (deleted later), so nothing overlaps the new page.
    while (QLayoutItem* item = m_column->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        } else if (QLayout* inner = item->layout()) {
            while (QLayoutItem* child = inner->takeAt(0)) {
                if (child->widget()) {
                    child->widget()->hide();
                    child->widget()->deleteLater();
                }
                delete child;
            }
        }
        delete item;
    }
    switch (m_stage) {
    case Stage::Handover:
        buildHandover();
        break;
    case Stage::Start:
        buildStart();
        break;
    case Stage::Postponed:
        buildPostponed();
        break;
    case Stage::Question:
        buildQuestion();
        break;
    case Stage::Route:
        buildRoute();
        break;
    case Stage::AfterDismiss:
        buildAfterDismiss();
        break;
    case Stage::Practices:
        buildPractices();
        break;
    case Stage::Done:
        break;
    }
    m_column->addStretch(1);
}

void SafetyCheckScreen::buildHandover()
{
    QWidget* page = m_page->columnWidget();
    m_column->addSpacing(24);
    m_column->addWidget(makeLabel(tr("Thank you."), "display", page));
    m_column->addWidget(makeLabel(tr("Now it's %1's turn. Please pass the screen over; these answers are private "
                                     "too, and nobody else will see them.")
                                      .arg(personName()),
                                  "body", page));
    QPushButton* go = makeButton(tr("I'm %1 — begin").arg(personName()), QStringLiteral("safetyHandoverBegin"), page,
                                 "primary", QStringLiteral("next"));
    connect(go, &QPushButton::clicked, this, [this] { show(Stage::Start); });
    auto* row = new QHBoxLayout();
    row->addWidget(go);
    row->addStretch(1);
    m_column->addLayout(row);
    m_focus = go;
}

void SafetyCheckScreen::buildStart()
{
    const nlohmann::json& doc = app()->safetyCheck().document();
    const nlohmann::json start = doc.value("start", nlohmann::json::object());
    QWidget* page = m_page->columnWidget();
    QLabel* eyebrow = makeLabel(tr("PRIVATE  ·  FOR %1 ONLY").arg(personName().toUpper()), "eyebrow", page);
    eyebrow->setObjectName(QStringLiteral("safetyFor"));
    m_column->addWidget(eyebrow);
    m_column->addWidget(makeLabel(str(start, "title"), "title", page));
    // Nothing about earlier answers here: the person has not yet said they are alone with the screen.
    // A profile for one person reads no couple wording ("where your partner can't see the screen").
    const QString soloBody = app()->profile().solo ? str(start, "body_solo") : QString();
    m_column->addWidget(
        makeLabel(contentToHtml(soloBody.isEmpty() ? str(start, "body") : soloBody), "body", page, true));
    QLabel* privacy = makeLabel(str(doc, "privacy"), "note", page);
    privacy->setObjectName(QStringLiteral("safetyPrivacy"));
    m_column->addWidget(privacy);
    m_column->addWidget(makeLabel(str(doc, "disclaimer"), "small", page));
    m_column->addSpacing(6);
    m_column->addWidget(makeLabel(str(start, "alone_question"), "heading", page));
    // Answers wrap onto a second line rather than squeeze their words on a narrow window.
    auto* actions = new QWidget(page);
    auto* row = new FlowLayout(actions, 10);
    row->setContentsMargins(0, 0, 0, 0);
    if (start.contains("alone_options") && start["alone_options"].is_array()) {
        for (const auto& option : start["alone_options"]) {
            const std::string action = option.value("action", std::string());
            const bool begin = action == "begin";
            QPushButton* button = makeButton(str(option, "label"), QStringLiteral("safetyAlone-") + str(option, "id"),
                                             page, begin ? "primary" : nullptr);
            connect(button, &QPushButton::clicked, this, [this, begin] {
                if (begin) {
                    beginQuestions();
                } else {
                    personDone("postponed");
                    show(Stage::Postponed);
                }
            });
            row->addWidget(button);
            if (!m_focus)
                m_focus = button;
        }
    }
    m_column->addWidget(actions);
}

QString SafetyCheckScreen::carriedOverLine() const
{
    const std::string routeId = app()->safetyStatus(m_people.value(m_person).id).nextTimeRoute;
    if (routeId.empty())
        return {};
    for (const auto& route : app()->safetyCheck().document().value("routes", nlohmann::json::array())) {
        if (route.is_object() && route.value("id", std::string()) == routeId)
            return str(route.value("screen", nlohmann::json::object()), "next_time");
    }
    return {};
}

void SafetyCheckScreen::buildPostponed()
{
    const nlohmann::json start = app()->safetyCheck().document().value("start", nlohmann::json::object());
    QWidget* page = m_page->columnWidget();
    m_column->addWidget(makeLabel(tr("That's fine"), "title", page));
    m_column->addWidget(makeLabel(contentToHtml(str(start, "postponed_body")), "body", page, true));
    QPushButton* go =
        makeButton(tr("Continue"), QStringLiteral("safetyContinue"), page, "primary", QStringLiteral("next"));
    connect(go, &QPushButton::clicked, this, &SafetyCheckScreen::nextPerson);
    auto* row = new QHBoxLayout();
    row->addWidget(go);
    row->addStretch(1);
    m_column->addLayout(row);
    m_focus = go;
}

void SafetyCheckScreen::beginQuestions()
{
    m_answers.clear();
    m_asked.clear();
    m_immediate = nullptr;
    m_immediateShown = false;
    m_question = app()->safetyCheck().nextQuestion(-1, m_answers);
    if (m_question < 0)
        finishQuestions();
    else
        show(Stage::Question);
}

void SafetyCheckScreen::buildQuestion()
{
    const tend::safety::SafetyCheck& check = app()->safetyCheck();
    const nlohmann::json& q = check.questions()[std::size_t(m_question)];
    const std::string id = q.value("id", std::string());
    QWidget* page = m_page->columnWidget();

    int mainQuestions = 0;
    int number = 0;
    for (std::size_t i = 0; i < check.questions().size(); ++i) {
        if (check.questions()[i].contains("follow_up_of"))
            continue;
        ++mainQuestions;
        if (int(i) <= m_question)
            number = mainQuestions;
    }
    QLabel* progress =
        makeLabel(tr("PRIVATE  ·  %1  ·  QUESTION %2 OF %3").arg(personName().toUpper()).arg(number).arg(mainQuestions),
                  "eyebrow", page);
    progress->setObjectName(QStringLiteral("safetyProgress"));
    m_column->addWidget(progress);
    // A gentle line carried over from the last check (R3), for this person only, and only now that they have
    // said they are alone: above the first question, until it is answered.
    if (m_answers.empty() && m_question == check.nextQuestion(-1, {})) {
        if (const QString line = carriedOverLine(); !line.isEmpty()) {
            QLabel* carried = makeLabel(line, "warmNote", page);
            carried->setObjectName(QStringLiteral("safetyNextTime"));
            m_column->addWidget(carried);
        }
    }
    if (const QString intro = str(q, "intro"); !intro.isEmpty())
        m_column->addWidget(makeLabel(intro, "muted", page));
    QLabel* text = makeLabel(str(q, "text"), "title", page);
    text->setObjectName(QStringLiteral("safetyQuestion"));
    // Focus starts on the question itself, never on an answer: a stray Space must not say "yes, I'm in danger".
    text->setFocusPolicy(Qt::TabFocus);
    m_focus = text;
    m_column->addWidget(text);
    if (const QString help = str(q, "help"); !help.isEmpty())
        m_column->addWidget(makeLabel(help, "muted", page));

    const bool multiple = q.value("multiple", false);
    const nlohmann::json previous = m_answers.count(id) ? m_answers[id] : nlohmann::json(nullptr);
    auto* options = new QWidget(page);
    options->setObjectName(QStringLiteral("safetyOptions"));
    auto* optionLayout = new QVBoxLayout(options);
    optionLayout->setContentsMargins(0, 4, 0, 4);
    optionLayout->setSpacing(10);
    QList<Chip*> chips;
    for (const auto& option : q.value("options", nlohmann::json::array())) {
        const std::string optionId = option.value("id", std::string());
        auto* chip = new Chip(str(option, "label"), QStringLiteral("safetyOption-") + qs(optionId), options);
        chip->setProperty("optionId", qs(optionId));
        chip->setProperty("exclusive", option.value("exclusive", false));
        chip->setAccessibleDescription(str(q, "text"));
        chip->setProperty("align", QStringLiteral("left"));
        chip->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        bool was = previous.is_string() && previous.get<std::string>() == optionId;
        if (previous.is_array()) {
            for (const auto& v : previous)
                was = was || (v.is_string() && v.get<std::string>() == optionId);
        }
        chip->setChecked(was);
        optionLayout->addWidget(chip);
        chips << chip;
        focus::markNeverFirst(chip);
        if (!multiple) {
            chip->setCheckable(false);
            connect(chip, &QPushButton::clicked, this, [this, optionId] { answer(optionId); });
        } else {
            connect(chip, &QPushButton::toggled, this, [chips, chip](bool on) {
                if (!on)
                    return;
                // "None of these" clears the others, and any other clears it.
                const bool exclusive = chip->property("exclusive").toBool();
                for (Chip* other : chips) {
                    if (other != chip && (exclusive || other->property("exclusive").toBool()))
                        other->setChecked(false);
                }
            });
        }
    }
    m_column->addWidget(options);

    auto* row = new QHBoxLayout();
    row->setSpacing(10);
    QPushButton* back = makeButton(tr("Back"), QStringLiteral("safetyBack"), page, "quiet", QStringLiteral("back"),
                                   tr("The question before."));
    connect(back, &QPushButton::clicked, this, [this] { goBack(); });
    row->addWidget(back);
    row->addStretch(1);
    QPushButton* skip = makeButton(tr("Skip this question"), QStringLiteral("safetySkip"), page, "quiet", QString(),
                                   tr("Go on without answering. Nothing is recorded for this question."));
    connect(skip, &QPushButton::clicked, this, [this] { answer(nullptr); });
    row->addWidget(skip);
    if (multiple) {
        QPushButton* go =
            makeButton(tr("Continue"), QStringLiteral("safetyContinue"), page, "primary", QStringLiteral("next"));
        connect(go, &QPushButton::clicked, this, [this, chips] {
            nlohmann::json chosen = nlohmann::json::array();
            for (const Chip* chip : chips) {
                if (chip->isChecked())
                    chosen.push_back(ss(chip->property("optionId").toString()));
            }
            answer(chosen.empty() ? nlohmann::json(nullptr) : chosen);
        });
        row->addWidget(go);
    }
    m_column->addLayout(row);
    QLabel* privacy = makeLabel(str(check.document(), "privacy"), "small", page);
    privacy->setObjectName(QStringLiteral("safetyPrivacy"));
    m_column->addWidget(privacy);
}

bool SafetyCheckScreen::goBack()
{
    if (m_stage == Stage::Question) {
        if (m_asked.empty()) {
            show(Stage::Start);
        } else {
            m_question = m_asked.back();
            m_asked.pop_back();
            show(Stage::Question);
        }
        return true;
    }
    if (m_stage == Stage::Practices) {
        show(m_beforePractices);
        return true;
    }
    return false;
}

void SafetyCheckScreen::answer(const nlohmann::json& value)
{
    const std::string id = app()->safetyCheck().questions()[std::size_t(m_question)].value("id", std::string());
    if (value.is_null())
        m_answers.erase(id);
    else
        m_answers[id] = value;
    if (!m_immediateShown) {
        const nlohmann::json route = app()->safetyCheck().immediateRoute(m_answers);
        if (route.is_object()) {
            // Help comes before any further question.
            m_immediate = route;
            m_immediateShown = true;
            m_routes = {route};
            m_routeScreens = {route};
            m_routeIndex = 0;
            show(Stage::Route);
            return;
        }
    }
    advance();
}

void SafetyCheckScreen::advance()
{
    m_asked.push_back(m_question);
    const int next = app()->safetyCheck().nextQuestion(m_question, m_answers);
    if (next < 0) {
        finishQuestions();
        return;
    }
    m_question = next;
    show(Stage::Question);
}

void SafetyCheckScreen::finishQuestions()
{
    const tend::safety::SafetyCheck& check = app()->safetyCheck();
    m_routes = check.matchingRoutes(m_answers);
    std::vector<nlohmann::json> shown = tend::safety::SafetyCheck::shownRoutes(m_routes);
    // The immediate screen was already seen.
    if (m_immediate.is_object()) {
        const std::string id = m_immediate.value("id", std::string());
        shown.erase(std::remove_if(shown.begin(), shown.end(),
                                   [&id](const nlohmann::json& r) { return r.value("id", std::string()) == id; }),
                    shown.end());
    }
    personDone("done");
    m_routeScreens = shown;
    if (m_routeScreens.empty() && !m_immediate.is_object()) {
        nlohmann::json none = {{"id", "none"},
                               {"screen", check.document().value("no_route", nlohmann::json::object())}};
        none["screen"]["actions"] = nlohmann::json::array({{{"id", "continue"}, {"label", ""}, {"kind", "dismiss"}}});
        m_routeScreens = {none};
    }
    if (m_routeScreens.empty()) {
        nextPerson();
        return;
    }
    m_routeIndex = 0;
    m_immediate = nullptr;
    show(Stage::Route);
}

void SafetyCheckScreen::buildRoute()
{
    const nlohmann::json& route = m_routeScreens[m_routeIndex];
    const nlohmann::json screen = route.value("screen", nlohmann::json::object());
    const bool full = screen.value("style", std::string()) == "full-screen";
    QWidget* page = m_page->columnWidget();
    QLabel* heading = makeLabel(str(screen, "title"), full ? "display" : "title", page);
    heading->setObjectName(QStringLiteral("safetyRouteTitle"));
    m_column->addWidget(heading);
    m_column->addWidget(makeLabel(contentToHtml(str(screen, "body")), "body", page, true));

    std::vector<std::string> purposes;
    for (const auto& p : screen.value("resource_for", nlohmann::json::array())) {
        if (p.is_string())
            purposes.push_back(p.get<std::string>());
    }
    const bool anyHelp =
        screen.value("show_emergency_number", false) || !purposes.empty() || screen.value("show_directory", false);
    if (anyHelp) {
        HelpBlockOptions options;
        options.emergencyNumber = screen.value("show_emergency_number", false);
        options.allResources = false;
        options.purposes = purposes;
        options.directory = screen.value("show_directory", false);
        m_column->addWidget(makeHelpBlock(app()->helpResources(), app()->settings()->country(), options, page));
    }

    for (const auto& section : screen.value("sections", nlohmann::json::array())) {
        const QString sectionTitle = str(section, "title");
        QPushButton* toggle = makeButton(sectionTitle, QStringLiteral("section-") + str(section, "id"), page, "nav",
                                         QStringLiteral("chevron"), tr("Shows or hides this section."));
        toggle->setCheckable(true);
        QLabel* body = makeLabel(contentToHtml(str(section, "body")), "body", page, true);
        body->setContentsMargins(34, 0, 0, 8);
        body->setVisible(false);
        connect(toggle, &QPushButton::toggled, body, &QWidget::setVisible);
        m_column->addWidget(toggle);
        m_column->addWidget(body);
    }

    auto* actions = new QWidget(page);
    auto* row = new FlowLayout(actions, 10);
    row->setContentsMargins(0, 0, 0, 0);
    for (const auto& act : screen.value("actions", nlohmann::json::array())) {
        const std::string kind = act.value("kind", std::string());
        QString label = str(act, "label");
        if (label.isEmpty())
            label = tr("Continue");
        QPushButton* button = makeButton(label, QStringLiteral("safetyAction-") + str(act, "id"), page,
                                         kind == "dismiss" ? "primary" : nullptr,
                                         kind == "help-page"   ? QStringLiteral("phone")
                                         : kind == "practices" ? QStringLiteral("breath")
                                                               : QString());
        connect(button, &QPushButton::clicked, this, [this, act] { action(act); });
        row->addWidget(button);
        if (kind == "dismiss")
            m_focus = button;
    }
    m_column->addWidget(actions);
}

void SafetyCheckScreen::action(const nlohmann::json& act)
{
    const std::string kind = act.value("kind", std::string());
    if (kind == "dismiss") {
        const nlohmann::json& route = m_routeScreens[m_routeIndex];
        if (m_immediate.is_object() && route.value("id", std::string()) == m_immediate.value("id", std::string()) &&
            route.value("screen", nlohmann::json::object()).contains("after_dismiss")) {
            show(Stage::AfterDismiss);
            return;
        }
        nextRouteScreen();
    } else if (kind == "practices") {
        m_beforePractices = m_stage;
        show(Stage::Practices);
    } else if (kind == "help-page") {
        Q_EMIT navigate(ScreenId::Help);
    } else if (kind == "retake") {
        beginQuestions();
    }
}

void SafetyCheckScreen::nextRouteScreen()
{
    ++m_routeIndex;
    if (m_routeIndex < m_routeScreens.size())
        show(Stage::Route);
    else
        nextPerson();
}

void SafetyCheckScreen::buildAfterDismiss()
{
    const nlohmann::json after =
        m_immediate.value("screen", nlohmann::json::object()).value("after_dismiss", nlohmann::json::object());
    QWidget* page = m_page->columnWidget();
    m_column->addWidget(makeLabel(str(after, "title"), "title", page));
    m_column->addWidget(makeLabel(contentToHtml(str(after, "body")), "body", page, true));
    auto* actions = new QWidget(page);
    auto* row = new FlowLayout(actions, 10);
    row->setContentsMargins(0, 0, 0, 0);
    const bool more = app()->safetyCheck().nextQuestion(m_question, m_answers) >= 0;
    if (more) {
        QPushButton* carry = makeButton(tr("Carry on with the questions"), QStringLiteral("safetyCarryOn"), page,
                                        nullptr, QStringLiteral("next"));
        connect(carry, &QPushButton::clicked, this, &SafetyCheckScreen::advance);
        row->addWidget(carry);
    }
    QPushButton* finish = makeButton(tr("Finish for now"), QStringLiteral("safetyFinish"), page, "primary");
    connect(finish, &QPushButton::clicked, this, &SafetyCheckScreen::finishQuestions);
    row->addWidget(finish);
    m_column->addWidget(actions);
    m_focus = finish;
}

void SafetyCheckScreen::buildPractices()
{
    QWidget* page = m_page->columnWidget();
    m_column->addWidget(makeLabel(tr("Calming practices"), "title", page));
    CardContext context;
    context.regulationContent = &app()->regulationContent();
    context.writer = m_people.value(m_person);
    CardWidget* practice = new PracticeCard(
        safety::settlingPractices("safety-practice", {}, tr("Something small and steadying, whenever you want it.")),
        context, page);
    m_column->addWidget(practice);
    QPushButton* back =
        makeButton(tr("Back"), QStringLiteral("safetyPracticesBack"), page, nullptr, QStringLiteral("back"));
    connect(back, &QPushButton::clicked, this, [this] { show(m_beforePractices); });
    auto* row = new QHBoxLayout();
    row->addWidget(back);
    row->addStretch(1);
    m_column->addLayout(row);
    m_focus = practice->focusTarget() ? practice->focusTarget() : back;
}

void SafetyCheckScreen::personDone(const char* status)
{
    const tend::safety::SafetyCheck& check = app()->safetyCheck();
    const int recheck = check.document().value("recheck_days", 28);
    nlohmann::json effects = tend::safety::SafetyCheck::combinedEffects(m_routes, recheck);
    if (qstrcmp(status, "postponed") == 0) {
        effects = {{"joint", "locked"}, {"recheck_days", 0}};
        m_routes.clear();
    }
    nlohmann::json routeIds = nlohmann::json::array();
    for (const auto& route : m_routes)
        routeIds.push_back(route.value("id", std::string()));
    const QDateTime now = app()->now().toUTC();
    // Only the outcome is kept; the answers themselves are not stored.
    nlohmann::json record = {
        {"status", status},
        {"check", check.document().value("id", std::string())},
        {"version", check.document().value("version", std::string())},
        {"routes", routeIds},
        {"effects", effects},
        {"checked_at", ss(now.toString(Qt::ISODate))},
        {"next_at", ss(now.addDays(effects.value("recheck_days", recheck)).toString(Qt::ISODate))}};
    for (const auto& route : m_routes) {
        if (route.value("screen", nlohmann::json::object()).contains("next_time"))
            record["next_time"] = route.value("id", std::string());
    }
    app()->recordSafetyCheck(m_people.value(m_person).id, record);
}

void SafetyCheckScreen::nextPerson()
{
    ++m_person;
    m_routes.clear();
    m_routeScreens.clear();
    m_immediate = nullptr;
    if (m_person < m_people.size()) {
        show(Stage::Handover);
        return;
    }
    m_stage = Stage::Done;
    Q_EMIT coverChanged(false);
    Q_EMIT navigate(m_then);
}

} // namespace tend::ui
