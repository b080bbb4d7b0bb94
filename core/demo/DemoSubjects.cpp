#include "demo/DemoCatalogue.h"

namespace cpd::demo {

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

} // namespace cpd::demo
