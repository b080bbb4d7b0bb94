#include "demo/DemoJournalGenerator.h"

#include "demo/DemoCatalogue.h"

#include <QLatin1String>
#include <QUuid>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <initializer_list>

// The text banks below are built once, on first use, into pre-split sentences whose slots
// ({subject}, {setting}, …) are filled by plain appends: no regex and no JSON at generation
// time, so a hundred thousand entries take a few seconds at most.
//
// Nothing in the banks names or identifies a patient or colleague: no names, numbers, dates of
// birth or places. Reflections describe practice in general terms, as the NMC form asks.

namespace cpd {
using namespace demo;

namespace {

// ---------------------------------------------------------------------------------------------
// Generic sentence banks by the part of a reflection they serve

enum Kind { Describe, Feel, Evaluate, Learn, Conclude, Change, CodeText, KindCount };

struct Banks
{
    QList<Subject> subjects;
    QList<ActivityInfo> activities;
    QList<FeedbackSourceInfo> feedback;
    RoleInfo roles[RoleCount];
    Bank generic[KindCount];
    Bank code[4];
    Bank roleExtra[RoleCount];
    QList<std::pair<QString, QString>> events; // body text, title
    QStringList codeIds;
    QStringList gmpIds;
    QStringList levels;
    Link nmcCode, gmcGmp, elfhAoh, mecc;

