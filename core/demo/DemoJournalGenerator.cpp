#include "demo/DemoJournalGenerator.h"

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
namespace {

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

Slot slotNamed(QStringView name)
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

Sentence compile(const char* utf8)
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

Bank bank(std::initializer_list<const char*> sentences)
{
    Bank b;
    b.reserve(qsizetype(sentences.size()));
    for (const char* s : sentences)
        b.append(compile(s));
    return b;
}

QStringList strings(std::initializer_list<const char*> list)
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

Subject subject(const char* title, const char* topic, const char* phrase, unsigned roles,
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

QList<Subject> buildSubjects()
{
    QList<Subject> s;
    s << subject(
        "Hypertension in adults", "hypertension",
        "the diagnosis and management of hypertension in adults", PN | GP | PH, true,
        {"cardiovascular-disease-prevention"}, {"hypertension", "cardiovascular", "NG136", "QOF"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng136",
          "Hypertension in adults: diagnosis and management (NICE NG136)"}},
        {"NICE NG136 asks for ambulatory or home blood pressure monitoring to confirm a diagnosis "
         "when the clinic reading is 140/90 mmHg or higher.",
         "I was reminded that the clinic-to-home threshold drops by 5 mmHg, so a home average of "
         "135/85 mmHg confirms stage 1 hypertension.",
         "The target for most adults under 80 is a clinic reading below 140/90 mmHg, and below "
         "150/90 mmHg for those aged 80 and over.",
         "Postural hypotension is easy to miss, and standing readings matter for anyone with "
         "falls, dizziness or diabetes.",
         "Treatment choice still depends on age, ethnicity and whether the person has type 2 "
         "diabetes, which is why a single protocol rarely fits everyone.",
         "Cuff size makes a real difference: a cuff that is too small overestimates the reading.",
         "Home blood pressure monitoring works best when people are shown how to do it and given a "
         "simple way to send their readings back."},
        {"I now offer home blood pressure monitoring with a written plan for how many readings to "
         "take and how to return them.",
         "I have started checking cuff size and taking a standing reading at every hypertension "
         "review for older patients.",
         "I updated our review template so that the target reading and the date of the last "
         "medication review are visible at a glance.",
         "I now spend a few minutes at each review on salt, alcohol and activity rather than "
         "treating the reading in isolation."});
    s << subject(
        "Type 2 diabetes in adults", "type 2 diabetes", "the management of type 2 diabetes in adults",
        PN | DN | GP | PH, true,
        {"adult-obesity", "physical-activity", "cardiovascular-disease-prevention"},
        {"diabetes", "long-term conditions", "NG28", "QOF"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng28",
          "Type 2 diabetes in adults: management (NICE NG28)"},
         {"web", "https://www.england.nhs.uk/diabetes/", "NHS England: diabetes"}},
        {"Structured education at diagnosis is recommended, yet uptake locally is low and many "
         "people do not remember being offered it.",
         "SGLT2 inhibitors are now offered much earlier to people with heart failure or established "
         "cardiovascular disease, so medicines reviews need to look beyond HbA1c.",
         "Sick day rules need to be explained clearly, particularly for people taking metformin or "
         "an SGLT2 inhibitor.",
         "Individualised HbA1c targets matter: an aggressive target is not right for someone who is "
         "frail or at risk of hypoglycaemia.",
         "Foot checks are only useful if the risk category is explained and the person knows what "
         "to do if they notice a change.",
         "Remission through weight loss is possible for some people, and a low-calorie diet "
         "programme may be an option to discuss.",
         "The eight care processes are easy to tick off but harder to turn into a conversation "
         "about what matters to the person."},
        {"I now go through sick day rules at every diabetes review and give a printed copy.",
         "I refer more people to structured education and follow up whether they attended.",
         "I agree an individual HbA1c target with each person and record the reasons for it.",
         "I have started asking about mood and diabetes distress as part of the annual review."});
    s << subject(
        "Asthma: diagnosis, monitoring and management", "asthma",
        "asthma diagnosis, monitoring and chronic asthma management", PN | GP | PH | HV, true,
        {"air-pollution", "smoking-and-tobacco", "climate-and-health"},
        {"asthma", "respiratory", "inhaler technique", "NG245"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng245",
          "Asthma: diagnosis, monitoring and chronic asthma management (NICE NG245)"},
         {"web",
          "https://www.gov.uk/government/publications/air-pollution-applying-all-our-health/"
          "air-pollution-applying-all-our-health",
          "Air pollution: applying All Our Health"}},
        {"The joint guideline moves towards an anti-inflammatory reliever approach, which changes "
         "what we teach at review.",
         "Objective testing such as FeNO and spirometry is expected before a diagnosis is recorded.",
         "Overuse of short-acting reliever inhalers is a warning sign that should trigger a review, "
         "not just a repeat prescription.",
         "Poor inhaler technique is very common, and it is better to watch someone use their device "
         "than to ask whether they are confident.",
         "Damp and mould at home and outdoor air pollution can both make asthma worse, and asking "
         "about housing is part of a good review.",
         "Metered-dose inhalers have a much larger carbon footprint than dry powder devices, which "
         "can be discussed where a switch is clinically suitable.",
         "A personalised asthma action plan is one of the simplest interventions and still one of "
         "the most often missed."},
        {"I now check inhaler technique at every contact and record which device and spacer the "
         "person uses.",
         "I give every person a written asthma action plan and check they know where it is.",
         "I run a search each month for people collecting many reliever inhalers and invite them "
         "for review.",
         "I now ask about damp, mould and smoking at home during asthma reviews."});
    s << subject(
        "COPD in over 16s", "COPD", "the diagnosis and management of chronic obstructive pulmonary "
        "disease", PN | DN | GP | PH, true,
        {"smoking-and-tobacco", "air-pollution"}, {"COPD", "respiratory", "NG115"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng115",
          "Chronic obstructive pulmonary disease in over 16s: diagnosis and management (NICE NG115)"}},
        {"Pulmonary rehabilitation has one of the strongest evidence bases in COPD, yet referral "
         "rates remain low.",
         "Stopping smoking remains the single most effective intervention at any stage of COPD.",
         "A rescue pack should come with a clear written plan and an expectation that the person "
         "lets the practice know when they use it.",
         "Breathlessness is frightening, and anxiety and low mood are common in people with COPD.",
         "Spirometry quality matters: a poorly performed test can lead to a wrong diagnosis.",
         "Annual flu and pneumococcal vaccination should be discussed at every COPD review."},
        {"I now discuss pulmonary rehabilitation with every person who has an MRC breathlessness "
         "score of 3 or more.",
         "I have started giving written self-management plans alongside rescue packs.",
         "I ask about mood and anxiety at COPD reviews and know where to refer.",
         "I check vaccination status at each review rather than relying on the flu campaign."});
    s << subject(
        "Atrial fibrillation and pulse checks", "atrial fibrillation",
        "detecting and managing atrial fibrillation", PN | GP | PH, true,
        {"cardiovascular-disease-prevention"}, {"atrial fibrillation", "stroke prevention", "NG196"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng196",
          "Atrial fibrillation: diagnosis and management (NICE NG196)"}},
        {"A manual pulse check takes seconds and can pick up an irregular rhythm that would "
         "otherwise go unnoticed.",
         "Stroke risk should be assessed with CHA2DS2-VASc and bleeding risk with ORBIT.",
         "Anticoagulation is underused in older people because of an overestimated fear of "
         "falls and bleeding.",
         "Direct oral anticoagulants need their doses checked against kidney function and weight.",
         "People often stop anticoagulants without telling anyone, so adherence is worth asking "
         "about directly."},
        {"I now take a manual pulse at every blood pressure check and chronic disease review.",
         "I check renal function and the dose of anticoagulant at each medication review.",
         "I explain the balance of stroke and bleeding risk using a decision aid.",
         "I have added a prompt to our template for an ECG when the pulse is irregular."});
    s << subject(
        "Stopping smoking: very brief advice", "smoking cessation",
        "very brief advice and support to stop smoking", ALL, true, {"smoking-and-tobacco"},
        {"smoking cessation", "MECC", "very brief advice", "NG209"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng209",
          "Tobacco: preventing uptake, promoting quitting and treating dependence (NICE NG209)"},
         {"web",
          "https://www.gov.uk/government/publications/smoking-and-tobacco-applying-all-our-health/"
          "smoking-and-tobacco-applying-all-our-health",
          "Smoking and tobacco: applying All Our Health"},
         {"web", "https://www.makingeverycontactcount.co.uk/", "Making Every Contact Count"}},
        {"Very brief advice follows Ask, Advise, Act and takes less than a minute.",
         "People are around three times more likely to quit with specialist support and medication "
         "than on their own.",
         "Advising someone to stop because it is the best thing for their health works better than "
         "asking whether they are ready to quit.",
         "Nicotine vapes can be a useful quitting aid for adults who smoke, and many people are "
         "unsure of the evidence.",
         "Smoking in pregnancy remains a major cause of poor outcomes, and carbon monoxide testing "
         "is part of routine care.",
         "Referral to the local stop smoking service is opt-out in many areas, which changes how "
         "the conversation is framed."},
        {"I now record smoking status and offer a referral at every appropriate contact, not only "
         "at chronic disease reviews.",
         "I use Ask, Advise, Act as a routine rather than waiting for the person to raise it.",
         "I keep information about the local stop smoking service to hand so the referral can be "
         "made there and then.",
         "I feel more confident answering questions about vaping as a quitting aid."});
    s << subject(
        "Alcohol: identification and brief advice", "alcohol",
        "identifying increasing and higher-risk drinking and giving brief advice", ALL, true,
        {"alcohol"}, {"alcohol", "MECC", "AUDIT-C", "brief intervention"},
        {{"web",
          "https://www.gov.uk/government/publications/alcohol-applying-all-our-health/"
          "alcohol-applying-all-our-health",
          "Alcohol: applying All Our Health"},
         {"web", "https://www.e-lfh.org.uk/programmes/alcohol/", "Alcohol identification and brief "
          "advice (e-LfH)"}},
        {"The low-risk guideline is no more than 14 units a week, spread over three or more days.",
         "AUDIT-C takes a couple of minutes and gives a structured way into a conversation about "
         "drinking.",
         "Brief advice works best when it is non-judgemental and linked to something the person "
         "already cares about, such as sleep or blood pressure.",
         "Many people underestimate units, especially with large glasses of wine at home.",
         "Sudden withdrawal in someone who is dependent can be dangerous, so brief advice is not the "
         "right tool for everyone."},
        {"I now use AUDIT-C at new patient checks and health checks and act on the score.",
         "I talk about units using the glasses and cans people actually use.",
         "I know the referral route to the local alcohol service and when to use it.",
         "I link advice about alcohol to what the person has come in about, such as sleep, mood or "
         "blood pressure."});
    s << subject(
        "Antimicrobial stewardship", "antimicrobial stewardship",
        "antimicrobial stewardship and appropriate antibiotic prescribing", GP | PH | PN, true,
        {"antimicrobial-resistance"}, {"antibiotics", "AMR", "TARGET", "NG15"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng15",
          "Antimicrobial stewardship: systems and processes for effective antimicrobial medicine "
          "use (NICE NG15)"},
         {"web", "https://www.rcgp.org.uk/target-antibiotics", "TARGET antibiotics toolkit"}},
        {"Back-up, or delayed, prescriptions reduce antibiotic use without worsening outcomes for "
         "most self-limiting infections.",
         "Patients often expect antibiotics less than clinicians assume, and a clear explanation of "
         "the natural course of the illness is what they value.",
         "The TARGET leaflets give consistent safety-netting advice that can be shared in the "
         "consultation.",
         "Shorter courses are now recommended for many common infections.",
         "Urine dipsticks are unreliable in older people and can lead to unnecessary treatment."},
        {"I now use the TARGET leaflets when I decide not to prescribe an antibiotic.",
         "I check the local formulary for course length rather than prescribing from habit.",
         "I explain the expected duration of symptoms and give clear safety-netting advice.",
         "I have stopped using urine dipsticks to diagnose infection in older people."});
    s << subject(
        "Immunisation programmes", "immunisation",
        "the routine immunisation schedule and vaccine uptake", PN | HV | MW | PH | GP, true,
        {"immunisations", "health-disparities-and-health-inequalities"},
        {"immunisation", "vaccination", "Green Book"},
        {{"guideline",
          "https://www.gov.uk/government/collections/immunisation-against-infectious-disease-the-"
          "green-book",
          "Immunisation against infectious disease (the Green Book)"},
         {"web",
          "https://www.gov.uk/government/publications/immunisations-applying-all-our-health/"
          "immunisations-applying-all-our-health",
          "Immunisations: applying All Our Health"}},
        {"The Green Book chapters are updated regularly, so checking the online version before a "
         "clinic matters.",
         "Hesitancy is often about specific worries rather than outright refusal, and listening "
         "first works better than giving facts.",
         "Measles outbreaks show how quickly falling MMR uptake can cause harm.",
         "Pertussis vaccination in pregnancy protects babies in the first weeks of life.",
         "Cold chain breaches must be reported and managed before any further vaccines are used.",
         "Uptake is lowest in the most deprived areas, so inviting people is not enough on its own."},
        {"I now check the Green Book chapter before each clinic when the schedule has changed.",
         "I offer a separate conversation to parents who are unsure instead of pressing on in a "
         "busy clinic.",
         "I review the list of children overdue their MMR each month and follow up by phone.",
         "I check the fridge log at the start of every session and know the cold chain procedure."});
    s << subject(
        "Cervical screening", "cervical screening", "cervical screening and improving uptake",
        PN | GP, true, {"population-screening", "health-disparities-and-health-inequalities"},
        {"screening", "cervical screening", "women's health"},
        {{"web",
          "https://www.gov.uk/government/publications/population-screening-applying-all-our-health/"
          "population-screening-applying-all-our-health",
          "Population screening: applying All Our Health"},
         {"guideline",
          "https://www.gov.uk/government/publications/cervical-screening-programme-and-colposcopy-"
          "management",
          "Cervical screening: programme and colposcopy management"}},
        {"Primary HPV testing means that results and recall intervals are now different from what "
         "many people remember.",
         "Embarrassment, previous trauma and practical barriers keep many people from attending.",
         "People with a learning disability and some ethnic minority groups have markedly lower "
         "uptake.",
         "Offering a longer appointment or a smaller speculum can make the difference between "
         "attending and not.",
         "Sample-taker training must be kept up to date and recorded."},
        {"I now offer a longer first appointment and ask what would make the test easier.",
         "I explain what an HPV-positive result means before the sample is taken.",
         "I worked with reception on a call-back list for people who had not responded.",
         "I updated my sample-taker training and checked my records of inadequate samples."});
    s << subject(
        "Safeguarding children", "safeguarding children",
        "recognising and responding to safeguarding concerns about children", HV | MW | GP | PN,
        true, {"vulnerabilities", "healthy-beginnings"},
        {"safeguarding", "children", "NG76"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng76",
          "Child abuse and neglect (NICE NG76)"},
         {"web", "https://www.e-lfh.org.uk/programmes/safeguarding-children/",
          "Safeguarding children e-learning (e-LfH)"}},
        {"Neglect is the most common reason for a child protection plan, and it is often a slow "
         "accumulation of small concerns.",
         "Bruising in a baby who is not yet mobile always needs further assessment.",
         "Professional curiosity means asking the next question rather than accepting the first "
         "explanation.",
         "Good record keeping lets a pattern be seen across different services.",
         "Adverse childhood experiences affect health across the whole of life.",
         "Information sharing to protect a child is supported by law, and worry about confidentiality "
         "should not delay it."},
        {"I now record the voice of the child in my notes wherever possible.",
         "I discuss concerns with the safeguarding lead earlier instead of waiting for certainty.",
         "I check who else lives in the household when I see a child who is not brought to "
         "appointments.",
         "I make sure my records show what I saw, what I did and why."});
    s << subject(
        "Domestic abuse", "domestic abuse", "recognising and responding to domestic abuse",
        HV | MW | GP | PN | DN, true, {"vulnerabilities"},
        {"domestic abuse", "safeguarding", "PH50"},
        {{"guideline", "https://www.nice.org.uk/guidance/ph50",
          "Domestic violence and abuse: multi-agency working (NICE PH50)"}},
        {"Routine enquiry about domestic abuse is expected in maternity and health visiting "
         "contacts, and it must happen when the person is alone.",
         "Coercive control can exist without any physical violence.",
         "Pregnancy is a time when domestic abuse often starts or gets worse.",
         "The DASH risk checklist helps decide whether a referral to MARAC is needed.",
         "Disclosure is rarely a single event, and a calm, believing response makes a later "
         "disclosure more likely."},
        {"I now make sure I have time alone with the person before asking about abuse.",
         "I keep details of the local domestic abuse service where I can find them quickly.",
         "I use the DASH checklist when there is a disclosure and discuss it with safeguarding "
         "colleagues.",
         "I record disclosures carefully and make sure they are not visible to anyone who should not "
         "see them."});
    s << subject(
        "Dementia assessment and support", "dementia",
        "assessing, supporting and caring for people living with dementia and their carers",
        DN | GP | PN | PH, true, {"dementia", "healthy-ageing"},
        {"dementia", "older people", "carers", "NG97"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng97",
          "Dementia: assessment, management and support for people living with dementia and their "
          "carers (NICE NG97)"},
         {"web",
          "https://www.gov.uk/government/publications/dementia-applying-all-our-health/"
          "dementia-applying-all-our-health",
          "Dementia: applying All Our Health"}},
        {"What is good for the heart is good for the head: blood pressure, smoking and activity "
         "all affect dementia risk.",
         "A timely diagnosis helps people plan, but only if support is offered afterwards.",
         "Anticholinergic burden from several medicines can worsen confusion.",
         "Carers often have unmet health needs of their own and may not recognise themselves as "
         "carers.",
         "Delirium can be mistaken for a worsening of dementia, and a sudden change always needs "
         "assessment.",
         "Advance care planning is easier while the person can still take part fully."},
        {"I now ask about carers at every contact and offer a carer's health check.",
         "I review medicines for anticholinergic burden when someone has memory problems.",
         "I start conversations about advance care planning earlier.",
         "I treat a sudden change in confusion as possible delirium until proven otherwise."});
    s << subject(
        "Falls prevention", "falls prevention", "falls risk assessment and prevention in older "
        "people", DN | GP | PH | PN, true, {"falls", "healthy-ageing", "musculoskeletal-health"},
        {"falls", "frailty", "older people"},
        {{"web",
          "https://www.gov.uk/government/publications/falls-applying-all-our-health/"
          "falls-applying-all-our-health",
          "Falls: applying All Our Health"}},
        {"A multifactorial falls assessment looks at medicines, vision, continence, footwear and "
         "the home environment together.",
         "Strength and balance exercise is the intervention with the best evidence for preventing "
         "falls.",
         "Sedatives, antihypertensives and anticholinergic medicines all increase falls risk.",
         "Fear of falling can lead people to do less, which in turn increases their risk.",
         "A fragility fracture should prompt an assessment of bone health."},
        {"I now ask every older person on my list whether they have fallen in the last year.",
         "I refer more people to strength and balance classes and check that they went.",
         "I review medicines that increase falls risk at every home visit.",
         "I check lying and standing blood pressure when someone reports dizziness or falls."});
    s << subject(
        "Venous leg ulcer care", "leg ulcer care", "the assessment and management of venous leg "
        "ulcers", DN | PN, true, {"healthy-ageing"},
        {"wound care", "leg ulcers", "compression"},
        {{"guideline", "https://cks.nice.org.uk/topics/leg-ulcer-venous/",
          "Leg ulcer – venous (NICE Clinical Knowledge Summaries)"},
         {"web", "https://www.nationalwoundcarestrategy.net/",
          "National Wound Care Strategy Programme"}},
        {"Compression therapy is the single most effective treatment for venous leg ulcers, but "
         "only after arterial disease has been excluded.",
         "An ABPI is only one part of a vascular assessment and needs interpreting alongside the "
         "clinical picture.",
         "Leg ulcers that have not healed within a set time should be reassessed rather than left "
         "on the same dressing plan.",
         "Pain, odour and leakage affect quality of life far more than the wound measurements "
         "suggest.",
         "Immediate and necessary care, such as light compression, can be started while a full "
         "assessment is arranged."},
        {"I now complete a full lower limb assessment within two weeks of a new wound.",
         "I ask about pain and sleep at every dressing change and record the answers.",
         "I photograph wounds consistently so that healing can be compared fairly.",
         "I set a review date for every care plan and reassess if healing has stalled."});
    s << subject(
        "Pressure ulcer prevention", "pressure ulcer prevention", "preventing and managing "
        "pressure ulcers in the community", DN, true, {"healthy-ageing"},
        {"pressure ulcers", "tissue viability", "CG179"},
        {{"guideline", "https://www.nice.org.uk/guidance/cg179",
          "Pressure ulcers: prevention and management (NICE CG179)"}},
        {"The aSSKINg framework gives a structure for assessing pressure ulcer risk.",
         "Moisture-associated skin damage is often confused with pressure damage.",
         "Repositioning plans only work if carers and families understand and can follow them.",
         "Darker skin tones make early pressure damage harder to see, so touch and temperature "
         "checks matter."},
        {"I now teach repositioning and skin checks to carers at the first visit.",
         "I check skin with touch as well as sight, especially on darker skin.",
         "I record risk assessments at every visit rather than only at admission to the caseload.",
         "I order equipment earlier instead of waiting for damage to appear."});
    s << subject(
        "End of life care", "end of life care", "planning and delivering end of life care at home",
        DN | GP | PH, true, {}, {"palliative care", "end of life", "advance care planning"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng142",
          "End of life care for adults: service delivery (NICE NG142)"}},
        {"Anticipatory medicines need to be in the home before they are needed, not on the day.",
         "Many people prefer to die at home, but this only happens when the plan is shared with "
         "everyone involved.",
         "Families value honesty about what to expect in the last days of life.",
         "Recognising that someone may be in the last year of life is the trigger for planning, and "
         "it is often missed.",
         "Bereavement support for families is part of good end of life care."},
        {"I now check that anticipatory medicines and the authorisation chart are in place early.",
         "I start advance care planning conversations sooner and record them where out-of-hours "
         "teams can see them.",
         "I explain the changes that happen in the last days of life to families in plain words.",
         "I follow up with a bereavement contact after a death on our caseload."});
    s << subject(
        "Infant feeding and breastfeeding", "infant feeding",
        "supporting infant feeding and breastfeeding", HV | MW, true, {"healthy-beginnings"},
        {"infant feeding", "breastfeeding", "Baby Friendly"},
        {{"web", "https://www.unicef.org.uk/babyfriendly/", "UNICEF UK Baby Friendly Initiative"},
         {"web",
          "https://www.gov.uk/government/publications/healthy-beginnings-applying-all-our-health/"
          "healthy-beginnings-applying-all-our-health",
          "Healthy beginnings: applying All Our Health"}},
        {"Most parents who stop breastfeeding early say they stopped before they wanted to.",
         "Responsive feeding applies to bottle-fed babies too, and it supports attachment.",
         "Positioning and attachment problems are the commonest cause of sore nipples.",
         "Conflicting advice from different professionals is one of the biggest frustrations "
         "parents describe.",
         "Tongue-tie assessment needs to look at feeding, not only at the appearance of the "
         "frenulum."},
        {"I now watch a full feed before giving advice whenever I can.",
         "I talk about responsive feeding with every parent, however they are feeding their baby.",
         "I share consistent messages with the midwifery team so that parents hear the same advice.",
         "I signpost to local peer supporters earlier."});
    s << subject(
        "Perinatal mental health", "perinatal mental health",
        "recognising and supporting perinatal mental health problems", HV | MW | GP, true,
        {"healthy-beginnings", "wellbeing-and-mental-health"},
        {"perinatal mental health", "mental health", "CG192"},
        {{"guideline", "https://www.nice.org.uk/guidance/cg192",
          "Antenatal and postnatal mental health (NICE CG192)"}},
        {"The Whooley questions and GAD-2 give a brief way of asking about mood and anxiety.",
         "Fathers and partners can also experience perinatal depression.",
         "Postpartum psychosis is rare but an emergency, and sudden changes in the first weeks need "
         "urgent assessment.",
         "Many parents hide low mood because they fear being judged or having their baby taken "
         "away.",
         "Previous severe mental illness is a strong predictor of relapse after birth."},
        {"I now ask the Whooley questions at every contact where it is appropriate, not only at "
         "booking.",
         "I ask partners how they are coping as well.",
         "I explain why I ask about mood so that parents feel less judged.",
         "I know the referral route to the specialist perinatal mental health team."});
    s << subject(
        "Childhood healthy weight", "childhood healthy weight",
        "supporting families with children's healthy weight", HV | PN | GP, true,
        {"childhood-obesity", "physical-activity"},
        {"childhood obesity", "healthy weight", "NCMP"},
        {{"web",
          "https://www.gov.uk/government/publications/childhood-obesity-applying-all-our-health",
          "Childhood obesity: applying All Our Health"}},
        {"Parents often do not recognise that their child is above a healthy weight, so plotting on "
         "the growth chart helps the conversation.",
         "Language matters: talking about healthy growth is received better than talking about "
         "obesity.",
         "Sugary drinks are one of the largest sources of free sugar in children's diets.",
         "Children from more deprived areas are much more likely to be living with obesity."},
        {"I now plot weight on the centile chart with parents rather than telling them the result.",
         "I focus on one or two changes the family chooses, such as drinks or screen time.",
         "I signpost to local family healthy lifestyle programmes.",
         "I use neutral, non-blaming language and check how the family feels after the "
         "conversation."});
    s << subject(
        "Depression and anxiety in adults", "depression and anxiety",
        "recognising and managing depression and anxiety in adults", GP | PN | PH, true,
        {"wellbeing-and-mental-health"}, {"mental health", "depression", "NG222"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng222",
          "Depression in adults: treatment and management (NICE NG222)"},
         {"guideline", "https://www.nice.org.uk/guidance/ng225",
          "Self-harm: assessment, management and preventing recurrence (NICE NG225)"}},
        {"Asking directly about suicidal thoughts does not increase risk and may reduce it.",
         "Talking therapies can be accessed by self-referral, which many people do not know.",
         "Antidepressant withdrawal symptoms can be more severe and last longer than was once "
         "thought.",
         "Physical health problems and depression often occur together and make each other worse.",
         "Safety planning is more useful than a risk score."},
        {"I now ask directly about suicidal thoughts and record a safety plan when needed.",
         "I tell people about self-referral to talking therapies and how to do it.",
         "I discuss tapering plans carefully when antidepressants are stopped.",
         "I ask about mood at long-term condition reviews."});
    s << subject(
        "Learning disability annual health checks", "learning disability health checks",
        "annual health checks and reasonable adjustments for people with a learning disability",
        PN | GP, true, {"learning-disability", "health-disparities-and-health-inequalities"},
        {"learning disability", "reasonable adjustments", "annual health check"},
        {{"web",
          "https://www.gov.uk/government/publications/learning-disability-applying-all-our-health/"
          "learning-disabilities-applying-all-our-health",
          "Learning disability: applying All Our Health"}},
        {"People with a learning disability die on average much younger than the general "
         "population, often from avoidable causes.",
         "Reasonable adjustments, such as a longer appointment or the first slot of the day, are a "
         "legal duty.",
         "Easy read invitations and a phone call improve attendance at annual health checks.",
         "STOMP highlights the overuse of psychotropic medicines in people with a learning "
         "disability.",
         "Diagnostic overshadowing means new symptoms are wrongly put down to the learning "
         "disability."},
        {"I now book double appointments and send easy read information before health checks.",
         "I record reasonable adjustments on the record so everyone can see them.",
         "I produce a health action plan at the end of each health check.",
         "I review psychotropic medicines with the GP as part of the check."});
    s << subject(
        "Medicines optimisation and polypharmacy", "polypharmacy",
        "structured medication reviews and reducing problematic polypharmacy", PH | GP | DN, true,
        {"healthy-ageing"}, {"medicines optimisation", "polypharmacy", "NG5"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng5",
          "Medicines optimisation: the safe and effective use of medicines (NICE NG5)"}},
        {"A structured medication review starts with what matters to the person, not with the list "
         "of medicines.",
         "Deprescribing is a clinical decision like any other and needs a plan and follow-up.",
         "Many people take their medicines differently from how they are prescribed, and they will "
         "say so if asked without judgement.",
         "Medicines with anticholinergic effects add up and can cause confusion and falls.",
         "Shared decision making tools help people weigh benefits and harms."},
        {"I now begin each medication review by asking what the person wants from their medicines.",
         "I make one change at a time and arrange follow-up to see its effect.",
         "I calculate anticholinergic burden for older people on several medicines.",
         "I record the reason for each deprescribing decision clearly for the next clinician."});
    s << subject(
        "Recognising sepsis", "sepsis", "recognising and responding to suspected sepsis", ALL, true,
        {}, {"sepsis", "deterioration", "NG51", "patient safety"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng51",
          "Suspected sepsis: recognition, diagnosis and early management (NICE NG51)"}},
        {"NEWS2 helps communicate how unwell an adult is, but clinical judgement still matters.",
         "Sepsis in young children and older people may present without a fever.",
         "Safety-netting advice should be specific about which symptoms need urgent help.",
         "Relatives' concern that someone is not themselves is an important warning sign."},
        {"I now record a full set of observations when someone seems unwell, even at a routine "
         "visit.",
         "I give specific safety-netting advice and record it.",
         "I use NEWS2 when handing over to the ambulance service or the on-call GP.",
         "I take relatives' worries about a change in behaviour more seriously."});
    s << subject(
        "Contraception and sexual health", "contraception",
        "contraception counselling, including long-acting reversible methods", PN | GP | PH | MW,
        true, {"sexual-and-reproductive-health-and-hiv"}, {"contraception", "LARC", "sexual health"},
        {{"guideline", "https://www.nice.org.uk/guidance/cg30",
          "Long-acting reversible contraception (NICE CG30)"}},
        {"Long-acting reversible methods are the most effective and are under-used.",
         "Postnatal contraception should be discussed before discharge from maternity care.",
         "Interactions with enzyme-inducing medicines can make some methods unreliable.",
         "A sexual health consultation needs privacy and a non-judgemental approach, particularly "
         "with young people."},
        {"I now discuss all methods, including LARC, at every contraception consultation.",
         "I check for interacting medicines before starting or continuing hormonal contraception.",
         "I assess competence and safeguarding when seeing young people on their own.",
         "I make sure postnatal contraception has been discussed."});
    s << subject(
        "Menopause", "menopause", "the diagnosis and management of menopause", GP | PN | PH, true,
        {"health-work-and-worklessness", "wellbeing-and-mental-health"},
        {"menopause", "women's health", "NG23"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng23",
          "Menopause: identification and management (NICE NG23)"}},
        {"Perimenopause is often missed, especially when the main symptoms are low mood or poor "
         "sleep.",
         "For most women under 60, the benefits of HRT outweigh the risks.",
         "Transdermal oestrogen does not increase the risk of blood clots in the way oral "
         "preparations can.",
         "Menopause symptoms affect working life, and a conversation about support at work can "
         "help."},
        {"I now ask about menopausal symptoms when women in their forties present with low mood or "
         "poor sleep.",
         "I explain the balance of risks and benefits of HRT using current information.",
         "I signpost to reliable information so that women can prepare for the discussion.",
         "I ask about the effect of symptoms on work."});
    s << subject(
        "Physical activity brief advice", "physical activity",
        "brief advice on physical activity in routine consultations", ALL, true,
        {"physical-activity", "healthy-ageing"}, {"physical activity", "MECC", "PH44"},
        {{"guideline", "https://www.nice.org.uk/guidance/ph44",
          "Physical activity: brief advice for adults in primary care (NICE PH44)"},
         {"web",
          "https://www.gov.uk/government/publications/physical-activity-applying-all-our-health/"
          "physical-activity-applying-all-our-health",
          "Physical activity: applying All Our Health"}},
        {"The UK Chief Medical Officers recommend at least 150 minutes of moderate activity a week "
         "and strength exercise on two days.",
         "Any increase in activity is worthwhile, especially for the least active.",
         "Brief advice is more effective when it is specific and builds on what the person already "
         "enjoys.",
         "Many clinicians do not give activity advice because they feel unfit themselves or lack "
         "time."},
        {"I now ask about activity at every long-term condition review.",
         "I suggest one small, specific step rather than a general target.",
         "I keep local activity options to hand, including free and low-cost ones.",
         "I include strength and balance in advice for older people."});
    s << subject(
        "Homelessness and inclusion health", "inclusion health",
        "meeting the health needs of people experiencing homelessness and other excluded groups",
        GP | PN | HV | DN, true, {"homelessness", "inclusion-health", "health-disparities-and-health-inequalities"},
        {"inclusion health", "homelessness", "health inequalities"},
        {{"web",
          "https://www.gov.uk/government/publications/homelessness-applying-all-our-health/"
          "homelessness-applying-all-our-health",
          "Homelessness: applying All Our Health"},
         {"web",
          "https://www.gov.uk/government/publications/inclusion-health-applying-all-our-health/"
          "inclusion-health-applying-all-our-health",
          "Inclusion Health: applying All Our Health"}},
        {"Nobody needs a fixed address or proof of identity to register with a GP practice.",
         "People experiencing homelessness have much higher rates of long-term illness at a "
         "younger age.",
         "The Duty to Refer means many public services must refer people at risk of homelessness "
         "to the local authority.",
         "Flexible appointments and continuity of care make the biggest difference to "
         "engagement."},
        {"I now check that reception colleagues know registration does not need proof of address.",
         "I offer flexible appointment times where possible.",
         "I know how to make a Duty to Refer referral.",
         "I make every contact count by covering vaccinations and screening when someone does "
         "attend."});
    s << subject(
        "Social prescribing", "social prescribing",
        "social prescribing and working with link workers", GP | PN | DN | HV, false,
        {"social-prescribing", "community-centred-practice"},
        {"social prescribing", "community", "loneliness"},
        {{"web",
          "https://www.gov.uk/government/publications/social-prescribing-applying-all-our-health/"
          "social-prescribing-applying-all-our-health",
          "Social prescribing: applying All Our Health"}},
        {"Social prescribing link workers start with what matters to the person.",
         "Loneliness and social isolation affect health as much as many clinical risk factors.",
         "Community groups often have capacity that clinical teams are not aware of.",
         "Referral works best when it is a warm handover rather than a leaflet."},
        {"I now ask what matters to the person and consider a link worker referral more often.",
         "I keep an up-to-date list of local community groups.",
         "I make referrals as a warm handover with the person's consent.",
         "I follow up to find out what happened after a referral."});
    s << subject(
        "Greener practice and climate", "sustainable healthcare",
        "the health effects of climate change and reducing the carbon footprint of care", ALL, false,
        {"climate-and-health", "air-pollution"}, {"sustainability", "Greener NHS", "climate"},
        {{"web", "https://www.england.nhs.uk/greenernhs/", "Greener NHS"},
         {"web",
          "https://www.gov.uk/government/publications/climate-change-applying-all-our-health/"
          "climate-and-health-applying-all-our-health",
          "Climate and health: applying All Our Health"}},
        {"The NHS has committed to net zero emissions, and medicines and supply chains are a large "
         "part of the footprint.",
         "Heatwaves put older people and those on certain medicines at particular risk.",
         "Reducing unnecessary prescribing and travel is good for patients and for the climate.",
         "Small changes, such as fewer single-use items, add up across a whole team."},
        {"I now include heat advice when reviewing older people in summer.",
         "I consider the environmental impact of inhalers when a switch is clinically appropriate.",
         "I joined our green team and suggested reducing single-use items.",
         "I offer remote follow-up where it is clinically safe and saves a journey."});
    s << subject(
        "Health inequalities and Core20PLUS5", "health inequalities",
        "understanding health inequalities and the Core20PLUS5 approach", ALL, false,
        {"health-disparities-and-health-inequalities", "community-centred-practice"},
        {"health inequalities", "Core20PLUS5", "population health"},
        {{"web",
          "https://www.gov.uk/government/publications/health-disparities-and-health-"
          "inequalities-applying-all-our-health/health-disparities-and-health-inequalities-"
          "applying-all-our-health",
          "Health disparities and health inequalities: applying All Our Health"},
         {"web",
          "https://www.england.nhs.uk/about/equality/equality-hub/national-healthcare-"
          "inequalities-improvement-programme/core20plus5/",
          "Core20PLUS5 (NHS England)"}},
        {"Healthy life expectancy differs by many years between the most and least deprived areas.",
         "Core20PLUS5 focuses on the most deprived fifth of the population plus locally chosen "
         "groups.",
         "Services that look equal on paper can widen inequalities if some groups cannot use them.",
         "Data broken down by deprivation and ethnicity often shows gaps that averages hide."},
        {"I now look at our data by deprivation and ethnicity when planning clinics.",
         "I consider who is not attending as well as who is.",
         "I offer interpreters routinely rather than relying on family members.",
         "I raised the findings at a practice meeting so that we could plan together."});
    s << subject(
        "Osteoarthritis and musculoskeletal health", "osteoarthritis",
        "the diagnosis and management of osteoarthritis", GP | PN | PH, true,
        {"musculoskeletal-health", "physical-activity"}, {"MSK", "osteoarthritis", "NG226"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng226",
          "Osteoarthritis in over 16s: diagnosis and management (NICE NG226)"}},
        {"Osteoarthritis can be diagnosed clinically without imaging in most people over 45.",
         "Therapeutic exercise and weight management are the core treatments.",
         "Paracetamol and weak opioids are no longer recommended for routine use in osteoarthritis.",
         "Many people believe that exercise will wear their joints out further."},
        {"I now explain that exercise is a treatment rather than a risk.",
         "I review long-term analgesia and discuss alternatives.",
         "I refer to local exercise programmes designed for joint pain.",
         "I avoid requesting X-rays when the diagnosis is clinical."});
    s << subject(
        "Drug-related harm and naloxone", "drug-related harm", "reducing harm from illicit drugs "
        "and the misuse of prescribed medicines", PH | GP, true,
        {"misuse-of-illicit-drugs-and-medicines"}, {"substance misuse", "naloxone", "harm reduction"},
        {{"web",
          "https://www.gov.uk/government/publications/misuse-of-illicit-drugs-and-medicines-"
          "applying-all-our-health/misuse-of-illicit-drugs-and-medicines-applying-all-our-health",
          "Misuse of illicit drugs and medicines: applying All Our Health"}},
        {"Naloxone can reverse an opioid overdose and can be supplied without a prescription in many "
         "settings.",
         "Dependence on prescribed opioids and gabapentinoids is common and often hidden.",
         "Stigma keeps people from asking for help.",
         "People leaving prison are at very high risk of overdose in the first weeks."},
        {"I now discuss naloxone with anyone at risk of opioid overdose and their families.",
         "I review long-term opioid and gabapentinoid prescriptions with a tapering plan where "
         "appropriate.",
         "I use non-stigmatising language in consultations and records.",
         "I know how to refer to the local drug and alcohol service."});
    s << subject(
        "Cancer: early diagnosis and safety-netting", "early cancer diagnosis",
        "recognising possible cancer early and safety-netting", GP | PN | PH, true,
        {"cancer", "population-screening"}, {"cancer", "early diagnosis", "NG12", "safety-netting"},
        {{"guideline", "https://www.nice.org.uk/guidance/ng12",
          "Suspected cancer: recognition and referral (NICE NG12)"}},
        {"Safety-netting means telling the person what to look out for and making sure a result "
         "is followed up.",
         "Faecal immunochemical testing is now used in primary care to help decide on bowel cancer "
         "referral.",
         "Vague symptoms such as weight loss or fatigue can be the first sign of cancer.",
         "Screening uptake for bowel, breast and cervical cancer is lowest in the most deprived "
         "groups."},
        {"I now document safety-netting advice and the plan for following up results.",
         "I check screening status opportunistically during other appointments.",
         "I use FIT according to local pathways when bowel symptoms are reported.",
         "I make sure urgent referrals are tracked until the person is seen."});
    return s;
}

