#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEvidence)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
