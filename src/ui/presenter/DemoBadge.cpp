#include "ui/presenter/DemoBadge.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/app/AppContext.h"
#include "ui/theme/Icons.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

// Gives the demo row's sentences a translation context lupdate can see.
class DemoRow {
    Q_DECLARE_TR_FUNCTIONS(tend::ui::DemoRow)
};

std::function<bool(const QString&, const QStringList&)>& launcher()
{
    static std::function<bool(const QString&, const QStringList&)> hook;
    return hook;
}

} // namespace

QWidget* makeDemoBadge(QWidget* parent)
{
    QFrame* badge = makeFrame("warm", parent, QStringLiteral("demoBadge"));
    auto* row = new QHBoxLayout(badge);
    row->setContentsMargins(12, 5, 14, 5);
    row->setSpacing(8);
    auto* mark = new QLabel(badge);
    mark->setPixmap(icons::tinted(QStringLiteral("demo"), QPalette::WindowText).pixmap(16, 16));
    row->addWidget(mark);
    QLabel* words =
        makeLabel(QCoreApplication::translate("tend::ui::DemoBadge", "Demo — nothing is saved"), "body", badge);
    words->setObjectName(QStringLiteral("demoBadgeText"));
    words->setWordWrap(false);
    row->addWidget(words);
    badge->setAccessibleName(QCoreApplication::translate("tend::ui::DemoBadge", "Demo — nothing is saved"));
    badge->setAccessibleDescription(QCoreApplication::translate(
        "tend::ui::DemoBadge", "A sample couple's journal, kept in memory only. It is gone when Tend closes."));
    badge->setToolTip(badge->accessibleDescription());
    return badge;
}

QWidget* makeDemoRow(AppContext* app, QWidget* parent)
{
    QFrame* row = makeFrame("soft", parent, QStringLiteral("demoRow"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(24, 16, 24, 16); // text lines up with the cards above
    layout->setSpacing(14);
    auto* words = new QVBoxLayout();
    words->setSpacing(2);
    const bool demo = app->isDemo();
    words->addWidget(
        makeLabel(demo ? DemoRow::tr("You are looking at a sample couple") : DemoRow::tr("Showing Tend to someone?"),
                  "body", row));
    words->addWidget(
        makeLabel(demo ? DemoRow::tr("Sam and Alex's journal lives in memory. Start over to put it back as it "
                                     "was; presenter mode (Ctrl+Shift+F) adds notes and a full screen.")
                       : DemoRow::tr("A sample couple in a window of its own. Nothing is saved; your journal stays "
                                     "as it is."),
                  "muted", row));
    layout->addLayout(words, 1);
    QPushButton* button =
        demo
            ? makeButton(DemoRow::tr("Start over"), QStringLiteral("homeDemoRestart"), row, nullptr,
                         QStringLiteral("reset"),
                         DemoRow::tr("Put the sample journal back as it was when the demo opened."))
            : makeButton(DemoRow::tr("Open the demo"), QStringLiteral("homeDemo"), row, nullptr, QStringLiteral("demo"),
                         DemoRow::tr("A sample couple, Sam and Alex, with three months of history. Nothing is saved."));
    layout->addWidget(button, 0, Qt::AlignVCenter);
    if (demo)
        QObject::connect(button, &QPushButton::clicked, app, &AppContext::restartDemo);
    else
        QObject::connect(button, &QPushButton::clicked, row, [] { launchDemo(); });
    return row;
}

bool launchDemo()
{
    const QString program = QCoreApplication::applicationFilePath();
    const QStringList arguments{QStringLiteral("--demo")};
    if (launcher())
        return launcher()(program, arguments);
    return QProcess::startDetached(program, arguments);
}

void setDemoLauncherForTests(std::function<bool(const QString& program, const QStringList& arguments)> hook)
{
    launcher() = std::move(hook);
}

} // namespace tend::ui
