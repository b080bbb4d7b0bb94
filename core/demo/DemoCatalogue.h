#pragma once
// The demo journal's catalogue: sentences with slots, roles, and the clinical subjects
// (DemoSubjects.cpp), activities and feedback sources (DemoActivities.cpp), shared by DemoJournalGenerator.cpp. Internal to core/demo.
//
// Nothing in the banks names or identifies a patient or colleague: no names, numbers, dates of
// birth or places. Reflections describe practice in general terms, as the NMC form asks.

#include "journal/Entry.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

namespace cpd::demo {

// ---------------------------------------------------------------------------------------------
// Sentences with slots

enum Slot : qint8 {
    SlotNone = -1,
    SlotSubject,  // "the diagnosis and management of hypertension in adults"
    SlotTopic,    // "hypertension"
    SlotTitle,    // "Hypertension in adults"
    SlotSetting,  // "the practice"
    SlotPatients, // "patients", "families", "people on our caseload"
    SlotTeam,     // "the practice team"
    SlotRole,     // "practice nurse"
    SlotRoles,    // "practice nurses"
    SlotActivity, // "the course"
    SlotEvent,    // "a missed abnormal blood result"
    SlotEventTitle,
    SlotHashtag, // "#WeNurses"
    SlotCount
};

struct Piece
{
    QString text; // literal text when slot is SlotNone
    Slot slot = SlotNone;
};

struct Sentence
{
    QList<Piece> pieces;
};

using Bank = QList<Sentence>;

inline Slot slotNamed(QStringView name)
{
    static const char* const names[SlotCount] = {"subject", "topic", "title", "setting",
                                                 "patients", "team", "role", "roles", "activity",
                                                 "event", "Event", "hashtag"};
    for (int i = 0; i < SlotCount; ++i) {
        if (name == QLatin1String(names[i]))
            return Slot(i);
    }
    qFatal("DemoJournalGenerator: unknown slot {%s}", qPrintable(name.toString()));
    return SlotNone;
}

inline Sentence compile(const char* utf8)
{
    const QString s = QString::fromUtf8(utf8);
    Sentence out;
    qsizetype start = 0;
    while (start < s.size()) {
        const qsizetype open = s.indexOf(QLatin1Char('{'), start);
        if (open < 0) {
            out.pieces.append({s.mid(start), SlotNone});
            break;
        }
        const qsizetype close = s.indexOf(QLatin1Char('}'), open);
        Q_ASSERT(close > open);
        if (open > start)
            out.pieces.append({s.mid(start, open - start), SlotNone});
        out.pieces.append({QString(), slotNamed(QStringView(s).mid(open + 1, close - open - 1))});
        start = close + 1;
    }
    return out;
}

inline Bank bank(std::initializer_list<const char*> sentences)
{
    Bank b;
    b.reserve(qsizetype(sentences.size()));
    for (const char* s : sentences)
        b.append(compile(s));
    return b;
}

inline QStringList strings(std::initializer_list<const char*> list)
{
    QStringList out;
    out.reserve(qsizetype(list.size()));
    for (const char* s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

// ---------------------------------------------------------------------------------------------
// Roles

enum Role { PracticeNurse, DistrictNurse, HealthVisitor, Gp, Midwife, Pharmacist, RoleCount };

constexpr unsigned PN = 1u << PracticeNurse;
constexpr unsigned DN = 1u << DistrictNurse;
constexpr unsigned HV = 1u << HealthVisitor;
constexpr unsigned GP = 1u << Gp;
constexpr unsigned MW = 1u << Midwife;
constexpr unsigned PH = 1u << Pharmacist;
constexpr unsigned ALL = PN | DN | HV | GP | MW | PH;
constexpr unsigned NMC = PN | DN | HV | MW;

struct RoleInfo
{
    QString name;
    QString plural;
    QStringList settings;
    QString patients;
    QString team;
    QStringList hashtags;
    int weight;
    QString tag;
};

// ---------------------------------------------------------------------------------------------
// Subjects: what an entry is about, with the facts learned and the changes made

struct RawLink
{
    const char* kind;
    const char* url;
    const char* title;
};

struct Subject
{
    QString title;
    QString topic;
    QString phrase;
    unsigned roles = ALL;
    bool clinical = true; // fits "a consultation about …", complaints and case reviews
    QStringList topics;   // All Our Health topic ids (never a withdrawn one)
    QStringList tags;
    QList<Link> links;
    Bank facts;   // what was learned
    Bank changes; // what changed in practice
};

inline Subject subject(const char* title, const char* topic, const char* phrase, unsigned roles,
                bool clinical, std::initializer_list<const char*> topics,
                std::initializer_list<const char*> tags, std::initializer_list<RawLink> links,
                std::initializer_list<const char*> facts, std::initializer_list<const char*> changes)
{
    Subject s;
    s.title = QString::fromUtf8(title);
    s.topic = QString::fromUtf8(topic);
    s.phrase = QString::fromUtf8(phrase);
    s.roles = roles;
    s.clinical = clinical;
    s.topics = strings(topics);
    s.tags = strings(tags);
    for (const RawLink& l : links)
        s.links.append({QString::fromUtf8(l.kind), QString::fromUtf8(l.url), QString::fromUtf8(l.title)});
    s.facts = bank(facts);
    s.changes = bank(changes);
    return s;
}

// The clinical subjects the demo journal writes about, each with its facts and changes.
QList<Subject> buildSubjects();

// ---------------------------------------------------------------------------------------------
// Activities and feedback sources (DemoActivities.cpp)

struct ActivityInfo
{
    QString id;
    QString noun; // "the course"
    double minHours, maxHours;
    double participatoryChance; // share of entries with participatory hours
    double participatoryMin, participatoryMax; // fraction of hours
    double multiDayChance;
    bool clinicalSubject; // needs a subject that fits "a consultation about …"
    Bank titles;
    Bank openers;
    Bank more;
    QStringList tags;
    unsigned codeAffinity; // bits over Vocabulary::codeThemes()
    unsigned gmpAffinity;  // bits over Vocabulary::gmpDomains()
};

struct FeedbackSourceInfo
{
    QString id;
    QStringList types;
    Bank openers;           // for the feedback activity
    Bank complaintOpeners;  // for complaint-or-compliment (only some sources)
};

QList<ActivityInfo> buildActivities();
QList<FeedbackSourceInfo> buildFeedbackSources();

} // namespace cpd::demo
