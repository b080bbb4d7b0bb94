#include "evidence/EvidenceLog.h"

Q_LOGGING_CATEGORY(lcEvidence, "cpd.evidence")
Q_LOGGING_CATEGORY(lcImport, "cpd.import")
