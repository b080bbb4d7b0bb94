#include "main/FirstPaintWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace cpd {

FirstPaintWatcher::FirstPaintWatcher(QWidget* window) : QObject(window), m_window(window)
{
    // Paint events go to whichever widgets need painting, so watch them all.
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() && m_window
        && static_cast<QWidget*>(watched)->window() == m_window) {
        m_seen = true;
        QCoreApplication::instance()->removeEventFilter(this);
        QTimer::singleShot(0, this, &FirstPaintWatcher::firstPaint);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cpd
