#pragma once

#include <QObject>

namespace tend::ui {

/// Quits the application right after `window` paints its first frame. Used by the startup
/// benchmark (TEND_EXIT_AFTER_FIRST_FRAME=1) so time-to-first-frame can be measured from outside.
class FirstFrameProbe : public QObject {
    Q_OBJECT
public:
    explicit FirstFrameProbe(QWidget* window);

    /// True when the environment asks for the probe.
    static bool requested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_fired = false;
};

} // namespace tend::ui
