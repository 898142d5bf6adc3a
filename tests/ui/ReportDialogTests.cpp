// The consent screen of the report for a therapist, over the demo's sample history: reached from the journal, walked
// by keyboard, and a partner who declines keeps their shared answers out of the PDF.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <nlohmann/json.hpp>

#include "UiTestSupport.h"
#include "tend/journal/Journal.h"
#include "ui/app/JournalService.h"
#include "ui/app/Settings.h"
#include "ui/screens/ReportDialog.h"

using namespace tend;
using namespace tend::test;

namespace {

ui::AppOptions demoOptions(const QString& home)
{
    ui::AppOptions options;
    options.demo = true;
    options.inMemorySettings = true;
    options.dataDir = QString(home + QStringLiteral("/tend-data")).toStdString();
    options.contentDir = contentDir();
    return options;
}

struct DemoWindow {
    DemoWindow()
    {
        app.settings()->setReducedMotion(true);
        window.resize(1280, 800);
        window.show();
        window.finishStartup();
        settle();
    }
    QTemporaryDir home;
    ui::AppContext app{demoOptions(home.path())};
    ui::MainWindow window{&app};
};

std::string pdfText(const QString& pdf)
{
    std::string out;
    FILE* pipe = ::popen(("pdftotext -enc UTF-8 '" + pdf.toStdString() + "' - 2>&1").c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        out.append(buffer.data(), n);
    REQUIRE(::pclose(pipe) == 0);
    for (char& c : out)
        if (c == '\n' || c == '\f')
            c = ' ';
    std::string squeezed;
    for (char c : out)
        if (!(c == ' ' && !squeezed.empty() && squeezed.back() == ' '))
            squeezed.push_back(c);
    return squeezed;
}

// Each partner's shared written answers in the demo journal (first 40 characters of each, long enough to be unique).
std::map<std::string, std::vector<std::string>> sharedWords(ui::AppContext& app)
{
    std::map<std::string, std::vector<std::string>> out;
    REQUIRE(app.journal()->run([&](journal::Journal& j) -> Result<void> {
        auto sessions = j.sessionList();
        REQUIRE(sessions);
        for (const auto& s : *sessions) {
            auto entries = j.entries(s.session.id, journal::Viewer::sharedOnly());
            REQUIRE(entries);
            for (const auto& e : *entries) {
                const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
                if (!e.partnerId || !payload.is_object() || !payload.contains("text") || !payload["text"].is_string())
                    continue;
                std::string words = payload["text"].get<std::string>();
                words = words.substr(0, std::min<std::size_t>(words.find('\n'), 40));
                if (words.size() >= 16)
                    out[*e.partnerId].push_back(words);
            }
        }
        return {};
    }));
    return out;
}

int found(const std::string& text, const std::vector<std::string>& words)
{
    int n = 0;
    for (const std::string& w : words)
        n += text.find(w) != std::string::npos;
    return n;
}

} // namespace

TEST_CASE("the report's consent screen: Sam agrees by keyboard, Alex declines, and only Sam's answers are in the PDF")
{
    DemoWindow demo;
    QTemporaryDir out;
    ui::ReportDialog dialog(&demo.app);
    dialog.show();
    settle();
    auto* from = need<QDateEdit>(&dialog, QStringLiteral("reportFrom"));
    from->setDate(QDate::currentDate().addYears(-1));
    settle();

    // The screen says what will be in it and what never is, before anyone agrees; nobody is ticked for them.
    const QString contents = need<QLabel>(&dialog, QStringLiteral("reportContents"))->text();
    CHECK(contents.contains(QStringLiteral("Each repair in order")));
    CHECK(need<QLabel>(&dialog, QStringLiteral("reportNever"))
              ->text()
              .contains(QStringLiteral("anything kept private, and nothing from the safety check")));
    auto* sam = need<QCheckBox>(&dialog, QStringLiteral("reportAgree-Sam"));
    auto* alex = need<QCheckBox>(&dialog, QStringLiteral("reportAgree-Alex"));
    CHECK_FALSE(sam->isChecked());
    CHECK_FALSE(alex->isChecked());
    CHECK(sam->text().contains(QStringLiteral("Sam agrees")));

    // Keyboard only: focus Sam's box, Space ticks it; Tab moves on to Alex's, which is left alone.
    sam->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(sam->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == alex);
    CHECK_FALSE(alex->isChecked());
    CHECK(dialog.request().agreed.size() == 1);

    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    QSignalSpy done(&dialog, &ui::ReportDialog::finished);
    dialog.saveTo(pdf);
    REQUIRE((done.count() == 1 || done.wait(10000)));
    INFO(dialog.message().toStdString());
    REQUIRE(done.first().at(0).toBool());
    CHECK(dialog.message().contains(pdf));

    const std::string text = pdfText(pdf);
    const auto words = sharedWords(demo.app);
    const auto partners = demo.app.profile().partners;
    REQUIRE(partners.size() == 2);
    const auto& samWords =
        words.at(partners.at(0).name == QStringLiteral("Sam") ? partners.at(0).id : partners.at(1).id);
    const auto& alexWords =
        words.at(partners.at(0).name == QStringLiteral("Alex") ? partners.at(0).id : partners.at(1).id);
    INFO(text.substr(0, 2000));
    CHECK(found(text, samWords) > 5);
    CHECK(found(text, alexWords) == 0);
    CHECK(text.find("Alex did not agree") != std::string::npos);

    // Then Alex agrees too: now both are in, and the charts' page with them.
    alex->setChecked(true);
    const QString both = out.filePath(QStringLiteral("both.pdf"));
    dialog.saveTo(both);
    REQUIRE((done.count() == 2 || done.wait(10000)));
    const std::string bothText = pdfText(both);
    CHECK(found(bothText, alexWords) > 5);
    CHECK(bothText.find("How the repairs have gone") != std::string::npos);
}

TEST_CASE("the journal's Report button opens the consent screen, and a date range with no repairs cannot be saved")
{
    DemoWindow demo;
    demo.window.showScreen(ui::ScreenId::Journal, false);
    settle();
    auto* button = need<QPushButton>(&demo.window, QStringLiteral("journalReport"));
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::ReportDialog*>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (!dialog)
            return;
        auto* from = need<QDateEdit>(dialog, QStringLiteral("reportFrom"));
        auto* to = need<QDateEdit>(dialog, QStringLiteral("reportTo"));
        from->setDate(QDate(2001, 1, 1));
        to->setDate(QDate(2001, 1, 31));
        CHECK_FALSE(need<QPushButton>(dialog, QStringLiteral("reportSave"))->isEnabled());
        CHECK(need<QLabel>(dialog, QStringLiteral("reportStatus"))->text().contains(QStringLiteral("no repairs")));
        dialog->reject();
    });
    button->click();
    CHECK(opened);
}