// ---------------------------------------------------------------------------------------------
// Activities (in Vocabulary order)

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

// Code themes: prioritise-people, practise-effectively, preserve-safety, promote-professionalism
constexpr unsigned CP = 1, CE = 2, CS = 4, CT = 8;
// GMP: knowledge-skills-development, patients-partnership-communication, colleagues-culture-safety,
// trust-professionalism
constexpr unsigned GK = 1, GC = 2, GS = 4, GT = 8;

struct ActivitySpec
{
    const char* id;
    const char* noun;
    double minHours, maxHours, participatoryChance, participatoryMin, participatoryMax, multiDay;
    bool clinical;
    unsigned code, gmp;
};

QList<ActivityInfo> buildActivities()
{
    QList<ActivityInfo> out;
    auto add = [&out](const ActivitySpec& spec, std::initializer_list<const char*> titles,
                      std::initializer_list<const char*> openers,
                      std::initializer_list<const char*> more, std::initializer_list<const char*> tags) {
        ActivityInfo a;
        a.id = QString::fromUtf8(spec.id);
        a.noun = QString::fromUtf8(spec.noun);
        a.minHours = spec.minHours;
        a.maxHours = spec.maxHours;
        a.participatoryChance = spec.participatoryChance;
        a.participatoryMin = spec.participatoryMin;
        a.participatoryMax = spec.participatoryMax;
        a.multiDayChance = spec.multiDay;
        a.clinicalSubject = spec.clinical;
        a.codeAffinity = spec.code;
        a.gmpAffinity = spec.gmp;
        a.titles = bank(titles);
        a.openers = bank(openers);
        a.more = bank(more);
        a.tags = strings(tags);
        out.append(a);
    };
    add({"course", "the course", 3, 7.5, 0.75, 0.3, 1.0, 0.3, false, CE | CS, GK},
        {"{title}: study day", "{title} update course", "Training hub course on {topic}",
         "Accredited course: {title}"},
        {"I attended a course on {subject} run by the local training hub, which combined short "
         "lectures with small-group case discussion.",
         "I completed an accredited update course on {subject}, taught by a specialist nurse and a "
         "consultant.",
         "I went on a study day about {subject}, arranged through the practice's training budget.",
         "I attended a face-to-face course on {subject} with clinicians from several local "
         "services."},
        {"The group work used anonymised cases that were very close to what I see in {setting}.",
         "We finished with a short assessment and a certificate of attendance, which I have kept "
         "as evidence.",
         "The course was busy, and the mix of professions in the room made the discussion richer."},
        {"course", "training hub", "study day"});
    add({"conference", "the conference", 5, 7.5, 1.0, 0.5, 1.0, 0.45, false, CE | CT, GK | GS},
        {"{title} – regional conference", "Primary care conference: {topic} stream",
         "Annual conference sessions on {topic}", "National conference: {title}"},
        {"I attended a regional primary care conference, choosing the sessions on {subject}.",
         "I went to a national conference where one of the main streams covered {subject}.",
         "I attended the annual conference of my professional network, where the keynote and two "
         "breakout sessions focused on {subject}.",
         "I joined a conference for {roles} on {subject}, with speakers from NHS England and "
         "local services."},
        {"The poster hall was as useful as the talks, and I spoke to several teams about how they "
         "had changed their services.",
         "Networking with colleagues from other areas showed me how differently the same guidance "
         "is put into practice.",
         "I took notes during each session and summarised them for {team} afterwards."},
        {"conference", "networking"});
    add({"workshop", "the workshop", 2, 4, 1.0, 0.75, 1.0, 0.08, false, CE | CP, GK | GC},
        {"Workshop: {title}", "{title} skills workshop", "Practical workshop on {topic}"},
        {"I took part in a hands-on workshop on {subject}, working in small groups with role "
         "play and case scenarios.",
         "I attended a half-day skills workshop on {subject} with colleagues from across the "
         "primary care network.",
         "I joined an interactive workshop on {subject} led by a specialist practitioner."},
        {"The role play felt awkward at first but gave me phrases I have since used in real "
         "consultations.",
         "We practised in pairs and gave each other feedback, which was more useful than I "
         "expected."},
        {"workshop", "skills"});
    add({"e-learning", "the module", 0.5, 3, 0.0, 0, 0, 0, false, CE, GK},
        {"e-LfH module: {title}", "E-learning: {title}", "Online module on {topic}"},
        {"I completed an e-learning module on {subject} on the e-LfH hub.",
         "I worked through an online learning programme about {subject}, including the end-of-module "
         "assessment.",
         "I completed the e-LfH All Our Health session relevant to {topic} and the knowledge "
         "check at the end."},
        {"I did the module over two evenings so that I had time to look up the references.",
         "The module used short case studies and ended with a knowledge check, which I passed.",
         "I downloaded the certificate and added it to my portfolio as evidence."},
        {"e-learning", "e-LfH", "All Our Health"});
    add({"reading", "the article", 0.5, 2, 0.0, 0, 0, 0, false, CE, GK},
        {"Reading: {title}", "Journal article on {topic}", "Reading up on {topic}"},
        {"I read a review article about {subject} in a peer-reviewed journal.",
         "I read a clinical update on {subject} and the evidence summary that came with it.",
         "After a question from a colleague, I read around {subject} using recent review "
         "articles."},
        {"I made notes on the key points and compared them with our current practice.",
         "The article was clear about the strength of the evidence, which helped me judge how much "
         "to change."},
        {"reading", "evidence-based practice"});
    add({"guideline", "the guideline", 1, 3, 0.0, 0, 0, 0, false, CE | CS, GK},
        {"Guideline review: {title}", "Working through the guidance on {topic}",
         "{title}: what the guidance says"},
        {"I worked through the current guidance on {subject}, comparing the recommendations with "
         "what we actually do in {setting}.",
         "I read the updated national guidance on {subject} and the summary of changes from the "
         "previous version.",
         "I reviewed the national guidance on {subject} in preparation for updating our local "
         "protocol."},
        {"I focused on the recommendations that had changed and noted where our templates were "
         "out of date.",
         "I used the visual summary alongside the full guideline, which made it easier to share."},
        {"NICE", "guidelines"});
    add({"patient-case", "the consultation", 0.5, 1.5, 0.25, 0.25, 0.5, 0, true, CP | CS, GC | GK},
        {"Case reflection: {topic}", "Learning from a consultation about {topic}",
         "A case that changed how I approach {topic}"},
        {"A consultation with a patient about {topic} prompted this reflection; I have kept the "
         "details general so that no-one can be identified.",
         "This reflection comes from a visit to someone on our caseload where {topic} was the main "
         "concern; identifying details have been left out.",
         "I saw a person whose situation made me question how well I handle {topic}; the details "
         "are deliberately general."},
        {"The consultation ran over time, and I noticed I was rushing the end of it.",
         "I discussed the case afterwards with a colleague, without identifying details, to check "
         "my thinking.",
         "I looked up the guidance after the consultation to see whether I had missed anything."},
        {"case review", "reflective practice"});
    add({"feedback", "the feedback", 0.5, 1.5, 0.0, 0, 0, 0, true, CP | CT, GC | GT},
        {"Feedback: {title}", "Practice-related feedback about {topic}",
         "What feedback taught me about {topic}"},
        {}, // chosen by feedback source instead
        {"I was pleased to receive it, but it also made me think about what I could do better.",
         "I shared the feedback with my manager and kept an anonymised copy for my portfolio."},
        {"feedback", "revalidation"});
    add({"social-media", "the thread", 0.5, 1, 0.0, 0, 0, 0, false, CE | CT, GK | GT},
        {"Social media thread on {topic}", "Following {hashtag} on {topic}",
         "Online discussion: {title}"},
        {"I followed a professional social media thread in which clinicians shared resources and "
         "experiences about {subject}.",
         "A post shared by a professional body about {subject} led me to a series of linked "
         "resources.",
         "I read and bookmarked an online discussion about {subject} started under {hashtag}."},
        {"I was careful to check the sources before relying on anything shared.",
         "Some of the comments were more opinion than evidence, which was a useful reminder to stay "
         "critical."},
        {"social media", "professional networking"});
    add({"tweet-chat", "the tweet chat", 1, 1, 1.0, 1.0, 1.0, 0, false, CE | CT, GK | GT},
        {"{hashtag} tweet chat: {title}", "Tweet chat on {topic} ({hashtag})"},
        {"I took part in the {hashtag} tweet chat, which this month was about {subject}.",
         "I joined an hour-long {hashtag} tweet chat on {subject}, answering the questions as they "
         "were posted.",
         "I contributed to a {hashtag} tweet chat on {subject} with nurses, doctors and students "
         "from across the UK."},
        {"The chat moved quickly, so I went back to the transcript afterwards to read the threads I "
         "had missed.",
         "I kept my contributions general and did not share anything that could identify a patient "
         "or colleague."},
        {"tweet chat", "social media", "participatory"});
    add({"peer-discussion", "the discussion", 1, 2, 1.0, 1.0, 1.0, 0, false, CE | CT, GS | GK},
        {"Peer discussion: {title}", "Reflective discussion about {topic}",
         "Learning set on {topic}"},
        {"We discussed {subject} at our peer learning group, each bringing an anonymised example "
         "from practice.",
         "I had a reflective discussion about {subject} with another registrant from a "
         "neighbouring team.",
         "Our practice-based learning set met to talk through {subject}."},
        {"Hearing how others approached the same problem made me realise I had fallen into habits.",
         "We agreed to meet again in three months to see what each of us had changed."},
        {"peer discussion", "participatory", "reflective discussion"});
    add({"supervision", "the supervision session", 1, 1.5, 1.0, 1.0, 1.0, 0, false, CT | CP, GS | GT},
        {"Clinical supervision: {topic}", "Supervision session on {topic}",
         "Restorative supervision – {topic}"},
        {"In clinical supervision I brought {subject} as my topic, because it had been on my mind "
         "for several weeks.",
         "I used a group supervision session to reflect on {subject} with colleagues from {team}.",
         "My restorative supervision session this month focused on {subject} and how it had "
         "affected me."},
        {"My supervisor asked questions that helped me see the situation from a different angle.",
         "The session gave me space to think rather than simply react."},
        {"clinical supervision", "wellbeing", "participatory"});
    add({"audit", "the audit", 2, 6, 0.5, 0.2, 0.5, 0, false, CE | CS, GS | GK},
        {"Audit: {title}", "Quality improvement project on {topic}", "Re-audit of {topic} care"},
        {"I carried out an audit of {topic} in {setting}, using searches of the clinical system "
         "against the relevant national standards.",
         "I led a small quality improvement project on {subject}, using plan-do-study-act cycles.",
         "I completed a re-audit of {subject} to see whether the changes agreed last year had made "
         "a difference."},
        {"Where relevant, I compared our results with the QOF indicators and with neighbouring "
         "practices.",
         "I presented the results at a practice meeting and we agreed the actions together.",
         "The searches took longer than expected because of inconsistent coding."},
        {"audit", "quality improvement", "QOF"});
    add({"significant-event", "the significant event analysis", 1, 2, 0.9, 0.5, 1.0, 0, true,
         CS | CT, GS | GT},
        {"Significant event analysis: {Event}", "SEA – {Event}", "Learning event review: {Event}"},
        {"{team} held a significant event analysis after {event}. Nobody was harmed, and the "
         "discussion focused on systems rather than individuals.",
         "I contributed to a significant event analysis following {event}, which involved {topic} "
         "care.",
         "We reviewed {event} as a learning event at our team meeting, using a structured "
         "significant event analysis format."},
        {"The analysis followed the usual steps: what happened, why it happened, what we learned "
         "and what we would change.",
         "The incident was also reported through the usual system, so this reflection focuses on "
         "my own learning."},
        {"significant event", "patient safety", "SEA"});
    add({"complaint-or-compliment", "the complaint", 0.5, 2, 0.0, 0, 0, 0, true, CP | CT, GC | GT},
        {"Learning from a complaint about {topic} care", "Compliment received about {topic} care",
         "Responding to a complaint: {title}"},
        {}, // chosen by feedback source instead
        {"I read the practice complaints procedure again before contributing to the response.",
         "I was upset at first, but discussing it with a colleague helped me look at it "
         "objectively."},
        {"complaints", "patient experience"});
    add({"teaching", "the teaching session", 1, 3, 1.0, 0.75, 1.0, 0, false, CT | CE, GK | GS},
        {"Teaching session: {title}", "Teaching students about {topic}",
         "Lunchtime teaching on {topic}"},
        {"I taught a session on {subject} to students on placement with {team}.",
         "I ran a lunchtime teaching session on {subject} for {team}.",
         "I prepared and delivered teaching on {subject} for newly qualified colleagues."},
        {"Preparing the session made me check my own knowledge against the latest evidence.",
         "I asked for written feedback at the end and used it to improve the slides."},
        {"teaching", "education", "participatory"});
    add({"shadowing", "the shadowing day", 3, 7.5, 1.0, 0.75, 1.0, 0, false, CE | CP, GK | GS},
        {"Shadowing: {title}", "Shadowing a specialist team: {topic}",
         "A day with the specialist service – {topic}"},
        {"I spent a day shadowing a specialist team to see how they approach {subject}.",
         "I shadowed a colleague in another service to understand how {subject} is handled "
         "there.",
         "I arranged a shadowing session with the community specialist service for {topic}."},
        {"Seeing the whole pathway from the other side explained why some of our referrals come "
         "back.",
         "I was made very welcome, and the team were happy for me to ask questions throughout."},
        {"shadowing", "integrated care"});
    add({"other", "the project", 1, 4, 0.4, 0.25, 0.75, 0, false, CE | CT, GK | GS},
        {"PCN working group: {title}", "Protocol review: {title}", "Project work on {topic}"},
        {"I joined a primary care network working group looking at {subject}.",
         "I contributed to updating our local protocol on {subject}.",
         "I prepared a briefing on {subject} for a practice meeting."},
        {"The work took place over several weeks alongside my usual clinics.",
         "It involved colleagues from different professions, which kept it practical."},
        {"service development", "PCN"});
    return out;
}

