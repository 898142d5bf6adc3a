// TendStyle draws buttons, cards and notes in code, and the inputs' stylesheet waits for the first frame.
// These tests hold both halves: the first screens need no sheet, and the kinds still look like themselves.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <filesystem>

#include "UiTestSupport.h"
#include "ui/app/Settings.h"
#include "ui/theme/IconMaskSizes.h"
#include "ui/theme/IconMasks.h"
#include "ui/theme/Icons.h"
#include "ui/theme/TendStyle.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/Widgets.h"

using namespace tend;
using namespace tend::test;

namespace {

/// Opens the window on a fresh folder as a first launch (Welcome) or as a set-up one (Home) and stops at
/// the first frame, as the startup benchmark does: finishStartup does not run.
struct FirstFrame {
    explicit FirstFrame(bool setUp)
    {
        qputenv("TEND_EXIT_AFTER_FIRST_FRAME", "1");
        if (setUp) {
            QFile settings(dir.filePath(QStringLiteral("settings.ini")));
            REQUIRE(settings.open(QIODevice::WriteOnly));
            settings.write("[app]\nsetupComplete=true\n");
        }
        options.dataDir = dir.path().toStdString();
        options.contentDir = contentDir();
        app = std::make_unique<ui::AppContext>(options);
        window = std::make_unique<ui::MainWindow>(app.get());
        window->resize(1100, 720);
        window->show();
        settle();
    }
    ~FirstFrame() { qunsetenv("TEND_EXIT_AFTER_FIRST_FRAME"); }
    QTemporaryDir dir;
    ui::AppOptions options;
    std::unique_ptr<ui::AppContext> app;
    std::unique_ptr<ui::MainWindow> window;
};

QColor pixel(QWidget* widget, QPoint at)
{
    return widget->grab().toImage().pixelColor(at);
}

bool near(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) <= 6 && std::abs(a.green() - b.green()) <= 6 &&
           std::abs(a.blue() - b.blue()) <= 6;
}

/// One shown button of each kind asked for, in a column; nullptr is a plain button. Each is named and
/// labelled after its kind ("plain", "Plain").
struct ButtonColumn {
    explicit ButtonColumn(std::initializer_list<const char*> kinds)
    {
        auto* layout = new QVBoxLayout(&host);
        for (const char* kind : kinds) {
            const QString name = QString::fromLatin1(kind ? kind : "plain");
            QPushButton* button = ui::makeButton(name.left(1).toUpper() + name.mid(1), name, &host, kind);
            layout->addWidget(button);
            buttons << button;
        }
        host.show();
        settle();
    }
    QWidget host;
    QList<QPushButton*> buttons;
};

} // namespace

TEST_CASE("the first screens are drawn without any stylesheet, and the inputs' sheet changes nothing on them")
{
    for (const bool setUp : {false, true}) {
        qApp->setStyleSheet(QString()); // an earlier test in this process may have left one
        // A tiny font and a foreign palette, as a desktop's defaults might be before the theme applies.
        QApplication::setFont(QFont(QApplication::font().family(), 7));
        QApplication::setPalette(QPalette(Qt::darkRed));
        FirstFrame first(setUp);
        INFO((setUp ? "home" : "welcome"));
        // Every widget on the first frame has the theme's type and colours, not the defaults it was born with
        // (without a stylesheet nothing else re-reads them before exec()).
        const double base = first.app->theme()->baseFont().pointSizeF();
        for (QWidget* widget : first.window->findChildren<QWidget*>()) {
            if (!widget->isVisible())
                continue;
            INFO(widget->objectName().toStdString() << " " << widget->metaObject()->className());
            CHECK(widget->font().pointSizeF() >= base * 0.85);
        }
        CHECK(first.window->palette().color(QPalette::Window) ==
              ui::Theme::makePalette(first.app->theme()->isDark()).color(QPalette::Window));
        CHECK(first.window->currentScreenId() == (setUp ? ui::ScreenId::Home : ui::ScreenId::Welcome));
        CHECK(qApp->styleSheet().isEmpty());
        CHECK(qobject_cast<ui::TendStyle*>(QApplication::style()));
        CHECK_FALSE(first.app->theme()->controlSheetApplied());
        const QImage before = first.window->grab().toImage();

        first.app->theme()->applyControlSheet();
        settle();
        CHECK_FALSE(qApp->styleSheet().isEmpty());
        CHECK(qApp->styleSheet().contains(QStringLiteral("QLineEdit")));
        const QImage after = first.window->grab().toImage();
        CHECK(before.size() == after.size());
        CHECK(before == after);
    }
}

TEST_CASE("finishStartup brings the inputs' stylesheet before any screen with inputs can show")
{
    qApp->setStyleSheet(QString());
    FirstFrame first(false);
    CHECK_FALSE(first.app->theme()->controlSheetApplied());
    first.window->finishStartup();
    settle();
    CHECK(first.app->theme()->controlSheetApplied());
    CHECK(qApp->styleSheet().contains(QStringLiteral("QPlainTextEdit")));
}

