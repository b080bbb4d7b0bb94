<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DeadlineReminder</name>
    <message numerus="yes">
        <source>%1: %Ln days to the application date (%2).</source>
        <translation>
            <numerusform>%1: %Ln day to the application date (%2).</numerusform>
            <numerusform>%1: %Ln days to the application date (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message numerus="yes">
        <source>Writing %n page(s)</source>
        <translation>
            <numerusform>Writing %n page</numerusform>
            <numerusform>Writing %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalJson</name>
    <message numerus="yes">
        <source>…and %Ln more problems</source>
        <translation>
            <numerusform>…and %Ln more problem</numerusform>
            <numerusform>…and %Ln more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message numerus="yes">
        <source>Review of last year&apos;s PDP (%Ln goals)</source>
        <translation>
            <numerusform>Review of last year&apos;s PDP (%Ln goal)</numerusform>
            <numerusform>Review of last year&apos;s PDP (%Ln goals)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message numerus="yes">
        <source>%n member(s), from %1, as of %2. Most urgent first. Reflections are not included.</source>
        <translation>
            <numerusform>%n member, from %1, as of %2. Most urgent first. Reflections are not included.</numerusform>
            <numerusform>%n members, from %1, as of %2. Most urgent first. Reflections are not included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) with no entries from anyone.</source>
        <translation>
            <numerusform>%n topic with no entries from anyone.</numerusform>
            <numerusform>%n topics with no entries from anyone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared entry(s).</source>
        <translation>
            <numerusform>%n shared entry.</numerusform>
            <numerusform>%n shared entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status words: overdue (the deadline has passed), due soon (within %n day(s)), on track, complete.</source>
        <translation>
            <numerusform>Status words: overdue (the deadline has passed), due soon (within %n day), on track, complete.</numerusform>
            <numerusform>Status words: overdue (the deadline has passed), due soon (within %n days), on track, complete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::CaseNotesTab</name>
    <message numerus="yes">
        <source>%n case note(s).</source>
        <translation>
            <numerusform>%n case note.</numerusform>
            <numerusform>%n case notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::ChatSuggestionModel</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::DailyBackup</name>
    <message numerus="yes">
        <source>Daily backup made (%n entries).</source>
        <translation>
            <numerusform>Daily backup made (%n entry).</numerusform>
            <numerusform>Daily backup made (%n entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::ExportDialog</name>
    <message numerus="yes">
        <source>Not exported: %n possible identifier(s) found. Review them (redact, or mark &quot;not an identifier&quot;), or tick &quot;Export even with possible identifiers&quot;.</source>
        <translation>
            <numerusform>Not exported: %n possible identifier found. Review it (redact, or mark &quot;not an identifier&quot;), or tick &quot;Export even with possible identifiers&quot;.</numerusform>
            <numerusform>Not exported: %n possible identifiers found. Review them (redact, or mark &quot;not an identifier&quot;), or tick &quot;Export even with possible identifiers&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::FeedsTab</name>
    <message numerus="yes">
        <source>%n feed(s). Refresh fetches every feed; an item can become a guideline or an entry.</source>
        <translation>
            <numerusform>%n feed. Refresh fetches every feed; an item can become a guideline or an entry.</numerusform>
            <numerusform>%n feeds. Refresh fetches every feed; an item can become a guideline or an entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Refreshing %n feed…</numerusform>
            <numerusform>Refreshing %n feeds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresh cancelled. %n new item(s) were stored before it stopped.</source>
        <translation>
            <numerusform>Refresh cancelled. %n new item was stored before it stopped.</numerusform>
            <numerusform>Refresh cancelled. %n new items were stored before it stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed: %n new item(s).</source>
        <translation>
            <numerusform>Refreshed: %n new item.</numerusform>
            <numerusform>Refreshed: %n new items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::GuidelinesTab</name>
    <message numerus="yes">
        <source>%n guideline(s) in the library.</source>
        <translation>
            <numerusform>%n guideline in the library.</numerusform>
            <numerusform>%n guidelines in the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::JournalPage</name>
    <message numerus="yes">
        <source>%Ln matches, best first</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches, best first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::MainWindow</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::RevalidationDashboard</name>
    <message numerus="yes">
        <source>%Ln days to the application date (%1).</source>
        <translation>
            <numerusform>%Ln day to the application date (%1).</numerusform>
            <numerusform>%Ln days to the application date (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more entries</source>
        <translation>
            <numerusform>…and %Ln more entry</numerusform>
            <numerusform>…and %Ln more entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::SocialFindsTab</name>
    <message numerus="yes">
        <source>%n find(s).</source>
        <translation>
            <numerusform>%n find.</numerusform>
            <numerusform>%n finds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n find(s).</source>
        <translation>
            <numerusform>Imported %n find.</numerusform>
            <numerusform>Imported %n finds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::TeamCoverageModel</name>
    <message numerus="yes">
        <source>%1: %n member(s) covering</source>
        <translation>
            <numerusform>%1: %n member covering</numerusform>
            <numerusform>%1: %n members covering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) in all, %2 hours</source>
        <translation>
            <numerusform>%1: %n entry in all, %2 hours</numerusform>
            <numerusform>%1: %n entries in all, %2 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n entry(s), %3 hours</source>
        <translation>
            <numerusform>%1, %2: %n entry, %3 hours</numerusform>
            <numerusform>%1, %2: %n entries, %3 hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::TeamMemberDialog</name>
    <message numerus="yes">
        <source>%1, %2, registration %3. Summary %4 made %5; %n entry(s) in all.</source>
        <translation>
            <numerusform>%1, %2, registration %3. Summary %4 made %5; %n entry in all.</numerusform>
            <numerusform>%1, %2, registration %3. Summary %4 made %5; %n entries in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::TeamPage</name>
    <message numerus="yes">
        <source>%n member(s) from %1, as of %2; </source>
        <translation>
            <numerusform>%n member from %1, as of %2; </numerusform>
            <numerusform>%n members from %1, as of %2; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue or due within 90 days.</source>
        <translation>
            <numerusform>%n overdue or due within 90 days.</numerusform>
            <numerusform>%n overdue or due within 90 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bundle(s)</source>
        <translation>
            <numerusform>Imported %n bundle</numerusform>
            <numerusform>Imported %n bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n rejected.</source>
        <translation>
            <numerusform>; %n rejected.</numerusform>
            <numerusform>; %n rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::TeamTableModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::TopicCoverageModel</name>
    <message numerus="yes">
        <source>%1 of %Ln topics</source>
        <translation>
            <numerusform>%1 of %Ln topic</numerusform>
            <numerusform>%1 of %Ln topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::TrashPage</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln entries in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %Ln entry in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %Ln entries in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::TweetChatsTab</name>
    <message numerus="yes">
        <source>%n chat(s) found among your finds. Accept one to record it as participatory CPD.</source>
        <translation>
            <numerusform>%n chat found among your finds. Accept it to record it as participatory CPD.</numerusform>
            <numerusform>%n chats found among your finds. Accept one to record it as participatory CPD.</numerusform>
        </translation>
    </message>
</context>
</TS>
