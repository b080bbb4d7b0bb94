#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace cpd {

// The portfolios' headings, column names and the regulators' own wording (the NMC's four
// questions, the Code's themes, the GMP 2024 domains), read from resources/report/labels.json so
// that a change of wording is a change of data.
class ReportLabels
{
public:
    // The labels compiled into the app.
    static const ReportLabels& builtIn();
    static Result<ReportLabels> fromJson(const QByteArray& json);

    // The text at a dotted path ("nmc.cpd.heading"); the path itself when missing, so a gap shows.
    QString text(const QString& path) const;
    QStringList list(const QString& path) const;
    // A label from a map ("nmc.code_themes", "prioritise-people"), or key when missing.
    QString lookup(const QString& mapPath, const QString& key) const;

private:
    QJsonValue at(const QString& path) const;
    QJsonObject m_root;
};

} // namespace cpd