TEST_CASE("button kinds keep their padding, colours and a focus ring that never moves the label")
{
    UiApp t;
    ButtonColumn column({nullptr, "primary", "quiet"});
    QPushButton* plain = column.buttons[0];
    QPushButton* primary = column.buttons[1];
    QPushButton* quiet = column.buttons[2];

    // Padding 16 px across and 7 px down, a 1 px border, and at least 22 px for the contents.
    const QFontMetrics metrics(plain->font());
    CHECK(plain->sizeHint().width() == metrics.size(Qt::TextShowMnemonic, QStringLiteral("Plain")).width() + 34);
    CHECK(plain->sizeHint().height() == std::max(metrics.height(), 22) + 16);

    const QPalette palette = QApplication::palette();
    const QPoint middle(primary->width() / 2, 4);
    CHECK(near(pixel(primary, middle), palette.color(QPalette::Highlight)));
    CHECK(near(pixel(plain, QPoint(plain->width() / 2, 4)), palette.color(QPalette::Button)));
    // A quiet button shows the page through it.
    CHECK(near(pixel(quiet, QPoint(quiet->width() / 2, 4)), palette.color(QPalette::Window)));

    // Focus draws a 2 px ring in the focus colour on the edge; the label stays where it was.
    quiet->setFocus(Qt::TabFocusReason);
    settle();
    const QImage unfocused = plain->grab().toImage();
    plain->setFocus(Qt::TabFocusReason);
    settle();
    REQUIRE(plain->hasFocus());
    const QImage focused = plain->grab().toImage();
    const int y = plain->height() / 2;
    CHECK(near(focused.pixelColor(1, y), ui::Theme::extra(ui::Theme::Extra::Focus)));
    CHECK_FALSE(near(unfocused.pixelColor(1, y), ui::Theme::extra(ui::Theme::Extra::Focus)));
    // The middle of the label (inside the padding) is untouched by the ring.
    const QRect inside = plain->rect().adjusted(17, 8, -17, -8);
    CHECK(focused.copy(inside) == unfocused.copy(inside));
}

TEST_CASE("cards and notes paint their own shapes, with no stylesheet")
{
    qApp->setStyleSheet(QString());
    UiApp t;
    qApp->setStyleSheet(QString());
    QWidget host;
    host.resize(300, 200);
    auto* layout = new QVBoxLayout(&host);
    QFrame* card = ui::makeFrame("card", &host, QStringLiteral("card"));
    card->setMinimumHeight(60);
    QLabel* note = ui::makeLabel(QStringLiteral("A gentle note."), "note", &host);
    layout->addWidget(card);
    layout->addWidget(note);
    host.show();
    settle();
    CHECK(
        near(pixel(card, QPoint(card->width() / 2, card->height() / 2)), ui::Theme::extra(ui::Theme::Extra::Surface)));
    CHECK(near(pixel(card, QPoint(card->width() / 2, 0)), ui::Theme::extra(ui::Theme::Extra::Border)));
    // The note's bar on the left, its text clear of it.
    CHECK(near(pixel(note, QPoint(1, note->height() / 2)), QApplication::palette().color(QPalette::Mid)));
    CHECK(note->contentsMargins().left() >= 12);
}

TEST_CASE("cards and the header hold their contents off their border by its width, as the sheet's border did")
{
    UiApp t;
    QWidget host;
    host.resize(300, 200);
    auto* layout = new QVBoxLayout(&host);
    QFrame* card = ui::makeFrame("card", &host, QStringLiteral("card"));
    QFrame* header = ui::makeFrame("header", &host, QStringLiteral("header"));
    QFrame* own = ui::makeFrame("card", &host, QStringLiteral("ownMargins"));
    own->setContentsMargins(5, 5, 5, 5);
    QWidget* inside[3] = {};
    int i = 0;
    for (QFrame* frame : {card, header, own}) {
        auto* column = new QVBoxLayout(frame);
        column->setContentsMargins(0, 0, 0, 0);
        inside[i] = new QWidget(frame);
        inside[i]->setMinimumHeight(20);
        column->addWidget(inside[i++]);
        layout->addWidget(frame);
    }
    host.show();
    settle();
    CHECK(inside[0]->geometry() == card->rect().adjusted(1, 1, -1, -1));
    CHECK(inside[1]->geometry() == header->rect().adjusted(0, 0, 0, -1));
    // Margins a screen set itself stay as they are.
    CHECK(inside[2]->geometry() == own->rect().adjusted(5, 5, -5, -5));
}

