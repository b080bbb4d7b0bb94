#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "cpd.storage")
Q_LOGGING_CATEGORY(lcSearch, "cpd.search")
Q_LOGGING_CATEGORY(lcCli, "cpd.cli")
