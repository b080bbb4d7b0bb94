#include "journal/ReflectionTemplates.h"

#include <QCoreApplication>

namespace cpd {
namespace {

QString translated(const char* s)
{
    return QCoreApplication::translate("ReflectionTemplates", s);
}

} // namespace

QList<ReflectionTemplates::Template> ReflectionTemplates::all()
{
    // The NMC questions are the form's own words, verbatim.
    return {
        {QStringLiteral("nmc"),
         translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "NMC reflective account")),
         {{QStringLiteral("nature"),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates",
                                "What was the nature of the CPD activity and/or practice-related "
                                "feedback and/or event or experience in your practice?")),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates",
                                "Describe what happened without naming or identifying anyone."))},
          {QStringLiteral("learned"),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates",
                                "What did you learn from the CPD activity and/or feedback and/or "
                                "event or experience in your practice?")),
           {}},
          {QStringLiteral("changed"),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates",
                                "How did you change or improve your practice as a result?")),
           {}},
          {QStringLiteral("code"),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates",
                                "How is this relevant to the Code? Select one or more themes: "
                                "Prioritise people – Practise effectively – Preserve safety – "
                                "Promote professionalism and trust.")),
           {}}}},
        {QStringLiteral("gibbs"),
         translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Gibbs reflective cycle")),
         {{QStringLiteral("description"), translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Description")),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "What happened?"))},
          {QStringLiteral("feelings"), translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Feelings")),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "What were you thinking and feeling?"))},
          {QStringLiteral("evaluation"), translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Evaluation")),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "What was good and bad about the experience?"))},
          {QStringLiteral("analysis"), translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Analysis")),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "What sense can you make of the situation?"))},
          {QStringLiteral("conclusion"), translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Conclusion")),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "What else could you have done?"))},
          {QStringLiteral("action_plan"), translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Action plan")),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "If it arose again, what would you do?"))}}},
        {QStringLiteral("driscoll"),
         translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Driscoll: What? So what? Now what?")),
         {{QStringLiteral("what"), translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "What?")),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "A description of the event."))},
          {QStringLiteral("so_what"), translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "So what?")),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "What did you learn from it?"))},
          {QStringLiteral("now_what"), translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Now what?")),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "What will you do differently?"))}}},
        {QStringLiteral("kolb"),
         translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Kolb learning cycle")),
         {{QStringLiteral("experience"),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Concrete experience")), {}},
          {QStringLiteral("observation"),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Reflective observation")), {}},
          {QStringLiteral("conceptualisation"),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Abstract conceptualisation")), {}},
          {QStringLiteral("experimentation"),
           translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Active experimentation")), {}}}},
        {QStringLiteral("free"), translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Free text")),
         {{QStringLiteral("text"), translated(QT_TRANSLATE_NOOP("ReflectionTemplates", "Reflection")), {}}}},
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
