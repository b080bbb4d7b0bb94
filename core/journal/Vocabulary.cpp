#include "journal/Vocabulary.h"

#include <QCoreApplication>

namespace cpd {
QList<Vocabulary::Term> Vocabulary::activities()
{
    static const RawTerm raw[] = {
        {"course", QT_TRANSLATE_NOOP("Vocabulary", "Course")},
        {"conference", QT_TRANSLATE_NOOP("Vocabulary", "Conference")},
        {"workshop", QT_TRANSLATE_NOOP("Vocabulary", "Workshop")},
        {"e-learning", QT_TRANSLATE_NOOP("Vocabulary", "E-learning")},
        {"reading", QT_TRANSLATE_NOOP("Vocabulary", "Reading")},
        {"guideline", QT_TRANSLATE_NOOP("Vocabulary", "Guideline")},
        {"patient-case", QT_TRANSLATE_NOOP("Vocabulary", "Patient case")},
        {"feedback", QT_TRANSLATE_NOOP("Vocabulary", "Feedback")},
        {"social-media", QT_TRANSLATE_NOOP("Vocabulary", "Social media")},
        {"tweet-chat", QT_TRANSLATE_NOOP("Vocabulary", "Tweet chat")},
        {"peer-discussion", QT_TRANSLATE_NOOP("Vocabulary", "Peer discussion")},
        {"supervision", QT_TRANSLATE_NOOP("Vocabulary", "Supervision")},
        {"audit", QT_TRANSLATE_NOOP("Vocabulary", "Audit or quality improvement")},
        {"significant-event", QT_TRANSLATE_NOOP("Vocabulary", "Significant event")},
        {"complaint-or-compliment", QT_TRANSLATE_NOOP("Vocabulary", "Complaint or compliment")},
        {"teaching", QT_TRANSLATE_NOOP("Vocabulary", "Teaching")},
        {"shadowing", QT_TRANSLATE_NOOP("Vocabulary", "Shadowing")},
        {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    };
    return translated("Vocabulary", raw);
}

QList<Vocabulary::Term> Vocabulary::codeThemes()
{
    static const RawTerm raw[] = {
        {"prioritise-people", QT_TRANSLATE_NOOP("Vocabulary", "Prioritise people")},
        {"practise-effectively", QT_TRANSLATE_NOOP("Vocabulary", "Practise effectively")},
        {"preserve-safety", QT_TRANSLATE_NOOP("Vocabulary", "Preserve safety")},
        {"promote-professionalism-and-trust",
         QT_TRANSLATE_NOOP("Vocabulary", "Promote professionalism and trust")},
    };
    return translated("Vocabulary", raw);
}

QList<Vocabulary::Term> Vocabulary::gmpDomains()
{
    static const RawTerm raw[] = {
        {"knowledge-skills-development",
         QT_TRANSLATE_NOOP("Vocabulary", "Knowledge, skills and development")},
        {"patients-partnership-communication",
         QT_TRANSLATE_NOOP("Vocabulary", "Patients, partnership and communication")},
        {"colleagues-culture-safety", QT_TRANSLATE_NOOP("Vocabulary", "Colleagues, culture and safety")},
        {"trust-professionalism", QT_TRANSLATE_NOOP("Vocabulary", "Trust and professionalism")},
    };
    return translated("Vocabulary", raw);
}

QList<Vocabulary::Term> Vocabulary::feedbackSources()
{
    static const RawTerm raw[] = {
        {"patient", QT_TRANSLATE_NOOP("Vocabulary", "Patient or service user")},
        {"colleague", QT_TRANSLATE_NOOP("Vocabulary", "Colleague")},
        {"student", QT_TRANSLATE_NOOP("Vocabulary", "Student")},
        {"manager", QT_TRANSLATE_NOOP("Vocabulary", "Manager")},
        {"appraisal", QT_TRANSLATE_NOOP("Vocabulary", "Appraisal")},
        {"team-report", QT_TRANSLATE_NOOP("Vocabulary", "Team report")},
        {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    };
    return translated("Vocabulary", raw);
}

QList<Vocabulary::Term> Vocabulary::feedbackTypes()
{
    static const RawTerm raw[] = {
        {"verbal", QT_TRANSLATE_NOOP("Vocabulary", "Verbal")},
        {"written", QT_TRANSLATE_NOOP("Vocabulary", "Written (letter or card)")},
        {"survey", QT_TRANSLATE_NOOP("Vocabulary", "Survey")},
        {"report", QT_TRANSLATE_NOOP("Vocabulary", "Report")},
        {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    };
    return translated("Vocabulary", raw);
}

QList<Vocabulary::Term> Vocabulary::statuses()
{
    static const RawTerm raw[] = {
        {"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
        {"final", QT_TRANSLATE_NOOP("Vocabulary", "Final")},
    };
    return translated("Vocabulary", raw);
}

QList<Vocabulary::Term> Vocabulary::topicLevels()
{
    static const RawTerm raw[] = {
        {"individual", QT_TRANSLATE_NOOP("Vocabulary", "Individual")},
        {"family", QT_TRANSLATE_NOOP("Vocabulary", "Family")},
        {"community", QT_TRANSLATE_NOOP("Vocabulary", "Community")},
        {"population", QT_TRANSLATE_NOOP("Vocabulary", "Population")},
        {"strategic", QT_TRANSLATE_NOOP("Vocabulary", "Strategic")},
    };
    return translated("Vocabulary", raw);
}

QStringList Vocabulary::ids(const QList<Term>& terms)
{
    QStringList out;
    out.reserve(terms.size());
    for (const Term& t : terms)
        out << t.id;
    return out;
}

QString Vocabulary::label(const QList<Term>& terms, const QString& id)
{
    for (const Term& t : terms) {
        if (t.id == id)
            return t.label;
    }
    return id;
}

} // namespace cpd
