#include "journal/ReflectionTemplates.h"

#include <QCoreApplication>

namespace cpd {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ReflectionTemplates", s);
}

} // namespace

QList<ReflectionTemplates::Template> ReflectionTemplates::all()
{
    // The NMC questions are the form's own words, verbatim.
    return {
        {QStringLiteral("nmc"),
         tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "NMC reflective account")),
         {{QStringLiteral("nature"),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates",
                                "What was the nature of the CPD activity and/or practice-related "
                                "feedback and/or event or experience in your practice?")),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates",
                                "Describe what happened without naming or identifying anyone."))},
          {QStringLiteral("learned"),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates",
                                "What did you learn from the CPD activity and/or feedback and/or "
                                "event or experience in your practice?")),
           {}},
          {QStringLiteral("changed"),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates",
                                "How did you change or improve your practice as a result?")),
           {}},
          {QStringLiteral("code"),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates",
                                "How is this relevant to the Code? Select one or more themes: "
                                "Prioritise people – Practise effectively – Preserve safety – "
                                "Promote professionalism and trust.")),
           {}}}},
        {QStringLiteral("gibbs"),
         tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Gibbs reflective cycle")),
         {{QStringLiteral("description"), tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Description")),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "What happened?"))},
          {QStringLiteral("feelings"), tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Feelings")),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "What were you thinking and feeling?"))},
          {QStringLiteral("evaluation"), tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Evaluation")),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "What was good and bad about the experience?"))},
          {QStringLiteral("analysis"), tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Analysis")),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "What sense can you make of the situation?"))},
          {QStringLiteral("conclusion"), tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Conclusion")),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "What else could you have done?"))},
          {QStringLiteral("action_plan"), tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Action plan")),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "If it arose again, what would you do?"))}}},
        {QStringLiteral("driscoll"),
         tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Driscoll: What? So what? Now what?")),
         {{QStringLiteral("what"), tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "What?")),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "A description of the event."))},
          {QStringLiteral("so_what"), tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "So what?")),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "What did you learn from it?"))},
          {QStringLiteral("now_what"), tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Now what?")),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "What will you do differently?"))}}},
        {QStringLiteral("kolb"),
         tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Kolb learning cycle")),
         {{QStringLiteral("experience"),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Concrete experience")), {}},
          {QStringLiteral("observation"),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Reflective observation")), {}},
          {QStringLiteral("conceptualisation"),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Abstract conceptualisation")), {}},
          {QStringLiteral("experimentation"),
           tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Active experimentation")), {}}}},
        {QStringLiteral("free"), tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Free text")),
         {{QStringLiteral("text"), tr(QT_TRANSLATE_NOOP("ReflectionTemplates", "Reflection")), {}}}},
    };
}

QStringList ReflectionTemplates::ids()
{
    return {QStringLiteral("nmc"), QStringLiteral("gibbs"), QStringLiteral("driscoll"),
            QStringLiteral("kolb"), QStringLiteral("free")};
}

ReflectionTemplates::Template ReflectionTemplates::byId(const QString& id)
{
    const auto templates = all();
    for (const Template& t : templates) {
        if (t.id == id)
            return t;
    }
    return templates.last();
}

QStringList ReflectionTemplates::fieldKeys(const QString& id)
{
    static const QHash<QString, QStringList> keys = {
        {QStringLiteral("nmc"), {QStringLiteral("nature"), QStringLiteral("learned"),
                                 QStringLiteral("changed"), QStringLiteral("code")}},
        {QStringLiteral("gibbs"),
         {QStringLiteral("description"), QStringLiteral("feelings"), QStringLiteral("evaluation"),
          QStringLiteral("analysis"), QStringLiteral("conclusion"), QStringLiteral("action_plan")}},
        {QStringLiteral("driscoll"),
         {QStringLiteral("what"), QStringLiteral("so_what"), QStringLiteral("now_what")}},
        {QStringLiteral("kolb"), {QStringLiteral("experience"), QStringLiteral("observation"),
                                  QStringLiteral("conceptualisation"),
                                  QStringLiteral("experimentation")}},
        {QStringLiteral("free"), {QStringLiteral("text")}},
    };
    return keys.value(id);
}

bool ReflectionTemplates::isKnown(const QString& id)
{
    return ids().contains(id);
}

} // namespace cpd