    Banks();
};

Banks::Banks()
{
    subjects = buildSubjects();
    activities = buildActivities();
    feedback = buildFeedbackSources();

    auto role = [](const char* name, std::initializer_list<const char*> settings, const char* patients,
                   const char* team, std::initializer_list<const char*> tags, int weight, const char* tag) {
        QString singular = QString::fromUtf8(name);
        const QString plural = singular.endsWith(QLatin1String("wife"))
            ? QString(singular.chopped(4) + QLatin1String("wives"))
            : QString(singular + QLatin1Char('s'));
        return RoleInfo{singular, plural, strings(settings), QString::fromUtf8(patients),
                        QString::fromUtf8(team), strings(tags), weight, QString::fromUtf8(tag)};
    };
    roles[PracticeNurse] = role("practice nurse", {"the practice", "our surgery", "my clinics"},
                                "patients", "the practice team",
                                {"#WeNurses", "#AllOurHealth", "#WeCommunities"}, 25,
                                "practice nursing");
    roles[DistrictNurse] = role("district nurse", {"the community", "people's homes", "our caseload"},
                                "people on our caseload", "the district nursing team",
                                {"#WeNurses", "#AllOurHealth"}, 15, "district nursing");
    roles[HealthVisitor] = role("health visitor", {"home visits and clinics", "the health visiting service",
                                                   "our child health clinics"},
                                "families", "the health visiting team",
                                {"#WeNurses", "#AllOurHealth", "#WeCommunities"}, 12, "health visiting");
    roles[Gp] = role("GP", {"the practice", "our surgery", "my surgeries"}, "patients",
                     "the clinical team", {"#AllOurHealth", "#WeCommunities"}, 25, "general practice");
    roles[Midwife] = role("midwife", {"the community midwifery service", "antenatal clinics",
                                      "the birth centre"},
                          "women and families", "the midwifery team", {"#WeMidwives", "#AllOurHealth"}, 10,
                          "midwifery");
    roles[Pharmacist] = role("pharmacist", {"the pharmacy", "the practice", "our medicines clinics"},
                             "patients", "the pharmacy team", {"#AllOurHealth", "#WeCommunities"}, 13,
                             "pharmacy");

    generic[Describe] = bank({
        "The session was pitched at a level that suited clinicians already working in {setting}.",
        "I chose this because {topic} comes up often with {patients} and I wanted to be more "
        "confident.",
        "It was part of my personal development plan for this year.",
        "I had identified this as a gap after a run of similar questions from {patients}.",
        "It fitted well with the priorities {team} had agreed for the year.",
        "The learning took place in protected time, which made it easier to concentrate.",
        "It linked to an area of practice that has changed considerably since I qualified.",
        "I fitted it around my clinical work, so I broke it into shorter sessions.",
        "A recent change in local pathways meant I needed to refresh my understanding.",
        "Several {roles} in the area had asked for an update on this, so there was a good turnout.",
        "I went in with a list of questions from recent clinics, which kept me focused.",
        "Our team had noticed variation in how we approach {topic}, and I offered to look into it.",
    });
    generic[Feel] = bank({
        "Beforehand I felt reasonably confident, but I soon realised my knowledge was out of date "
        "in places.",
        "I felt a mixture of reassurance and unease: much of what I do is right, but some of it is "
        "habit rather than evidence.",
        "At first I felt defensive, which I recognise is a common reaction.",
        "I felt energised afterwards and keen to share what I had learned with {team}.",
        "I was anxious about getting it wrong, and naming that feeling helped me deal with it.",
        "I felt frustrated that the time available in a routine appointment makes this hard to do "
        "well.",
        "I felt proud of the way {team} works, and it was good to have that recognised.",
        "I was surprised by how strongly I felt about it once I started to talk it through.",
        "I felt more confident by the end, particularly about the conversations I had been "
        "avoiding.",
        "I was tired at the end of a long week, which probably coloured my first reaction.",
        "It was reassuring to hear that other {roles} find the same things difficult.",
        "I felt uncomfortable when I realised how often I had missed an opportunity to raise it.",
        "I felt curious rather than anxious, which is a change from how I used to approach new "
        "guidance.",
        "Part of me worried about finding the time to change anything, given how stretched we are.",
        "I felt supported, because nobody treated the gaps in our knowledge as a failing.",
        "It was humbling to see how much I had taken for granted.",
    });
    generic[Evaluate] = bank({
        "The most useful part was the practical examples, which were close to my everyday work.",
        "What went well was the chance to ask questions; what went less well was the limited time "
        "for discussion.",
        "The evidence was presented clearly, although some of it was more relevant to hospital "
        "settings than to {setting}.",
        "Not everything applied to my role, but the core messages did.",
        "It confirmed some of my practice and challenged other parts, which is what I wanted.",
        "The content was good, but I would have liked more on how to put it into practice with "
        "limited time.",
        "Working through real, anonymised examples made the learning stick far better than slides.",
        "On reflection, the experience was positive overall, even though parts of it were "
        "uncomfortable.",
        "The quality of the resources was high and they are freely available to the whole team.",
        "I could see straight away where our current processes fall short.",
        "Some of the statistics were new to me and made the scale of the problem clear.",
        "The pace was right, and there was enough time to think about how it applies to my own "
        "work.",
        "The weaker part was that there was little about reaching people who do not attend.",
        "It was honest about what we do not yet know, which I found helpful.",
        "It would have been better still with more input from people with lived experience.",
    });
    generic[Learn] = bank({
        "I learned that small, consistent changes in routine contacts add up to a real difference "
        "for {patients}.",
        "The main thing I took away is that asking the right question early saves time later.",
        "I learned how much the way I phrase things affects whether {patients} engage.",
        "I realised that my documentation did not always show my clinical reasoning.",
        "It reinforced the value of Making Every Contact Count: every appointment is a chance for a "
        "brief, helpful conversation.",
        "I learned where to find reliable, up-to-date resources quickly during a busy clinic.",
        "I now understand the reasoning behind the recommendations rather than just the "
        "recommendations themselves.",
        "It reminded me that health inequalities are shaped by things outside the consulting room.",
        "I learned that shared decision making needs time set aside, not squeezed in at the end.",
        "I learned that the evidence has moved on more than I had appreciated.",
        "I came to see how the different services around {patients} fit together, and where the "
        "gaps are.",
        "It showed me how much knowledge already exists within {team} that we do not always "
        "share.",
        "Thinking it through afterwards, I could see how the theory explained what I had seen in "
        "practice.",
        "I recognised that my assumptions about what {patients} want are not always right.",
        "It linked clearly to the All Our Health idea that every professional has a part to play "
        "in prevention.",
        "Continuity matters: the same message from each professional is more likely to be acted "
        "on.",
        "Good care depends as much on systems and teamwork as on individual knowledge.",
    });
    generic[Conclude] = bank({
        "Looking back, I could have asked for advice sooner rather than trying to manage on my own.",
        "With hindsight, I should have checked the guidance before the situation arose rather than "
        "afterwards.",
        "I could have involved the person more in the decision instead of presenting a plan.",
        "Overall, this was a valuable piece of learning that I can apply straight away.",
        "I could have made better use of the resources already available within {team}.",
        "I would have benefited from discussing it with a colleague at the time.",
        "In future I would plan my time so that the most important conversation comes first.",
        "I conclude that my practice was safe, but there is room to make it more person-centred.",
        "I have identified a clear gap in my knowledge that I now need to close.",
        "Another approach would have been to ask {patients} directly what they found helpful.",
        "I could have made my safety-netting advice more specific.",
        "I now see that the problem was as much about the system as about any one person.",
    });
    generic[Change] = bank({
        "I have shared a summary with {team} at our practice meeting.",
        "I have updated my own checklist and will review it again in six months.",
        "I will look for a follow-up course to build on this.",
        "I will audit a sample of my own records in three months to check the change has stuck.",
        "I have added this area to my personal development plan for next year.",
        "I have bookmarked the key resources so that I can find them in clinic.",
        "I plan to discuss this again in supervision to see how the change is working.",
        "I now give {patients} clearer written information to take away.",
        "I have agreed with {team} to raise this as a topic at a future learning session.",
        "I will ask for feedback from {patients} on whether the change has helped.",
        "I now build in time at the end of appointments to check understanding.",
        "I have suggested a change to our template so that the prompt appears for everyone.",
        "If it arose again, I would discuss it with a senior colleague on the same day.",
        "I will check in with {team} in a month to see whether the new approach is working.",
        "I intend to present a short case, with all identifying details removed, at our next "
        "learning session.",
    });
    code[0] = bank({
        "Prioritise people: the learning helps me treat {patients} as individuals and listen to "
        "what matters to them.",
        "It relates to prioritising people, because it is about respecting preferences and "
        "working in partnership.",
        "Prioritise people – I want {patients} to feel heard and involved in decisions about their "
        "care.",
        "This supports the theme Prioritise people by making sure that care is person-centred.",
    });
    code[1] = bank({
        "Practise effectively: it keeps my knowledge up to date and my practice based on the best "
        "available evidence.",
        "It relates to practising effectively, including keeping clear and accurate records.",
        "Practise effectively – sharing what I learned with {team} supports good teamwork.",
        "This is about practising effectively, because it changes what I do in routine "
        "appointments.",
    });
    code[2] = bank({
        "Preserve safety: it helps me recognise risk early and act on it.",
        "It relates to preserving safety by making sure I work within my competence and escalate "
        "concerns.",
        "Preserve safety – it is about raising concerns and learning from what goes wrong.",
        "This links to preserving safety, including safe use of medicines.",
    });
    code[3] = bank({
        "Promote professionalism and trust: reflecting openly on my practice is part of being a "
        "registrant.",
        "It relates to promoting professionalism and trust, including the duty of candour and "
        "acting with integrity.",
        "Promote professionalism and trust – I want {patients} to be able to trust the advice they "
        "get from me.",
        "This supports professionalism and trust through leadership and role modelling within "
        "{team}.",
    });
    const Bank nmc = bank({
        "I will use this as one of my written reflective accounts for revalidation.",
        "I plan to bring this to my reflective discussion with another registrant.",
        "I have logged the hours and kept the evidence for my revalidation portfolio.",
    });
    roleExtra[PracticeNurse] = nmc;
    roleExtra[DistrictNurse] = nmc;
    roleExtra[HealthVisitor] = nmc;
    roleExtra[Midwife] = nmc;
    roleExtra[Gp] = bank({
        "I have added this to my appraisal portfolio and linked it to my PDP.",
        "I will discuss the impact of this learning at my next appraisal.",
        "I have claimed the credits, one per hour of learning including reflection.",
    });
    roleExtra[Pharmacist] = bank({
        "I will record this as one of my CPD entries for GPhC revalidation.",
        "I plan to use this in my peer discussion for revalidation.",
        "I have shared the key points with the other pharmacists in our PCN.",
    });

    auto event = [this](const char* text, const char* title) {
        events.append({QString::fromUtf8(text), QString::fromUtf8(title)});
    };
    event("a delayed urgent referral", "Delayed urgent referral");
    event("a missed abnormal blood result", "Missed abnormal blood result");
    event("a vaccine fridge temperature excursion", "Vaccine fridge temperature excursion");
    event("a prescribing error picked up before it reached the patient", "Prescribing near miss");
    event("a breakdown in communication after hospital discharge",
          "Communication breakdown after discharge");
    event("a specimen lost before it reached the laboratory", "Lost specimen");
    event("a home visit request that was not passed on", "Missed home visit request");
    event("a look-alike medicine selected in error", "Look-alike medicine selected in error");
    event("a delay in recognising a deteriorating patient", "Delayed recognition of deterioration");

    codeIds = strings({"prioritise-people", "practise-effectively", "preserve-safety",
                       "promote-professionalism-and-trust"});
    gmpIds = strings({"knowledge-skills-development", "patients-partnership-communication",
                      "colleagues-culture-safety", "trust-professionalism"});
    levels = strings({"individual", "family", "community", "population", "strategic"});

    auto link = [](const char* kind, const char* url, const char* title) {
        return Link{QString::fromUtf8(kind), QString::fromUtf8(url), QString::fromUtf8(title)};
    };
    nmcCode = link("web", "https://www.nmc.org.uk/standards/code/",
                   "The Code: professional standards of practice and behaviour (NMC)");
    gmcGmp = link("web",
                  "https://www.gmc-uk.org/professional-standards/the-professional-standards/"
                  "good-medical-practice",
                  "Good medical practice 2024 (GMC)");
    elfhAoh = link("web", "https://www.e-lfh.org.uk/programmes/all-our-health/",
                   "All Our Health e-learning (e-LfH)");
    mecc = link("web", "https://www.makingeverycontactcount.co.uk/", "Making Every Contact Count");
}

const Banks& banks()
{
    static const Banks b;
    return b;
}

// ---------------------------------------------------------------------------------------------
// Template layout: the parts of each template and the kinds of sentence they draw from

struct Part
{
    const char* key;
    Kind kind;
    Kind alt; // a second kind mixed in (KindCount for none)
};

struct TemplatePlan
{
    const char* id;
    QList<Part> parts;
};

const QList<TemplatePlan>& templatePlans()
{
    static const QList<TemplatePlan> plans = {
        {"nmc",
         {{"nature", Describe, KindCount},
          {"learned", Learn, Evaluate},
          {"changed", Change, KindCount},
          {"code", CodeText, KindCount}}},
        {"gibbs",
         {{"description", Describe, KindCount},
          {"feelings", Feel, KindCount},
          {"evaluation", Evaluate, KindCount},
          {"analysis", Learn, KindCount},
          {"conclusion", Conclude, KindCount},
          {"action_plan", Change, KindCount}}},
        {"driscoll",
         {{"what", Describe, KindCount},
          {"so_what", Learn, Evaluate},
          {"now_what", Change, KindCount}}},
        {"kolb",
         {{"experience", Describe, KindCount},
          {"observation", Feel, Evaluate},
          {"conceptualisation", Learn, KindCount},
          {"experimentation", Change, KindCount}}},
        {"free",
         {{"text", Describe, KindCount},
          {"text", Feel, Evaluate},
          {"text", Learn, KindCount},
          {"text", Change, Conclude}}},
    };
    return plans;
}

// ---------------------------------------------------------------------------------------------
// Composition

struct Context
{
    const Subject* subject = nullptr;
    const RoleInfo* role = nullptr;
    const ActivityInfo* activity = nullptr;
    const std::pair<QString, QString>* event = nullptr;
    QString setting;
    QString hashtag;

