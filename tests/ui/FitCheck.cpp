// The fit check shared by the fit tests: what a person would see cut off, squeezed or past the window's edge.
#include "FitCheck.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QLabel>

#include <algorithm>

#include "ui/MainWindow.h"

namespace tend::test {

const QAbstractScrollArea* scrolledBy(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto* area = qobject_cast<const QAbstractScrollArea*>(p); area && area->viewport()->isAncestorOf(w))
            return area;
    }
    return nullptr;
}

namespace {

QString describe(const QWidget* w)
{
    QString text;
    if (auto* label = qobject_cast<const QLabel*>(w))
        text = label->text();
    else if (auto* button = qobject_cast<const QAbstractButton*>(w))
        text = button->text();
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("…");
    return QStringLiteral("%1 \"%2\" (%3)").arg(QLatin1String(w->metaObject()->className()), text, w->objectName());
}

bool insideControl(const QWidget* w)
{
    // The parts of composite controls (a combo box's line, a spin box's field, a list's items) are theirs to lay out.
    for (const QWidget* p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        const char* name = p->metaObject()->className();
        if (qstrcmp(name, "QComboBox") == 0 || qstrcmp(name, "QAbstractSpinBox") == 0 ||
            qstrcmp(name, "QSpinBox") == 0 || qstrcmp(name, "QDateTimeEdit") == 0 ||
            qstrcmp(name, "QListWidget") == 0 || qstrcmp(name, "QListView") == 0 ||
            qstrcmp(name, "QPlainTextEdit") == 0 || qstrcmp(name, "QTextEdit") == 0)
            return true;
    }
    return false;
}

void checkWidget(const QWidget* window, const QWidget* w, QStringList& problems)
{
    const QRect box(w->mapTo(window, QPoint(0, 0)), w->size());
    if (const QAbstractScrollArea* area = scrolledBy(w)) {
        const QRect port(area->viewport()->mapTo(window, QPoint(0, 0)), area->viewport()->size());
        if (box.left() < port.left() - 1 || box.right() > port.right() + 1)
            problems << describe(w) + QStringLiteral(" is wider than its page (%1..%2 in %3..%4)")
                                          .arg(box.left())
                                          .arg(box.right())
                                          .arg(port.left())
                                          .arg(port.right());
    } else if (!window->rect().adjusted(-1, -1, 1, 1).contains(box)) {
        problems << describe(w) + QStringLiteral(" reaches past the window (%1,%2 %3×%4)")
                                      .arg(box.x())
                                      .arg(box.y())
                                      .arg(box.width())
                                      .arg(box.height());
    }
    if (auto* label = qobject_cast<const QLabel*>(w)) {
        if (label->text().isEmpty())
            return;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() + 1 < needed)
                problems << describe(w) + QStringLiteral(" is cut off: %1 px high, its words need %2")
                                              .arg(label->height())
                                              .arg(needed);
        } else {
            const QSize needed = label->minimumSizeHint();
            if (label->width() + 1 < needed.width() || label->height() + 1 < needed.height())
                problems << describe(w) + QStringLiteral(" is clipped: %1×%2, its words need %3×%4")
                                              .arg(label->width())
                                              .arg(label->height())
                                              .arg(needed.width())
                                              .arg(needed.height());
        }
    } else if (auto* button = qobject_cast<const QAbstractButton*>(w)) {
        if (button->text().isEmpty())
            return;
        const QSize needed = button->sizeHint();
        if (button->width() + 1 < needed.width() || button->height() + 1 < needed.height())
            problems << describe(w) + QStringLiteral(" is squeezed: %1×%2, its words need %3×%4")
                                          .arg(button->width())
                                          .arg(button->height())
                                          .arg(needed.width())
                                          .arg(needed.height());
    }
}

/// The visible widgets asking for the most width, widest first: what made the window too wide.
QString widestOn(const QWidget* window)
{
    QList<QPair<int, const QWidget*>> all;
    for (const QWidget* w : window->findChildren<QWidget*>())
        if (w->isVisible() && !w->isWindow() && !insideControl(w) && !w->findChild<QWidget*>())
            all.append({w->minimumSizeHint().width(), w});
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList out;
    for (qsizetype i = 0; i < std::min<qsizetype>(all.size(), 4); ++i)
        out << QStringLiteral("  widest: %1 px, %2").arg(all[i].first).arg(describe(all[i].second));
    return out.join(QLatin1Char('\n'));
}

} // namespace

/// Fails (listing every problem) when anything on the window does not fit.
void expectFits(ui::MainWindow* window, const QString& where, QSize size, bool unsafeShown)
{
    // What a person sees a frame or two later: nested layouts settle over a few passes (a page just filled, a text
    // size just changed), and the first pass is never on screen long enough to read.
    for (int pass = 0; pass < 8; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
    QStringList problems;
    // A window whose contents need more room than the screen grows past it (Qt honours the layout's minimum).
    if (window->width() > size.width() || window->height() > size.height())
        problems << QStringLiteral("the window cannot be %1×%2: it needs at least %3×%4")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(window->minimumSizeHint().width())
                        .arg(window->minimumSizeHint().height())
                 << widestOn(window);
    const auto widgets = window->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (!w->isVisible() || w->isWindow() || insideControl(w))
            continue;
        checkWidget(window, w, problems);
    }
    // The way out is always whole on screen, never scrolled away.
    QStringList ways{QStringLiteral("headerHelp")};
    if (unsafeShown)
        ways << QStringLiteral("sessionUnsafe");
    for (const QString& name : ways) {
        const QWidget* way = window->findChild<QWidget*>(name);
        const bool whole = way && way->isVisible() &&
                           window->rect().contains(QRect(way->mapTo(window, QPoint(0, 0)), way->size())) &&
                           !scrolledBy(way);
        if (!whole)
            problems << name + QStringLiteral(" is not fully visible");
    }
    INFO(where.toStdString());
    INFO(problems.mid(0, 30).join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

} // namespace tend::test