TEST_CASE("the journal's top row is in reading order for Tab: search, view, Export, Report, then the repairs")
{
    DemoWindow demo;
    demo.window.showScreen(ui::ScreenId::Journal, false);
    settle();
    auto* search = need<QWidget>(&demo.window, QStringLiteral("journalSearch"));
    search->setFocus(Qt::TabFocusReason);
    QStringList seen;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen << QApplication::focusWidget()->objectName();
    }
    CHECK(seen == QStringList{QStringLiteral("journalViewer"), QStringLiteral("journalExport"),
                              QStringLiteral("journalReport"), QStringLiteral("journalMonths")});
}

TEST_CASE("the report's consent screen fits an 800x600 screen at the largest text in the dark theme: no label cut, "
          "the promise and the buttons in view")
{
    DemoWindow demo;
    demo.app.settings()->setTheme(ui::ThemeMode::Dark);
    demo.app.settings()->setTextSize(ui::TextSize::Largest);
    settle();
    ui::ReportDialog dialog(&demo.app, &demo.window);
    dialog.show();
    settle();
    const QRect screen = dialog.screen()->availableGeometry();
    CHECK(dialog.width() <= screen.width());
    CHECK(dialog.height() <= screen.height());
    // Every label has the height its words need at its width (a cut label would be shorter).
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->isVisibleTo(&dialog) || label->text().isEmpty() || !label->wordWrap())
            continue;
        INFO(label->objectName().toStdString() << ": " << label->text().left(60).toStdString());
        CHECK(label->height() >= label->heightForWidth(label->width()));
    }
    // No check box is narrower than its words.
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
        CHECK(box->width() >= box->sizeHint().width());
    // What is never in it is seen without scrolling, and so are Save and Cancel.
    auto* scroll = need<QWidget>(&dialog, QStringLiteral("reportScroll"));
    auto* never = need<QLabel>(&dialog, QStringLiteral("reportNever"));
    const QRect neverOnDialog(never->mapTo(&dialog, QPoint(0, 0)), never->size());
    CHECK(QRect(scroll->mapTo(&dialog, QPoint(0, 0)), scroll->size()).contains(neverOnDialog));
    auto* save = need<QPushButton>(&dialog, QStringLiteral("reportSave"));
    CHECK(dialog.rect().contains(QRect(save->mapTo(&dialog, QPoint(0, 0)), save->size())));
}
