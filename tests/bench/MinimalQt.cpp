// The smallest Qt Widgets program: one window, one label. It quits after its first frame
// when TEND_EXIT_AFTER_FIRST_FRAME=1, exactly like Tend, so the two can be compared.
#include <QApplication>
#include <QEvent>
#include <QLabel>

namespace {
class QuitAfterFirstPaint : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_fired && event->type() == QEvent::Paint) {
            m_fired = true;
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_fired = false;
};
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello"));
    label.setWindowTitle(QStringLiteral("Minimal"));
    label.resize(1100, 720);
    if (qEnvironmentVariableIntValue("TEND_EXIT_AFTER_FIRST_FRAME") == 1)
        label.installEventFilter(new QuitAfterFirstPaint(&label));
    label.show();
    return QApplication::exec();
}