    const QString& value(Slot slot) const
    {
        static const QString empty;
        switch (slot) {
        case SlotSubject: return subject->phrase;
        case SlotTopic: return subject->topic;
        case SlotTitle: return subject->title;
        case SlotSetting: return setting;
        case SlotPatients: return role->patients;
        case SlotTeam: return role->team;
        case SlotRole: return role->name;
        case SlotRoles: return role->plural;
        case SlotActivity: return activity->noun;
        case SlotEvent: return event ? event->first : empty;
        case SlotEventTitle: return event ? event->second : empty;
        case SlotHashtag: return hashtag;
        case SlotNone:
        case SlotCount: break;
        }
        return empty;
    }
};

QString expand(const Sentence& s, const Context& ctx)
{
    QString out;
    out.reserve(200);
    bool first = true;
    for (const Piece& p : s.pieces) {
        if (p.slot == SlotNone) {
            out += p.text;
        } else {
            const QString& v = ctx.value(p.slot);
            // A slot that opens a sentence ("{team} held …") takes a capital.
            if (first && !v.isEmpty() && v.at(0).isLower()) {
                out += v.at(0).toUpper();
                out += QStringView(v).mid(1);
            } else {
                out += v;
            }
        }
        first = false;
    }
    return out;
}

int countWords(const QString& s)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : s) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

double roundTo(double v, double step)
{
    return std::round(v / step) * step;
}

constexpr int kMinWords = 100;
constexpr int kMaxWords = 500;

} // namespace

