#include "standards/RevalidationVocabulary.h"

#include <QCoreApplication>

namespace cpd {
QList<Vocabulary::Term> RevalidationVocabulary::professions()
{
    static const Vocabulary::RawTerm raw[] = {
        {"nurse", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Nurse")},
        {"midwife", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Midwife")},
        {"nursing-associate", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Nursing associate")},
        {"gp", QT_TRANSLATE_NOOP("RevalidationVocabulary", "General practitioner")},
        {"doctor", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Doctor")},
        {"scphn", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Specialist community public health nurse")},
        {"hcpc", QT_TRANSLATE_NOOP("RevalidationVocabulary", "HCPC-registered professional")},
        {"gphc", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Pharmacy professional (GPhC)")},
    };
    return Vocabulary::translated("RevalidationVocabulary", raw);
}

QList<Vocabulary::Term> RevalidationVocabulary::nmcRegistrations()
{
    static const Vocabulary::RawTerm raw[] = {
        {"nurse", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Nurse")},
        {"midwife", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Midwife")},
        {"nursing-associate", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Nursing associate")},
    };
    return Vocabulary::translated("RevalidationVocabulary", raw);
}

QList<Vocabulary::Term> RevalidationVocabulary::workSettings()
{
    static const Vocabulary::RawTerm raw[] = {
        {"ambulance-service", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Ambulance service")},
        {"care-home", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Care home sector")},
        {"community", QT_TRANSLATE_NOOP("RevalidationVocabulary",
                                        "Community setting (including district nursing and community psychiatric nursing)")},
        {"consultancy", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Consultancy")},
        {"cosmetic-or-aesthetic", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Cosmetic or aesthetic sector")},
        {"governing-body", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Governing body or other leadership")},
        {"gp-practice", QT_TRANSLATE_NOOP("RevalidationVocabulary", "GP practice or other primary care")},
        {"hospital", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Hospital or other secondary care")},
        {"inspectorate-or-regulator", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Inspectorate or regulator")},
        {"insurance-or-legal", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Insurance or legal")},
        {"maternity-unit", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Maternity unit or birth centre")},
        {"military", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Military")},
        {"occupational-health", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Occupational health")},
        {"police", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Police")},
        {"policy-organisation", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Policy organisation")},
        {"prison", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Prison")},
        {"private-domestic", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Private domestic setting")},
        {"public-health", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Public health organisation")},
        {"school", QT_TRANSLATE_NOOP("RevalidationVocabulary", "School")},
        {"specialist-or-tertiary", QT_TRANSLATE_NOOP("RevalidationVocabulary",
                                                     "Specialist or other tertiary care including hospice")},
        {"telephone-or-e-health", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Telephone or e-health advice")},
        {"trade-union-or-professional-body",
         QT_TRANSLATE_NOOP("RevalidationVocabulary", "Trade union or professional body")},
        {"university-or-research", QT_TRANSLATE_NOOP("RevalidationVocabulary",
                                                     "University or other research facility")},
        {"voluntary-or-charity", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Voluntary or charity sector")},
        {"other", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Other")},
    };
    return Vocabulary::translated("RevalidationVocabulary", raw);
}

QList<Vocabulary::Term> RevalidationVocabulary::scopesOfPractice()
{
    static const Vocabulary::RawTerm raw[] = {
        {"commissioning", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Commissioning")},
        {"consultancy", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Consultancy")},
        {"education", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Education")},
        {"management", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Management")},
        {"policy", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Policy")},
        {"direct-patient-care", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Direct patient care")},
        {"quality-assurance-or-inspection",
         QT_TRANSLATE_NOOP("RevalidationVocabulary", "Quality assurance or inspection")},
    };
    return Vocabulary::translated("RevalidationVocabulary", raw);
}

QList<Vocabulary::Term> RevalidationVocabulary::declarationKinds()
{
    static const Vocabulary::RawTerm raw[] = {
        {"health-and-character", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Health and character declaration")},
        {"indemnity", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Professional indemnity arrangement")},
    };
    return Vocabulary::translated("RevalidationVocabulary", raw);
}

QList<Vocabulary::Term> RevalidationVocabulary::indemnityArrangements()
{
    static const Vocabulary::RawTerm raw[] = {
        {"employer", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Through my employer")},
        {"professional-body", QT_TRANSLATE_NOOP("RevalidationVocabulary",
                                                "Through membership of a professional body or trade union")},
        {"private", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Through a private insurance arrangement")},
    };
    return Vocabulary::translated("RevalidationVocabulary", raw);
}

QList<Vocabulary::Term> RevalidationVocabulary::recordTypes()
{
    static const Vocabulary::RawTerm raw[] = {
        {"practice-hours", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Practice hours")},
        {"discussion", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Reflective discussion")},
        {"confirmation", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Confirmation")},
        {"declaration", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Declaration")},
        {"pdp-review", QT_TRANSLATE_NOOP("RevalidationVocabulary", "Review of last year's PDP")},
    };
    return Vocabulary::translated("RevalidationVocabulary", raw);
}

} // namespace cpd
