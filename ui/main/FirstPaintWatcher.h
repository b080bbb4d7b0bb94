#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace cpd {

// Tells once when a window has first been painted (screenshots, the start-up benchmark).
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QWidget* window);

signals:
    // Emitted from the event loop just after the first paint, when the frame is complete.
    void firstPaint();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_window;
    bool m_seen = false;
};

} // namespace cpd
