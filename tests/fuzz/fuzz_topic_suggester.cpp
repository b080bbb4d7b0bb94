// The topic suggester on any text (title, reflection, tags, link titles split from the input
// at newlines): suggestions are best first, known, and never more than asked for.
#include "FuzzSupport.h"
#include "topics/TopicSuggester.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpd::fuzz::ensureApp(); // the built-in catalogue is a resource
    static const cpd::TopicCatalogue catalogue = cpd::TopicCatalogue::builtIn();
    static cpd::TopicSuggester suggester(catalogue);
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QStringList lines = text.split(QLatin1Char('\n'));
    cpd::TopicSuggester::Input input;
    input.title = lines.value(0);
    input.text = lines.mid(1, 1).join(QString());
    input.tags = lines.mid(2, 3);
    input.linkTitles = lines.mid(5);
    for (const auto& suggestions :
         {suggester.suggest(input, 3), suggester.suggest(QStringView(text), 5)}) {
        if (suggestions.size() > 5)
            cpd::fuzz::broken("more suggestions than asked for");
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            if (!catalogue.isKnown(suggestions.at(i).id))
                cpd::fuzz::broken("a suggestion of an unknown topic");
            if (i > 0 && suggestions.at(i).score > suggestions.at(i - 1).score)
                cpd::fuzz::broken("suggestions not best first");
        }
    }
    return 0;
}