// ---------------------------------------------------------------------------------------------

DemoJournalGenerator::DemoJournalGenerator(quint64 seed, QDate endDate)
    : m_endDate(endDate.isValid() ? endDate : QDate(2026, 1, 1))
{
    const quint32 buffer[2] = {quint32(seed & 0xffffffffu), quint32(seed >> 32)};
    m_random = QRandomGenerator(buffer);
}

int DemoJournalGenerator::pick(int bound)
{
    return bound <= 1 ? 0 : int(m_random.bounded(quint32(bound)));
}

double DemoJournalGenerator::uniform(double low, double high)
{
    return low + (high - low) * m_random.generateDouble();
}

bool DemoJournalGenerator::chance(double p)
{
    return m_random.generateDouble() < p;
}

int DemoJournalGenerator::nextFromRound(QList<int>& round, int size)
{
    if (round.isEmpty()) {
        round.reserve(size);
        for (int i = 0; i < size; ++i)
            round.append(i);
        for (int i = size - 1; i > 0; --i)
            std::swap(round[i], round[pick(i + 1)]);
    }
    return round.takeLast();
}

QString DemoJournalGenerator::makeId()
{
    const quint64 a = m_random.generate64();
    const quint64 b = m_random.generate64();
    const QUuid uuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0fff) | 0x4000), // version 4
                     uchar(((b >> 56) & 0x3f) | 0x80),                               // RFC 4122 variant
                     uchar(b >> 48), uchar(b >> 40), uchar(b >> 32), uchar(b >> 24), uchar(b >> 16),
                     uchar(b >> 8), uchar(b));
    return uuid.toString(QUuid::WithoutBraces);
}

