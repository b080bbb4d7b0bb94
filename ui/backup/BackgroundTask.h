#pragma once

#include "util/Result.h"

#include <QString>

#include <functional>

class QWidget;

namespace cpd {

// Runs long backup work on a worker thread behind a window-modal progress dialog with Cancel,
// while the event loop keeps the window painting. The work gets a progress function (percent;
// it answers false once Cancel was pressed) and must open its own database connection.
class BackgroundTask
{
public:
    using Progress = std::function<bool(int percent)>;
    using Work = std::function<Status(const Progress& progress)>;

    static Status run(QWidget* parent, const QString& label, const Work& work);
};

} // namespace cpd