TEST_CASE("swatches are 32 px across and show their colour and, checked, a ring in the text colour")
{
    UiApp t;
    QWidget host;
    auto* layout = new QVBoxLayout(&host);
    auto* swatch = new QPushButton(&host);
    swatch->setProperty("kind", QStringLiteral("swatch"));
    swatch->setProperty("swatchColour", QColor(0x4F, 0x82, 0x60));
    swatch->setCheckable(true);
    swatch->setFocusPolicy(Qt::NoFocus); // a focused swatch shows the focus ring instead
    layout->addWidget(swatch);
    host.show();
    settle();
    CHECK(swatch->size() == QSize(32, 32));
    CHECK(swatch->sizeHint() == QSize(32, 32));
    CHECK(near(pixel(swatch, QPoint(16, 16)), QColor(0x4F, 0x82, 0x60)));
    swatch->setChecked(true);
    settle();
    CHECK(near(pixel(swatch, QPoint(1, 16)), QApplication::palette().color(QPalette::ButtonText)));
}

namespace {

/// The first column, from `from` on, with a pixel that is not the page's colour.
int firstInk(const QImage& image, int from)
{
    const QColor page = QApplication::palette().color(QPalette::Window);
    for (int x = from; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (!near(image.pixelColor(x, y), page))
                return x;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("a left-aligned button's label starts 4 px after its icon, where Qt's own buttons put it")
{
    UiApp t;
    QWidget host;
    auto* layout = new QVBoxLayout(&host);
    QPushButton* bare = ui::makeButton(QStringLiteral("Hold"), QStringLiteral("bare"), &host, "nav");
    QPushButton* withIcon =
        ui::makeButton(QStringLiteral("Hold"), QStringLiteral("withIcon"), &host, "nav", QStringLiteral("chevron"));
    for (QPushButton* b : {bare, withIcon}) {
        b->setFocusPolicy(Qt::NoFocus); // no ring across the top
        layout->addWidget(b);
    }
    host.show();
    settle();
    REQUIRE_FALSE(withIcon->icon().isNull());
    const int left = 12 + 1; // a nav button's padding and border
    const int iconWidth = withIcon->iconSize().width();
    const int textAlone = firstInk(bare->grab().toImage(), left);
    const int textAfterIcon = firstInk(withIcon->grab().toImage(), left + iconWidth);
    REQUIRE(textAlone >= left);
    CHECK(textAfterIcon - textAlone == iconWidth + 4);
}

TEST_CASE("pressed quiet, chip and tile buttons keep the fill the sheet gave them, a plain one darkens")
{
    UiApp t;
    ButtonColumn column({nullptr, "quiet", "chip", "tile"});
    QPushButton* plain = column.buttons[0];
    QPushButton* quiet = column.buttons[1];
    QPushButton* chip = column.buttons[2];
    QPushButton* tile = column.buttons[3];
    for (QPushButton* b : {plain, quiet, chip, tile})
        b->setDown(true);
    settle();
    const QPalette palette = QApplication::palette();
    auto middle = [](QPushButton* b) { return pixel(b, QPoint(b->width() / 2, 4)); };
    CHECK(near(middle(plain), palette.color(QPalette::Mid)));
    CHECK(near(middle(quiet), palette.color(QPalette::Window)));
    CHECK(near(middle(chip), ui::Theme::extra(ui::Theme::Extra::Surface)));
    CHECK(near(middle(tile), ui::Theme::extra(ui::Theme::Extra::Surface)));
}

TEST_CASE("baked icon masks draw what the SVG draws, for every icon at every baked size")
{
    ui::Theme::initResources();
    const QStringList files = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    REQUIRE(files.size() > 10);
    CHECK(ui::icons::bakedMasks().size() == std::size_t(files.size()) * std::size(ui::icons::kBakedSizes));
    for (const QColor& colour : {QColor(0x3B, 0x74, 0x67), QColor(0xA9, 0x50, 0x3A, 115)}) {
        for (const QString& file : files) {
            const QString name = file.chopped(4);
            for (const int size : ui::icons::kBakedSizes) {
                const QImage baked = ui::icons::render(name, size, colour);
                const QImage drawn = ui::icons::render(name, size, colour, true);
                REQUIRE(baked.size() == drawn.size());
                int worst = 0;
                for (int y = 0; y < size; ++y) {
                    for (int x = 0; x < size; ++x) {
                        const QRgb a = baked.pixel(x, y);
                        const QRgb b = drawn.pixel(x, y);
                        worst = std::max({worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                          std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b))});
                    }
                }
                INFO(name.toStdString() << " at " << size << " px");
                CHECK(worst <= 2);
            }
        }
    }
    // A size that is not baked still draws, from the SVG.
    CHECK_FALSE(ui::icons::render(QStringLiteral("leaf"), 19, Qt::black).isNull());
}

TEST_CASE("only Theme sets a stylesheet: widgets ask TendStyle for their look through properties")
{
    const std::filesystem::path root = std::filesystem::path(TEND_SOURCE_DIR) / "src" / "ui";
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h")
            continue;
        ++files;
        if (entry.path().filename() == "Theme.cpp")
            continue;
        QFile file(QString::fromStdString(entry.path().string()));
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO(entry.path().string());
        CHECK_FALSE(file.readAll().contains("setStyleSheet("));
    }
    CHECK(files > 50);
}
