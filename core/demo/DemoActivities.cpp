#include "demo/DemoCatalogue.h"

// The activities (in Vocabulary order) and the feedback sources of the demo journal: their
// titles, openers, hours and the themes they lean to.

namespace cpd::demo {

namespace {

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

} // namespace

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

} // namespace cpd::demo
