#pragma once

#include <QString>

class QToolBar;

namespace cpd {

class MainWindow;

// A journal opened read-only (its file or folder is read-only, another copy holds it, a newer
// version wrote it): a banner under the toolbar says why, and every way of editing is disabled.
class ReadOnlyMode
{
public:
    static QToolBar* apply(MainWindow& window, const QString& reason);
};

} // namespace cpd
