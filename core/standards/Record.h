#pragma once

#include "standards/DateRange.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

namespace cpd {

// The practice hours log (NMC recommended template).
struct PracticeHours
{
    QDate from;
    QDate to;
    QString organisation;
    QString address;
    QString workSetting;  // RevalidationVocabulary::workSettings()
    QString scope;        // RevalidationVocabulary::scopesOfPractice()
    double hours = 0;
    QString registration; // nurse | midwife | nursing-associate
    QString description;
    friend bool operator==(const PracticeHours&, const PracticeHours&) = default;
};

// The reflective discussion with another NMC registrant.
struct ReflectiveDiscussion
{
    QString partnerName;
    QString partnerPin;
    QString partnerEmail;
    QString partnerAddress;
    QString partnerPostcode;
    QDate date;
    QString summary;
    friend bool operator==(const ReflectiveDiscussion&, const ReflectiveDiscussion&) = default;
};

// The confirmation discussion (NMC form).
struct Confirmation
{
    QString confirmerName;
    QString confirmerId; // NMC Pin or other professional identification number
    QString confirmerEmail;
    QString confirmerAddress;
    QString confirmerPostcode;
    QDate date;
    friend bool operator==(const Confirmation&, const Confirmation&) = default;
};

// The health and character declaration, or the professional indemnity arrangement.
struct Declaration
{
    QString kind; // health-and-character | indemnity
    QDate date;
    QString arrangement; // indemnity: employer | professional-body | private
    QString provider;    // indemnity through a professional body or privately: who provides it
    friend bool operator==(const Declaration&, const Declaration&) = default;
};

// GP appraisal: the review of last year's personal development plan. A dated record of its own
// (not a journal entry) because it is one per appraisal year and is about the plan, not learning.
struct PdpReview
{
    struct Goal
    {
        QString goal;
        QString outcome;
        friend bool operator==(const Goal&, const Goal&) = default;
    };
    QDate date;
    QString summary;
    QList<Goal> goals;
    friend bool operator==(const PdpReview&, const PdpReview&) = default;
};

// One revalidation record: its id (a UUID), its type and its fields. The JSON form carries the
// fields as the issue spells them plus "id" and "type" (not "kind": a declaration has a kind).
struct Record
{
    using Data = std::variant<PracticeHours, ReflectiveDiscussion, Confirmation, Declaration, PdpReview>;

    QString id;
    Data data;
    QDateTime created;
    QDateTime updated;
    QJsonObject extra; // keys this version does not know, kept so nothing is lost

    QString type() const;
    // The days the record covers: from..to for practice hours, its one date otherwise.
    DateRange span() const;
    // A one-line description for lists ("Reflective discussion with A. Jones").
    QString describe() const;

    template <class T> const T* as() const { return std::get_if<T>(&data); }

    // Every problem with the fields, one per line; empty when valid.
    QStringList problems() const;

    QJsonObject toJson() const;
    // Reads a record of the given type (practice-hours, discussion, confirmation, declaration,
    // pdp-review). "id" is kept when present so an exported list can be re-added; a "type" that
    // disagrees with type is an error.
    static Result<Record> fromJson(const QString& type, const QJsonObject& object);
    static Result<Record> parseDocument(const QString& type, const QByteArray& bytes);
    static QStringList types();

    friend bool operator==(const Record&, const Record&) = default;
};

} // namespace cpd
