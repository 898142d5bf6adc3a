#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include <QWidget>

#include "tend/engine/Session.h"
#include "ui/app/SessionController.h"
#include "ui/app/Settings.h"
#include "ui/screens/SessionScreen.h"

namespace tend::test {

std::filesystem::path contentDir()
{
    return std::filesystem::path(TEND_SOURCE_DIR) / "content";
}

std::filesystem::path copyOfContent(const QTemporaryDir& dir)
{
    REQUIRE(dir.isValid());
    const std::filesystem::path content = std::filesystem::path(dir.path().toStdString()) / "content";
    std::filesystem::copy(contentDir(), content, std::filesystem::copy_options::recursive);
    return content;
}

ui::SessionScreen* startTogetherFor(UiApp& t, const QString& programId)
{
    QStringList ids;
    for (const ui::PartnerInfo& p : t.app()->profile().partners)
        ids << QString::fromStdString(p.id);
    ui::SessionScreen* session = t.window()->sessionScreen();
    REQUIRE(session->startNew(ids, true, programId));
    t.window()->showScreen(ui::ScreenId::Session, false);
    return session;
}

void visitEveryCard(UiApp& t, const std::function<void(const QString& where)>& visit, const QString& programId)
{
    ui::SessionScreen* session = startTogetherFor(t, programId);
    const auto& program = session->controller()->session().program();
    REQUIRE((programId.isEmpty() || program.id == programId.toStdString()));
    for (const auto& step : program.steps) {
        for (const auto& card : step.cards) {
            REQUIRE(session->jumpTo(card.id));
            visit(QStringLiteral("card ") + QString::fromStdString(program.id + "/" + card.id));
        }
    }
}

void settle(int ms)
{
    QApplication::processEvents();
    QTest::qWait(ms);
    QApplication::processEvents();
}

UiApp::UiApp(bool withProfile, bool inMemorySettings) : m_inMemorySettings(inMemorySettings)
{
    REQUIRE(m_dir.isValid());
    open();
    if (withProfile)
        makeCouple();
}

UiApp::~UiApp()
{
    close();
}

void UiApp::open()
{
    ui::AppOptions options;
    options.dataDir = m_dir.path().toStdString();
    options.contentDir = contentOverride.empty() ? contentDir() : contentOverride;
    options.inMemorySettings = m_inMemorySettings;
    options.locale = locale;
    options.kdfPolicy = crypto::KdfPolicy::minimum(); // cheap Argon2id for passphrases set in tests
    m_app = std::make_unique<ui::AppContext>(options);
    m_app->settings()->setReducedMotion(true);
    if (now)
        m_app->now = now;
    m_window = std::make_unique<ui::MainWindow>(m_app.get());
    if (!m_opened)
        m_window->resize(1280, 800); // later opens keep the geometry the window saved
    m_opened = true;
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    m_window->finishStartup();
    settle();
}

void UiApp::close()
{
    if (m_window) {
        m_window->close();
        m_window.reset();
    }
    m_app.reset();
    settle();
}

void UiApp::restart(const std::function<void()>& whileClosed)
{
    close();
    if (whileClosed)
        whileClosed();
    open();
}

void UiApp::makeCouple()
{
    ui::Profile profile;
    profile.partners = {{"", QStringLiteral("Sam"), QStringLiteral("sage")},
                        {"", QStringLiteral("Alex"), QStringLiteral("clay")}};
    m_app->setProfile(profile);
    m_app->settings()->setSetupComplete(true);
    m_app->settings()->setCountry(QStringLiteral("GB"));
    const nlohmann::json clear = {{"status", "done"},
                                  {"routes", nlohmann::json::array()},
                                  {"effects", {{"joint", "open"}, {"recheck_days", 28}}},
                                  {"checked_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()}};
    for (const ui::PartnerInfo& p : m_app->profile().partners)
        m_app->recordSafetyCheck(p.id, clear);
    m_window->showScreen(ui::ScreenId::Home, false);
    settle();
}

void clickOn(QWidget* root, const QString& name)
{
    QWidget* widget = need<QWidget>(root, name);
    if (!widget)
        return;
    REQUIRE(widget->isVisible());
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
    settle();
}

void pressNext(QWidget* window)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, Qt::Key_Return, Qt::ControlModifier);
    settle();
}

void pressBack(QWidget* window)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, Qt::Key_Left, Qt::AltModifier);
    settle();
}

void typeInto(QWidget* root, const QString& name, const QString& text)
{
    QWidget* widget = need<QWidget>(root, name);
    if (!widget)
        return;
    widget->setFocus();
    // keyClicks types printable characters; line breaks are their own key.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines[i]);
    }
    settle();
}

} // namespace tend::test
