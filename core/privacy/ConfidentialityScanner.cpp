#include "privacy/ConfidentialityScanner.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace cpd {

namespace {

using Ch = char16_t;

inline bool isDigit(Ch c)
{
    return c >= u'0' && c <= u'9';
}
inline bool isAsciiUpper(Ch c)
{
    return c >= u'A' && c <= u'Z';
}
inline bool isAsciiLower(Ch c)
{
    return c >= u'a' && c <= u'z';
}
inline bool isAsciiLetter(Ch c)
{
    return isAsciiUpper(c) || isAsciiLower(c);
}
inline Ch toUpper(Ch c)
{
    return isAsciiLower(c) ? Ch(c - 32) : c;
}
inline bool isLetter(Ch c)
{
    return c < 128 ? isAsciiLetter(c) : QChar(c).isLetter();
}
inline bool isUpper(Ch c)
{
    return c < 128 ? isAsciiUpper(c) : QChar(c).isUpper();
}
inline bool isLower(Ch c)
{
    return c < 128 ? isAsciiLower(c) : QChar(c).isLower();
}
inline bool isAlnum(Ch c)
{
    return c < 128 ? (isAsciiLetter(c) || isDigit(c)) : QChar(c).isLetterOrNumber();
}
// Characters that glue a token to what precedes it: an identifier-looking token after them is part
// of a URL, DOI, hashtag, handle, code or longer number.
inline bool isGlue(Ch c)
{
    return c == u'/' || c == u'#' || c == u'@' || c == u'_' || c == u'=' || c == u'\\' || c == u'&' || c == u'%' || c == u'~';
}

// The text being scanned, with bounds-checked access (0 outside).
struct Text
{
    const Ch* d;
    qsizetype n;
    Ch at(qsizetype i) const { return i >= 0 && i < n ? d[i] : Ch(0); }
    // true when s (ASCII, lowercase) is at i, compared case-insensitively
    bool hasCi(qsizetype i, const char* s) const
    {
        for (qsizetype k = 0; s[k]; ++k) {
            const Ch c = at(i + k);
            if (c >= 128 || (isAsciiUpper(c) ? Ch(c + 32) : c) != Ch(s[k]))
                return false;
        }
        return true;
    }
    bool has(qsizetype i, const char* s) const
    {
        for (qsizetype k = 0; s[k]; ++k) {
            if (at(i + k) != Ch(s[k]))
                return false;
        }
        return true;
    }
    // Start of a word: not preceded by a letter or digit.
    bool wordStart(qsizetype i) const { return !isAlnum(at(i - 1)); }
    bool wordEnd(qsizetype i) const { return !isAlnum(at(i)); }
};

struct Span
{
    qsizetype start = -1;
    qsizetype end = -1;
    explicit operator bool() const { return start >= 0; }
};

// The token may not follow glue or be part of a longer number ("12.9434765919", "1/943 476 5919").
bool freeBefore(const Text& t, qsizetype i)
{
    const Ch p = t.at(i - 1);
    if (isAlnum(p) || isGlue(p))
        return false;
    if ((p == u'.' || p == u',' || p == u'-' || p == u':') && isDigit(t.at(i - 2)))
        return false;
    if (p == u'.' && isAlnum(t.at(i - 2)) && t.at(i) != u'(') // inside a DOI, file name or URL
        return false;
    return true;
}
bool freeAfter(const Text& t, qsizetype i)
{
    const Ch c = t.at(i);
    if (isAlnum(c) || c == u'/' || c == u'@' || c == u'_' || c == u'%')
        return false;
    if ((c == u'.' || c == u',' || c == u'-' || c == u':' || c == u'/') && isDigit(t.at(i + 1)))
        return false;
    return true;
}

// ---- NHS numbers ----------------------------------------------------------------------------

bool nhsCheck(const int* digits)
{
    int sum = 0;
    for (int k = 0; k < 9; ++k)
        sum += digits[k] * (10 - k);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == digits[9];
}

// "ISBN 0198526636": an ISBN-10 can pass the NHS check by chance.
bool isbnBefore(const Text& t, qsizetype i)
{
    for (qsizetype k = i - 1; k >= std::max<qsizetype>(0, i - 12); --k) {
        if (t.hasCi(k, "isbn"))
            return true;
    }
    return false;
}

Span nhsNumber(const Text& t, qsizetype i)
{
    int digits[10];
    qsizetype j = i;
    int count = 0;
    Ch sep = 0;
    while (count < 10) {
        const Ch c = t.at(j);
        if (isDigit(c)) {
            digits[count++] = c - u'0';
            ++j;
            continue;
        }
        // separators only between 3-3-4 groups, the same one both times
        if ((count == 3 || count == 6) && (c == u' ' || c == u'-') && (sep == 0 ? count == 3 : sep == c) && isDigit(t.at(j + 1))) {
            if (sep == 0 && count == 6)
                return {};
            sep = c;
            ++j;
            continue;
        }
        return {};
    }
    if (sep != 0 && j - i != 12)
        return {};
    if (!freeAfter(t, j))
        return {};
    // a further digit group after a space makes it a longer number ("943 476 5919 12")
    if (sep == u' ' && t.at(j) == u' ' && isDigit(t.at(j + 1)))
        return {};
    if (!nhsCheck(digits))
        return {};
    return {i, j};
}

// ---- Phone numbers --------------------------------------------------------------------------

Span phone(const Text& t, qsizetype i)
{
    qsizetype j = i;
    QString national; // digits, starting with 0
    national.reserve(14);
    bool open = false;
    if (t.at(j) == u'+') {
        if (!(t.at(j + 1) == u'4' && t.at(j + 2) == u'4'))
            return {};
        j += 3;
        national = QStringLiteral("0");
        while (t.at(j) == u' ' || t.at(j) == u'-')
            ++j;
        if (t.has(j, "(0)")) {
            j += 3;
        }
    } else if (t.has(j, "0044") && (t.at(j + 4) == u' ' || isDigit(t.at(j + 4)))) {
        j += 4;
        national = QStringLiteral("0");
        if (t.at(j) == u' ')
            ++j;
    } else if (t.at(j) == u'(') {
        if (t.at(j + 1) != u'0')
            return {};
        open = true;
        ++j;
    } else if (t.at(j) != u'0') {
        return {};
    }
    qsizetype lastDigitEnd = j;
    int groups = 0;
    while (j < t.n) {
        const Ch c = t.at(j);
        if (isDigit(c)) {
            qsizetype g = j;
            while (isDigit(t.at(g)))
                ++g;
            const qsizetype len = g - j;
            if (national.size() + len > 11)
                break;
            // a lone digit only as the first group ("0 7700…" is not a phone number)
            if (len == 1 && groups > 0)
                break;
            for (qsizetype k = j; k < g; ++k)
                national.append(QChar(t.at(k)));
            j = g;
            lastDigitEnd = g;
            ++groups;
            if (open && t.at(j) == u')') {
                open = false;
                ++j;
            }
            continue;
        }
        if (groups > 0 && national.size() < 11 && (c == u' ' || c == u'-' || c == u'.') && isDigit(t.at(j + 1))) {
            ++j;
            continue;
        }
        break;
    }
    if (open)
        return {};
    const qsizetype end = lastDigitEnd;
    if (!freeAfter(t, end))
        return {};
    // "01-02-2024" and other numbers with dots are dates or versions, not phones
    const int size = int(national.size());
    if (national.size() < 10 || national.at(0) != u'0')
        return {};
    const Ch second = national.at(1).unicode();
    if (second == u'7') {
        if (size != 11 || national.at(2) == u'0') // 070 is a personal number service
            return {};
    } else if (second == u'1' || second == u'2' || second == u'3') {
        if (size != 11 && !(second == u'1' && size == 10))
            return {};
    } else {
        return {};
    }
    // A phone written with dots is a version or a date, unless it is one run of digits.
    for (qsizetype k = i; k < end; ++k) {
        if (t.at(k) == u'.')
            return {};
    }
    return {i, end};
}

// ---- Postcodes ------------------------------------------------------------------------------

inline bool inwardLetter(Ch c)
{
    // the inward code never uses C, I, K, M, O or V
    c = toUpper(c);
    return isAsciiUpper(c) && c != u'C' && c != u'I' && c != u'K' && c != u'M' && c != u'O' && c != u'V';
}

Span postcode(const Text& t, qsizetype i)
{
    const Ch a = toUpper(t.at(i));
    if (!isAsciiUpper(a) || a == u'Q' || a == u'V' || a == u'X')
        return {};
    qsizetype j = i + 1;
    if (isAsciiLetter(t.at(j))) {
        const Ch b = toUpper(t.at(j));
        if (b == u'I' || b == u'J' || b == u'Z')
            return {};
        ++j;
    }
    if (!isDigit(t.at(j)))
        return {};
    ++j;
    // outward: A9, A99, AA9, AA99, A9A, AA9A
    const qsizetype afterFirstDigit = j;
    auto inwardAt = [&](qsizetype k) -> qsizetype {
        if (t.at(k) == u' ')
            ++k;
        if (isDigit(t.at(k)) && inwardLetter(t.at(k + 1)) && inwardLetter(t.at(k + 2)) && t.wordEnd(k + 3))
            return k + 3;
        return -1;
    };
    qsizetype end = -1;
    qsizetype outwardEnd = -1;
    for (qsizetype outEnd : {afterFirstDigit + 1, afterFirstDigit}) {
        if (outEnd == afterFirstDigit + 1 && !isAlnum(t.at(afterFirstDigit)))
            continue;
        const qsizetype e = inwardAt(outEnd);
        if (e > 0) {
            end = e;
            outwardEnd = outEnd;
            break;
        }
    }
    if (end < 0)
        return {};
    // "m1 2nd", "a1 1st": ordinals, not postcodes
    // (in lowercase only: "B33 8TH" is a postcode)
    const qsizetype in = end - 3;
    if (t.has(in + 1, "st") || t.has(in + 1, "nd") || t.has(in + 1, "rd") || t.has(in + 1, "th"))
        return {};
    // Lowercase postcodes run together ("ng72uh") are too like codes and words; need the space
    // or capitals.
    bool anyLower = false;
    for (qsizetype k = i; k < end; ++k)
        anyLower = anyLower || isAsciiLower(t.at(k));
    if (anyLower && t.at(outwardEnd) != u' ')
        return {};
    const Ch after = t.at(end);
    if (after == u'/' || after == u'@' || after == u'_' || after == u'-')
        return {};
    return {i, end};
}

// ---- Email ----------------------------------------------------------------------------------

inline bool localChar(Ch c)
{
    return isAsciiLetter(c) || isDigit(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-' || c == u'\'';
}

Span email(const Text& t, qsizetype at)
{
    qsizetype s = at;
    while (s > 0 && localChar(t.at(s - 1)))
        --s;
    while (s < at && (t.at(s) == u'.' || t.at(s) == u'\''))
        ++s;
    if (s == at)
        return {};
    qsizetype j = at + 1;
    int labels = 0;
    qsizetype lastLabelStart = j;
    while (true) {
        const qsizetype labelStart = j;
        while (isAsciiLetter(t.at(j)) || isDigit(t.at(j)) || t.at(j) == u'-')
            ++j;
        if (j == labelStart)
            break;
        ++labels;
        lastLabelStart = labelStart;
        if (t.at(j) == u'.' && (isAsciiLetter(t.at(j + 1)) || isDigit(t.at(j + 1))))
            ++j;
        else
            break;
    }
    if (labels < 2)
        return {};
    // the top-level domain is letters, two or more
    if (j - lastLabelStart < 2)
        return {};
    for (qsizetype k = lastLabelStart; k < j; ++k) {
        if (!isAsciiLetter(t.at(k)))
            return {};
    }
    return {s, j};
}

// ---- Dates ----------------------------------------------------------------------------------

// 1-12 for a month name or abbreviation at i (whole word, optional "."), with its end.
int monthAt(const Text& t, qsizetype i, qsizetype* end)
{
    static const char* const names[12] = {"january", "february", "march",     "april",   "may",      "june",
                                          "july",    "august",   "september", "october", "november", "december"};
    static const char* const abbreviations[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                  "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; ++m) {
        if (!t.hasCi(i, abbreviations[m]))
            continue;
        const char* full = names[m];
        const qsizetype len = qsizetype(qstrlen(full));
        if (t.hasCi(i, full) && t.wordEnd(i + len)) {
            *end = i + len;
            return m + 1;
        }
        qsizetype e = i + 3;
        if (m == 8 && toUpper(t.at(e)) == u'T') // Sept
            ++e;
        if (t.wordEnd(e)) {
            if (t.at(e) == u'.')
                ++e;
            *end = e;
            return m + 1;
        }
        return 0;
    }
    return 0;
}

// Reads 1..maxDigits digits at i.
int number(const Text& t, qsizetype i, int maxDigits, qsizetype* end)
{
    int value = 0;
    qsizetype j = i;
    while (isDigit(t.at(j)) && j - i < maxDigits) {
        value = value * 10 + (t.at(j) - u'0');
        ++j;
    }
    if (j == i || isDigit(t.at(j)))
        return -1;
    *end = j;
    return value;
}

qsizetype ordinalSuffix(const Text& t, qsizetype j)
{
    if (t.hasCi(j, "st") || t.hasCi(j, "nd") || t.hasCi(j, "rd") || t.hasCi(j, "th")) {
        if (t.wordEnd(j + 2))
            return j + 2;
    }
    return j;
}

// A year after a month name: 4 digits (1900-2099) or 2 digits.
qsizetype yearAfter(const Text& t, qsizetype j)
{
    qsizetype k = j;
    if (t.at(k) == u',')
        ++k;
    if (t.at(k) == u' ' || t.at(k) == u'-' || t.at(k) == u'/')
        ++k;
    else
        return -1;
    qsizetype e;
    const int y = number(t, k, 4, &e);
    if (y < 0 || t.wordEnd(e) == false)
        return -1;
    if (e - k == 4 && y >= 1880 && y <= 2099)
        return e;
    if (e - k == 2)
        return e;
    return -1;
}

// A date starting at i: "12/03/1950", "12.3.50", "1950-03-12", "12 March 1950", "12th Mar 1950",
// "3 March", "March 12, 1950", "March 1950".
Span dateAt(const Text& t, qsizetype i)
{
    qsizetype e1;
    if (isDigit(t.at(i))) {
        const int first = number(t, i, 4, &e1);
        if (first < 0)
            return {};
        const Ch sep = t.at(e1);
        // ISO
        if (e1 - i == 4) {
            if (sep != u'-' && sep != u'/')
                return {};
            qsizetype e2, e3;
            const int m = number(t, e1 + 1, 2, &e2);
            if (m < 1 || m > 12 || t.at(e2) != sep)
                return {};
            const int d = number(t, e2 + 1, 2, &e3);
            if (d < 1 || d > 31 || !freeAfter(t, e3))
                return {};
            return {i, e3};
        }
        if (first < 1 || first > 31)
            return {};
        if (sep == u'/' || sep == u'.' || sep == u'-') {
            qsizetype e2, e3;
            const int m = number(t, e1 + 1, 2, &e2);
            if (m >= 1 && m <= 12 && t.at(e2) == sep) {
                const int y = number(t, e2 + 1, 4, &e3);
                if (y >= 0 && (e3 - e2 - 1 == 2 || e3 - e2 - 1 == 4) && freeAfter(t, e3))
                    return {i, e3};
                return {};
            }
            if (sep != u'-')
                return {};
        }
        // day then month name
        qsizetype j = ordinalSuffix(t, e1);
        if (t.at(j) != u' ' && t.at(j) != u'-')
            return {};
        ++j;
        if (t.has(j, "of "))
            j += 3;
        qsizetype me;
        if (!monthAt(t, j, &me))
            return {};
        const qsizetype ye = yearAfter(t, me);
        if (ye > 0)
            return {i, ye};
        return {i, t.at(me - 1) == u'.' ? me - 1 : me};
    }
    qsizetype me;
    if (!monthAt(t, i, &me))
        return {};
    // "March 12, 1950", "March 12th 1950"
    qsizetype j = me;
    if (t.at(j) == u' ' && isDigit(t.at(j + 1))) {
        qsizetype e;
        const int d = number(t, j + 1, 4, &e);
        if (d >= 1 && d <= 31 && e - j - 1 <= 2) {
            const qsizetype ye = yearAfter(t, ordinalSuffix(t, e));
            if (ye > 0)
                return {i, ye};
        }
        if (e - j - 1 == 4 && d >= 1880 && d <= 2099 && t.wordEnd(e))
            return {i, e}; // "March 1950"
    }
    return {};
}

// Birth context right before a date ("DOB: ", "born on ", "date of birth was ") or right after it
// ("(DOB)").
bool birthContext(const QString& s, qsizetype start, qsizetype end)
{
    static const QRegularExpression before(
        QStringLiteral("(?:\\b(?:d\\.?\\s?o\\.?\\s?b\\.?|born|birth\\s*date|birthdate|date\\s+of\\s+birth|birthday)|(?-i:(?<![A-Za-z0-9])b\\.))"
                       "\\s*(?:[:=(\\-\\x{2013}]\\s*)?(?:(?:on|is|was|in|of|the|recorded\\s+as|given\\s+as|listed\\s+as)\\s+){0,2}$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression after(QStringLiteral("^\\s*[(,\\-\\x{2013}\\[]?\\s*(?:dob|d\\.o\\.b\\.?|date\\s+of\\s+birth)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    const qsizetype from = std::max<qsizetype>(0, start - 40);
    if (before.match(QStringView(s).mid(from, start - from)).hasMatch())
        return true;
    return after.match(QStringView(s).mid(end, 24)).hasMatch();
}

// ---- Names ----------------------------------------------------------------------------------

// Titles, longest first so "Mrs" wins over "Mr" and "Professor" over "Prof".
qsizetype titleAt(const Text& t, qsizetype i)
{
    static const char* const titles[] = {"Professor", "Sister", "Nurse", "Miss", "Prof", "Mrs", "Mr", "Ms", "Mx", "Dr",
                                         "MRS",       "MR",     "MS",    "DR"};
    for (const char* title : titles) {
        if (t.has(i, title)) {
            qsizetype j = i + qsizetype(qstrlen(title));
            if (isAlnum(t.at(j)))
                continue;
            if (t.at(j) == u'.')
                ++j;
            return j;
        }
    }
    return -1;
}

const QSet<QString>& notNames()
{
    static const QSet<QString> words = [] {
        const QStringList list = QStringLiteral(
            "The Then This That These Those There They Their Them She He We It Its I You Your Our My His Her Who Whom Whose What "
            "Which When Where Why How After Before Later Next Also But So And Or As If On In At To For With From By Of Is Was "
            "Has Had Have Not No Yes All Any Some Each Every One Two Three Today Yesterday Tomorrow Please Thanks Thank Dear "
            "Mr Mrs Ms Miss Mx Dr Prof Professor Men Women Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
            "September October November December Practitioner Practitioners Specialist Specialists Prescriber Prescribers "
            "Prescribing Associate Associates Consultant Consultants Lead Leads Led Manager Managers Educator Educators Adviser "
            "Advisor Advisers Partner Partners Registrar Registrars Trainee Trainees Training Team Teams Ward Wards Clinic "
            "Clinics Unit Units Surgery Surgeries Appointment Appointments Notes Note Review Reviews Practice Practices Station "
            "Champion Champions Role Roles Visit Visits Home Call Calls Rota Letter Letters Referral Referrals Triage Staff "
            "Colleague Colleagues Student Students Apprentice Apprentices Bank Agency Rounds Round Office Room Handover Meeting "
            "Meetings Review Session Sessions Supervision Supervisor Supervisors Mentor Mentors Assessor Assessors Who Else "
            "Clinical Practice Nurse Sister Doctor Doctors Nurses Patient Patients Day Night Shift Week "
            "Month Year Guidance Guideline Guidelines Course Courses Module Modules Appraisal Revalidation Code Standards "
            "Education Educational Conference Forum Network Networks Association Society Council Board Group Groups College "
            "School University Academy Journal Times Standing Update Updates Days Study Leadership Development Programme "
            "Workshop Webinar Service Services Award Awards Led Prescription Prescriptions Facilitator Facilitators Link Links "
            "Cymru Scotland England Wales Ireland Northern Health Care Community District Practise Safety Direct Bulletin")
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

// A capitalised name word at i: "Patel", "O'Connor", "McDonald", "Smith-Jones", "Zoë"; returns
// its end, or -1. All-capital words only when allCaps (case notes write "Mrs PATEL").
qsizetype nameWordAt(const Text& t, qsizetype i, bool allowAllCaps)
{
    if (!isUpper(t.at(i)))
        return -1;
    qsizetype j = i + 1;
    int lower = 0;
    int upper = 1;
    while (true) {
        const Ch c = t.at(j);
        if (isLetter(c)) {
            (isLower(c) ? lower : upper)++;
            ++j;
            continue;
        }
        // O'Connor, D'Souza, Smith-Jones: a joiner followed by a capital
        if ((c == u'\'' || c == u'\u2019' || c == u'-') && isUpper(t.at(j + 1)) && isLetter(t.at(j + 2))) {
            j += 1;
            continue;
        }
        break;
    }
    if (isDigit(t.at(j)) || t.at(j) == u'_' || t.at(j) == u'@')
        return -1;
    if (lower == 0) {
        // an initial, or an all-capital surname (not an acronym such as NICE or GP)
        if (j - i == 1)
            return j;
        if (!allowAllCaps || j - i < 3)
            return -1;
        static const QSet<QString> acronyms = [] {
            const QStringList list = QStringLiteral("NICE NHS GMC NMC RCGP RCN BNF QOF SIGN BTS COPD CKD HCPC GPHC CQC PCN ICB "
                                                    "CCG UKHSA PHE AOH CPD PDP SEA MDT ANP ACP DNA AKA FYI ASAP ENT ECG EEG MRI")
                                          .split(QLatin1Char(' '));
            return QSet<QString>(list.cbegin(), list.cend());
        }();
        if (acronyms.contains(QString(reinterpret_cast<const QChar*>(t.d + i), j - i)))
            return -1;
        return j;
    }
    if (upper > 1 && lower > 0) {
        // McDonald, MacLeod, O'Connor, DeVito and hyphenated names are fine; "HbA" or "eGFR" are not
        // capitalised the way names are.
    }
    return j;
}

bool monthOrDay(const QString& word)
{
    static const QSet<QString> words = [] {
        const QStringList list = QStringLiteral("January February March April May June July August September October "
                                                "November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
                                     .split(QLatin1Char(' '));
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words.contains(word);
}

bool isAllCaps(const Text& t, qsizetype from, qsizetype to)
{
    if (to - from < 2)
        return false;
    for (qsizetype k = from; k < to; ++k) {
        if (isLower(t.at(k)))
            return false;
    }
    return true;
}

Span personName(const Text& t, qsizetype i, const QString& s)
{
    const qsizetype afterTitle = titleAt(t, i);
    if (afterTitle < 0)
        return {};
    // "MR", "MS" and "DR" in capitals are also modified release, multiple sclerosis and diabetic
    // retinopathy: a name only when it is in capitals too ("MRS PATEL")
    const bool titleCaps = isAsciiUpper(t.at(i + 1));
    qsizetype j = afterTitle;
    if (t.at(j) != u' ')
        return {};
    ++j;
    qsizetype end = -1;
    int words = 0;
    while (words < 3) {
        const qsizetype w = nameWordAt(t, j, true);
        if (w < 0)
            break;
        const QString word = s.mid(j, w - j);
        if (notNames().contains(word)) {
            // "Mrs June Smith": a month as a first name, when a surname follows
            const bool followed = t.at(w) == u' ' && words == 0 && monthOrDay(word) && nameWordAt(t, w + 1, false) > 0
                                  && !notNames().contains(s.mid(w + 1, nameWordAt(t, w + 1, false) - w - 1));
            if (!followed)
                break;
        }
        if (titleCaps && words == 0 && !isAllCaps(t, j, w))
            break;
        const bool initial = (w - j == 1);
        ++words;
        qsizetype next = w;
        if (initial && t.at(next) == u'.')
            ++next;
        if (!initial)
            end = w;
        if (t.at(next) == u' ' && isUpper(t.at(next + 1))) {
            j = next + 1;
            continue;
        }
        if (initial && isUpper(t.at(next))) { // "A.B. Jones"
            j = next;
            continue;
        }
        break;
    }
    if (end < 0)
        return {};
    // Dr Foster Intelligence is an organisation
    if (t.has(afterTitle + 1, "Foster Intelligence"))
        return {};
    return {i, end};
}

void add(QList<Finding>& out, const QString& s, const QString& kind, Span span)
{
    out.append(Finding{kind, s.mid(span.start, span.end - span.start), span.start, span.end});
}

} // namespace

QStringList ConfidentialityScanner::kinds()
{
    return {kindNhsNumber(), kindPostcode(), kindPhone(), kindEmail(), kindDateOfBirth(), kindPersonName()};
}

QString ConfidentialityScanner::describe(const QString& kind)
{
    if (kind == kindNhsNumber())
        return QStringLiteral("NHS number");
    if (kind == kindPostcode())
        return QStringLiteral("postcode");
    if (kind == kindPhone())
        return QStringLiteral("phone number");
    if (kind == kindEmail())
        return QStringLiteral("email address");
    if (kind == kindDateOfBirth())
        return QStringLiteral("date of birth");
    if (kind == kindPersonName())
        return QStringLiteral("name");
    return kind;
}

bool ConfidentialityScanner::isValidNhsNumber(const QString& tenDigits)
{
    if (tenDigits.size() != 10)
        return false;
    int digits[10];
    for (int k = 0; k < 10; ++k) {
        if (!tenDigits.at(k).isDigit() || tenDigits.at(k).unicode() > u'9')
            return false;
        digits[k] = tenDigits.at(k).unicode() - u'0';
    }
    return nhsCheck(digits);
}

QList<Finding> ConfidentialityScanner::scan(const QString& s) const
{
    QList<Finding> out;
    const Text t{reinterpret_cast<const Ch*>(s.utf16()), s.size()};
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const Ch c = t.d[i];
        if (c == u'@') {
            if (Span e = email(t, i)) {
                add(out, s, kindEmail(), e);
                i = e.end;
                continue;
            }
            ++i;
            continue;
        }
        const bool starts = t.wordStart(i);
        if (!starts || !(isAlnum(c) || c == u'+' || c == u'(')) {
            ++i;
            continue;
        }
        qsizetype next = i + 1;
        if (isDigit(c)) {
            if (freeBefore(t, i) && !isbnBefore(t, i)) {
                if (Span m = nhsNumber(t, i)) {
                    add(out, s, kindNhsNumber(), m);
                    i = m.end;
                    continue;
                }
                if (c == u'0') {
                    if (Span m = phone(t, i)) {
                        add(out, s, kindPhone(), m);
                        i = m.end;
                        continue;
                    }
                }
                if (Span m = dateAt(t, i); m && birthContext(s, m.start, m.end)) {
                    add(out, s, kindDateOfBirth(), m);
                    i = m.end;
                    continue;
                }
            }
        } else if (c == u'+' || c == u'(') {
            if (freeBefore(t, i) && !isAlnum(t.at(i - 1))) {
                if (Span m = phone(t, i)) {
                    add(out, s, kindPhone(), m);
                    i = m.end;
                    continue;
                }
            }
            ++i;
            continue;
        } else if (isLetter(c)) {
            const bool free = freeBefore(t, i);
            if (free && c < 128) {
                if (Span m = postcode(t, i)) {
                    add(out, s, kindPostcode(), m);
                    i = m.end;
                    continue;
                }
                if (isAsciiUpper(c)) {
                    if (Span m = personName(t, i, s)) {
                        add(out, s, kindPersonName(), m);
                        i = m.end;
                        continue;
                    }
                }
                const Ch u = toUpper(c);
                if (u == u'J' || u == u'F' || u == u'M' || u == u'A' || u == u'S' || u == u'O' || u == u'N' || u == u'D') {
                    if (Span m = dateAt(t, i); m && birthContext(s, m.start, m.end)) {
                        add(out, s, kindDateOfBirth(), m);
                        i = m.end;
                        continue;
                    }
                }
            }
        }
        // skip the rest of this word (an email's '@' stops it)
        while (next < n && isAlnum(t.d[next]))
            ++next;
        i = next;
    }
    // An email's local part may hold a token found earlier ("jo.patel07700900123@…"): keep the
    // longer of overlapping findings.
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
    QList<Finding> merged;
    for (const Finding& f : std::as_const(out)) {
        if (!merged.isEmpty() && f.start < merged.last().end) {
            if (f.end - f.start > merged.last().end - merged.last().start)
                merged.last() = f;
            continue;
        }
        merged.append(f);
    }
    return merged;
}

} // namespace cpd
