// Renders the breathing pacer through one breath (and the hug timer and a lifting practice) with a stepped fake
// clock, in light and dark palettes, into docs/screenshots/. Usage: tend_pacer_screenshots [OUTPUT_DIR]
#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QPalette>
#include <QStyleFactory>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "tend/regulation/RegulationLibrary.h"
#include "ui/regulation/BreathingPacer.h"
#include "ui/regulation/HugTimer.h"
#include "ui/regulation/LiftPractice.h"

using namespace tend::regulation;
using namespace tend::ui::regulation;

namespace {

// The shell's calm palette (src/ui/theme/Theme.cpp): warm paper and sage by day, warm charcoal by night.
QPalette palette(bool dark)
{
    const auto c = [](const char* hex) { return QColor(QLatin1String(hex)); };
    QPalette p;
    p.setColor(QPalette::Window, c(dark ? "#1E1C1A" : "#F6F2EC"));
    p.setColor(QPalette::WindowText, c(dark ? "#EDE7E0" : "#2F2B28"));
    p.setColor(QPalette::Base, c(dark ? "#282522" : "#FFFDFA"));
    p.setColor(QPalette::AlternateBase, c(dark ? "#302C29" : "#EFE9E1"));
    p.setColor(QPalette::Text, c(dark ? "#EDE7E0" : "#2F2B28"));
    p.setColor(QPalette::Button, c(dark ? "#36322E" : "#ECE5DC"));
    p.setColor(QPalette::ButtonText, c(dark ? "#EDE7E0" : "#2F2B28"));
    p.setColor(QPalette::Mid, c(dark ? "#4A443E" : "#D8CFC4"));
    p.setColor(QPalette::Dark, c(dark ? "#141211" : "#A89D91"));
    p.setColor(QPalette::Light, c(dark ? "#433E38" : "#FFFFFF"));
    p.setColor(QPalette::Midlight, c(dark ? "#3A3531" : "#F3EEE7"));
    p.setColor(QPalette::Shadow, c(dark ? "#0C0B0A" : "#8F857A"));
    p.setColor(QPalette::Highlight, c(dark ? "#86C0AF" : "#3B7467"));
    p.setColor(QPalette::HighlightedText, c(dark ? "#142420" : "#FFFFFF"));
    p.setColor(QPalette::PlaceholderText, c(dark ? "#A0978E" : "#756C64"));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, c(dark ? "#7A726A" : "#9E958C"));
    p.setColor(QPalette::Disabled, QPalette::WindowText, c(dark ? "#7A726A" : "#9E958C"));
    return p;
}

bool save(QWidget& widget, const QString& file)
{
    QCoreApplication::processEvents(); // let pending layout requests settle, as the event loop would
    const QImage image = widget.grab().toImage();
    if (!image.save(file)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font = QApplication::font();
    font.setPointSizeF(11.0);
    QApplication::setFont(font);

    const QString out =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TEND_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(out);

    auto content = loadRegulationContent(std::filesystem::path(TEND_SOURCE_DIR) / "content");
    if (!content) {
        std::fprintf(stderr, "%s\n", content.error().message.c_str());
        return 1;
    }
    const auto* pattern = content->library.findPattern("slow-six");
    const auto* sighing = content->library.findPattern("cyclic-sigh");
    if (!pattern || !sighing) {
        std::fprintf(stderr, "the slow-six and cyclic-sigh patterns are missing\n");
        return 1;
    }

    bool ok = true;
    // One breath of slow breathing (in 4, out 6), six moments, light and dark.
    const double moments[] = {0.3, 1.8, 3.6, 4.6, 6.8, 9.4};
    for (bool dark : {false, true}) {
        QApplication::setPalette(palette(dark));
        ManualClock clock;
        BreathingPacer pacer;
        pacer.setTexts(content->texts);
        pacer.setClock(&clock);
        pacer.setPattern(*pattern);
        pacer.resize(560, 680);
        pacer.show();
        pacer.start();
        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        double at = 0.0;
        int frame = 1;
        QList<QImage> frames;
        for (double moment : moments) {
            clock.advance(std::chrono::microseconds(static_cast<long long>((moment - at) * 1e6)));
            at = moment;
            pacer.advance();
            ok = save(pacer, QStringLiteral("%1/pacer-%2-%3.png").arg(out, theme).arg(frame++)) && ok;
            frames << pacer.grab().toImage();
        }
        // The whole breath on one strip, for the docs.
        const QSize cell = frames.front().size() / 2;
        QImage strip(cell.width() * static_cast<int>(frames.size()), cell.height(), QImage::Format_RGB32);
        QPainter painter(&strip);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        for (int i = 0; i < frames.size(); ++i)
            painter.drawImage(QRect(QPoint(i * cell.width(), 0), cell), frames[i]);
        painter.end();
        const QString stripFile = QStringLiteral("%1/pacer-%2-breath.png").arg(out, theme);
        ok = strip.save(stripFile) && ok;
        std::printf("%s\n", qPrintable(stripFile));
        // Reduced motion: the same size throughout; brightness and words carry the breath.
        pacer.setReducedMotion(true);
        pacer.advance();
        ok = save(pacer, QStringLiteral("%1/pacer-%2-reduced-motion.png")
                             .arg(out, dark ? QStringLiteral("dark") : QStringLiteral("light"))) &&
             ok;
    }

    // Cyclic sighing at its second, shorter in-breath.
    {
        QApplication::setPalette(palette(false));
        ManualClock clock;
        BreathingPacer pacer;
        pacer.setTexts(content->texts);
        pacer.setClock(&clock);
        pacer.setPattern(*sighing);
        pacer.resize(560, 680);
        pacer.show();
        pacer.start();
        clock.advance(std::chrono::milliseconds(3500));
        pacer.advance();
        ok = save(pacer, out + QStringLiteral("/pacer-light-inhale-top.png")) && ok;
    }

    // The hug timer halfway and at its gentle end; a lifting practice on its second step.
    for (bool dark : {false, true}) {
        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QApplication::setPalette(palette(dark));
        ManualClock clock;
        HugTimer hug;
        hug.setTexts(content->texts);
        hug.setIdeas(content->ideas);
        hug.setClock(&clock);
        hug.resize(520, 560);
        hug.show();
        hug.start();
        clock.advance(std::chrono::seconds(12));
        hug.advance();
        ok = save(hug, QStringLiteral("%1/regulation-hug-%2-running.png").arg(out, theme)) && ok;
        clock.advance(std::chrono::seconds(20));
        hug.advance();
        clock.advance(std::chrono::seconds(2));
        hug.advance();
        ok = save(hug, QStringLiteral("%1/regulation-hug-%2-end.png").arg(out, theme)) && ok;

        const auto lifts = content->library.practicesTagged("lift");
        if (!lifts.empty()) {
            LiftPractice lift;
            lift.setTexts(content->texts);
            lift.setClock(&clock);
            lift.setPractice(*lifts.front());
            lift.resize(560, 360);
            lift.show();
            lift.start();
            clock.advance(std::chrono::seconds(70));
            lift.advance();
            ok = save(lift, QStringLiteral("%1/regulation-lift-%2.png").arg(out, theme)) && ok;
        }
    }
    return ok ? 0 : 1;
}
