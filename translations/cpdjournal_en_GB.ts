<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
