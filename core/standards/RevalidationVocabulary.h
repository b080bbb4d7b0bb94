#pragma once

#include "journal/Vocabulary.h"

namespace cpd {

// The closed lists of the revalidation records: ids are the JSON contract, labels are UK English
// source strings (the NMC's own wording) translated through Qt Linguist.
class RevalidationVocabulary
{
public:
    using Term = Vocabulary::Term;

    static QList<Term> professions();
    // The NMC registrations whose count sets the practice hours: nurse, midwife, nursing associate.
    static QList<Term> nmcRegistrations();
    static QList<Term> workSettings();
    static QList<Term> scopesOfPractice();
    static QList<Term> declarationKinds();
    static QList<Term> indemnityArrangements();
    static QList<Term> recordTypes();
};

} // namespace cpd