// ---------------------------------------------------------------------------------------------
// Feedback: openers by source, and the types each source plausibly comes as

struct FeedbackSourceInfo
{
    QString id;
    QStringList types;
    Bank openers;           // for the feedback activity
    Bank complaintOpeners;  // for complaint-or-compliment (only some sources)
};

QList<FeedbackSourceInfo> buildFeedbackSources()
{
    QList<FeedbackSourceInfo> out;
    auto add = [&out](const char* id, std::initializer_list<const char*> types,
                      std::initializer_list<const char*> openers,
                      std::initializer_list<const char*> complaints) {
        out.append({QString::fromUtf8(id), strings(types), bank(openers), bank(complaints)});
    };
    add("patient", {"written", "verbal", "survey"},
        {"A patient took the time to write a card after a series of appointments about {topic}, "
         "describing what had made a difference to them.",
         "Our friends and family test survey included several comments about {topic} appointments "
         "with me.",
         "At the end of an appointment about {topic}, the person told me directly what had and had "
         "not helped."},
        {"A written complaint about the way a {topic} appointment was handled was shared with me, "
         "and I was asked to contribute to the response.",
         "We received a compliment card thanking {team} for the care given during {topic} "
         "appointments.",
         "A verbal complaint was made at reception about waiting times for {topic} reviews, and I "
         "met the person to listen to their concerns."});
    add("colleague", {"verbal", "survey", "written"},
        {"I received feedback from colleagues through a multi-source feedback exercise, including "
         "comments on my {topic} work.",
         "A colleague gave me verbal feedback after sitting in on one of my {topic} appointments."},
        {"A colleague from another service raised a concern about how a {topic} referral from us "
         "had been handled."});
    add("student", {"written", "verbal"},
        {"A student I supported on placement gave me written feedback at the end of the placement, "
         "mentioning the sessions on {topic}.",
         "Students gave me feedback after I supervised them in {topic} clinics."},
        {});
    add("manager", {"verbal", "report"},
        {"My manager gave me feedback during a one-to-one about my work on {subject}.",
         "My annual performance review included feedback from my manager on how I had developed "
         "my {topic} work."},
        {});
    add("appraisal", {"report", "verbal"},
        {"At my annual appraisal we reviewed the feedback and evidence I had collected on "
         "{subject}.",
         "My appraiser's summary included comments on how I had approached {subject} this year."},
        {});
    add("team-report", {"report"},
        {"A team report on {subject} was shared with {team}, including our own results.",
         "The quarterly team report included patient survey results about {topic} appointments."},
        {"A team report summarising complaints and compliments included several comments about "
         "{topic} care."});
    add("other", {"other", "written"},
        {"Feedback from a local voluntary organisation we work with on {subject} made me look again "
         "at our approach."},
        {});
    return out;
}

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
