#include "export/CpdLogCsv.h"

#include "export/Portfolio.h"
#include "export/ReportLabels.h"
#include "journal/Vocabulary.h"

namespace cpd {

QString CpdLogCsv::field(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CpdLogCsv::write(const Portfolio& p)
{
    const ReportLabels& labels = ReportLabels::builtIn();
    QString out;
    auto row = [&](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << field(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    auto number = [](double v) { return QString::number(v, 'f', v == qRound(v) ? 0 : 2); };
    row(labels.list(QStringLiteral("csv.columns")));
    const QList<Vocabulary::Term> activities = Vocabulary::activities();
    for (const Entry& e : p.cpd) {
        QStringList themes;
        for (const QString& t : e.codeThemes)
            themes << labels.lookup(QStringLiteral("nmc.code_themes"), t);
        row({e.date.toString(Qt::ISODate), e.endDate.isValid() ? e.endDate.toString(Qt::ISODate) : QString(),
             Vocabulary::label(activities, e.activity), e.title, themes.join(QStringLiteral("; ")), number(e.hours),
             number(e.participatoryHours), number(e.effectiveCredits()), e.id});
    }
    row({labels.text(QStringLiteral("common.total")), QString(), QString(), QString(), QString(), number(p.cpdHours),
         number(p.participatoryHours), number(p.credits), QString()});
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace cpd