Entry DemoJournalGenerator::next()
{
    const Banks& B = banks();
    ++m_index;
    Entry e;

    // What kind of entry: activities and templates come in shuffled rounds so that every one
    // appears within the first 18 entries, and the pairs still vary.
    const int activityIndex = nextFromRound(m_activityRound, int(B.activities.size()));
    const int templateIndex = nextFromRound(m_templateRound, int(templatePlans().size()));
    const ActivityInfo& activity = B.activities.at(activityIndex);
    const TemplatePlan& plan = templatePlans().at(templateIndex);
    const bool nmcTemplate = templateIndex == 0;

    // Who wrote it: an NMC registrant for the NMC form, anyone otherwise.
    Role role = PracticeNurse;
    {
        int total = 0;
        for (int r = 0; r < RoleCount; ++r) {
            if (!nmcTemplate || (NMC & (1u << r)))
                total += B.roles[r].weight;
        }
        int x = pick(total);
        for (int r = 0; r < RoleCount; ++r) {
            if (nmcTemplate && !(NMC & (1u << r)))
                continue;
            x -= B.roles[r].weight;
            if (x < 0) {
                role = Role(r);
                break;
            }
        }
    }
    const RoleInfo& roleInfo = B.roles[role];

    // What about: a subject this role works with (and one that suits the activity).
    QVarLengthArray<int, 48> candidates;
    for (int i = 0; i < B.subjects.size(); ++i) {
        const Subject& s = B.subjects.at(i);
        if ((s.roles & (1u << role)) && (!activity.clinicalSubject || s.clinical))
            candidates.append(i);
    }
    const Subject& subject = B.subjects.at(candidates.at(pick(int(candidates.size()))));

    Context ctx;
    ctx.subject = &subject;
    ctx.role = &roleInfo;
    ctx.activity = &activity;
    ctx.setting = roleInfo.settings.at(pick(int(roleInfo.settings.size())));
    ctx.hashtag = roleInfo.hashtags.at(pick(int(roleInfo.hashtags.size())));
    if (activity.id == QLatin1String("significant-event"))
        ctx.event = &B.events.at(pick(int(B.events.size())));

    // Feedback source and type, where the entry is about feedback.
    const FeedbackSourceInfo* feedback = nullptr;
    const bool isFeedback = activity.id == QLatin1String("feedback");
    const bool isComplaint = activity.id == QLatin1String("complaint-or-compliment");
    if (isFeedback) {
        feedback = &B.feedback.at(pick(int(B.feedback.size())));
    } else if (isComplaint) {
        QVarLengthArray<int, 8> withComplaints;
        for (int i = 0; i < B.feedback.size(); ++i) {
            if (!B.feedback.at(i).complaintOpeners.isEmpty())
                withComplaints.append(i);
        }
        // Most complaints and compliments come from patients.
        feedback = chance(0.7) ? &B.feedback.at(0)
                               : &B.feedback.at(withComplaints.at(pick(int(withComplaints.size()))));
    } else if (activity.id == QLatin1String("teaching") && chance(0.3)) {
        feedback = &B.feedback.at(2); // students' feedback on the teaching
    }
    if (feedback) {
        e.feedbackSource = feedback->id;
        e.feedbackType = feedback->types.at(pick(int(feedback->types.size())));
    }

    // Title.
    e.title = expand(activity.titles.at(pick(int(activity.titles.size()))), ctx);

    // Dates: anywhere in the three years ending at endDate, multi-day events kept inside it.
    const QDate windowStart = m_endDate.addYears(-3).addDays(1);
    int days = 1;
    if (chance(activity.multiDayChance))
        days = 2 + (chance(0.25) ? 1 : 0);
    const qint64 span = windowStart.daysTo(m_endDate) - (days - 1);
    e.date = windowStart.addDays(qint64(m_random.bounded(quint32(span + 1))));
    if (days > 1)
        e.endDate = e.date.addDays(days - 1);

    // Hours, participatory hours and credits.
    double hours = roundTo(uniform(activity.minHours, activity.maxHours), 0.5);
    if (days > 1)
        hours = roundTo(hours + (days - 1) * uniform(5.0, 7.0), 0.5);
    e.hours = std::max(0.5, hours);
    if (chance(activity.participatoryChance)) {
        const double share = uniform(activity.participatoryMin, activity.participatoryMax);
        e.participatoryHours = std::clamp(roundTo(e.hours * share, 0.25), 0.25, e.hours);
    }
    if (role == Gp) {
        const double r = m_random.generateDouble();
        if (r < 0.12)
            e.credits = e.hours;
        else if (r < 0.18)
            e.credits = e.hours + 0.5; // time spent reflecting and putting it into practice
    }

    // Code themes for the NMC form (and often for other nursing entries), GMP domains for GPs.
    e.activity = activity.id;
    e.templateId = QString::fromLatin1(plan.id);
    if (nmcTemplate || ((NMC & (1u << role)) && chance(0.6))) {
        unsigned themes = 0;
        QVarLengthArray<int, 4> preferred;
        for (int i = 0; i < 4; ++i) {
            if (activity.codeAffinity & (1u << i))
                preferred.append(i);
        }
        themes |= 1u << preferred.at(pick(int(preferred.size())));
        const int extra = pick(3); // 0–2 more
        for (int i = 0; i < extra; ++i)
            themes |= 1u << pick(4);
        for (int i = 0; i < 4; ++i) {
            if (themes & (1u << i))
                e.codeThemes << B.codeIds.at(i);
        }
    }
    if (role == Gp) {
        unsigned domains = 0;
        QVarLengthArray<int, 4> preferred;
        for (int i = 0; i < 4; ++i) {
            if (activity.gmpAffinity & (1u << i))
                preferred.append(i);
        }
        domains |= 1u << preferred.at(pick(int(preferred.size())));
        if (chance(0.4))
            domains |= 1u << pick(4);
        for (int i = 0; i < 4; ++i) {
            if (domains & (1u << i))
                e.gmpDomains << B.gmpIds.at(i);
        }
    }

    // Reflection: fill each part of the template with sentences until the target length.
    {
        const int target = 110 + pick(170) + pick(170); // 110–448 words, most around 280
        const QList<Part>& parts = plan.parts;
        const int partCount = int(parts.size());
        QVarLengthArray<QString, 6> texts(partCount);
        QVarLengthArray<int, 6> sentencesIn(partCount);
        QVarLengthArray<bool, 6> exhausted(partCount);
        for (int i = 0; i < partCount; ++i) {
            sentencesIn[i] = 0;
            exhausted[i] = false;
        }
        QVarLengthArray<const Sentence*, 64> used;
        int words = 0;

        // The themes' sentences for the NMC "code" answer, one per chosen theme first.
        QVarLengthArray<int, 4> themeIndexes;
        for (const QString& id : std::as_const(e.codeThemes))
            themeIndexes.append(int(B.codeIds.indexOf(id)));

        auto isUsed = [&used](const Sentence* s) {
            return std::find(used.cbegin(), used.cend(), s) != used.cend();
        };
        auto fromBank = [&](const Bank& b) -> const Sentence* {
            if (b.isEmpty())
                return nullptr;
            const int start = pick(int(b.size()));
            for (int k = 0; k < b.size(); ++k) {
                const Sentence* s = &b.at((start + k) % b.size());
                if (!isUsed(s))
                    return s;
            }
            return nullptr;
        };
        // One sentence for a part, from the banks its kind draws on.
        auto choose = [&](int partIndex) -> const Sentence* {
            const Part& part = parts.at(partIndex);
            const Kind kind = (part.alt != KindCount && chance(0.4)) ? part.alt : part.kind;
            const int n = sentencesIn[partIndex];
            switch (kind) {
            case Describe: {
                if (n == 0) {
                    if (feedback && (isFeedback || isComplaint)) {
                        const Bank& b = isComplaint && !feedback->complaintOpeners.isEmpty()
                                            ? feedback->complaintOpeners
                                            : feedback->openers;
                        if (const Sentence* s = fromBank(b))
                            return s;
                    }
                    if (const Sentence* s = fromBank(activity.openers))
                        return s;
                }
                const Sentence* s = chance(0.6) ? fromBank(activity.more) : nullptr;
                return s ? s : fromBank(B.generic[Describe]);
            }
            case Learn: {
                const Sentence* s = chance(0.7) ? fromBank(subject.facts) : nullptr;
                if (!s)
                    s = fromBank(B.generic[Learn]);
                return s ? s : fromBank(subject.facts);
            }
            case Change: {
                const double r = m_random.generateDouble();
                const Sentence* s = nullptr;
                if (r < 0.55)
                    s = fromBank(subject.changes);
                else if (r < 0.7 && n > 0)
                    s = fromBank(B.roleExtra[role]);
                if (!s)
                    s = fromBank(B.generic[Change]);
                return s ? s : fromBank(subject.changes);
            }
            case CodeText: {
                if (n < themeIndexes.size())
                    return fromBank(B.code[themeIndexes[n]]);
                return nullptr; // one sentence per theme is enough
            }
            case Feel:
            case Evaluate:
            case Conclude: {
                const Sentence* s = fromBank(B.generic[kind]);
                if (!s && part.alt != KindCount)
                    s = fromBank(B.generic[kind == part.kind ? part.alt : part.kind]);
                return s;
            }
            case KindCount: break;
            }
            return nullptr;
        };
        auto add = [&](int partIndex, bool mayExceedTarget) -> bool {
            const Sentence* s = choose(partIndex);
            if (!s) {
                exhausted[partIndex] = true;
                return false;
            }
            const QString text = expand(*s, ctx);
            const int w = countWords(text);
            if (words + w > kMaxWords || (!mayExceedTarget && words + w > target + 25 && words >= kMinWords))
                return false;
            used.append(s);
            QString& t = texts[partIndex];
            if (!t.isEmpty())
                t += QLatin1Char(' ');
            t += text;
            ++sentencesIn[partIndex];
            words += w;
            return true;
        };

        // Every part gets an answer; the description often two sentences.
        for (int i = 0; i < partCount; ++i)
            add(i, true);
        if (chance(0.6))
            add(0, true);
        // Then grow the parts, favouring learning and change, until the target is reached.
        int failures = 0;
        while ((words < target || words < kMinWords) && failures < 40) {
            int i = pick(partCount + 2);
            if (i >= partCount) { // the extra draws go to learning and change parts
                for (int k = partCount - 1; k >= 0; --k) {
                    const Kind kd = parts.at(k).kind;
                    if ((i == partCount && kd == Learn) || (i == partCount + 1 && kd == Change)) {
                        i = k;
                        break;
                    }
                }
                if (i >= partCount)
                    i = pick(partCount);
            }
            const int cap = parts.at(i).kind == CodeText ? 4 : partCount == 1 ? 12 : 7;
            if (exhausted[i] || (sentencesIn[i] >= cap && words >= kMinWords) || !add(i, words < kMinWords))
                ++failures;
        }

        for (int i = 0; i < partCount; ++i) {
            const QString key = QString::fromLatin1(parts.at(i).key);
            auto it = e.reflection.find(key);
            if (it == e.reflection.end())
                e.reflection.insert(key, texts[i]);
            else if (!texts[i].isEmpty())
                it.value() += QLatin1String("\n\n") + texts[i];
        }
    }

    // All Our Health topics (0–3) with levels of action.
    {
        QVarLengthArray<int, 4> order;
        for (int i = 0; i < subject.topics.size(); ++i)
            order.append(i);
        for (int i = int(order.size()) - 1; i > 0; --i)
            std::swap(order[i], order[pick(i + 1)]);
        int count = 0;
        if (!order.isEmpty()) {
            const double r = m_random.generateDouble();
            count = r < 0.15 ? 0 : r < 0.6 ? 1 : r < 0.88 ? 2 : 3;
            count = std::min(count, int(order.size()));
        }
        for (int k = 0; k < count; ++k) {
            QString level;
            const double r = m_random.generateDouble();
            if (activity.id == QLatin1String("audit") || activity.id == QLatin1String("other"))
                level = B.levels.at(r < 0.15 ? 2 : r < 0.7 ? 3 : 4);
            else if (role == HealthVisitor || role == Midwife)
                level = B.levels.at(r < 0.35 ? 0 : r < 0.8 ? 1 : 2);
            else if (role == DistrictNurse)
                level = B.levels.at(r < 0.6 ? 0 : r < 0.85 ? 1 : 2);
            else
                level = B.levels.at(r < 0.6 ? 0 : r < 0.68 ? 1 : r < 0.85 ? 2 : r < 0.97 ? 3 : 4);
            e.topics.append({subject.topics.at(order[k]), level});
        }
    }

    // Tags (1–4): from the subject, the activity and the role.
    {
        QStringList pool = subject.tags;
        pool << activity.tags << roleInfo.tag;
        const int want = 1 + pick(4);
        while (e.tags.size() < want && !pool.isEmpty()) {
            const QString tag = pool.takeAt(pick(int(pool.size())));
            if (!e.tags.contains(tag, Qt::CaseInsensitive))
                e.tags << tag;
        }
    }

    // Links (0–3): the subject's guidance, plus what the activity naturally points to.
    {
        QList<Link> pool = subject.links;
        if (activity.id == QLatin1String("tweet-chat") || activity.id == QLatin1String("social-media")) {
            const QString tag = ctx.hashtag.mid(1);
            pool.prepend({QStringLiteral("social"), QStringLiteral("https://twitter.com/hashtag/") + tag,
                          ctx.hashtag + QStringLiteral(" tweet chat")});
        }
        if (activity.id == QLatin1String("e-learning"))
            pool.prepend(B.elfhAoh);
        if (nmcTemplate)
            pool.append(B.nmcCode);
        if (role == Gp)
            pool.append(B.gmcGmp);
        if (subject.tags.contains(QLatin1String("MECC")))
            pool.append(B.mecc);
        const double r = m_random.generateDouble();
        int want = r < 0.2 ? 0 : r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
        const bool needsLink = activity.id == QLatin1String("guideline")
            || activity.id == QLatin1String("e-learning") || activity.id == QLatin1String("tweet-chat");
        if (needsLink)
            want = std::max(want, 1);
        want = std::min(want, int(pool.size()));
        // The first link is the most relevant one for activities that need one.
        if (needsLink && want > 0)
            e.links << pool.takeFirst();
        while (e.links.size() < want)
            e.links << pool.takeAt(pick(int(pool.size())));
    }

    // Status: recent entries are more often still drafts.
    const qint64 age = e.date.daysTo(m_endDate);
    e.status = chance(age < 60 ? 0.35 : 0.06) ? QStringLiteral("draft") : QStringLiteral("final");

    // Timestamps derived from the date: written up the same day or within a few days.
    {
        const QDate last = e.endDate.isValid() ? e.endDate : e.date;
        QDate createdDay = last.addDays(chance(0.55) ? 0 : 1 + pick(6));
        if (createdDay > m_endDate)
            createdDay = m_endDate;
        const QTime createdTime(8 + pick(14), pick(60), pick(60));
        e.created = QDateTime(createdDay, createdTime, Qt::UTC);
        e.updated = e.created;
        if (chance(0.45)) {
            e.updated = chance(0.5) ? e.created.addSecs(60 * (5 + pick(240)))
                                    : e.created.addDays(1 + pick(30)).addSecs(60 * pick(600));
            const QDateTime limit(m_endDate, QTime(23, 59, 59), Qt::UTC);
            if (e.updated > limit)
                e.updated = std::max(e.created, limit);
        }
    }

    e.id = makeId();
    return e;
}

QList<Entry> DemoJournalGenerator::generate(int count)
{
    QList<Entry> out;
    out.reserve(std::max(0, count));
    for (int i = 0; i < count; ++i)
        out.append(next());
    return out;
}

} // namespace cpd
