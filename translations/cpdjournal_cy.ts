<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>%1 %2 (built with)</source>
        <translation>%1 %2 (adeiladwyd gyda)</translation>
    </message>
    <message>
        <source>SQLite (driver not available)</source>
        <translation>SQLite (gyrrwr ddim ar gael)</translation>
    </message>
</context>
<context>
    <name>BackupChecker</name>
    <message>
        <source>check %1</source>
        <translation>gwirio %1</translation>
    </message>
    <message>
        <source>%1 is not a readable journal: %2</source>
        <translation>Nid yw %1 yn gyfnodolyn darllenadwy: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite integrity check: %2).</source>
        <translation>Mae %1 wedi&apos;i ddifrodi (gwiriad cywirdeb SQLite: %2).</translation>
    </message>
    <message>
        <source>%1 is not a CPD journal.</source>
        <translation>Nid yw %1 yn gyfnodolyn DPP.</translation>
    </message>
    <message>
        <source>%1 is not a CPD journal (it has no schema).</source>
        <translation>Nid yw %1 yn gyfnodolyn DPP (nid oes ganddo sgema).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CPD Journal (journal version %2; this version reads up to %3). Update CPD Journal to use it.</source>
        <translation>Ysgrifennwyd %1 gan fersiwn mwy newydd o Cyfnodolyn DPP (fersiwn cyfnodolyn %2; mae&apos;r fersiwn hwn yn darllen hyd at %3). Diweddarwch Cyfnodolyn DPP i&apos;w ddefnyddio.</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted; give its passphrase.</source>
        <translation>Mae %1 wedi&apos;i amgryptio; rhowch ei ymadrodd cyfrin.</translation>
    </message>
    <message>
        <source>%1 is not a CPD journal (not an SQLite database).</source>
        <translation>Nid yw %1 yn gyfnodolyn DPP (nid yw&apos;n gronfa ddata SQLite).</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>agor %1</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Could not delete the old backup %1.</source>
        <translation>Methu dileu&apos;r hen gopi wrth gefn %1.</translation>
    </message>
    <message>
        <source>Could not back up the journal before upgrading it, so it was not upgraded and nothing was changed: %1</source>
        <translation>Methu gwneud copi wrth gefn o&apos;r cyfnodolyn cyn ei uwchraddio, felly ni chafodd ei uwchraddio ac ni newidiwyd dim: %1</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>measure the journal</source>
        <translation>mesur y cyfnodolyn</translation>
    </message>
    <message>
        <source>back up the journal</source>
        <translation>gwneud copi wrth gefn o&apos;r cyfnodolyn</translation>
    </message>
    <message>
        <source>open the backup copy</source>
        <translation>agor y copi wrth gefn</translation>
    </message>
    <message>
        <source>finish the backup copy</source>
        <translation>gorffen y copi wrth gefn</translation>
    </message>
    <message>
        <source>Could not open %1 to flush it to disk.</source>
        <translation>Methu agor %1 i&apos;w ysgrifennu&apos;n llawn i&apos;r ddisg.</translation>
    </message>
    <message>
        <source>Could not flush %1 to disk.</source>
        <translation>Methu ysgrifennu %1 yn llawn i&apos;r ddisg.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation>Ffolder yw %1; rhowch enw ffeil ar gyfer y copi wrth gefn.</translation>
    </message>
    <message>
        <source>%1 is the journal itself; choose another file for the backup.</source>
        <translation>%1 yw&apos;r cyfnodolyn ei hun; dewiswch ffeil arall ar gyfer y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the backup.</source>
        <translation>Methu creu&apos;r ffolder %1 ar gyfer y copi wrth gefn.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Diddymwyd y copi wrth gefn; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>The backup failed its check, so it was not kept: %1</source>
        <translation>Methodd y copi wrth gefn ei wiriad, felly ni chafodd ei gadw: %1</translation>
    </message>
    <message>
        <source>The passphrase is empty; choose one to encrypt with.</source>
        <translation>Mae&apos;r ymadrodd cyfrin yn wag; dewiswch un i amgryptio ag ef.</translation>
    </message>
</context>
<context>
    <name>BookmarksImporter</name>
    <message>
        <source>The bookmarks file is not valid UTF-8 text. Nothing was imported.</source>
        <translation>Nid yw&apos;r ffeil nodau tudalen yn destun UTF-8 dilys. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>This is not a browser bookmarks file (the HTML a browser exports). Nothing was imported.</source>
        <translation>Nid ffeil nodau tudalen porwr yw hon (yr HTML y mae porwr yn ei allforio). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Diddymwyd y mewnforio; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address; left out.</source>
        <translation>Nid yw &quot;%1&quot; yn gyfeiriad gwe dilys; fe&apos;i gadawyd allan.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: nid oes ffeil o&apos;r fath.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than the %3 MB a bookmarks file may be; it was not read.</source>
        <translation>Mae %1 yn %2 MB, yn fwy na&apos;r %3 MB y caiff ffeil nodau tudalen fod; ni chafodd ei darllen.</translation>
    </message>
</context>
<context>
    <name>CaseNote</name>
    <message>
        <source>%1: a case note never holds a date of birth; use age_band (%2)</source>
        <translation>%1: nid yw nodyn achos byth yn cynnwys dyddiad geni; defnyddiwch age_band (%2)</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>maes anhysbys %1</translation>
    </message>
    <message>
        <source>summary must not be empty</source>
        <translation>ni chaiff summary fod yn wag</translation>
    </message>
    <message>
        <source>The case note is not valid: %1.</source>
        <translation>Nid yw&apos;r nodyn achos yn ddilys: %1.</translation>
    </message>
    <message>
        <source>The case note is not valid JSON: %1 at byte %2.</source>
        <translation>Nid yw&apos;r nodyn achos yn JSON dilys: %1 ar beit %2.</translation>
    </message>
    <message>
        <source>The case note must be a JSON object.</source>
        <translation>Rhaid i&apos;r nodyn achos fod yn wrthrych JSON.</translation>
    </message>
</context>
<context>
    <name>CaseNoteRepository</name>
    <message>
        <source>A case note needs a summary.</source>
        <translation>Mae angen crynodeb ar nodyn achos.</translation>
    </message>
    <message>
        <source>Unknown age band &quot;%1&quot;.</source>
        <translation>Band oedran anhysbys &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The case note may identify a patient: %1. Remove it and save again; nothing was saved.</source>
        <translation>Gall y nodyn achos adnabod claf: %1. Tynnwch hynny a chadwch eto; ni chadwyd dim.</translation>
    </message>
    <message>
        <source>save the case note</source>
        <translation>cadw&apos;r nodyn achos</translation>
    </message>
    <message>
        <source>There is no case note with id %1.</source>
        <translation>Nid oes nodyn achos â&apos;r id %1.</translation>
    </message>
    <message>
        <source>read the case notes</source>
        <translation>darllen y nodiadau achos</translation>
    </message>
    <message>
        <source>remove the case note</source>
        <translation>tynnu&apos;r nodyn achos</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation>Ffolder yw %1, nid ffeil cyfnodolyn.</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Nid oes cyfnodolyn yn %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the journal.</source>
        <translation>Methu creu&apos;r ffolder %1 ar gyfer y cyfnodolyn.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Nid yw gyrrwr SQLite Qt wedi&apos;i osod (pecyn Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>open the journal %1</source>
        <translation>agor y cyfnodolyn %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>darllen %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a CPD journal; it was left untouched.</source>
        <translation>Mae %1 yn gronfa ddata SQLite rhaglen arall, nid yn gyfnodolyn DPP; ni chyffyrddwyd â hi.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CPD journal; it was left untouched.</source>
        <translation>Mae %1 yn gronfa ddata SQLite ond nid yn gyfnodolyn DPP; ni chyffyrddwyd â hi.</translation>
    </message>
    <message>
        <source>%1 needs upgrading to this version of CPD Journal, which cannot be done while it is read-only (%2)</source>
        <translation>Mae angen uwchraddio %1 i&apos;r fersiwn hwn o Cyfnodolyn DPP, ac ni ellir gwneud hynny tra bo&apos;n ddarllen-yn-unig (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CPD Journal (journal version %2; this version reads up to %3). Update CPD Journal to open it; the file was left untouched.</source>
        <translation>Ysgrifennwyd %1 gan fersiwn mwy newydd o Cyfnodolyn DPP (fersiwn cyfnodolyn %2; mae&apos;r fersiwn hwn yn darllen hyd at %3). Diweddarwch Cyfnodolyn DPP i&apos;w agor; ni chyffyrddwyd â&apos;r ffeil.</translation>
    </message>
    <message>
        <source>prepare the journal %1</source>
        <translation>paratoi&apos;r cyfnodolyn %1</translation>
    </message>
    <message>
        <source>start saving</source>
        <translation>dechrau cadw</translation>
    </message>
    <message>
        <source>save</source>
        <translation>cadw</translation>
    </message>
</context>
<context>
    <name>DeadlineReminder</name>
    <message>
        <source>%1: the application date is today (%2).</source>
        <translation>%1: mae&apos;r dyddiad cyflwyno cais heddiw (%2).</translation>
    </message>
    <message>
        <source>%1: the application date is tomorrow (%2).</source>
        <translation>%1: mae&apos;r dyddiad cyflwyno cais yfory (%2).</translation>
    </message>
    <message>
        <source>Everything is in place.</source>
        <translation>Mae popeth yn ei le.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Yn dal ar goll: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln days to the application date (%2).</source>
        <translation>
            <numerusform>%1: %Ln diwrnod tan ddyddiad cyflwyno&apos;r cais (%2).</numerusform>
            <numerusform>%1: %Ln diwrnod tan ddyddiad cyflwyno&apos;r cais (%2).</numerusform>
            <numerusform>%1: %Ln diwrnod tan ddyddiad cyflwyno&apos;r cais (%2).</numerusform>
            <numerusform>%1: %Ln diwrnod tan ddyddiad cyflwyno&apos;r cais (%2).</numerusform>
            <numerusform>%1: %Ln diwrnod tan ddyddiad cyflwyno&apos;r cais (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DismissalStore</name>
    <message>
        <source>&quot;%1&quot; is not a kind of identifier.</source>
        <translation>Nid yw &quot;%1&quot; yn fath o ddynodydd.</translation>
    </message>
    <message>
        <source>There is nothing to dismiss.</source>
        <translation>Nid oes dim i&apos;w wrthod.</translation>
    </message>
    <message>
        <source>remember that this is not an identifier</source>
        <translation>cofio nad dynodydd yw hwn</translation>
    </message>
    <message>
        <source>forget a dismissed identifier</source>
        <translation>anghofio dynodydd a wrthodwyd</translation>
    </message>
    <message>
        <source>read the dismissed identifiers</source>
        <translation>darllen y dynodwyr a wrthodwyd</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>autosave the draft</source>
        <translation>cadw&apos;r drafft yn awtomatig</translation>
    </message>
    <message>
        <source>remove the draft</source>
        <translation>tynnu&apos;r drafft</translation>
    </message>
    <message>
        <source>read the autosaved drafts</source>
        <translation>darllen y drafftiau a gadwyd yn awtomatig</translation>
    </message>
</context>
<context>
    <name>Ed25519</name>
    <message>
        <source>the cryptography library (libsodium) could not start</source>
        <translation>methodd y llyfrgell gryptograffeg (libsodium) â dechrau</translation>
    </message>
    <message>
        <source>could not make a signing key</source>
        <translation>methu creu allwedd llofnodi</translation>
    </message>
    <message>
        <source>the signing key in the keychain is damaged (%1 bytes, not %2)</source>
        <translation>mae&apos;r allwedd llofnodi yn y gadwyn allweddi wedi&apos;i difrodi (%1 beit, nid %2)</translation>
    </message>
    <message>
        <source>could not sign</source>
        <translation>methu llofnodi</translation>
    </message>
</context>
<context>
    <name>EntryJson</name>
    <message>
        <source>%1 must be text</source>
        <translation>rhaid i %1 fod yn destun</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>rhaid i %1 fod yn rhif</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>nid yw %1 &quot;%2&quot; yn ddyddiad (defnyddiwch BBBB-MM-DD)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>nid yw %1 &quot;%2&quot; yn ddyddiad ac amser (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 must be a list of text</source>
        <translation>rhaid i %1 fod yn rhestr o destun</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>rhaid i %1 fod yn rhestr</translation>
    </message>
    <message>
        <source>each item of %1 must be an object</source>
        <translation>rhaid i bob eitem o %1 fod yn wrthrych</translation>
    </message>
    <message>
        <source>reflection.%1 must be text</source>
        <translation>rhaid i reflection.%1 fod yn destun</translation>
    </message>
    <message>
        <source>reflection must be an object of answers</source>
        <translation>rhaid i reflection fod yn wrthrych o atebion</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>nid yw&apos;n JSON dilys ar beit %1: %2</translation>
    </message>
    <message>
        <source>item %1 is not an entry object</source>
        <translation>nid yw eitem %1 yn wrthrych cofnod</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>eitem %1: %2</translation>
    </message>
</context>
<context>
    <name>EntryRepository</name>
    <message>
        <source>There is no entry with id %1.</source>
        <translation>Nid oes cofnod â&apos;r id %1.</translation>
    </message>
    <message>
        <source>entry %1 (&quot;%2&quot;): %3</source>
        <translation>cofnod %1 (&quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>check the entry&apos;s id</source>
        <translation>gwirio id y cofnod</translation>
    </message>
    <message>
        <source>An entry with id %1 is already in the journal.</source>
        <translation>Mae cofnod â&apos;r id %1 yn y cyfnodolyn eisoes.</translation>
    </message>
    <message>
        <source>The entry has no id, so there is nothing to update.</source>
        <translation>Nid oes id gan y cofnod, felly nid oes dim i&apos;w ddiweddaru.</translation>
    </message>
    <message>
        <source>count the entries</source>
        <translation>cyfrif y cofnodion</translation>
    </message>
    <message>
        <source>list the entries</source>
        <translation>rhestru&apos;r cofnodion</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>darllen y cyfnodolyn</translation>
    </message>
    <message>
        <source>list the tags</source>
        <translation>rhestru&apos;r tagiau</translation>
    </message>
    <message>
        <source>move the entry to the trash</source>
        <translation>symud y cofnod i&apos;r bin</translation>
    </message>
    <message>
        <source>Entry %1 is already in the trash.</source>
        <translation>Mae cofnod %1 yn y bin eisoes.</translation>
    </message>
    <message>
        <source>restore the entry</source>
        <translation>adfer y cofnod</translation>
    </message>
    <message>
        <source>Entry %1 is not in the trash.</source>
        <translation>Nid yw cofnod %1 yn y bin.</translation>
    </message>
    <message>
        <source>find the entry</source>
        <translation>dod o hyd i&apos;r cofnod</translation>
    </message>
    <message>
        <source>Entry %1 is not in the trash; delete it first, then purge it.</source>
        <translation>Nid yw cofnod %1 yn y bin; dilëwch ef yn gyntaf, yna ei ddileu am byth.</translation>
    </message>
    <message>
        <source>purge the entry</source>
        <translation>dileu&apos;r cofnod am byth</translation>
    </message>
    <message>
        <source>empty the trash</source>
        <translation>gwagio&apos;r bin</translation>
    </message>
    <message>
        <source>index the entries for search</source>
        <translation>mynegeio&apos;r cofnodion ar gyfer chwilio</translation>
    </message>
</context>
<context>
    <name>EntrySearch</name>
    <message>
        <source>search the journal</source>
        <translation>chwilio&apos;r cyfnodolyn</translation>
    </message>
</context>
<context>
    <name>EntryValidator</name>
    <message>
        <source>expected one of: %1</source>
        <translation>disgwylid un o: %1</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; %3</source>
        <translation>%1 anhysbys &quot;%2&quot;; %3</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a UUID</source>
        <translation>nid yw&apos;r id &quot;%1&quot; yn UUID</translation>
    </message>
    <message>
        <source>title is empty: give the entry a title</source>
        <translation>mae&apos;r teitl yn wag: rhowch deitl i&apos;r cofnod</translation>
    </message>
    <message>
        <source>date is missing or not a date (use YYYY-MM-DD)</source>
        <translation>mae&apos;r dyddiad ar goll neu nid yw&apos;n ddyddiad (defnyddiwch BBBB-MM-DD)</translation>
    </message>
    <message>
        <source>end_date %1 is before date %2</source>
        <translation>mae end_date %1 cyn date %2</translation>
    </message>
    <message>
        <source>unknown activity &quot;%1&quot;; %2</source>
        <translation>gweithgaredd anhysbys &quot;%1&quot;; %2</translation>
    </message>
    <message>
        <source>hours must be between 0 and %1</source>
        <translation>rhaid i&apos;r oriau fod rhwng 0 a %1</translation>
    </message>
    <message>
        <source>participatory_hours cannot be negative</source>
        <translation>ni all participatory_hours fod yn negyddol</translation>
    </message>
    <message>
        <source>participatory_hours (%1) is more than hours (%2)</source>
        <translation>mae participatory_hours (%1) yn fwy na hours (%2)</translation>
    </message>
    <message>
        <source>credits must be between 0 and %1</source>
        <translation>rhaid i&apos;r credydau fod rhwng 0 a %1</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot;; %2</source>
        <translation>templed anhysbys &quot;%1&quot;; %2</translation>
    </message>
    <message>
        <source>code theme</source>
        <translation>thema&apos;r Cod</translation>
    </message>
    <message>
        <source>GMP domain</source>
        <translation>parth GMP</translation>
    </message>
    <message>
        <source>a topic has no id</source>
        <translation>nid oes id gan bwnc</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot; appears twice</source>
        <translation>mae&apos;r pwnc &quot;%1&quot; yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot; has unknown level &quot;%2&quot;; %3</source>
        <translation>mae gan y pwnc &quot;%1&quot; lefel anhysbys &quot;%2&quot;; %3</translation>
    </message>
    <message>
        <source>a link has neither a URL nor a title</source>
        <translation>nid oes URL na theitl gan ddolen</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; %2</source>
        <translation>statws anhysbys &quot;%1&quot;; %2</translation>
    </message>
</context>
<context>
    <name>EvidenceLinker</name>
    <message>
        <source>read the %1</source>
        <translation>darllen y %1</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Nid oes %1 â&apos;r id %2.</translation>
    </message>
    <message>
        <source>link the evidence to the entry</source>
        <translation>cysylltu&apos;r dystiolaeth â&apos;r cofnod</translation>
    </message>
</context>
<context>
    <name>EvidenceQuery</name>
    <message>
        <source>read the journal for revalidation</source>
        <translation>darllen y cyfnodolyn ar gyfer ailddilysu</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message numerus="yes">
        <source>Writing %n page(s)</source>
        <translation>
            <numerusform>Wrthi&apos;n ysgrifennu %n tudalen</numerusform>
            <numerusform>Wrthi&apos;n ysgrifennu %n tudalen</numerusform>
            <numerusform>Wrthi&apos;n ysgrifennu %n tudalen</numerusform>
            <numerusform>Wrthi&apos;n ysgrifennu %n tudalen</numerusform>
            <numerusform>Wrthi&apos;n ysgrifennu %n tudalen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use pdf, html, csv or json</source>
        <translation>fformat anhysbys &quot;%1&quot;; defnyddiwch pdf, html, csv neu json</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>Wrthi&apos;n darllen y cyfnodolyn</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Diddymwyd.</translation>
    </message>
    <message>
        <source>Checking for identifiers</source>
        <translation>Wrthi&apos;n chwilio am ddynodwyr</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Wrthi&apos;n ysgrifennu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Assembling the portfolio</source>
        <translation>Wrthi&apos;n casglu&apos;r portffolio</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Wrthi&apos;n rendro</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Wrthi&apos;n gosod y tudalennau</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>This is not an RSS or Atom feed (it starts with &lt;%1&gt;).</source>
        <translation>Nid ffrwd RSS nac Atom yw hon (mae&apos;n dechrau gyda &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML: %1 (line %2).</source>
        <translation>Nid yw&apos;r ffrwd yn XML wedi&apos;i ffurfio&apos;n dda: %1 (llinell %2).</translation>
    </message>
    <message>
        <source>The feed is empty.</source>
        <translation>Mae&apos;r ffrwd yn wag.</translation>
    </message>
</context>
<context>
    <name>FeedRefresher</name>
    <message>
        <source>The feed is larger than %1 MiB.</source>
        <translation>Mae&apos;r ffrwd yn fwy na %1 MiB.</translation>
    </message>
</context>
<context>
    <name>FeedRepository</name>
    <message>
        <source>read the feeds</source>
        <translation>darllen y ffrydiau</translation>
    </message>
    <message>
        <source>You already follow %1.</source>
        <translation>Rydych yn dilyn %1 eisoes.</translation>
    </message>
    <message>
        <source>save the feed</source>
        <translation>cadw&apos;r ffrwd</translation>
    </message>
    <message>
        <source>read the feed</source>
        <translation>darllen y ffrwd</translation>
    </message>
    <message>
        <source>There is no feed with id %1.</source>
        <translation>Nid oes ffrwd â&apos;r id %1.</translation>
    </message>
    <message>
        <source>remove the feed</source>
        <translation>tynnu&apos;r ffrwd</translation>
    </message>
    <message>
        <source>read the feed&apos;s items</source>
        <translation>darllen eitemau&apos;r ffrwd</translation>
    </message>
    <message>
        <source>read the feed item</source>
        <translation>darllen eitem y ffrwd</translation>
    </message>
    <message>
        <source>There is no feed item with id %1.</source>
        <translation>Nid oes eitem ffrwd â&apos;r id %1.</translation>
    </message>
    <message>
        <source>save the feed&apos;s items</source>
        <translation>cadw eitemau&apos;r ffrwd</translation>
    </message>
</context>
<context>
    <name>FileCrypto</name>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>Methodd y llyfrgell amgryptio (libsodium) â dechrau.</translation>
    </message>
    <message>
        <source>There was not enough memory to derive the key from the passphrase.</source>
        <translation>Nid oedd digon o gof i greu&apos;r allwedd o&apos;r ymadrodd cyfrin.</translation>
    </message>
    <message>
        <source>Could not write the encrypted file: %1</source>
        <translation>Methu ysgrifennu&apos;r ffeil wedi&apos;i hamgryptio: %1</translation>
    </message>
    <message>
        <source>The passphrase is empty; choose one to encrypt with.</source>
        <translation>Mae&apos;r ymadrodd cyfrin yn wag; dewiswch un i amgryptio ag ef.</translation>
    </message>
    <message>
        <source>The encryption settings are out of range.</source>
        <translation>Mae&apos;r gosodiadau amgryptio y tu allan i&apos;r amrediad.</translation>
    </message>
    <message>
        <source>Encryption was cancelled; nothing was written.</source>
        <translation>Diddymwyd yr amgryptio; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>%1 is not a file encrypted by CPD Journal (its first bytes are wrong).</source>
        <translation>Nid yw %1 yn ffeil a amgryptiwyd gan Cyfnodolyn DPP (mae ei beitiau cyntaf yn anghywir).</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends inside its header.</source>
        <translation>Mae %1 wedi&apos;i thorri&apos;n fyr: mae&apos;n gorffen y tu mewn i&apos;w phennyn.</translation>
    </message>
    <message>
        <source>%1 was encrypted by a newer version of CPD Journal (format %2); update CPD Journal to open it.</source>
        <translation>Amgryptiwyd %1 gan fersiwn mwy newydd o Cyfnodolyn DPP (fformat %2); diweddarwch Cyfnodolyn DPP i&apos;w hagor.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header was changed.</source>
        <translation>Mae %1 wedi&apos;i difrodi: newidiwyd ei phennyn.</translation>
    </message>
    <message>
        <source>%1 is encrypted; give its passphrase.</source>
        <translation>Mae %1 wedi&apos;i amgryptio; rhowch ei ymadrodd cyfrin.</translation>
    </message>
    <message>
        <source>The passphrase is wrong for %1 (or its header was changed); nothing was decrypted.</source>
        <translation>Mae&apos;r ymadrodd cyfrin yn anghywir ar gyfer %1 (neu newidiwyd ei phennyn); ni ddadgryptiwyd dim.</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends before its final block; nothing was written.</source>
        <translation>Mae %1 wedi&apos;i thorri&apos;n fyr: mae&apos;n gorffen cyn ei bloc olaf; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged (block %2 is short and fails its check); nothing was written.</source>
        <translation>Mae %1 wedi&apos;i thorri&apos;n fyr neu wedi&apos;i difrodi (mae bloc %2 yn fyr ac yn methu ei wiriad); ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>%1 was changed or damaged after it was encrypted (block %2 fails its check); nothing was written.</source>
        <translation>Newidiwyd neu difrodwyd %1 ar ôl ei hamgryptio (mae bloc %2 yn methu ei wiriad); ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not write what was decrypted: %1</source>
        <translation>Methu ysgrifennu&apos;r hyn a ddadgryptiwyd: %1</translation>
    </message>
    <message>
        <source>Decryption was cancelled; nothing was written.</source>
        <translation>Diddymwyd y dadgryptio; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>%1 has bytes after its final block: it was changed; nothing was written.</source>
        <translation>Mae gan %1 beitiau ar ôl ei bloc olaf: fe&apos;i newidiwyd; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Set up CPD Journal</source>
        <translation>Gosod Cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>This journal stays where it is. To keep a journal elsewhere, move its file while CPD Journal is closed and start it with --db FILE.</source>
        <translation>Mae&apos;r cyfnodolyn hwn yn aros lle mae. I gadw cyfnodolyn yn rhywle arall, symudwch ei ffeil tra bo Cyfnodolyn DPP ar gau a&apos;i ddechrau gyda --db FFEIL.</translation>
    </message>
</context>
<context>
    <name>GpAppraisalStandard</name>
    <message>
        <source>Quality improvement activity</source>
        <translation>Gweithgaredd gwella ansawdd</translation>
    </message>
    <message>
        <source>a quality improvement activity (audit, case review or QI project)</source>
        <translation>gweithgaredd gwella ansawdd (archwiliad, adolygiad achos neu brosiect gwella ansawdd)</translation>
    </message>
    <message>
        <source>Significant events</source>
        <translation>Digwyddiadau arwyddocaol</translation>
    </message>
    <message>
        <source>a significant event analysis or learning event</source>
        <translation>dadansoddiad o ddigwyddiad arwyddocaol neu ddigwyddiad dysgu</translation>
    </message>
    <message>
        <source>Feedback from colleagues</source>
        <translation>Adborth gan gydweithwyr</translation>
    </message>
    <message>
        <source>colleague feedback in this five-year revalidation cycle</source>
        <translation>adborth gan gydweithwyr yn y cylch ailddilysu pum mlynedd hwn</translation>
    </message>
    <message>
        <source>Feedback from patients</source>
        <translation>Adborth gan gleifion</translation>
    </message>
    <message>
        <source>patient feedback in this five-year revalidation cycle</source>
        <translation>adborth gan gleifion yn y cylch ailddilysu pum mlynedd hwn</translation>
    </message>
    <message>
        <source>Complaints and compliments</source>
        <translation>Cwynion a chanmoliaeth</translation>
    </message>
    <message>
        <source>a review of complaints and compliments</source>
        <translation>adolygiad o gwynion a chanmoliaeth</translation>
    </message>
    <message>
        <source>GP appraisal</source>
        <translation>Gwerthusiad meddyg teulu</translation>
    </message>
    <message>
        <source>CPD credits</source>
        <translation>Credydau DPP</translation>
    </message>
    <message>
        <source>1 more CPD credit</source>
        <translation>1 credyd DPP arall</translation>
    </message>
    <message>
        <source>%1 more CPD credits</source>
        <translation>%1 credyd DPP arall</translation>
    </message>
    <message>
        <source>Review of last year&apos;s PDP</source>
        <translation>Adolygiad o CDP y llynedd</translation>
    </message>
    <message>
        <source>a review of last year&apos;s personal development plan</source>
        <translation>adolygiad o gynllun datblygu personol y llynedd</translation>
    </message>
    <message>
        <source>The profile has no next_appraisal_date, so the appraisal year is unknown; set it with profile set.</source>
        <translation>Nid oes next_appraisal_date gan y proffil, felly nid yw blwyddyn y gwerthusiad yn hysbys; gosodwch ef gyda profile set.</translation>
    </message>
</context>
<context>
    <name>Guideline</name>
    <message>
        <source>title must not be empty</source>
        <translation>ni chaiff title fod yn wag</translation>
    </message>
    <message>
        <source>url &quot;%1&quot; is not a web address (http or https)</source>
        <translation>nid yw url &quot;%1&quot; yn gyfeiriad gwe (http neu https)</translation>
    </message>
    <message>
        <source>The guideline is not valid: %1.</source>
        <translation>Nid yw&apos;r canllaw yn ddilys: %1.</translation>
    </message>
    <message>
        <source>The guideline is not valid JSON: %1 at byte %2.</source>
        <translation>Nid yw&apos;r canllaw yn JSON dilys: %1 ar beit %2.</translation>
    </message>
    <message>
        <source>The guideline must be a JSON object.</source>
        <translation>Rhaid i&apos;r canllaw fod yn wrthrych JSON.</translation>
    </message>
</context>
<context>
    <name>GuidelineRepository</name>
    <message>
        <source>A guideline needs a title.</source>
        <translation>Mae angen teitl ar ganllaw.</translation>
    </message>
    <message>
        <source>There is no guideline with id %1.</source>
        <translation>Nid oes canllaw â&apos;r id %1.</translation>
    </message>
    <message>
        <source>read the guidelines</source>
        <translation>darllen y canllawiau</translation>
    </message>
    <message>
        <source>remove the guideline</source>
        <translation>tynnu&apos;r canllaw</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>CPD Journal &amp;guide</source>
        <translation>&amp;Canllaw Cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>Writing a good &amp;reflection</source>
        <translation>Ysgrifennu &amp;myfyrdod da</translation>
    </message>
    <message>
        <source>What your &amp;regulator asks</source>
        <translation>Beth mae eich &amp;rheoleiddiwr yn ei ofyn</translation>
    </message>
    <message>
        <source>&amp;Set up again…</source>
        <translation>&amp;Gosod eto…</translation>
    </message>
    <message>
        <source>&amp;About CPD Journal</source>
        <translation>&amp;Ynghylch Cyfnodolyn DPP</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>&quot;%1&quot; is not a web address: only http and https are fetched.</source>
        <translation>Nid yw &quot;%1&quot; yn gyfeiriad gwe: dim ond http a https a nôlir.</translation>
    </message>
    <message>
        <source>The fetch was cancelled.</source>
        <translation>Diddymwyd y nôl.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>Ni atebodd %1 o fewn %2 e.</translation>
    </message>
    <message>
        <source>Fetching from %1 took longer than %2 s; it was stopped.</source>
        <translation>Cymerodd nôl o %1 fwy na %2 e; fe&apos;i stopiwyd.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (%2) but said not where to.</source>
        <translation>Atebodd %1 ag ailgyfeiriad (%2) ond ni ddywedodd i ble.</translation>
    </message>
    <message>
        <source>%1 redirected to &quot;%2&quot;, which is not a web address (only http and https are followed).</source>
        <translation>Ailgyfeiriodd %1 i &quot;%2&quot;, nad yw&apos;n gyfeiriad gwe (dim ond http a https a ddilynir).</translation>
    </message>
    <message>
        <source>%1 redirects in a loop (back to %2).</source>
        <translation>Mae %1 yn ailgyfeirio mewn dolen (yn ôl i %2).</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; it was not followed further.</source>
        <translation>Ailgyfeiriodd %1 fwy na %2 gwaith; ni chafodd ei ddilyn ymhellach.</translation>
    </message>
    <message>
        <source>%1 answered %2%3 for %4.</source>
        <translation>Atebodd %1 %2%3 ar gyfer %4.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Nothing was fetched.</source>
        <translation>Methodd y cysylltiad diogel â %1: %2. Ni nôlwyd dim.</translation>
    </message>
</context>
<context>
    <name>JournalJson</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Nid yw&apos;r ffeil yn JSON dilys (%1 ar feit %2).</translation>
    </message>
    <message>
        <source>The file is not a CPD Journal export: it holds no JSON object.</source>
        <translation>Nid yw&apos;r ffeil yn allforiad Cyfnodolyn DPP: nid oes gwrthrych JSON ynddi.</translation>
    </message>
    <message>
        <source>The file is not a CPD Journal export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Nid yw&apos;r ffeil yn allforiad Cyfnodolyn DPP (nid &quot;%1&quot; yw ei &quot;format&quot;).</translation>
    </message>
    <message>
        <source>The file is a version %1 export; this version of CPD Journal reads version %2.</source>
        <translation>Allforiad fersiwn %1 yw&apos;r ffeil; mae&apos;r fersiwn hwn o Cyfnodolyn DPP yn darllen fersiwn %2.</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed:</source>
        <translation>Ni ellir mewnforio&apos;r ffeil; ni newidiwyd dim:</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the import: %1</source>
        <translation>Methu creu ffolder dros dro ar gyfer y mewnforio: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed: %1</source>
        <translation>Ni ellir mewnforio&apos;r ffeil; ni newidiwyd dim: %1</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>cofnodion</translation>
    </message>
    <message>
        <source>revalidation records</source>
        <translation>cofnodion ailddilysu</translation>
    </message>
    <message>
        <source>the profile: this journal already has a different one</source>
        <translation>y proffil: mae gan y cyfnodolyn hwn un gwahanol eisoes</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds what this journal already has (%1). Import into a new, empty journal (--db FILE), or remove those first.</source>
        <translation>Ni fewnforiwyd dim: mae&apos;r ffeil yn cynnwys yr hyn sydd gan y cyfnodolyn hwn eisoes (%1). Mewnforiwch i gyfnodolyn newydd, gwag (--db FFEIL), neu tynnwch y rheini yn gyntaf.</translation>
    </message>
    <message>
        <source>read the columns of %1</source>
        <translation>darllen colofnau %1</translation>
    </message>
    <message>
        <source>The journal has no table %1.</source>
        <translation>Nid oes tabl %1 yn y cyfnodolyn.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>darllen %1</translation>
    </message>
    <message>
        <source>&quot;profile&quot; must be an object or null</source>
        <translation>rhaid i &quot;profile&quot; fod yn wrthrych neu&apos;n null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>rhaid i &quot;%1&quot; fod yn arae</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: nid yw&apos;n wrthrych</translation>
    </message>
    <message>
        <source>%1: an exported entry has an &quot;id&quot;, &quot;created&quot; and &quot;updated&quot;</source>
        <translation>%1: mae gan gofnod a allforiwyd &quot;id&quot;, &quot;created&quot; ac &quot;updated&quot;</translation>
    </message>
    <message>
        <source>%1: the id %2 appears twice</source>
        <translation>%1: mae&apos;r id %2 yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>trash[%1]: &quot;deleted_at&quot; must be a timestamp</source>
        <translation>trash[%1]: rhaid i &quot;deleted_at&quot; fod yn stamp amser</translation>
    </message>
    <message>
        <source>records[%1]: an exported record has an &quot;id&quot;, &quot;created&quot; and &quot;updated&quot;</source>
        <translation>records[%1]: mae gan gofnod ailddilysu a allforiwyd &quot;id&quot;, &quot;created&quot; ac &quot;updated&quot;</translation>
    </message>
    <message>
        <source>&quot;tables&quot; must be an object</source>
        <translation>rhaid i &quot;tables&quot; fod yn wrthrych</translation>
    </message>
    <message>
        <source>tables: unknown table &quot;%1&quot;</source>
        <translation>tables: tabl anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tables.%1 must be an array of rows</source>
        <translation>rhaid i tables.%1 fod yn arae o resi</translation>
    </message>
    <message>
        <source>tables.%1: every row must be an object</source>
        <translation>tables.%1: rhaid i bob rhes fod yn wrthrych</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more problems</source>
        <translation>
            <numerusform>…a %Ln problem arall</numerusform>
            <numerusform>…a %Ln problem arall</numerusform>
            <numerusform>…a %Ln problem arall</numerusform>
            <numerusform>…a %Ln problem arall</numerusform>
            <numerusform>…a %Ln problem arall</numerusform>
        </translation>
    </message>
    <message>
        <source>restore the trash</source>
        <translation>adfer y bin</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>cofnod ailddilysu %1: %2</translation>
    </message>
    <message>
        <source>restore the record&apos;s dates</source>
        <translation>adfer dyddiadau&apos;r cofnod ailddilysu</translation>
    </message>
    <message>
        <source>tables.%1[%2]: unknown column &quot;%3&quot;</source>
        <translation>tables.%1[%2]: colofn anhysbys &quot;%3&quot;</translation>
    </message>
    <message>
        <source>tables.%1[%2]: %3</source>
        <translation>tables.%1[%2]: %3</translation>
    </message>
    <message>
        <source>compare the file with the journal</source>
        <translation>cymharu&apos;r ffeil â&apos;r cyfnodolyn</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>mewnforio %1</translation>
    </message>
    <message>
        <source>read the entries</source>
        <translation>darllen y cofnodion</translation>
    </message>
    <message>
        <source>read the records</source>
        <translation>darllen y cofnodion ailddilysu</translation>
    </message>
    <message>
        <source>open the file being imported</source>
        <translation>agor y ffeil sy&apos;n cael ei mewnforio</translation>
    </message>
    <message>
        <source>read the profile</source>
        <translation>darllen y proffil</translation>
    </message>
    <message>
        <source>prepare the import</source>
        <translation>paratoi&apos;r mewnforio</translation>
    </message>
</context>
<context>
    <name>JournalOpener</name>
    <message>
        <source>The journal %1 is damaged (%2). Restore it from a backup; the damaged file is kept.</source>
        <translation>Mae&apos;r cyfnodolyn %1 wedi&apos;i ddifrodi (%2). Adferwch ef o gopi wrth gefn; cedwir y ffeil sydd wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Nid oes cyfnodolyn yn %1.</translation>
    </message>
    <message>
        <source>%1 is not a CPD Journal file (or its first bytes are damaged); it was left untouched.</source>
        <translation>Nid yw %1 yn ffeil Cyfnodolyn DPP (neu mae ei beitiau cyntaf wedi&apos;u difrodi); ni chyffyrddwyd â hi.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the journal.</source>
        <translation>Methu creu&apos;r ffolder %1 ar gyfer y cyfnodolyn.</translation>
    </message>
    <message>
        <source>The journal file is read-only (check its permissions, or the disk it is on).</source>
        <translation>Mae ffeil y cyfnodolyn yn ddarllen-yn-unig (gwiriwch ei chaniatâd, neu&apos;r ddisg y mae arni).</translation>
    </message>
    <message>
        <source>The journal&apos;s folder %1 is read-only, so changes cannot be saved.</source>
        <translation>Mae ffolder y cyfnodolyn %1 yn ddarllen-yn-unig, felly ni ellir cadw newidiadau.</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of CPD Journal (journal version %1; this version writes up to %2). Update CPD Journal to make changes.</source>
        <translation>Ysgrifennwyd y cyfnodolyn gan fersiwn mwy newydd o Cyfnodolyn DPP (fersiwn cyfnodolyn %1; mae&apos;r fersiwn hwn yn ysgrifennu hyd at %2). Diweddarwch Cyfnodolyn DPP i wneud newidiadau.</translation>
    </message>
</context>
<context>
    <name>JournalRestorer</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Could not copy %1: %2</source>
        <translation>Methu copïo %1: %2</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Diddymwyd yr adfer; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>%1 is the journal itself; choose a backup.</source>
        <translation>%1 yw&apos;r cyfnodolyn ei hun; dewiswch gopi wrth gefn.</translation>
    </message>
    <message>
        <source>%1 is encrypted; give its passphrase.</source>
        <translation>Mae %1 wedi&apos;i amgryptio; rhowch ei ymadrodd cyfrin.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>mae &quot;%1&quot; ar goll</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>rhaid i &quot;%1&quot; fod yn destun</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>mae &quot;%1&quot; yn wag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date written YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>rhaid i &quot;%1&quot; fod yn ddyddiad ar ffurf BBBB-MM-DD, nid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>rhaid i &quot;%1&quot; fod yn rhif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text</source>
        <translation>rhaid i &quot;%1&quot; fod yn rhestr o destun</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, not &quot;%3&quot;</source>
        <translation>rhaid i &quot;%1&quot; fod yn un o %2, nid &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>no keychain is available (on Linux, a Secret Service such as GNOME Keyring or KWallet must be running in your session)</source>
        <translation>nid oes cadwyn allweddi ar gael (ar Linux, rhaid i Secret Service fel GNOME Keyring neu KWallet fod yn rhedeg yn eich sesiwn)</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>gwrthodwyd mynediad i&apos;r gadwyn allweddi</translation>
    </message>
    <message>
        <source>the keychain refused access</source>
        <translation>gwrthododd y gadwyn allweddi fynediad</translation>
    </message>
    <message>
        <source>the keyring is locked; unlock it (log in again or open your keyring manager) and try again</source>
        <translation>mae&apos;r gadwyn allweddi wedi&apos;i chloi; datgloiwch hi (mewngofnodwch eto neu agorwch eich rheolwr allweddi) a rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>no Secret Service is running (start GNOME Keyring or KWallet in your desktop session)</source>
        <translation>nid oes Secret Service yn rhedeg (dechreuwch GNOME Keyring neu KWallet yn sesiwn eich bwrdd gwaith)</translation>
    </message>
    <message>
        <source>the keychain reported an error</source>
        <translation>adroddodd y gadwyn allweddi wall</translation>
    </message>
    <message>
        <source>the keychain did not answer within a minute (is it waiting for a password prompt?)</source>
        <translation>ni atebodd y gadwyn allweddi o fewn munud (a yw&apos;n aros am gyfrinair?)</translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot; from the keychain</source>
        <translation>Methu darllen &quot;%1&quot; o&apos;r gadwyn allweddi</translation>
    </message>
    <message>
        <source>Could not store &quot;%1&quot; in the keychain</source>
        <translation>Methu storio &quot;%1&quot; yn y gadwyn allweddi</translation>
    </message>
    <message>
        <source>Could not remove &quot;%1&quot; from the keychain</source>
        <translation>Methu tynnu &quot;%1&quot; o&apos;r gadwyn allweddi</translation>
    </message>
</context>
<context>
    <name>MastodonArchiveImporter</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: nid oes ffeil o&apos;r fath.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than the %3 MB allowed; it was not read.</source>
        <translation>Mae %1 yn %2 MB, yn fwy na&apos;r %3 MB a ganiateir; ni chafodd ei darllen.</translation>
    </message>
    <message>
        <source>outbox.json is not valid JSON: %1 (at byte %2). Nothing was imported.</source>
        <translation>Nid yw outbox.json yn JSON dilys: %1 (ar beit %2). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>outbox.json should hold an object. Nothing was imported.</source>
        <translation>Dylai outbox.json gynnwys gwrthrych. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>outbox.json has no list of orderedItems; it is not a Mastodon outbox. Nothing was imported.</source>
        <translation>Nid oes rhestr orderedItems yn outbox.json; nid yw&apos;n flwch allan Mastodon. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Diddymwyd y mewnforio; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a web address; left out.</source>
        <translation>%1: nid yw &quot;%2&quot; yn gyfeiriad gwe; fe&apos;i gadawyd allan.</translation>
    </message>
    <message>
        <source>%1 is not a Mastodon archive: it has no outbox.json.</source>
        <translation>Nid yw %1 yn archif Mastodon: nid oes outbox.json ynddi.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>read the journal&apos;s version</source>
        <translation>darllen fersiwn y cyfnodolyn</translation>
    </message>
    <message>
        <source>start upgrading the journal</source>
        <translation>dechrau uwchraddio&apos;r cyfnodolyn</translation>
    </message>
    <message>
        <source>record the journal&apos;s version</source>
        <translation>cofnodi fersiwn y cyfnodolyn</translation>
    </message>
    <message>
        <source>finish upgrading the journal</source>
        <translation>gorffen uwchraddio&apos;r cyfnodolyn</translation>
    </message>
</context>
<context>
    <name>NmcStandard</name>
    <message>
        <source>1 more practice hour</source>
        <translation>1 awr ymarfer arall</translation>
    </message>
    <message>
        <source>%1 more practice hours</source>
        <translation>%1 awr ymarfer arall</translation>
    </message>
    <message>
        <source>1 more CPD hour</source>
        <translation>1 awr DPP arall</translation>
    </message>
    <message>
        <source>%1 more CPD hours</source>
        <translation>%1 awr DPP arall</translation>
    </message>
    <message>
        <source>1 more participatory CPD hour</source>
        <translation>1 awr DPP gyfranogol arall</translation>
    </message>
    <message>
        <source>%1 more participatory CPD hours</source>
        <translation>%1 awr DPP gyfranogol arall</translation>
    </message>
    <message>
        <source>1 more piece of feedback</source>
        <translation>1 darn arall o adborth</translation>
    </message>
    <message>
        <source>%1 more pieces of feedback</source>
        <translation>%1 darn arall o adborth</translation>
    </message>
    <message>
        <source>1 more reflective account</source>
        <translation>1 cyfrif myfyriol arall</translation>
    </message>
    <message>
        <source>%1 more reflective accounts</source>
        <translation>%1 cyfrif myfyriol arall</translation>
    </message>
    <message>
        <source>NMC revalidation</source>
        <translation>Ailddilysu&apos;r NMC</translation>
    </message>
    <message>
        <source>Practice hours</source>
        <translation>Oriau ymarfer</translation>
    </message>
    <message>
        <source>%1 as a %2</source>
        <translation>%1 fel %2</translation>
    </message>
    <message>
        <source>practice hours still needed: %1</source>
        <translation>oriau ymarfer sydd eu hangen o hyd: %1</translation>
    </message>
    <message>
        <source>CPD hours</source>
        <translation>Oriau DPP</translation>
    </message>
    <message>
        <source>Participatory CPD hours</source>
        <translation>Oriau DPP cyfranogol</translation>
    </message>
    <message>
        <source>Practice-related feedback</source>
        <translation>Adborth yn ymwneud ag ymarfer</translation>
    </message>
    <message>
        <source>Written reflective accounts</source>
        <translation>Cyfrifon myfyriol ysgrifenedig</translation>
    </message>
    <message>
        <source> (%1 on the NMC form still draft or incomplete)</source>
        <translation> (%1 ar ffurflen yr NMC yn dal yn ddrafft neu&apos;n anghyflawn)</translation>
    </message>
    <message>
        <source>Reflective discussion</source>
        <translation>Trafodaeth fyfyriol</translation>
    </message>
    <message>
        <source>a reflective discussion with another NMC registrant</source>
        <translation>trafodaeth fyfyriol gyda chofrestrai arall gyda&apos;r NMC</translation>
    </message>
    <message>
        <source>Health and character declaration</source>
        <translation>Datganiad iechyd a chymeriad</translation>
    </message>
    <message>
        <source>the health and character declaration</source>
        <translation>y datganiad iechyd a chymeriad</translation>
    </message>
    <message>
        <source>Professional indemnity arrangement</source>
        <translation>Trefniant indemniad proffesiynol</translation>
    </message>
    <message>
        <source>the professional indemnity declaration</source>
        <translation>y datganiad indemniad proffesiynol</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Cadarnhad</translation>
    </message>
    <message>
        <source>a confirmation in the final 12 months (from %1)</source>
        <translation>cadarnhad yn y 12 mis olaf (o %1)</translation>
    </message>
    <message>
        <source>The profile has no registration_expiry, so the NMC revalidation period is unknown; set it with profile set.</source>
        <translation>Nid oes registration_expiry gan y proffil, felly nid yw cyfnod ailddilysu&apos;r NMC yn hysbys; gosodwch ef gyda profile set.</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>Could not start the PDF.</source>
        <translation>Methu dechrau&apos;r PDF.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Diddymwyd.</translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; has no TrueType outlines.</source>
        <translation>Nid oes gan y ffont &quot;%1&quot; amlinellau TrueType.</translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; could not be read.</source>
        <translation>Nid oedd modd darllen y ffont &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>PortfolioBuilder</name>
    <message>
        <source>There is no portfolio for the standard &quot;%1&quot;; use nmc or gp.</source>
        <translation>Nid oes portffolio ar gyfer y safon &quot;%1&quot;; defnyddiwch nmc neu gp.</translation>
    </message>
    <message>
        <source>The journal has no profile yet, so the portfolio has no name or period; set one with profile set.</source>
        <translation>Nid oes proffil gan y cyfnodolyn eto, felly nid oes enw na chyfnod gan y portffolio; gosodwch un gyda profile set.</translation>
    </message>
    <message>
        <source>The period %1 to %2 is empty: --from must not be after --to.</source>
        <translation>Mae&apos;r cyfnod %1 i %2 yn wag: ni ddylai --from fod ar ôl --to.</translation>
    </message>
    <message>
        <source>read the evidence</source>
        <translation>darllen y dystiolaeth</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>&quot;nmc_pin&quot; must look like 12A3456E (two digits, a letter, four digits, a letter)</source>
        <translation>rhaid i &quot;nmc_pin&quot; edrych fel 12A3456E (dau ddigid, llythyren, pedwar digid, llythyren)</translation>
    </message>
    <message>
        <source>&quot;gmc_number&quot; must be the seven digits of the GMC reference number</source>
        <translation>rhaid i &quot;gmc_number&quot; fod yn saith digid cyfeirnod y GMC</translation>
    </message>
    <message>
        <source>&quot;gp_credits_target&quot; must be a number of credits from 1 to 1000</source>
        <translation>rhaid i &quot;gp_credits_target&quot; fod yn nifer o gredydau o 1 i 1000</translation>
    </message>
    <message>
        <source>the profile is not valid JSON: %1 at character %2</source>
        <translation>nid yw&apos;r proffil yn JSON dilys: %1 ar nod %2</translation>
    </message>
    <message>
        <source>the profile must be one JSON object</source>
        <translation>rhaid i&apos;r proffil fod yn un gwrthrych JSON</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>read the revalidation profile</source>
        <translation>darllen y proffil ailddilysu</translation>
    </message>
    <message>
        <source>The stored revalidation profile is damaged: %1</source>
        <translation>Mae&apos;r proffil ailddilysu sydd wedi&apos;i gadw wedi&apos;i ddifrodi: %1</translation>
    </message>
    <message>
        <source>save the revalidation profile</source>
        <translation>cadw&apos;r proffil ailddilysu</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Diddymu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cau heb Gadw</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos y Manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio&apos;r Manylion...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>CPD Journal</source>
        <translation>Cyfnodolyn DPP</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r Cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r C&amp;yfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i&apos;r C&amp;yfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Atal</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo Lleoliad y &amp;Ddolen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>%1 practice hours at %2</source>
        <translation>%1 awr ymarfer yn %2</translation>
    </message>
    <message>
        <source>Reflective discussion with %1</source>
        <translation>Trafodaeth fyfyriol gyda %1</translation>
    </message>
    <message>
        <source>Confirmation by %1</source>
        <translation>Cadarnhad gan %1</translation>
    </message>
    <message>
        <source>Indemnity arrangement (%1)</source>
        <translation>Trefniant indemniad (%1)</translation>
    </message>
    <message>
        <source>Indemnity arrangement (%1, %2)</source>
        <translation>Trefniant indemniad (%1, %2)</translation>
    </message>
    <message>
        <source>Health and character declaration</source>
        <translation>Datganiad iechyd a chymeriad</translation>
    </message>
    <message>
        <source>Review of last year&apos;s PDP</source>
        <translation>Adolygiad o CDP y llynedd</translation>
    </message>
    <message>
        <source>Review of last year&apos;s PDP (1 goal)</source>
        <translation>Adolygiad o CDP y llynedd (1 nod)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>mae &quot;%1&quot; ar goll</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing (a date written YYYY-MM-DD)</source>
        <translation>mae &quot;%1&quot; ar goll (dyddiad ar ffurf BBBB-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: &quot;%2&quot;</source>
        <translation>nid yw &quot;%1&quot; yn gyfeiriad e-bost: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UK postcode: &quot;%2&quot;</source>
        <translation>nid yw &quot;%1&quot; yn god post yn y DU: &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Review of last year&apos;s PDP (%Ln goals)</source>
        <translation>
            <numerusform>Adolygiad o CDP y llynedd (%Ln nod)</numerusform>
            <numerusform>Adolygiad o CDP y llynedd (%Ln nod)</numerusform>
            <numerusform>Adolygiad o CDP y llynedd (%Ln nod)</numerusform>
            <numerusform>Adolygiad o CDP y llynedd (%Ln nod)</numerusform>
            <numerusform>Adolygiad o CDP y llynedd (%Ln nod)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;from&quot; (%1) is after &quot;to&quot; (%2)</source>
        <translation>mae &quot;from&quot; (%1) ar ôl &quot;to&quot; (%2)</translation>
    </message>
    <message>
        <source>&quot;work_setting&quot; must be one of the NMC&apos;s settings (%1), not &quot;%2&quot;</source>
        <translation>rhaid i &quot;work_setting&quot; fod yn un o leoliadau&apos;r NMC (%1), nid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;scope&quot; must be one of %1, not &quot;%2&quot;</source>
        <translation>rhaid i &quot;scope&quot; fod yn un o %1, nid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;registration&quot; must be one of %1, not &quot;%2&quot;</source>
        <translation>rhaid i &quot;registration&quot; fod yn un o %1, nid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;hours&quot; must be more than 0</source>
        <translation>rhaid i &quot;hours&quot; fod yn fwy na 0</translation>
    </message>
    <message>
        <source>&quot;hours&quot; (%1) is more than there are hours from %2 to %3</source>
        <translation>mae &quot;hours&quot; (%1) yn fwy na&apos;r oriau sydd o %2 i %3</translation>
    </message>
    <message>
        <source>&quot;partner_pin&quot; must be an NMC Pin like 12A3456E: the partner must be an NMC registrant</source>
        <translation>rhaid i &quot;partner_pin&quot; fod yn Pin NMC fel 12A3456E: rhaid i&apos;r partner fod yn gofrestrai NMC</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be one of %1, not &quot;%2&quot;</source>
        <translation>rhaid i &quot;kind&quot; fod yn un o %1, nid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;arrangement&quot; is missing: say how you are indemnified (%1)</source>
        <translation>mae &quot;arrangement&quot; ar goll: dywedwch sut mae gennych indemniad (%1)</translation>
    </message>
    <message>
        <source>&quot;arrangement&quot; must be one of %1, not &quot;%2&quot;</source>
        <translation>rhaid i &quot;arrangement&quot; fod yn un o %1, nid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;provider&quot; is missing: name who provides the indemnity</source>
        <translation>mae &quot;provider&quot; ar goll: enwch pwy sy&apos;n darparu&apos;r indemniad</translation>
    </message>
    <message>
        <source>&quot;arrangement&quot; belongs to an indemnity declaration, not to health and character</source>
        <translation>mae &quot;arrangement&quot; yn perthyn i ddatganiad indemniad, nid i iechyd a chymeriad</translation>
    </message>
    <message>
        <source>&quot;summary&quot; is missing: say how last year&apos;s plan went (or list its &quot;goals&quot;)</source>
        <translation>mae &quot;summary&quot; ar goll: dywedwch sut aeth cynllun y llynedd (neu rhestrwch ei &quot;goals&quot;)</translation>
    </message>
    <message>
        <source>each of &quot;goals&quot; needs its &quot;goal&quot;</source>
        <translation>mae angen &quot;goal&quot; ar bob un o &quot;goals&quot;</translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot;; use one of %2</source>
        <translation>math anhysbys o gofnod ailddilysu &quot;%1&quot;; defnyddiwch un o %2</translation>
    </message>
    <message>
        <source>the JSON says it is a &quot;%1&quot; record, not a &quot;%2&quot;</source>
        <translation>mae&apos;r JSON yn dweud mai cofnod &quot;%1&quot; ydyw, nid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a UUID, not &quot;%1&quot;</source>
        <translation>rhaid i &quot;id&quot; fod yn UUID, nid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;goals&quot; must be a list of {&quot;goal&quot;, &quot;outcome&quot;}</source>
        <translation>rhaid i &quot;goals&quot; fod yn rhestr o {&quot;goal&quot;, &quot;outcome&quot;}</translation>
    </message>
    <message>
        <source>the record is not valid JSON: %1 at character %2</source>
        <translation>nid yw&apos;r cofnod ailddilysu yn JSON dilys: %1 ar nod %2</translation>
    </message>
    <message>
        <source>the record must be one JSON object</source>
        <translation>rhaid i&apos;r cofnod ailddilysu fod yn un gwrthrych JSON</translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>Record %1 is a %2 record; it cannot become a %3 record.</source>
        <translation>Mae cofnod ailddilysu %1 yn gofnod %2; ni all ddod yn gofnod %3.</translation>
    </message>
    <message>
        <source>check the record&apos;s id</source>
        <translation>gwirio id y cofnod ailddilysu</translation>
    </message>
    <message>
        <source>A record with id %1 is already in the journal.</source>
        <translation>Mae cofnod ailddilysu â&apos;r id %1 yn y cyfnodolyn eisoes.</translation>
    </message>
    <message>
        <source>save the %1 record</source>
        <translation>cadw&apos;r cofnod %1</translation>
    </message>
    <message>
        <source>There is no record with id %1.</source>
        <translation>Nid oes cofnod ailddilysu â&apos;r id %1.</translation>
    </message>
    <message>
        <source>delete the record</source>
        <translation>dileu&apos;r cofnod ailddilysu</translation>
    </message>
    <message>
        <source>read the revalidation records</source>
        <translation>darllen y cofnodion ailddilysu</translation>
    </message>
    <message>
        <source>A stored %1 record is damaged: %2</source>
        <translation>Mae cofnod %1 sydd wedi&apos;i gadw wedi&apos;i ddifrodi: %2</translation>
    </message>
</context>
<context>
    <name>ReflectionTemplates</name>
    <message>
        <source>NMC reflective account</source>
        <translation>Cyfrif myfyriol yr NMC</translation>
    </message>
    <message>
        <source>What was the nature of the CPD activity and/or practice-related feedback and/or event or experience in your practice?</source>
        <translation>Beth oedd natur y gweithgaredd DPP a/neu&apos;r adborth yn ymwneud ag ymarfer a/neu&apos;r digwyddiad neu&apos;r profiad yn eich ymarfer?</translation>
    </message>
    <message>
        <source>Describe what happened without naming or identifying anyone.</source>
        <translation>Disgrifiwch beth ddigwyddodd heb enwi nac adnabod neb.</translation>
    </message>
    <message>
        <source>What did you learn from the CPD activity and/or feedback and/or event or experience in your practice?</source>
        <translation>Beth a ddysgoch o&apos;r gweithgaredd DPP a/neu&apos;r adborth a/neu&apos;r digwyddiad neu&apos;r profiad yn eich ymarfer?</translation>
    </message>
    <message>
        <source>How did you change or improve your practice as a result?</source>
        <translation>Sut y gwnaethoch newid neu wella eich ymarfer o ganlyniad?</translation>
    </message>
    <message>
        <source>How is this relevant to the Code? Select one or more themes: Prioritise people – Practise effectively – Preserve safety – Promote professionalism and trust.</source>
        <translation>Sut mae hyn yn berthnasol i&apos;r Cod? Dewiswch un thema neu fwy: Blaenoriaethu pobl – Ymarfer yn effeithiol – Cadw&apos;n ddiogel – Hyrwyddo proffesiynoldeb ac ymddiriedaeth.</translation>
    </message>
    <message>
        <source>Gibbs reflective cycle</source>
        <translation>Cylch myfyrio Gibbs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Beth ddigwyddodd?</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Teimladau</translation>
    </message>
    <message>
        <source>What were you thinking and feeling?</source>
        <translation>Beth oeddech chi&apos;n ei feddwl a&apos;i deimlo?</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Gwerthuso</translation>
    </message>
    <message>
        <source>What was good and bad about the experience?</source>
        <translation>Beth oedd yn dda ac yn ddrwg am y profiad?</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Dadansoddi</translation>
    </message>
    <message>
        <source>What sense can you make of the situation?</source>
        <translation>Pa synnwyr allwch chi ei wneud o&apos;r sefyllfa?</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Casgliad</translation>
    </message>
    <message>
        <source>What else could you have done?</source>
        <translation>Beth arall allech chi fod wedi&apos;i wneud?</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>If it arose again, what would you do?</source>
        <translation>Pe bai&apos;n codi eto, beth fyddech chi&apos;n ei wneud?</translation>
    </message>
    <message>
        <source>Driscoll: What? So what? Now what?</source>
        <translation>Driscoll: Beth? Felly beth? Beth nawr?</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Beth?</translation>
    </message>
    <message>
        <source>A description of the event.</source>
        <translation>Disgrifiad o&apos;r digwyddiad.</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>Felly beth?</translation>
    </message>
    <message>
        <source>What did you learn from it?</source>
        <translation>Beth a ddysgoch ohono?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>Beth nawr?</translation>
    </message>
    <message>
        <source>What will you do differently?</source>
        <translation>Beth fyddwch chi&apos;n ei wneud yn wahanol?</translation>
    </message>
    <message>
        <source>Kolb learning cycle</source>
        <translation>Cylch dysgu Kolb</translation>
    </message>
    <message>
        <source>Concrete experience</source>
        <translation>Profiad diriaethol</translation>
    </message>
    <message>
        <source>Reflective observation</source>
        <translation>Arsylwi myfyriol</translation>
    </message>
    <message>
        <source>Abstract conceptualisation</source>
        <translation>Cysyniadoli haniaethol</translation>
    </message>
    <message>
        <source>Active experimentation</source>
        <translation>Arbrofi gweithredol</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Testun rhydd</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>The report labels are not a JSON object (%1).</source>
        <translation>Nid yw labeli&apos;r adroddiad yn wrthrych JSON (%1).</translation>
    </message>
</context>
<context>
    <name>RevalidationService</name>
    <message>
        <source>There is no revalidation profile yet; create one with profile set --json FILE.</source>
        <translation>Nid oes proffil ailddilysu eto; crëwch un gyda profile set --json FILE.</translation>
    </message>
    <message>
        <source>Unknown standard &quot;%1&quot;; use one of %2.</source>
        <translation>Safon anhysbys &quot;%1&quot;; defnyddiwch un o %2.</translation>
    </message>
</context>
<context>
    <name>RevalidationVocabulary</name>
    <message>
        <source>Nurse</source>
        <translation>Nyrs</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Bydwraig</translation>
    </message>
    <message>
        <source>Nursing associate</source>
        <translation>Nyrs gyswllt</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Meddyg</translation>
    </message>
    <message>
        <source>Specialist community public health nurse</source>
        <translation>Nyrs iechyd y cyhoedd gymunedol arbenigol</translation>
    </message>
    <message>
        <source>HCPC-registered professional</source>
        <translation>Gweithiwr proffesiynol cofrestredig gyda&apos;r HCPC</translation>
    </message>
    <message>
        <source>Pharmacy professional (GPhC)</source>
        <translation>Gweithiwr fferylliaeth proffesiynol (GPhC)</translation>
    </message>
    <message>
        <source>Ambulance service</source>
        <translation>Gwasanaeth ambiwlans</translation>
    </message>
    <message>
        <source>Care home sector</source>
        <translation>Sector cartrefi gofal</translation>
    </message>
    <message>
        <source>Community setting (including district nursing and community psychiatric nursing)</source>
        <translation>Lleoliad cymunedol (gan gynnwys nyrsio ardal a nyrsio seiciatrig cymunedol)</translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation>Ymgynghoriaeth</translation>
    </message>
    <message>
        <source>Cosmetic or aesthetic sector</source>
        <translation>Sector cosmetig neu esthetig</translation>
    </message>
    <message>
        <source>Governing body or other leadership</source>
        <translation>Corff llywodraethu neu arweinyddiaeth arall</translation>
    </message>
    <message>
        <source>GP practice or other primary care</source>
        <translation>Practis meddyg teulu neu ofal sylfaenol arall</translation>
    </message>
    <message>
        <source>Hospital or other secondary care</source>
        <translation>Ysbyty neu ofal eilaidd arall</translation>
    </message>
    <message>
        <source>Inspectorate or regulator</source>
        <translation>Arolygiaeth neu reoleiddiwr</translation>
    </message>
    <message>
        <source>Insurance or legal</source>
        <translation>Yswiriant neu gyfreithiol</translation>
    </message>
    <message>
        <source>Maternity unit or birth centre</source>
        <translation>Uned famolaeth neu ganolfan eni</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Milwrol</translation>
    </message>
    <message>
        <source>Occupational health</source>
        <translation>Iechyd galwedigaethol</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Policy organisation</source>
        <translation>Sefydliad polisi</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Carchar</translation>
    </message>
    <message>
        <source>Private domestic setting</source>
        <translation>Lleoliad domestig preifat</translation>
    </message>
    <message>
        <source>Public health organisation</source>
        <translation>Sefydliad iechyd y cyhoedd</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Specialist or other tertiary care including hospice</source>
        <translation>Gofal arbenigol neu drydyddol arall gan gynnwys hosbis</translation>
    </message>
    <message>
        <source>Telephone or e-health advice</source>
        <translation>Cyngor dros y ffôn neu e-iechyd</translation>
    </message>
    <message>
        <source>Trade union or professional body</source>
        <translation>Undeb llafur neu gorff proffesiynol</translation>
    </message>
    <message>
        <source>University or other research facility</source>
        <translation>Prifysgol neu gyfleuster ymchwil arall</translation>
    </message>
    <message>
        <source>Voluntary or charity sector</source>
        <translation>Sector gwirfoddol neu elusennol</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Comisiynu</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Rheoli</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polisi</translation>
    </message>
    <message>
        <source>Direct patient care</source>
        <translation>Gofal uniongyrchol i gleifion</translation>
    </message>
    <message>
        <source>Quality assurance or inspection</source>
        <translation>Sicrhau ansawdd neu arolygu</translation>
    </message>
    <message>
        <source>Health and character declaration</source>
        <translation>Datganiad iechyd a chymeriad</translation>
    </message>
    <message>
        <source>Professional indemnity arrangement</source>
        <translation>Trefniant indemniad proffesiynol</translation>
    </message>
    <message>
        <source>Through my employer</source>
        <translation>Drwy fy nghyflogwr</translation>
    </message>
    <message>
        <source>Through membership of a professional body or trade union</source>
        <translation>Drwy aelodaeth o gorff proffesiynol neu undeb llafur</translation>
    </message>
    <message>
        <source>Through a private insurance arrangement</source>
        <translation>Drwy drefniant yswiriant preifat</translation>
    </message>
    <message>
        <source>Practice hours</source>
        <translation>Oriau ymarfer</translation>
    </message>
    <message>
        <source>Reflective discussion</source>
        <translation>Trafodaeth fyfyriol</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Cadarnhad</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <source>Review of last year&apos;s PDP</source>
        <translation>Adolygiad o CDP y llynedd</translation>
    </message>
</context>
<context>
    <name>ServerSummarySource</name>
    <message>
        <source>team server %1</source>
        <translation>gweinydd tîm %1</translation>
    </message>
    <message>
        <source>read the shared entries</source>
        <translation>darllen y cofnodion a rannwyd</translation>
    </message>
    <message>
        <source>read the team&apos;s summaries</source>
        <translation>darllen crynodebau&apos;r tîm</translation>
    </message>
    <message>
        <source>a summary on the team server (member %1) cannot be read: %2</source>
        <translation>ni ellir darllen crynodeb ar y gweinydd tîm (aelod %1): %2</translation>
    </message>
</context>
<context>
    <name>SocialFindRepository</name>
    <message>
        <source>A find needs a URL or some text.</source>
        <translation>Mae angen URL neu ychydig o destun ar ddarganfyddiad.</translation>
    </message>
    <message>
        <source>save the find</source>
        <translation>cadw&apos;r darganfyddiad</translation>
    </message>
    <message>
        <source>That post is already among your finds.</source>
        <translation>Mae&apos;r neges honno ymhlith eich darganfyddiadau eisoes.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Diddymwyd y mewnforio; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>save the imported finds</source>
        <translation>cadw&apos;r darganfyddiadau a fewnforiwyd</translation>
    </message>
    <message>
        <source>read the finds</source>
        <translation>darllen y darganfyddiadau</translation>
    </message>
    <message>
        <source>read the find</source>
        <translation>darllen y darganfyddiad</translation>
    </message>
    <message>
        <source>There is no find with id %1.</source>
        <translation>Nid oes darganfyddiad â&apos;r id %1.</translation>
    </message>
    <message>
        <source>remove the find</source>
        <translation>tynnu&apos;r darganfyddiad</translation>
    </message>
    <message>
        <source>count the finds</source>
        <translation>cyfrif y darganfyddiadau</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>the journal is in use by another program (perhaps another copy of CPD Journal); close it and try again</source>
        <translation>mae rhaglen arall yn defnyddio&apos;r cyfnodolyn (copi arall o Cyfnodolyn DPP efallai); caewch hi a rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>the journal file is read-only; check its permissions or open a copy</source>
        <translation>mae ffeil y cyfnodolyn yn ddarllen-yn-unig; gwiriwch ei chaniatâd neu agorwch gopi</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>methu darllen o&apos;r ddisg nac ysgrifennu iddi (%1)</translation>
    </message>
    <message>
        <source>the journal file is damaged; restore it from a backup</source>
        <translation>mae ffeil y cyfnodolyn wedi&apos;i difrodi; adferwch hi o gopi wrth gefn</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>mae&apos;r ddisg yn llawn; rhyddhewch ychydig o le a rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>the file could not be opened; check the folder exists and you may write to it</source>
        <translation>methu agor y ffeil; gwiriwch fod y ffolder yn bodoli a bod hawl gennych i ysgrifennu iddo</translation>
    </message>
    <message>
        <source>the file is not a CPD Journal file</source>
        <translation>nid yw&apos;r ffeil yn ffeil Cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Methu %1: %2.</translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation>paratoi ymholiad</translation>
    </message>
</context>
<context>
    <name>TeamBundle</name>
    <message>
        <source>member id &quot;%1&quot; is not a UUID</source>
        <translation>nid yw id yr aelod &quot;%1&quot; yn UUID</translation>
    </message>
    <message>
        <source>the public key is not an Ed25519 key</source>
        <translation>nid allwedd Ed25519 yw&apos;r allwedd gyhoeddus</translation>
    </message>
    <message>
        <source>the summary is too large to bundle (%1 bytes; at most %2)</source>
        <translation>mae&apos;r crynodeb yn rhy fawr i&apos;w fwndelu (%1 beit; %2 ar y mwyaf)</translation>
    </message>
    <message>
        <source>the signing key in the keychain does not match this journal&apos;s public key; make a new one with team keygen --replace</source>
        <translation>nid yw&apos;r allwedd llofnodi yn y gadwyn allweddi yn cyfateb i allwedd gyhoeddus y cyfnodolyn hwn; crëwch un newydd gyda team keygen --replace</translation>
    </message>
    <message>
        <source>it is not a CPD Journal team bundle</source>
        <translation>nid yw&apos;n fwndel tîm Cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>it is truncated (it ends inside its header)</source>
        <translation>mae wedi&apos;i dorri&apos;n fyr (mae&apos;n gorffen y tu mewn i&apos;w bennyn)</translation>
    </message>
    <message>
        <source>it is a team bundle of format %1, which this version cannot read (it reads format %2); update CPD Journal</source>
        <translation>mae&apos;n fwndel tîm o fformat %1, na all y fersiwn hwn ei ddarllen (mae&apos;n darllen fformat %2); diweddarwch Cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>it declares a summary of %1 bytes, more than any real one; the file is damaged</source>
        <translation>mae&apos;n datgan crynodeb o %1 beit, mwy nag unrhyw un go iawn; mae&apos;r ffeil wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>it is truncated (it ends inside its summary, after %1 of %2 bytes)</source>
        <translation>mae wedi&apos;i dorri&apos;n fyr (mae&apos;n gorffen y tu mewn i&apos;w grynodeb, ar ôl %1 o %2 beit)</translation>
    </message>
    <message>
        <source>it is not signed (there is no signature after the summary)</source>
        <translation>nid yw wedi&apos;i lofnodi (nid oes llofnod ar ôl y crynodeb)</translation>
    </message>
    <message>
        <source>it is truncated (it ends inside its signature)</source>
        <translation>mae wedi&apos;i dorri&apos;n fyr (mae&apos;n gorffen y tu mewn i&apos;w lofnod)</translation>
    </message>
    <message>
        <source>it has %1 unexpected bytes after its signature; the file is damaged</source>
        <translation>mae ganddo %1 beit annisgwyl ar ôl ei lofnod; mae&apos;r ffeil wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>it is not signed (its signature is empty)</source>
        <translation>nid yw wedi&apos;i lofnodi (mae ei lofnod yn wag)</translation>
    </message>
    <message>
        <source>its signature does not match its contents: it was changed after it was signed, or is damaged</source>
        <translation>nid yw ei lofnod yn cyfateb i&apos;w gynnwys: fe&apos;i newidiwyd ar ôl ei lofnodi, neu mae wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>its member id is not a UUID</source>
        <translation>nid yw ei id aelod yn UUID</translation>
    </message>
</context>
<context>
    <name>TeamBundleImporter</name>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>%1: it is not a file</source>
        <translation>%1: nid yw&apos;n ffeil</translation>
    </message>
    <message>
        <source>%1: it is too large to be a team bundle (%2 bytes)</source>
        <translation>%1: mae&apos;n rhy fawr i fod yn fwndel tîm (%2 beit)</translation>
    </message>
    <message>
        <source>%1: it cannot be read (%2)</source>
        <translation>%1: ni ellir ei ddarllen (%2)</translation>
    </message>
    <message>
        <source>it is signed by a different key (%1) from the one recorded for %2 (%3); if they really made a new key, check it with them before trusting it</source>
        <translation>mae wedi&apos;i lofnodi ag allwedd wahanol (%1) i&apos;r un a gofnodwyd ar gyfer %2 (%3); os gwnaethant allwedd newydd mewn gwirionedd, gwiriwch hi gyda nhw cyn ymddiried ynddi</translation>
    </message>
    <message>
        <source>this summary of %1 (number %2) is already imported</source>
        <translation>mae&apos;r crynodeb hwn o %1 (rhif %2) wedi&apos;i fewnforio eisoes</translation>
    </message>
    <message>
        <source>it is older than the summary of %1 already imported (number %2 of %3, against number %4 of %5 in this file); a replayed or old bundle is refused</source>
        <translation>mae&apos;n hŷn na&apos;r crynodeb o %1 a fewnforiwyd eisoes (rhif %2 o %3, o&apos;i gymharu â rhif %4 o %5 yn y ffeil hon); gwrthodir bwndel a ailchwaraewyd neu hen fwndel</translation>
    </message>
</context>
<context>
    <name>TeamIdentity</name>
    <message>
        <source>this journal already has a signing key (member %1, fingerprint %2); use --replace to make a new one</source>
        <translation>mae gan y cyfnodolyn hwn allwedd llofnodi eisoes (aelod %1, ôl bys %2); defnyddiwch --replace i greu un newydd</translation>
    </message>
    <message>
        <source>this journal has no signing key yet; make one with team keygen</source>
        <translation>nid oes gan y cyfnodolyn hwn allwedd llofnodi eto; crëwch un gyda team keygen</translation>
    </message>
    <message>
        <source>the signing key of member %1 is not in this computer&apos;s keychain; make a new one with team keygen --replace (your manager will be asked to check it)</source>
        <translation>nid yw allwedd llofnodi aelod %1 yng nghadwyn allweddi&apos;r cyfrifiadur hwn; crëwch un newydd gyda team keygen --replace (gofynnir i&apos;ch rheolwr ei gwirio)</translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Cofrestriad</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Dyddiad cau nesaf</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Diwrnodau ar ôl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Gofynion</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Members covering</source>
        <translation>Aelodau sy&apos;n ymdrin ag ef</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>By member (entries)</source>
        <translation>Fesul aelod (cofnodion)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 %5, %6</source>
        <translation>%1 (%2): %3 o %4 %5, %6</translation>
    </message>
    <message>
        <source>Team report, %1</source>
        <translation>Adroddiad tîm, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), from %1, as of %2. Most urgent first. Reflections are not included.</source>
        <translation>
            <numerusform>%n aelod, o %1, ar %2. Y mwyaf brys yn gyntaf. Ni chynhwysir myfyrdodau.</numerusform>
            <numerusform>%n aelod, o %1, ar %2. Y mwyaf brys yn gyntaf. Ni chynhwysir myfyrdodau.</numerusform>
            <numerusform>%n aelod, o %1, ar %2. Y mwyaf brys yn gyntaf. Ni chynhwysir myfyrdodau.</numerusform>
            <numerusform>%n aelod, o %1, ar %2. Y mwyaf brys yn gyntaf. Ni chynhwysir myfyrdodau.</numerusform>
            <numerusform>%n aelod, o %1, ar %2. Y mwyaf brys yn gyntaf. Ni chynhwysir myfyrdodau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>No team summaries yet.</source>
        <translation>Dim crynodebau tîm eto.</translation>
    </message>
    <message>
        <source>Topic coverage</source>
        <translation>Pynciau a gwmpesir</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) with no entries from anyone.</source>
        <translation>
            <numerusform>%n pwnc heb gofnodion gan neb.</numerusform>
            <numerusform>%n pwnc heb gofnodion gan neb.</numerusform>
            <numerusform>%n pwnc heb gofnodion gan neb.</numerusform>
            <numerusform>%n pwnc heb gofnodion gan neb.</numerusform>
            <numerusform>%n pwnc heb gofnodion gan neb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-offs, notes and shared entries</source>
        <translation>Cymeradwyaethau, nodiadau a chofnodion a rannwyd</translation>
    </message>
    <message>
        <source>Not signed off.</source>
        <translation>Heb ei gymeradwyo.</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2 (summary %3 of %4)</source>
        <translation>Cymeradwywyd gan %1 ar %2 (crynodeb %3 o %4)</translation>
    </message>
    <message>
        <source>Manager&apos;s notes</source>
        <translation>Nodiadau&apos;r rheolwr</translation>
    </message>
    <message numerus="yes">
        <source>%n shared entry(s).</source>
        <translation>
            <numerusform>%n cofnod a rannwyd.</numerusform>
            <numerusform>%n cofnod a rannwyd.</numerusform>
            <numerusform>%n cofnod a rannwyd.</numerusform>
            <numerusform>%n cofnod a rannwyd.</numerusform>
            <numerusform>%n cofnod a rannwyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Status words: overdue (the deadline has passed), due soon (within %n day(s)), on track, complete.</source>
        <translation>
            <numerusform>Geiriau statws: yn hwyr (mae&apos;r dyddiad cau wedi mynd heibio), yn ddyledus cyn hir (o fewn %n diwrnod), ar y trywydd iawn, wedi&apos;i gwblhau.</numerusform>
            <numerusform>Geiriau statws: yn hwyr (mae&apos;r dyddiad cau wedi mynd heibio), yn ddyledus cyn hir (o fewn %n diwrnod), ar y trywydd iawn, wedi&apos;i gwblhau.</numerusform>
            <numerusform>Geiriau statws: yn hwyr (mae&apos;r dyddiad cau wedi mynd heibio), yn ddyledus cyn hir (o fewn %n diwrnod), ar y trywydd iawn, wedi&apos;i gwblhau.</numerusform>
            <numerusform>Geiriau statws: yn hwyr (mae&apos;r dyddiad cau wedi mynd heibio), yn ddyledus cyn hir (o fewn %n diwrnod), ar y trywydd iawn, wedi&apos;i gwblhau.</numerusform>
            <numerusform>Geiriau statws: yn hwyr (mae&apos;r dyddiad cau wedi mynd heibio), yn ddyledus cyn hir (o fewn %n diwrnod), ar y trywydd iawn, wedi&apos;i gwblhau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamServerConnection</name>
    <message>
        <source>the PostgreSQL driver for Qt is not installed (Debian: apt-get install libqt6sql6-psql)</source>
        <translation>nid yw gyrrwr PostgreSQL ar gyfer Qt wedi&apos;i osod (Debian: apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>no password for %1 in the keychain; set it with: team server connect --url URL</source>
        <translation>nid oes cyfrinair ar gyfer %1 yn y gadwyn allweddi; gosodwch ef gyda: team server connect --url URL</translation>
    </message>
    <message>
        <source>start a transaction on the team server</source>
        <translation>dechrau trafodyn ar y gweinydd tîm</translation>
    </message>
    <message>
        <source>save on the team server</source>
        <translation>cadw ar y gweinydd tîm</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Methu %1: %2.</translation>
    </message>
    <message>
        <source>The team server at %1 refused the login for &quot;%2&quot;: the password is wrong or the login does not exist (set the password again with: team server connect --url URL)</source>
        <translation>Gwrthododd y gweinydd tîm yn %1 y mewngofnod ar gyfer &quot;%2&quot;: mae&apos;r cyfrinair yn anghywir neu nid yw&apos;r mewngofnod yn bodoli (gosodwch y cyfrinair eto gyda: team server connect --url URL)</translation>
    </message>
    <message>
        <source>The team server at %1 did not answer within %2 seconds; check the network and try again</source>
        <translation>Ni atebodd y gweinydd tîm yn %1 o fewn %2 eiliad; gwiriwch y rhwydwaith a rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>The team server at %1 is not reachable (is it running, and is the address right?)</source>
        <translation>Ni ellir cyrraedd y gweinydd tîm yn %1 (a yw&apos;n rhedeg, ac a yw&apos;r cyfeiriad yn gywir?)</translation>
    </message>
    <message>
        <source>The team server at %1 failed the TLS check (mode %2): %3</source>
        <translation>Methodd y gweinydd tîm yn %1 y gwiriad TLS (modd %2): %3</translation>
    </message>
    <message>
        <source>The team server at %1 has no database &quot;%2&quot;</source>
        <translation>Nid oes gan y gweinydd tîm yn %1 gronfa ddata &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Could not connect to the team server at %1: %2</source>
        <translation>Methu cysylltu â&apos;r gweinydd tîm yn %1: %2</translation>
    </message>
</context>
<context>
    <name>TeamServerSettings</name>
    <message>
        <source>&quot;%1&quot; is not a server address; write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>Nid yw &quot;%1&quot; yn gyfeiriad gweinydd; ysgrifennwch postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>put the password on standard input (--password-stdin) or type it when asked, not in the URL</source>
        <translation>rhowch y cyfrinair ar y mewnbwn safonol (--password-stdin) neu teipiwch ef pan ofynnir, nid yn yr URL</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds, not &quot;%1&quot;</source>
        <translation>rhaid i connect_timeout fod yn nifer o eiliadau, nid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown server option &quot;%1&quot; (known: sslmode, sslrootcert, connect_timeout)</source>
        <translation>dewisiad gweinydd anhysbys &quot;%1&quot; (rhai hysbys: sslmode, sslrootcert, connect_timeout)</translation>
    </message>
    <message>
        <source>the server address has no host; write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>nid oes gwesteiwr yng nghyfeiriad y gweinydd; ysgrifennwch postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>the server address has no user; write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>nid oes defnyddiwr yng nghyfeiriad y gweinydd; ysgrifennwch postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>the server address has no database; write postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>nid oes cronfa ddata yng nghyfeiriad y gweinydd; ysgrifennwch postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>rhaid i&apos;r porth fod rhwng 1 a 65535</translation>
    </message>
    <message>
        <source>the TLS mode must be one of %1, not &quot;%2&quot;</source>
        <translation>rhaid i&apos;r modd TLS fod yn un o %1, nid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>verify-full needs the organisation&apos;s CA certificate: give it with --ca-file FILE</source>
        <translation>mae verify-full angen tystysgrif CA y sefydliad: rhowch hi gyda --ca-file FILE</translation>
    </message>
    <message>
        <source>the CA certificate %1 cannot be read</source>
        <translation>ni ellir darllen y dystysgrif CA %1</translation>
    </message>
    <message>
        <source>connect_timeout must be between 1 and 300 seconds</source>
        <translation>rhaid i connect_timeout fod rhwng 1 a 300 eiliad</translation>
    </message>
</context>
<context>
    <name>TeamServerSettingsStore</name>
    <message>
        <source>read the team server settings</source>
        <translation>darllen gosodiadau&apos;r gweinydd tîm</translation>
    </message>
    <message>
        <source>save the team server settings</source>
        <translation>cadw gosodiadau&apos;r gweinydd tîm</translation>
    </message>
    <message>
        <source>forget the team server settings</source>
        <translation>anghofio gosodiadau&apos;r gweinydd tîm</translation>
    </message>
    <message>
        <source>read your team member id</source>
        <translation>darllen eich dynodydd aelod tîm</translation>
    </message>
    <message>
        <source>this journal has no team server set up; run: team server connect --url URL</source>
        <translation>nid oes gweinydd tîm wedi&apos;i osod ar gyfer y cyfnodolyn hwn; rhedwch: team server connect --url URL</translation>
    </message>
    <message>
        <source>count the summaries published</source>
        <translation>cyfrif y crynodebau a gyhoeddwyd</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>A stored team summary cannot be read: %1</source>
        <translation>Ni ellir darllen crynodeb tîm sydd wedi&apos;i gadw: %1</translation>
    </message>
    <message>
        <source>The stored summary of %1 cannot be read: %2</source>
        <translation>Ni ellir darllen y crynodeb o %1 sydd wedi&apos;i gadw: %2</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Mae angen ychydig o destun ar nodyn.</translation>
    </message>
    <message>
        <source>A sign-off needs the name of who signs it off.</source>
        <translation>Mae angen enw&apos;r sawl sy&apos;n cymeradwyo ar gymeradwyaeth.</translation>
    </message>
    <message>
        <source>There is no summary of member %1 to sign off.</source>
        <translation>Nid oes crynodeb o aelod %1 i&apos;w gymeradwyo.</translation>
    </message>
</context>
<context>
    <name>TeamSummary</name>
    <message>
        <source>the summary&apos;s format %1 is not one this version reads (it reads %2); update CPD Journal</source>
        <translation>nid yw fformat %1 y crynodeb yn un y mae&apos;r fersiwn hwn yn ei ddarllen (mae&apos;n darllen %2); diweddarwch Cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>member_id &quot;%1&quot; is not a UUID</source>
        <translation>nid yw member_id &quot;%1&quot; yn UUID</translation>
    </message>
    <message>
        <source>generated_at is missing or not an ISO 8601 time</source>
        <translation>mae generated_at ar goll neu nid yw&apos;n amser ISO 8601</translation>
    </message>
    <message>
        <source>sequence must be a whole number from 1</source>
        <translation>rhaid i sequence fod yn rhif cyfan o 1</translation>
    </message>
    <message>
        <source>a standard has no id</source>
        <translation>nid oes id gan safon</translation>
    </message>
    <message>
        <source>a requirement of %1 has no id</source>
        <translation>nid oes id gan ofyniad o %1</translation>
    </message>
    <message>
        <source>hours_by_month has a month that is not YYYY-MM</source>
        <translation>mae gan hours_by_month fis nad yw&apos;n BBBB-MM</translation>
    </message>
    <message>
        <source>a topic has no id</source>
        <translation>nid oes id gan bwnc</translation>
    </message>
    <message>
        <source>shared_entries holds something that is not an entry</source>
        <translation>mae shared_entries yn cynnwys rhywbeth nad yw&apos;n gofnod</translation>
    </message>
    <message>
        <source>the summary is not valid JSON (%1 at byte %2)</source>
        <translation>nid yw&apos;r crynodeb yn JSON dilys (%1 ar beit %2)</translation>
    </message>
    <message>
        <source>the summary is not a JSON object</source>
        <translation>nid yw&apos;r crynodeb yn wrthrych JSON</translation>
    </message>
</context>
<context>
    <name>TeamSummaryBuilder</name>
    <message>
        <source>there is no revalidation profile yet; create one with profile set --json FILE before exporting a team summary</source>
        <translation>nid oes proffil ailddilysu eto; crëwch un gyda profile set --json FILE cyn allforio crynodeb tîm</translation>
    </message>
    <message>
        <source>cannot share entry %1: %2</source>
        <translation>ni ellir rhannu cofnod %1: %2</translation>
    </message>
</context>
<context>
    <name>TopicCatalogue</name>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3)</source>
        <translation>nid yw %1 yn JSON dilys: %2 (ar beit %3)</translation>
    </message>
    <message>
        <source>%1 is not a topic catalogue: it has no &quot;topics&quot; list</source>
        <translation>nid yw %1 yn gatalog pynciau: nid oes rhestr &quot;topics&quot; ynddo</translation>
    </message>
    <message>
        <source>%1: topic %2 needs an &quot;id&quot; and a &quot;title&quot;</source>
        <translation>%1: mae angen &quot;id&quot; a &quot;title&quot; ar bwnc %2</translation>
    </message>
    <message>
        <source>%1: the topic id &quot;%2&quot; appears twice</source>
        <translation>%1: mae id y pwnc &quot;%2&quot; yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>%1 lists no topics</source>
        <translation>nid yw %1 yn rhestru unrhyw bynciau</translation>
    </message>
    <message>
        <source>cannot read the topic catalogue %1: %2</source>
        <translation>ni ellir darllen y catalog pynciau %1: %2</translation>
    </message>
</context>
<context>
    <name>TopicCoverage</name>
    <message>
        <source>work out topic coverage</source>
        <translation>cyfrifo&apos;r pynciau a gwmpesir</translation>
    </message>
</context>
<context>
    <name>TopicFeedbackStore</name>
    <message>
        <source>read what you accepted and rejected</source>
        <translation>darllen yr hyn a dderbynioch ac a wrthodoch</translation>
    </message>
    <message>
        <source>a topic is needed to record a choice</source>
        <translation>mae angen pwnc i gofnodi dewis</translation>
    </message>
    <message>
        <source>remember your choice of topic</source>
        <translation>cofio&apos;ch dewis o bwnc</translation>
    </message>
    <message>
        <source>forget your choices of topics</source>
        <translation>anghofio&apos;ch dewisiadau o bynciau</translation>
    </message>
</context>
<context>
    <name>TrueTypeSubset</name>
    <message>
        <source>The font has no &apos;%1&apos; table.</source>
        <translation>Nid oes tabl &apos;%1&apos; yn y ffont.</translation>
    </message>
    <message>
        <source>The font&apos;s &apos;%1&apos; table is too short (%2 bytes).</source>
        <translation>Mae tabl &apos;%1&apos; y ffont yn rhy fyr (%2 beit).</translation>
    </message>
    <message>
        <source>The font&apos;s outline of glyph %1 is broken (it ends too early).</source>
        <translation>Mae amlinell glyff %1 yn y ffont wedi torri (mae&apos;n gorffen yn rhy gynnar).</translation>
    </message>
    <message>
        <source>The font could not be read.</source>
        <translation>Nid oedd modd darllen y ffont.</translation>
    </message>
    <message>
        <source>Font “%1”: %2</source>
        <translation>Ffont “%1”: %2</translation>
    </message>
    <message>
        <source>The font has PostScript (CFF) outlines; only TrueType fonts (with &apos;glyf&apos; outlines) can be embedded.</source>
        <translation>Mae gan y ffont amlinellau PostScript (CFF); dim ond ffontiau TrueType (ag amlinellau &apos;glyf&apos;) y gellir eu mewnosod.</translation>
    </message>
    <message>
        <source>The font&apos;s &apos;head&apos; table is not a font header.</source>
        <translation>Nid yw tabl &apos;head&apos; y ffont yn bennawd ffont.</translation>
    </message>
    <message>
        <source>The font&apos;s &apos;head&apos; table gives an unknown &apos;loca&apos; format (%1).</source>
        <translation>Mae tabl &apos;head&apos; y ffont yn rhoi fformat &apos;loca&apos; anhysbys (%1).</translation>
    </message>
    <message>
        <source>The font has no glyphs (&apos;maxp&apos;).</source>
        <translation>Nid oes glyffau yn y ffont (&apos;maxp&apos;).</translation>
    </message>
    <message>
        <source>The font&apos;s &apos;loca&apos; table is not in ascending order (at glyph %1).</source>
        <translation>Nid yw tabl &apos;loca&apos; y ffont mewn trefn esgynnol (wrth glyff %1).</translation>
    </message>
    <message>
        <source>The font&apos;s &apos;loca&apos; table points past the end of its &apos;glyf&apos; table (%1 &gt; %2 bytes).</source>
        <translation>Mae tabl &apos;loca&apos; y ffont yn pwyntio y tu hwnt i ddiwedd ei dabl &apos;glyf&apos; (%1 &gt; %2 beit).</translation>
    </message>
    <message>
        <source>The font&apos;s &apos;hhea&apos; table gives %1 horizontal metrics for %2 glyphs.</source>
        <translation>Mae tabl &apos;hhea&apos; y ffont yn rhoi %1 mesuriad llorweddol ar gyfer %2 glyff.</translation>
    </message>
    <message>
        <source>Glyph %1 is not in the font (it has %2 glyphs).</source>
        <translation>Nid yw glyff %1 yn y ffont (mae ganddo %2 glyff).</translation>
    </message>
    <message>
        <source>The font&apos;s glyph %1 is made of glyph %2, which is not in the font.</source>
        <translation>Mae glyff %1 y ffont wedi&apos;i wneud o glyff %2, nad yw yn y ffont.</translation>
    </message>
</context>
<context>
    <name>TweetChatService</name>
    <message>
        <source>read the tweet chats</source>
        <translation>darllen y sgyrsiau trydar</translation>
    </message>
    <message>
        <source>link the chat&apos;s posts</source>
        <translation>cysylltu negeseuon y sgwrs</translation>
    </message>
    <message>
        <source>remember the tweet chat</source>
        <translation>cofio&apos;r sgwrs drydar</translation>
    </message>
</context>
<context>
    <name>TwitterArchiveImporter</name>
    <message>
        <source>%1 is missing</source>
        <translation>mae %1 ar goll</translation>
    </message>
    <message>
        <source>%1 should be text</source>
        <translation>dylai %1 fod yn destun</translation>
    </message>
    <message>
        <source>%1 should be an object</source>
        <translation>dylai %1 fod yn wrthrych</translation>
    </message>
    <message>
        <source>%1.%2 should be a list</source>
        <translation>dylai %1.%2 fod yn rhestr</translation>
    </message>
    <message>
        <source>each item of %1 should be an object</source>
        <translation>dylai pob eitem o %1 fod yn wrthrych</translation>
    </message>
    <message>
        <source>%1.%2 should be text</source>
        <translation>dylai %1.%2 fod yn destun</translation>
    </message>
    <message>
        <source>%1 is not in the archive&apos;s format (it should start &quot;window.YTD.….part0 = [&quot;).</source>
        <translation>Nid yw %1 yn fformat yr archif (dylai ddechrau &quot;window.YTD.….part0 = [&quot;).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3). Nothing was imported.</source>
        <translation>Nid yw %1 yn JSON dilys: %2 (ar beit %3). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 should hold a list of items.</source>
        <translation>Dylai %1 gynnwys rhestr o eitemau.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Diddymwyd y mewnforio; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 should be an object with a &quot;%2&quot; object. Nothing was imported.</source>
        <translation>Dylai %1 fod yn wrthrych â gwrthrych &quot;%2&quot;. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>created_at &quot;%1&quot; is not a date</source>
        <translation>nid yw created_at &quot;%1&quot; yn ddyddiad</translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation>%1. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is not a tweet id. Nothing was imported.</source>
        <translation>%1: nid yw&apos;r id &quot;%2&quot; yn id trydariad. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 is not an X/Twitter archive: it has no data/tweets.js.</source>
        <translation>Nid yw %1 yn archif X/Twitter: nid oes data/tweets.js ynddi.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Course</source>
        <translation>Cwrs</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Cynhadledd</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Gweithdy</translation>
    </message>
    <message>
        <source>E-learning</source>
        <translation>E-ddysgu</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Darllen</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Canllaw</translation>
    </message>
    <message>
        <source>Patient case</source>
        <translation>Achos claf</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <source>Tweet chat</source>
        <translation>Sgwrs drydar</translation>
    </message>
    <message>
        <source>Peer discussion</source>
        <translation>Trafodaeth gyda chymheiriaid</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <source>Audit or quality improvement</source>
        <translation>Archwiliad neu wella ansawdd</translation>
    </message>
    <message>
        <source>Significant event</source>
        <translation>Digwyddiad arwyddocaol</translation>
    </message>
    <message>
        <source>Complaint or compliment</source>
        <translation>Cwyn neu ganmoliaeth</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Addysgu</translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation>Cysgodi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Prioritise people</source>
        <translation>Blaenoriaethu pobl</translation>
    </message>
    <message>
        <source>Practise effectively</source>
        <translation>Ymarfer yn effeithiol</translation>
    </message>
    <message>
        <source>Preserve safety</source>
        <translation>Cadw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>Promote professionalism and trust</source>
        <translation>Hyrwyddo proffesiynoldeb ac ymddiriedaeth</translation>
    </message>
    <message>
        <source>Knowledge, skills and development</source>
        <translation>Gwybodaeth, sgiliau a datblygiad</translation>
    </message>
    <message>
        <source>Patients, partnership and communication</source>
        <translation>Cleifion, partneriaeth a chyfathrebu</translation>
    </message>
    <message>
        <source>Colleagues, culture and safety</source>
        <translation>Cydweithwyr, diwylliant a diogelwch</translation>
    </message>
    <message>
        <source>Trust and professionalism</source>
        <translation>Ymddiriedaeth a phroffesiynoldeb</translation>
    </message>
    <message>
        <source>Patient or service user</source>
        <translation>Claf neu ddefnyddiwr gwasanaeth</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Cydweithiwr</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Myfyriwr</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Gwerthusiad</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Adroddiad tîm</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Llafar</translation>
    </message>
    <message>
        <source>Written (letter or card)</source>
        <translation>Ysgrifenedig (llythyr neu gerdyn)</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Arolwg</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Unigolyn</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Poblogaeth</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Strategol</translation>
    </message>
</context>
<context>
    <name>ZipArchiveReader</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: nid oes ffeil o&apos;r fath.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>Nid yw %1 yn ffeil.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than the %3 MB an archive may be; it was not read.</source>
        <translation>Mae %1 yn %2 MB, yn fwy na&apos;r %3 MB y caiff archif fod; ni chafodd ei darllen.</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (it may be damaged or incomplete; error %2).</source>
        <translation>Nid yw %1 yn archif zip ddarllenadwy (gall fod wedi&apos;i difrodi neu&apos;n anghyflawn; gwall %2).</translation>
    </message>
    <message>
        <source>%1 is a damaged zip archive: its list of files cannot be read.</source>
        <translation>Mae %1 yn archif zip wedi&apos;i difrodi: ni ellir darllen ei rhestr ffeiliau.</translation>
    </message>
    <message>
        <source>%1 holds a file with an unsafe path (&quot;%2&quot;); the archive was refused and nothing was imported.</source>
        <translation>Mae %1 yn cynnwys ffeil â llwybr anniogel (&quot;%2&quot;); gwrthodwyd yr archif ac ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 has no file %2.</source>
        <translation>Nid oes ffeil %2 yn %1.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read (the archive may be damaged; error %3).</source>
        <translation>Ni ellir darllen %1 yn %2 (gall yr archif fod wedi&apos;i difrodi; gwall %3).</translation>
    </message>
    <message>
        <source>%1 in %2 is %3 MB, larger than the %4 MB allowed; it was not read.</source>
        <translation>Mae %1 yn %2 yn %3 MB, yn fwy na&apos;r %4 MB a ganiateir; ni chafodd ei darllen.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be read: the archive is damaged or incomplete.</source>
        <translation>Ni ellir darllen %1 yn %2: mae&apos;r archif wedi&apos;i difrodi neu&apos;n anghyflawn.</translation>
    </message>
    <message>
        <source>%1 in %2 is larger than the %3 MB allowed; it was not read.</source>
        <translation>Mae %1 yn %2 yn fwy na&apos;r %3 MB a ganiateir; ni chafodd ei darllen.</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged (its checksum does not match).</source>
        <translation>Mae %1 yn %2 wedi&apos;i difrodi (nid yw ei swm gwirio yn cyfateb).</translation>
    </message>
</context>
<context>
    <name>cpd::AboutDialog</name>
    <message>
        <source>About CPD Journal</source>
        <translation>Ynghylch Cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CPD Journal %1&lt;/h2&gt;&lt;p&gt;A reflective CPD journal for nurses, midwives, GPs and other health professionals. Your journal stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cyfnodolyn DPP %1&lt;/h2&gt;&lt;p&gt;Cyfnodolyn DPP myfyriol i nyrsys, bydwragedd, meddygon teulu a gweithwyr iechyd proffesiynol eraill. Mae eich cyfnodolyn yn aros ar y cyfrifiadur hwn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version. There is no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Meddalwedd rydd o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu (yn ôl eich dewis) unrhyw fersiwn diweddarach. Nid oes gwarant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Llyfrgelloedd</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Hysbysiadau trydydd parti</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Ynghylch</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Trwydded</translation>
    </message>
    <message>
        <source>&amp;Third-party notices</source>
        <translation>&amp;Hysbysiadau trydydd parti</translation>
    </message>
</context>
<context>
    <name>cpd::BackUpDialog</name>
    <message>
        <source>Back Up Now</source>
        <translation>Gwneud Copi Wrth Gefn Nawr</translation>
    </message>
    <message>
        <source>Into the journal&apos;s &amp;backups folder (%1)</source>
        <translation>I ffolder &amp;copïau wrth gefn y cyfnodolyn (%1)</translation>
    </message>
    <message>
        <source>Back up into the backups folder</source>
        <translation>Gwneud copi wrth gefn yn y ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>To another &amp;file (for example on a USB stick):</source>
        <translation>I &amp;ffeil arall (er enghraifft ar gof bach USB):</translation>
    </message>
    <message>
        <source>Back up to another file</source>
        <translation>Gwneud copi wrth gefn i ffeil arall</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Ffeil copi wrth gefn</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Dewis y ffeil copi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Amgryptio gydag ymadrodd cyfrin</translation>
    </message>
    <message>
        <source>Without the passphrase nobody, including you, can open the backup.</source>
        <translation>Heb yr ymadrodd cyfrin ni all neb, gan gynnwys chi, agor y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Ymadrodd cyfrin</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Yr ymadrodd cyfrin eto</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the system keychain</source>
        <translation>&amp;Cofio&apos;r ymadrodd cyfrin yng nghadwyn allweddi&apos;r system</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Ymadrodd cyfrin:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>Gwneud &amp;Copi Wrth Gefn</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Gwneud copi wrth gefn i</translation>
    </message>
    <message>
        <source>Journal backups (*.cpdj *.enc)</source>
        <translation>Copïau wrth gefn cyfnodolyn (*.cpdj *.enc)</translation>
    </message>
    <message>
        <source>Choose the file to back up to.</source>
        <translation>Dewiswch y ffeil i wneud copi wrth gefn iddi.</translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Teipiwch yr un ymadrodd cyfrin ddwywaith.</translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn o&apos;r cyfnodolyn…</translation>
    </message>
    <message>
        <source>The backup was made, but the keychain said: %1</source>
        <translation>Gwnaed y copi wrth gefn, ond dywedodd y gadwyn allweddi: %1</translation>
    </message>
</context>
<context>
    <name>cpd::CaseNoteDialog</name>
    <message>
        <source>Case note</source>
        <translation>Nodyn achos</translation>
    </message>
    <message>
        <source>Keep it anonymous: no names, dates of birth, NHS numbers, addresses or anything else that could identify the patient. Use an age band, never a date of birth.</source>
        <translation>Cadwch yn ddienw: dim enwau, dyddiadau geni, rhifau GIG, cyfeiriadau nac unrhyw beth arall a allai adnabod y claf. Defnyddiwch fand oedran, byth ddyddiad geni.</translation>
    </message>
    <message>
        <source>Anonymised summary of the case</source>
        <translation>Crynodeb dienw o&apos;r achos</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>General practice</source>
        <translation>Ymarfer cyffredinol</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <source>Emergency department</source>
        <translation>Adran achosion brys</translation>
    </message>
    <message>
        <source>Hospital ward</source>
        <translation>Ward ysbyty</translation>
    </message>
    <message>
        <source>Outpatients</source>
        <translation>Cleifion allanol</translation>
    </message>
    <message>
        <source>Care home</source>
        <translation>Cartref gofal</translation>
    </message>
    <message>
        <source>Telephone or video</source>
        <translation>Ffôn neu fideo</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Learning points</source>
        <translation>Pwyntiau dysgu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <source>Why the case note was not saved</source>
        <translation>Pam na chadwyd y nodyn achos</translation>
    </message>
    <message>
        <source>What may identify the patient</source>
        <translation>Beth allai adnabod y claf</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Crynodeb:</translation>
    </message>
    <message>
        <source>S&amp;etting:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Band oedran:</translation>
    </message>
    <message>
        <source>&amp;Learning points:</source>
        <translation>&amp;Pwyntiau dysgu:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Ca&amp;mau dilynol:</translation>
    </message>
    <message>
        <source>Save the case note</source>
        <translation>Cadw&apos;r nodyn achos</translation>
    </message>
    <message>
        <source>New case note</source>
        <translation>Nodyn achos newydd</translation>
    </message>
    <message>
        <source>Edit case note</source>
        <translation>Golygu&apos;r nodyn achos</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
</context>
<context>
    <name>cpd::CaseNoteModel</name>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
</context>
<context>
    <name>cpd::CaseNotesTab</name>
    <message>
        <source>Case notes</source>
        <translation>Nodiadau achos</translation>
    </message>
    <message>
        <source>&amp;New case note…</source>
        <translation>&amp;Nodyn achos newydd…</translation>
    </message>
    <message>
        <source>Write a new anonymised case note</source>
        <translation>Ysgrifennu nodyn achos dienw newydd</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>Edit the selected case note</source>
        <translation>Golygu&apos;r nodyn achos a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Delete the selected case note</source>
        <translation>Dileu&apos;r nodyn achos a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Link to entry</source>
        <translation>&amp;Cysylltu â chofnod</translation>
    </message>
    <message>
        <source>Link the selected case note to the entry selected in the journal</source>
        <translation>Cysylltu&apos;r nodyn achos a ddewiswyd â&apos;r cofnod a ddewiswyd yn y cyfnodolyn</translation>
    </message>
    <message>
        <source>No case notes yet. Record what a case taught you, anonymised.</source>
        <translation>Dim nodiadau achos eto. Cofnodwch yr hyn a ddysgodd achos i chi, yn ddienw.</translation>
    </message>
    <message numerus="yes">
        <source>%n case note(s).</source>
        <translation>
            <numerusform>%n nodyn achos.</numerusform>
            <numerusform>%n nodyn achos.</numerusform>
            <numerusform>%n nodyn achos.</numerusform>
            <numerusform>%n nodyn achos.</numerusform>
            <numerusform>%n nodyn achos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the case note.</source>
        <translation>Cadwyd y nodyn achos.</translation>
    </message>
    <message>
        <source>Delete case note?</source>
        <translation>Dileu&apos;r nodyn achos?</translation>
    </message>
    <message>
        <source>Delete the selected case note for good?</source>
        <translation>Dileu&apos;r nodyn achos a ddewiswyd am byth?</translation>
    </message>
    <message>
        <source>Case note not deleted</source>
        <translation>Ni ddilëwyd y nodyn achos</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Dim cofnod wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Select an entry in the journal first, then link the case note to it.</source>
        <translation>Dewiswch gofnod yn y cyfnodolyn yn gyntaf, yna cysylltwch y nodyn achos ag ef.</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Heb ei gysylltu</translation>
    </message>
    <message>
        <source>Linked the case note to the selected entry.</source>
        <translation>Cysylltwyd y nodyn achos â&apos;r cofnod a ddewiswyd.</translation>
    </message>
</context>
<context>
    <name>cpd::ChatEntryDialog</name>
    <message>
        <source>Accept tweet chat</source>
        <translation>Derbyn sgwrs drydar</translation>
    </message>
    <message>
        <source>Title of the entry</source>
        <translation>Teitl y cofnod</translation>
    </message>
    <message>
        <source>Date of the chat</source>
        <translation>Dyddiad y sgwrs</translation>
    </message>
    <message>
        <source>Hours of participatory learning</source>
        <translation>Oriau o ddysgu cyfranogol</translation>
    </message>
    <message>
        <source>What the chat was about</source>
        <translation>Am beth yr oedd y sgwrs</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Oriau:</translation>
    </message>
    <message>
        <source>&amp;What it was about:</source>
        <translation>Am &amp;beth yr oedd:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Derbyn</translation>
    </message>
    <message>
        <source>Create the entry</source>
        <translation>Creu&apos;r cofnod</translation>
    </message>
</context>
<context>
    <name>cpd::ChatSuggestionModel</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sgwrs</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noson</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Negeseuon</translation>
    </message>
</context>
<context>
    <name>cpd::DailyBackup</name>
    <message>
        <source>No daily backup: %1</source>
        <translation>Dim copi wrth gefn dyddiol: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Methodd y copi wrth gefn dyddiol: %1</translation>
    </message>
    <message numerus="yes">
        <source>Daily backup made (%n entries).</source>
        <translation>
            <numerusform>Gwnaed copi wrth gefn dyddiol (%n cofnod).</numerusform>
            <numerusform>Gwnaed copi wrth gefn dyddiol (%n cofnod).</numerusform>
            <numerusform>Gwnaed copi wrth gefn dyddiol (%n cofnod).</numerusform>
            <numerusform>Gwnaed copi wrth gefn dyddiol (%n cofnod).</numerusform>
            <numerusform>Gwnaed copi wrth gefn dyddiol (%n cofnod).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::EntryEditor</name>
    <message>
        <source>change</source>
        <translation>newid</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>teipio</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>What was the learning? e.g. Asthma update for practice nurses</source>
        <translation>Beth oedd y dysgu? e.e. Diweddariad asthma i nyrsys practis</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Daeth i ben ar</translation>
    </message>
    <message>
        <source>The activity lasted more than one day</source>
        <translation>Parhaodd y gweithgaredd fwy nag un diwrnod</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Gweithgaredd</translation>
    </message>
    <message>
        <source>Feedback from</source>
        <translation>Adborth gan</translation>
    </message>
    <message>
        <source>Kind of feedback</source>
        <translation>Math o adborth</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Safonau</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tagiau, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>Tags, separated by commas: asthma, respiratory</source>
        <translation>Tagiau, wedi&apos;u gwahanu gan atalnodau: asthma, anadlol</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Dolenni</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>Problems with the entry</source>
        <translation>Problemau gyda&apos;r cofnod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Hepgor y newidiadau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation>Cadw&apos;r cofnod</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <source>Please check: %1</source>
        <translation>Gwiriwch: %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Cofnod newydd</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Golygu&apos;r cofnod</translation>
    </message>
</context>
<context>
    <name>cpd::EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Kinds of evidence</source>
        <translation>Mathau o dystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>&amp;Canllawiau</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Ffrydiau</translation>
    </message>
    <message>
        <source>Social &amp;finds</source>
        <translation>&amp;Darganfyddiadau cymdeithasol</translation>
    </message>
    <message>
        <source>T&amp;weet chats</source>
        <translation>S&amp;gyrsiau trydar</translation>
    </message>
    <message>
        <source>Ca&amp;se notes</source>
        <translation>&amp;Nodiadau achos</translation>
    </message>
</context>
<context>
    <name>cpd::ExportDialog</name>
    <message>
        <source>Export portfolio</source>
        <translation>Allforio portffolio</translation>
    </message>
    <message>
        <source>NMC revalidation</source>
        <translation>Ailddilysu&apos;r NMC</translation>
    </message>
    <message>
        <source>GP appraisal</source>
        <translation>Gwerthusiad meddyg teulu</translation>
    </message>
    <message>
        <source>PDF portfolio</source>
        <translation>Portffolio PDF</translation>
    </message>
    <message>
        <source>HTML (the same content)</source>
        <translation>HTML (yr un cynnwys)</translation>
    </message>
    <message>
        <source>CSV (the CPD log)</source>
        <translation>CSV (y log DPP)</translation>
    </message>
    <message>
        <source>JSON (the whole journal, re-importable)</source>
        <translation>JSON (y cyfnodolyn cyfan, y gellir ei ailfewnforio)</translation>
    </message>
    <message>
        <source>The standard&apos;s whole period</source>
        <translation>Cyfnod cyfan y safon</translation>
    </message>
    <message>
        <source>The reflective accounts to include (five are required).</source>
        <translation>Y cyfrifon myfyriol i&apos;w cynnwys (mae angen pump).</translation>
    </message>
    <message>
        <source>Export even with possible identifiers</source>
        <translation>Allforio hyd yn oed gyda dynodwyr posibl</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>&amp;Safon:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Fformat:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Cyfnod:</translation>
    </message>
    <message>
        <source>Reflective &amp;accounts:</source>
        <translation>Cyfrifon &amp;myfyriol:</translation>
    </message>
    <message>
        <source>Possible identifiers (double-click to review the entry)</source>
        <translation>Dynodwyr posibl (cliciwch ddwywaith i adolygu&apos;r cofnod)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: %n possible identifier(s) found. Review them (redact, or mark &quot;not an identifier&quot;), or tick &quot;Export even with possible identifiers&quot;.</source>
        <translation>
            <numerusform>Heb ei allforio: cafwyd hyd i %n dynodydd posibl. Adolygwch nhw (cuddiwch nhw, neu nodwch &quot;nid dynodydd mo hwn&quot;), neu ticiwch &quot;Allforio hyd yn oed gyda dynodwyr posibl&quot;.</numerusform>
            <numerusform>Heb ei allforio: cafwyd hyd i %n dynodydd posibl. Adolygwch nhw (cuddiwch nhw, neu nodwch &quot;nid dynodydd mo hwn&quot;), neu ticiwch &quot;Allforio hyd yn oed gyda dynodwyr posibl&quot;.</numerusform>
            <numerusform>Heb ei allforio: cafwyd hyd i %n dynodydd posibl. Adolygwch nhw (cuddiwch nhw, neu nodwch &quot;nid dynodydd mo hwn&quot;), neu ticiwch &quot;Allforio hyd yn oed gyda dynodwyr posibl&quot;.</numerusform>
            <numerusform>Heb ei allforio: cafwyd hyd i %n dynodydd posibl. Adolygwch nhw (cuddiwch nhw, neu nodwch &quot;nid dynodydd mo hwn&quot;), neu ticiwch &quot;Allforio hyd yn oed gyda dynodwyr posibl&quot;.</numerusform>
            <numerusform>Heb ei allforio: cafwyd hyd i %n dynodydd posibl. Adolygwch nhw (cuddiwch nhw, neu nodwch &quot;nid dynodydd mo hwn&quot;), neu ticiwch &quot;Allforio hyd yn oed gyda dynodwyr posibl&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Tudalen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n tudalen.</numerusform>
            <numerusform>%n tudalen.</numerusform>
            <numerusform>%n tudalen.</numerusform>
            <numerusform>%n tudalen.</numerusform>
            <numerusform>%n tudalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Allforio i</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Ffeiliau %1 (*.%2)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Allforiwyd i %1.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Cyfnod o</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Cyfnod hyd at</translation>
    </message>
    <message>
        <source>Reflective accounts</source>
        <translation>Cyfrifon myfyriol</translation>
    </message>
    <message>
        <source>Possible identifiers</source>
        <translation>Dynodwyr posibl</translation>
    </message>
    <message>
        <source>Press Enter on one to review its entry.</source>
        <translation>Pwyswch Enter ar un i adolygu ei gofnod.</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Rhagolwg o&apos;r tudalennau</translation>
    </message>
</context>
<context>
    <name>cpd::FeedItemModel</name>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Dolen</translation>
    </message>
</context>
<context>
    <name>cpd::FeedModel</name>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Gwall: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Heb ei adnewyddu eto</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Ffrwd</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Adnewyddwyd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>cpd::FeedsTab</name>
    <message>
        <source>Address of an RSS or Atom feed</source>
        <translation>Cyfeiriad ffrwd RSS neu Atom</translation>
    </message>
    <message>
        <source>https://… (an RSS or Atom feed), then press Enter</source>
        <translation>https://… (ffrwd RSS neu Atom), yna pwyswch Enter</translation>
    </message>
    <message>
        <source>Su&amp;bscribe</source>
        <translation>&amp;Tanysgrifio</translation>
    </message>
    <message>
        <source>Subscribe to the feed at this address</source>
        <translation>Tanysgrifio i&apos;r ffrwd yn y cyfeiriad hwn</translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation>&amp;Cyfeiriad y ffrwd:</translation>
    </message>
    <message>
        <source>Feed refresh messages</source>
        <translation>Negeseuon adnewyddu ffrydiau</translation>
    </message>
    <message>
        <source>Subscribed feeds</source>
        <translation>Ffrydiau a danysgrifiwyd</translation>
    </message>
    <message>
        <source>Items in the selected feed</source>
        <translation>Eitemau yn y ffrwd a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Fetch every feed now</source>
        <translation>Nôl pob ffrwd nawr</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>&amp;Diddymu</translation>
    </message>
    <message>
        <source>Stop refreshing the feeds</source>
        <translation>Stopio adnewyddu&apos;r ffrydiau</translation>
    </message>
    <message>
        <source>Refreshing the feeds</source>
        <translation>Wrthi&apos;n adnewyddu&apos;r ffrydiau</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>&amp;Dad-danysgrifio</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected feed</source>
        <translation>Dad-danysgrifio o&apos;r ffrwd a ddewiswyd</translation>
    </message>
    <message>
        <source>Make a gu&amp;ideline…</source>
        <translation>Gwneud &amp;canllaw…</translation>
    </message>
    <message>
        <source>Add the selected item to the guideline library</source>
        <translation>Ychwanegu&apos;r eitem a ddewiswyd at y llyfrgell canllawiau</translation>
    </message>
    <message>
        <source>Make a journal &amp;entry</source>
        <translation>Gwneud cofnod yn y &amp;cyfnodolyn</translation>
    </message>
    <message>
        <source>Create a draft reading entry from the selected item</source>
        <translation>Creu cofnod darllen drafft o&apos;r eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>No feeds yet. Paste the address of a publisher&apos;s RSS or Atom feed above, then press Refresh to fetch its items.</source>
        <translation>Dim ffrydiau eto. Gludwch gyfeiriad ffrwd RSS neu Atom cyhoeddwr uchod, yna pwyswch Adnewyddu i nôl ei heitemau.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s). Refresh fetches every feed; an item can become a guideline or an entry.</source>
        <translation>
            <numerusform>%n ffrwd. Mae Adnewyddu yn nôl pob ffrwd; gall eitem ddod yn ganllaw neu&apos;n gofnod.</numerusform>
            <numerusform>%n ffrwd. Mae Adnewyddu yn nôl pob ffrwd; gall eitem ddod yn ganllaw neu&apos;n gofnod.</numerusform>
            <numerusform>%n ffrwd. Mae Adnewyddu yn nôl pob ffrwd; gall eitem ddod yn ganllaw neu&apos;n gofnod.</numerusform>
            <numerusform>%n ffrwd. Mae Adnewyddu yn nôl pob ffrwd; gall eitem ddod yn ganllaw neu&apos;n gofnod.</numerusform>
            <numerusform>%n ffrwd. Mae Adnewyddu yn nôl pob ffrwd; gall eitem ddod yn ganllaw neu&apos;n gofnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>Heb danysgrifio</translation>
    </message>
    <message>
        <source>Subscribed to %1. Press Refresh to fetch its items.</source>
        <translation>Wedi tanysgrifio i %1. Pwyswch Adnewyddu i nôl ei heitemau.</translation>
    </message>
    <message>
        <source>Unsubscribe?</source>
        <translation>Dad-danysgrifio?</translation>
    </message>
    <message>
        <source>Stop following %1? Its items are forgotten; guidelines and entries made from them stay.</source>
        <translation>Peidio â dilyn %1? Bydd ei eitemau&apos;n cael eu hanghofio; bydd canllawiau a chofnodion a wnaed ohonynt yn aros.</translation>
    </message>
    <message>
        <source>Not unsubscribed</source>
        <translation>Heb ddad-danysgrifio</translation>
    </message>
    <message>
        <source>There are no feeds to refresh. Subscribe to one first.</source>
        <translation>Nid oes ffrydiau i&apos;w hadnewyddu. Tanysgrifiwch i un yn gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Wrthi&apos;n adnewyddu %n ffrwd…</numerusform>
            <numerusform>Wrthi&apos;n adnewyddu %n ffrwd…</numerusform>
            <numerusform>Wrthi&apos;n adnewyddu %n ffrwd…</numerusform>
            <numerusform>Wrthi&apos;n adnewyddu %n ffrwd…</numerusform>
            <numerusform>Wrthi&apos;n adnewyddu %n ffrwd…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1 (%2 of %3)</source>
        <translation>Wrthi&apos;n nôl %1 (%2 o %3)</translation>
    </message>
    <message>
        <source>The feed is larger than %1 MiB.</source>
        <translation>Mae&apos;r ffrwd yn fwy na %1 MiB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Refresh cancelled. %n new item(s) were stored before it stopped.</source>
        <translation>
            <numerusform>Diddymwyd yr adnewyddu. Cadwyd %n eitem newydd cyn iddo stopio.</numerusform>
            <numerusform>Diddymwyd yr adnewyddu. Cadwyd %n eitem newydd cyn iddo stopio.</numerusform>
            <numerusform>Diddymwyd yr adnewyddu. Cadwyd %n eitem newydd cyn iddo stopio.</numerusform>
            <numerusform>Diddymwyd yr adnewyddu. Cadwyd %n eitem newydd cyn iddo stopio.</numerusform>
            <numerusform>Diddymwyd yr adnewyddu. Cadwyd %n eitem newydd cyn iddo stopio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed: %n new item(s).</source>
        <translation>
            <numerusform>Adnewyddwyd: %n eitem newydd.</numerusform>
            <numerusform>Adnewyddwyd: %n eitem newydd.</numerusform>
            <numerusform>Adnewyddwyd: %n eitem newydd.</numerusform>
            <numerusform>Adnewyddwyd: %n eitem newydd.</numerusform>
            <numerusform>Adnewyddwyd: %n eitem newydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some feeds could not be refreshed:</source>
        <translation>Methwyd ag adnewyddu rhai ffrydiau:</translation>
    </message>
    <message>
        <source>Entry not created</source>
        <translation>Ni chrëwyd y cofnod</translation>
    </message>
    <message>
        <source>Added “%1” to the journal as a draft.</source>
        <translation>Ychwanegwyd “%1” at y cyfnodolyn fel drafft.</translation>
    </message>
</context>
<context>
    <name>cpd::FirstRunWizard</name>
    <message>
        <source>Set up CPD Journal</source>
        <translation>Gosod Cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>Start without answering: you can set this up later from Help ▸ Set up again…</source>
        <translation>Dechrau heb ateb: gallwch osod hyn yn nes ymlaen o Cymorth ▸ Gosod eto…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Problem with your answers</source>
        <translation>Problem gyda&apos;ch atebion</translation>
    </message>
    <message>
        <source>You and your registration</source>
        <translation>Chi a&apos;ch cofrestriad</translation>
    </message>
    <message>
        <source>So that CPD Journal can show what your regulator asks of you. It stays on this computer.</source>
        <translation>Er mwyn i Cyfnodolyn DPP allu dangos beth mae eich rheoleiddiwr yn ei ofyn gennych. Mae&apos;n aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your profession</source>
        <translation>Eich proffesiwn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Profession:</source>
        <translation>&amp;Proffesiwn:</translation>
    </message>
    <message>
        <source>Your next deadline</source>
        <translation>Eich dyddiad cau nesaf</translation>
    </message>
    <message>
        <source>The dashboard counts down to it and reminds you as it comes near.</source>
        <translation>Mae&apos;r dangosfwrdd yn cyfrif i lawr ato ac yn eich atgoffa wrth iddo nesáu.</translation>
    </message>
    <message>
        <source>Where to keep your journal</source>
        <translation>Ble i gadw eich cyfnodolyn</translation>
    </message>
    <message>
        <source>Your journal is one file. Keep it somewhere that is backed up, and never on a shared drive others can read.</source>
        <translation>Un ffeil yw eich cyfnodolyn. Cadwch hi rywle sydd â chopi wrth gefn, a byth ar yriant a rennir y gall eraill ei ddarllen.</translation>
    </message>
    <message>
        <source>Folder for the journal</source>
        <translation>Ffolder ar gyfer y cyfnodolyn</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose the folder for the journal</source>
        <translation>Dewis y ffolder ar gyfer y cyfnodolyn</translation>
    </message>
    <message>
        <source>Folder for your journal</source>
        <translation>Ffolder ar gyfer eich cyfnodolyn</translation>
    </message>
    <message>
        <source>Also open the &amp;sample journal to look around</source>
        <translation>Agor y cyfnodolyn &amp;enghreifftiol hefyd i edrych o gwmpas</translation>
    </message>
    <message>
        <source>A separate journal of made-up entries. Your own journal is not touched.</source>
        <translation>Cyfnodolyn ar wahân o gofnodion dychmygol. Ni chyffyrddir â&apos;ch cyfnodolyn eich hun.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <source>NMC &amp;Pin:</source>
        <translation>&amp;PIN yr NMC:</translation>
    </message>
    <message>
        <source>GMC &amp;number:</source>
        <translation>&amp;Rhif y GMC:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>Rhif &amp;cofrestru:</translation>
    </message>
    <message>
        <source>e.g. 12A3456E</source>
        <translation>e.e. 12A3456E</translation>
    </message>
    <message>
        <source>seven digits</source>
        <translation>saith digid</translation>
    </message>
    <message>
        <source>NMC Pin</source>
        <translation>PIN yr NMC</translation>
    </message>
    <message>
        <source>GMC reference number</source>
        <translation>Rhif cyfeirnod y GMC</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Rhif cofrestru</translation>
    </message>
    <message>
        <source>Registration &amp;expires on:</source>
        <translation>Cofrestriad yn dod i &amp;ben ar:</translation>
    </message>
    <message>
        <source>Next &amp;appraisal on:</source>
        <translation>&amp;Gwerthusiad nesaf ar:</translation>
    </message>
    <message>
        <source>Next &amp;revalidation on:</source>
        <translation>&amp;Ailddilysu nesaf ar:</translation>
    </message>
    <message>
        <source>Your revalidation application is due on the first day of the month your registration expires, and opens 60 days before it.</source>
        <translation>Mae eich cais ailddilysu yn ddyledus ar ddiwrnod cyntaf y mis y daw eich cofrestriad i ben, ac mae&apos;n agor 60 diwrnod cyn hynny.</translation>
    </message>
    <message>
        <source>Your appraisal year is the 12 months before it. Revalidation follows every five years.</source>
        <translation>Eich blwyddyn werthuso yw&apos;r 12 mis cyn hynny. Mae ailddilysu&apos;n dilyn bob pum mlynedd.</translation>
    </message>
    <message>
        <source>Optional: leave it if your regulator has no date for you yet.</source>
        <translation>Dewisol: gadewch hwn os nad oes gan eich rheoleiddiwr ddyddiad i chi eto.</translation>
    </message>
    <message>
        <source>The NMC Pin</source>
        <translation>PIN yr NMC</translation>
    </message>
    <message>
        <source>The GMC number</source>
        <translation>Rhif y GMC</translation>
    </message>
</context>
<context>
    <name>cpd::GuidelineDialog</name>
    <message>
        <source>Guideline</source>
        <translation>Canllaw</translation>
    </message>
    <message>
        <source>Web address of the guideline</source>
        <translation>Cyfeiriad gwe&apos;r canllaw</translation>
    </message>
    <message>
        <source>https://www.nice.org.uk/guidance/…</source>
        <translation>https://www.nice.org.uk/guidance/…</translation>
    </message>
    <message>
        <source>&amp;Fetch details</source>
        <translation>&amp;Nôl y manylion</translation>
    </message>
    <message>
        <source>Fetch the title, publisher and dates from the web address</source>
        <translation>Nôl y teitl, y cyhoeddwr a&apos;r dyddiadau o&apos;r cyfeiriad gwe</translation>
    </message>
    <message>
        <source>Cancel fetch</source>
        <translation>Diddymu&apos;r nôl</translation>
    </message>
    <message>
        <source>Stop fetching the details</source>
        <translation>Stopio nôl y manylion</translation>
    </message>
    <message>
        <source>Fetching the details</source>
        <translation>Wrthi&apos;n nôl y manylion</translation>
    </message>
    <message>
        <source>Fetch result</source>
        <translation>Canlyniad y nôl</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Cyhoeddwr</translation>
    </message>
    <message>
        <source>NICE, SIGN, RCGP, a local trust…</source>
        <translation>NICE, SIGN, RCGP, ymddiriedolaeth neu fwrdd iechyd lleol…</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Dynodydd</translation>
    </message>
    <message>
        <source>e.g. NG136</source>
        <translation>e.e. NG136</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Dyddiad cyhoeddi</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <source>Date last updated</source>
        <translation>Dyddiad y diweddariad diwethaf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Cyfeiriad:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Cyhoeddwr:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Dynodydd:</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>&amp;Cyhoeddwyd:</translation>
    </message>
    <message>
        <source>&amp;Updated:</source>
        <translation>&amp;Diweddarwyd:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Save the guideline</source>
        <translation>Cadw&apos;r canllaw</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cau heb gadw</translation>
    </message>
    <message>
        <source>Add a guideline</source>
        <translation>Ychwanegu canllaw</translation>
    </message>
    <message>
        <source>Edit guideline</source>
        <translation>Golygu&apos;r canllaw</translation>
    </message>
    <message>
        <source>Type or paste the guideline&apos;s web address first.</source>
        <translation>Teipiwch neu gludwch gyfeiriad gwe&apos;r canllaw yn gyntaf.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Wrthi&apos;n nôl %1…</translation>
    </message>
    <message>
        <source>%1 You can type the details by hand.</source>
        <translation>%1 Gallwch deipio&apos;r manylion â llaw.</translation>
    </message>
    <message>
        <source>Fetch cancelled. You can type the details by hand.</source>
        <translation>Diddymwyd y nôl. Gallwch deipio&apos;r manylion â llaw.</translation>
    </message>
    <message>
        <source>This address is not a web page (%1): the title comes from its file name. Check the details.</source>
        <translation>Nid tudalen we yw&apos;r cyfeiriad hwn (%1): daw&apos;r teitl o enw&apos;r ffeil. Gwiriwch y manylion.</translation>
    </message>
    <message>
        <source>The page was very long; only its start was read. Check the details.</source>
        <translation>Roedd y dudalen yn hir iawn; dim ond ei dechrau a ddarllenwyd. Gwiriwch y manylion.</translation>
    </message>
    <message>
        <source>Details fetched. Check them before saving.</source>
        <translation>Manylion wedi&apos;u nôl. Gwiriwch nhw cyn cadw.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, or leave it empty.</source>
        <translation>Nid yw “%1” yn ddyddiad: ysgrifennwch ef fel BBBB-MM-DD, neu gadewch yn wag.</translation>
    </message>
</context>
<context>
    <name>cpd::GuidelineModel</name>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Cyhoeddwr</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Dynodydd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diweddarwyd</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
</context>
<context>
    <name>cpd::GuidelinesTab</name>
    <message>
        <source>Guidelines in the library</source>
        <translation>Canllawiau yn y llyfrgell</translation>
    </message>
    <message>
        <source>Add by &amp;URL…</source>
        <translation>Ychwanegu drwy &amp;URL…</translation>
    </message>
    <message>
        <source>Add a guideline from its web address</source>
        <translation>Ychwanegu canllaw o&apos;i gyfeiriad gwe</translation>
    </message>
    <message>
        <source>Add by &amp;hand…</source>
        <translation>Ychwanegu â &amp;llaw…</translation>
    </message>
    <message>
        <source>Add a guideline by typing its details</source>
        <translation>Ychwanegu canllaw drwy deipio&apos;i fanylion</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>Edit the selected guideline</source>
        <translation>Golygu&apos;r canllaw a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Delete the selected guideline</source>
        <translation>Dileu&apos;r canllaw a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Link to entry</source>
        <translation>&amp;Cysylltu â chofnod</translation>
    </message>
    <message>
        <source>Link the selected guideline to the entry selected in the journal</source>
        <translation>Cysylltu&apos;r canllaw a ddewiswyd â&apos;r cofnod a ddewiswyd yn y cyfnodolyn</translation>
    </message>
    <message>
        <source>No guidelines yet. Add one by its web address, or type its details by hand.</source>
        <translation>Dim canllawiau eto. Ychwanegwch un drwy ei gyfeiriad gwe, neu teipiwch ei fanylion â llaw.</translation>
    </message>
    <message numerus="yes">
        <source>%n guideline(s) in the library.</source>
        <translation>
            <numerusform>%n canllaw yn y llyfrgell.</numerusform>
            <numerusform>%n canllaw yn y llyfrgell.</numerusform>
            <numerusform>%n canllaw yn y llyfrgell.</numerusform>
            <numerusform>%n canllaw yn y llyfrgell.</numerusform>
            <numerusform>%n canllaw yn y llyfrgell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guideline not saved</source>
        <translation>Ni chadwyd y canllaw</translation>
    </message>
    <message>
        <source>Saved the guideline “%1”.</source>
        <translation>Cadwyd y canllaw “%1”.</translation>
    </message>
    <message>
        <source>Delete guideline?</source>
        <translation>Dileu&apos;r canllaw?</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? Entries keep their link to its address.</source>
        <translation>Dileu “%1” o&apos;r llyfrgell? Bydd cofnodion yn cadw eu dolen i&apos;w gyfeiriad.</translation>
    </message>
    <message>
        <source>Guideline not deleted</source>
        <translation>Ni ddilëwyd y canllaw</translation>
    </message>
    <message>
        <source>Deleted the guideline “%1”.</source>
        <translation>Dilëwyd y canllaw “%1”.</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Dim cofnod wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Select an entry in the journal first, then link the guideline to it.</source>
        <translation>Dewiswch gofnod yn y cyfnodolyn yn gyntaf, yna cysylltwch y canllaw ag ef.</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Heb ei gysylltu</translation>
    </message>
    <message>
        <source>Linked “%1” to the selected entry.</source>
        <translation>Cysylltwyd “%1” â&apos;r cofnod a ddewiswyd.</translation>
    </message>
</context>
<context>
    <name>cpd::HelpWindow</name>
    <message>
        <source>CPD Journal guide</source>
        <translation>Canllaw Cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Testun y canllaw</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Yn ôl i&apos;r dudalen flaenorol</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Cynnwys</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Cynnwys y canllaw</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cau</translation>
    </message>
</context>
<context>
    <name>cpd::HoursPanel</name>
    <message>
        <source> h</source>
        <translation> awr</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Participatory hours</source>
        <translation>Oriau cyfranogol</translation>
    </message>
    <message>
        <source>Time spent learning with other people: never more than the hours.</source>
        <translation>Amser yn dysgu gyda phobl eraill: byth yn fwy na&apos;r oriau.</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credydau</translation>
    </message>
    <message>
        <source>GP appraisal credits; by default one credit an hour.</source>
        <translation>Credydau gwerthusiad meddyg teulu; yn ddiofyn, un credyd yr awr.</translation>
    </message>
    <message>
        <source>Same as hours</source>
        <translation>Yr un fath â&apos;r oriau</translation>
    </message>
    <message>
        <source>Credits are the same as hours</source>
        <translation>Mae&apos;r credydau yr un fath â&apos;r oriau</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Oriau</translation>
    </message>
    <message>
        <source>&amp;Participatory</source>
        <translation>&amp;Cyfranogol</translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation>C&amp;redydau</translation>
    </message>
</context>
<context>
    <name>cpd::ImportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wrthi&apos;n dechrau…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wrthi&apos;n diddymu…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wrthi&apos;n mewnforio…</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly; nothing was imported.</source>
        <translation>Stopiodd y mewnforio yn annisgwyl; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Diddymwyd y mewnforio; ni fewnforiwyd dim.</translation>
    </message>
</context>
<context>
    <name>cpd::JournalFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>O ddyddiad</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>I ddyddiad</translation>
    </message>
    <message>
        <source>Activity filter</source>
        <translation>Hidlydd gweithgaredd</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Pob gweithgaredd</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Hidlydd tagiau</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Pob tag</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Hidlydd statws</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>All Our Health topic filter</source>
        <translation>Hidlydd pynciau All Our Health</translation>
    </message>
    <message>
        <source>Level of action filter</source>
        <translation>Hidlydd lefel gweithredu</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Unrhyw lefel</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clirio&apos;r hidlyddion</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Pob pwnc</translation>
    </message>
    <message>
        <source>Unknown topic (%1)</source>
        <translation>Pwnc anhysbys (%1)</translation>
    </message>
</context>
<context>
    <name>cpd::JournalListModel</name>
    <message>
        <source>Unknown topic (%1)</source>
        <translation>Pwnc anhysbys (%1)</translation>
    </message>
    <message>
        <source>%1 hours, %2 of them participatory</source>
        <translation>%1 awr, %2 ohonynt yn gyfranogol</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>cpd::JournalLock</name>
    <message>
        <source>The journal is open in another copy of CPD Journal.</source>
        <translation>Mae&apos;r cyfnodolyn ar agor mewn copi arall o Cyfnodolyn DPP.</translation>
    </message>
    <message>
        <source>The journal is open in another copy of CPD Journal (%1, process %2 on %3). Close that copy to make changes here.</source>
        <translation>Mae&apos;r cyfnodolyn ar agor mewn copi arall o Cyfnodolyn DPP (%1, proses %2 ar %3). Caewch y copi hwnnw i wneud newidiadau yma.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder %1 is read-only, so changes cannot be saved.</source>
        <translation>Mae ffolder y cyfnodolyn %1 yn ddarllen-yn-unig, felly ni ellir cadw newidiadau.</translation>
    </message>
    <message>
        <source>Could not mark the journal %1 as in use.</source>
        <translation>Methu nodi bod y cyfnodolyn %1 yn cael ei ddefnyddio.</translation>
    </message>
</context>
<context>
    <name>cpd::JournalPage</name>
    <message>
        <source>Search the journal</source>
        <translation>Chwilio&apos;r cyfnodolyn</translation>
    </message>
    <message>
        <source>Search titles, reflections, tags and links (Ctrl+F)</source>
        <translation>Chwilio teitlau, myfyrdodau, tagiau a dolenni (Ctrl+F)</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Cofnodion y cyfnodolyn</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>Draft autosaved at %1</source>
        <translation>Cadwyd drafft yn awtomatig am %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Does dim yn cyfateb i “%1”.</translation>
    </message>
    <message>
        <source>%1, newest first</source>
        <translation>%1, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>%1 match the filters</source>
        <translation>%1 yn cyfateb i&apos;r hidlyddion</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Save the changes to this entry?</source>
        <translation>Cadw&apos;r newidiadau i&apos;r cofnod hwn?</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Cadw&apos;r newidiadau i “%1”?</translation>
    </message>
    <message>
        <source>Added “%1” to the journal.</source>
        <translation>Ychwanegwyd “%1” at y cyfnodolyn.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Cadwyd “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches, best first</source>
        <translation>
            <numerusform>%Ln canlyniad, y gorau yn gyntaf</numerusform>
            <numerusform>%Ln canlyniad, y gorau yn gyntaf</numerusform>
            <numerusform>%Ln canlyniad, y gorau yn gyntaf</numerusform>
            <numerusform>%Ln canlyniad, y gorau yn gyntaf</numerusform>
            <numerusform>%Ln canlyniad, y gorau yn gyntaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::JournalStartup</name>
    <message>
        <source>%1

There is no backup of it to restore. The file was left as it is.</source>
        <translation>%1

Nid oes copi wrth gefn ohono i&apos;w adfer. Gadawyd y ffeil fel y mae.</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>Mae&apos;r cyfnodolyn wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>%1

Restore the latest good backup (%2)? The damaged journal is kept beside it, renamed.</source>
        <translation>%1

Adfer y copi wrth gefn da diweddaraf (%2)? Cedwir y cyfnodolyn sydd wedi&apos;i ddifrodi wrth ei ymyl, gydag enw newydd.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Adferwyd y copi wrth gefn</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The damaged journal was kept as %2.</source>
        <translation>Adferwyd y copi wrth gefn %1. Cadwyd y cyfnodolyn sydd wedi&apos;i ddifrodi fel %2.</translation>
    </message>
    <message>
        <source>the journal is damaged (%1).</source>
        <translation>mae&apos;r cyfnodolyn wedi&apos;i ddifrodi (%1).</translation>
    </message>
    <message>
        <source>A check of the journal found damage (%1).</source>
        <translation>Canfu gwiriad o&apos;r cyfnodolyn ddifrod (%1).</translation>
    </message>
    <message>
        <source> There is no backup of it to restore; the journal is read-only now so that nothing more is lost.</source>
        <translation> Nid oes copi wrth gefn ohono i&apos;w adfer; mae&apos;r cyfnodolyn yn ddarllen-yn-unig nawr fel na chollir dim mwy.</translation>
    </message>
    <message>
        <source>%1

Restore the latest good backup (%2) and reopen it? The damaged journal is kept beside it, renamed.</source>
        <translation>%1

Adfer y copi wrth gefn da diweddaraf (%2) a&apos;i ailagor? Cedwir y cyfnodolyn sydd wedi&apos;i ddifrodi wrth ei ymyl, gydag enw newydd.</translation>
    </message>
</context>
<context>
    <name>cpd::LinksWidget</name>
    <message>
        <source>Links</source>
        <translation>Dolenni</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ychwanegu dolen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Tynnu&apos;r ddolen</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Tynnu&apos;r ddolen a ddewiswyd</translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation>Math o ddolen</translation>
    </message>
</context>
<context>
    <name>cpd::MainWindow</name>
    <message>
        <source>Areas of the journal</source>
        <translation>Adrannau&apos;r cyfnodolyn</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Dadwneud y dileu</translation>
    </message>
    <message>
        <source>Restore the entry just moved to the trash</source>
        <translation>Adfer y cofnod a symudwyd i&apos;r bin gynnau</translation>
    </message>
    <message>
        <source>Restored the entry from the trash.</source>
        <translation>Adferwyd y cofnod o&apos;r bin.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Cyfnodolyn</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>Cofnod &amp;newydd</translation>
    </message>
    <message>
        <source>Write a new entry (Ctrl+N)</source>
        <translation>Ysgrifennu cofnod newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Cadw&apos;r cofnod</translation>
    </message>
    <message>
        <source>Save the entry (Ctrl+S)</source>
        <translation>Cadw&apos;r cofnod (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Can&amp;fod…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Symud i&apos;r &amp;bin</translation>
    </message>
    <message>
        <source>Move the selected entry to the trash (Delete)</source>
        <translation>Symud y cofnod a ddewiswyd i&apos;r bin (Delete)</translation>
    </message>
    <message>
        <source>Open &amp;sample journal</source>
        <translation>Agor y cyfnodolyn &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Export portfolio…</source>
        <translation>&amp;Allforio portffolio…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Go&amp;lwg</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>C&amp;ymorth</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sample journal</source>
        <translation>Cyfnodolyn enghreifftiol</translation>
    </message>
    <message>
        <source>CPD Journal</source>
        <translation>Cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation>Symudwyd “%1” i&apos;r bin.</translation>
    </message>
    <message>
        <source>an untitled entry</source>
        <translation>cofnod heb deitl</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Adfer newidiadau heb eu cadw?</translation>
    </message>
    <message>
        <source>CPD Journal closed before your changes to %1 were saved. They were autosaved at %2.

Restore them?</source>
        <translation>Caeodd Cyfnodolyn DPP cyn i&apos;ch newidiadau i %1 gael eu cadw. Cawsant eu cadw&apos;n awtomatig am %2.

Eu hadfer?</translation>
    </message>
    <message>
        <source>Restored your unsaved changes. Save them when you are ready.</source>
        <translation>Adferwyd eich newidiadau heb eu cadw. Cadwch nhw pan fyddwch yn barod.</translation>
    </message>
    <message>
        <source>The sample journal could not be opened: %1</source>
        <translation>Methu agor y cyfnodolyn enghreifftiol: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;spelling</source>
        <translation>Gwirio&apos;r &amp;sillafu</translation>
    </message>
    <message>
        <source>Check &amp;spelling (no dictionary)</source>
        <translation>Gwirio&apos;r &amp;sillafu (dim geiriadur)</translation>
    </message>
    <message>
        <source>Underline misspelt words as you write (F7)</source>
        <translation>Tanlinellu geiriau wedi&apos;u camsillafu wrth i chi ysgrifennu (F7)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Darllen yn unig</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Darllen yn unig: %1</translation>
    </message>
    <message>
        <source>This journal is read-only</source>
        <translation>Mae&apos;r cyfnodolyn hwn yn ddarllen-yn-unig</translation>
    </message>
    <message>
        <source>Back &amp;Up Now…</source>
        <translation>Gwneud Copi &amp;Wrth Gefn Nawr…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copi wrth gefn wedi&apos;i gadw yn %1</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>A&amp;dfer o Gopi Wrth Gefn…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Adfer o Gopi Wrth Gefn</translation>
    </message>
    <message>
        <source>The backup is in place. The journal it replaced is kept at %1. CPD Journal now restarts to open the restored journal.</source>
        <translation>Mae&apos;r copi wrth gefn yn ei le. Cedwir y cyfnodolyn a ddisodlwyd yn %1. Mae Cyfnodolyn DPP yn ailddechrau nawr i agor y cyfnodolyn a adferwyd.</translation>
    </message>
</context>
<context>
    <name>cpd::PersonalDictionary</name>
    <message>
        <source>Your personal dictionary %1 could not be read: %2</source>
        <translation>Methu darllen eich geiriadur personol %1: %2</translation>
    </message>
    <message>
        <source>Only a single word can be added to the dictionary.</source>
        <translation>Dim ond un gair y gellir ei ychwanegu at y geiriadur.</translation>
    </message>
    <message>
        <source>The word could not be added to your personal dictionary %1: %2</source>
        <translation>Methu ychwanegu&apos;r gair at eich geiriadur personol %1: %2</translation>
    </message>
</context>
<context>
    <name>cpd::PrivacyGuard</name>
    <message>
        <source>This may identify someone (%1). Right-click to redact it.</source>
        <translation>Gallai hyn adnabod rhywun (%1). De-gliciwch i&apos;w guddio.</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[wedi&apos;i guddio]</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Cuddio</translation>
    </message>
    <message>
        <source>May identify someone: %1</source>
        <translation>Gallai adnabod rhywun: %1</translation>
    </message>
    <message>
        <source>&amp;Redact &quot;%1&quot;</source>
        <translation>&amp;Cuddio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Not an identifier</source>
        <translation>&amp;Nid dynodydd mo hwn</translation>
    </message>
</context>
<context>
    <name>cpd::ProfileDialog</name>
    <message>
        <source>Revalidation profile</source>
        <translation>Proffil ailddilysu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>Professions and registrations</source>
        <translation>Proffesiynau a chofrestriadau</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <source>NMC &amp;Pin</source>
        <translation>&amp;PIN yr NMC</translation>
    </message>
    <message>
        <source>e.g. 12A3456E</source>
        <translation>e.e. 12A3456E</translation>
    </message>
    <message>
        <source>NMC registration &amp;expiry</source>
        <translation>Dyddiad dod i ben cofrestriad yr &amp;NMC</translation>
    </message>
    <message>
        <source>&amp;GMC number</source>
        <translation>Rhif y &amp;GMC</translation>
    </message>
    <message>
        <source>seven digits</source>
        <translation>saith digid</translation>
    </message>
    <message>
        <source>Next &amp;appraisal date</source>
        <translation>Dyddiad y &amp;gwerthusiad nesaf</translation>
    </message>
    <message>
        <source>GMC &amp;revalidation date</source>
        <translation>Dyddiad &amp;ailddilysu&apos;r GMC</translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation>&amp;Cyflogwr</translation>
    </message>
    <message>
        <source>CPD credits a year (GP)</source>
        <translation>Credydau DPP y flwyddyn (meddyg teulu)</translation>
    </message>
    <message>
        <source>CPD &amp;credits a year (GP)</source>
        <translation>&amp;Credydau DPP y flwyddyn (meddyg teulu)</translation>
    </message>
</context>
<context>
    <name>cpd::RecordDialog</name>
    <message>
        <source>Add a revalidation record</source>
        <translation>Ychwanegu cofnod ailddilysu</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Math o gofnod</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Name of organisation</source>
        <translation>Enw&apos;r sefydliad</translation>
    </message>
    <message>
        <source>Address of organisation</source>
        <translation>Cyfeiriad y sefydliad</translation>
    </message>
    <message>
        <source>Work setting</source>
        <translation>Lleoliad gwaith</translation>
    </message>
    <message>
        <source>Scope of practice</source>
        <translation>Cwmpas ymarfer</translation>
    </message>
    <message>
        <source>Number of hours</source>
        <translation>Nifer yr oriau</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Cofrestriad</translation>
    </message>
    <message>
        <source>Brief description of your work</source>
        <translation>Disgrifiad byr o&apos;ch gwaith</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Enw&apos;r partner</translation>
    </message>
    <message>
        <source>Partner&apos;s NMC Pin</source>
        <translation>PIN NMC y partner</translation>
    </message>
    <message>
        <source>Partner&apos;s email</source>
        <translation>E-bost y partner</translation>
    </message>
    <message>
        <source>Partner&apos;s professional address</source>
        <translation>Cyfeiriad proffesiynol y partner</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Date of the discussion</source>
        <translation>Dyddiad y drafodaeth</translation>
    </message>
    <message>
        <source>Brief summary of the discussion</source>
        <translation>Crynodeb byr o&apos;r drafodaeth</translation>
    </message>
    <message>
        <source>Confirmer&apos;s name</source>
        <translation>Enw&apos;r cadarnhäwr</translation>
    </message>
    <message>
        <source>NMC Pin or other professional identification number</source>
        <translation>PIN yr NMC neu rif adnabod proffesiynol arall</translation>
    </message>
    <message>
        <source>Confirmer&apos;s email</source>
        <translation>E-bost y cadarnhäwr</translation>
    </message>
    <message>
        <source>Professional address</source>
        <translation>Cyfeiriad proffesiynol</translation>
    </message>
    <message>
        <source>Date of the confirmation</source>
        <translation>Dyddiad y cadarnhad</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Indemnity arrangement</source>
        <translation>Trefniant indemniad</translation>
    </message>
    <message>
        <source>(not an indemnity declaration)</source>
        <translation> (nid datganiad indemniad)</translation>
    </message>
    <message>
        <source>Indemnity provider</source>
        <translation>Darparwr indemniad</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>How last year&apos;s plan went</source>
        <translation>Sut aeth cynllun y llynedd</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
</context>
<context>
    <name>cpd::ReflectionPanel</name>
    <message>
        <source>Reflective template</source>
        <translation>Templed myfyrio</translation>
    </message>
    <message>
        <source>Reflect &amp;using</source>
        <translation>Myfyrio gan &amp;ddefnyddio</translation>
    </message>
    <message>
        <source>Your answers under %1 are kept while you edit: switch back to see them. Only this template&apos;s answers are saved.</source>
        <translation>Caiff eich atebion o dan %1 eu cadw wrth i chi olygu: newidiwch yn ôl i&apos;w gweld. Dim ond atebion y templed hwn sy&apos;n cael eu cadw.</translation>
    </message>
</context>
<context>
    <name>cpd::RequirementModel</name>
    <message>
        <source>%1 of %2 hours</source>
        <translation>%1 o %2 awr</translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 o %2 credyd</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Wedi gorffen</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Gofyniad</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>cpd::RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation>Dyddiol</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Wedi&apos;i wneud gennych chi</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Cyn uwchraddio</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Ffeil a ddewiswyd</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Adfer o Gopi Wrth Gefn</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the journal. The journal it replaces is kept beside it, and a damaged backup changes nothing.</source>
        <translation>Dewiswch gopi wrth gefn i&apos;w roi yn lle&apos;r cyfnodolyn. Cedwir y cyfnodolyn y mae&apos;n ei ddisodli wrth ei ymyl, ac nid yw copi wrth gefn sydd wedi&apos;i ddifrodi yn newid dim.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Date, kind, size, number of entries and whether each backup passed its check</source>
        <translation>Dyddiad, math, maint, nifer y cofnodion ac a basiodd pob copi wrth gefn ei wiriad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwiriad</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Copïau wrth gefn:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Ymadrodd cyfrin:</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted backup</source>
        <translation>Ymadrodd cyfrin y copi wrth gefn wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>&amp;Dewis Ffeil…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Dewis ffeil copi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Adfer y copi wrth gefn a ddewiswyd</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Adfer o</translation>
    </message>
    <message>
        <source>Journal backups (*.cpdj *.enc);;All files (*)</source>
        <translation>Copïau wrth gefn cyfnodolyn (*.cpdj *.enc);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Encrypted: checked when restored</source>
        <translation>Wedi&apos;i amgryptio: caiff ei wirio wrth ei adfer</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Wrthi&apos;n gwirio&apos;r copïau wrth gefn…</translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation>Diddymwyd y gwirio.</translation>
    </message>
    <message>
        <source>This backup is encrypted: type its passphrase.</source>
        <translation>Mae&apos;r copi wrth gefn hwn wedi&apos;i amgryptio: teipiwch ei ymadrodd cyfrin.</translation>
    </message>
    <message>
        <source>Put the backup from %1 in place of the journal? The journal now open is kept beside it, and CPD Journal reopens the restored one.</source>
        <translation>Rhoi&apos;r copi wrth gefn o %1 yn lle&apos;r cyfnodolyn? Cedwir y cyfnodolyn sydd ar agor nawr wrth ei ymyl, ac mae Cyfnodolyn DPP yn ailagor yr un a adferwyd.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Wrthi&apos;n adfer y copi wrth gefn…</translation>
    </message>
</context>
<context>
    <name>cpd::RevalidationDashboard</name>
    <message>
        <source>Revalidation</source>
        <translation>Ailddilysu</translation>
    </message>
    <message>
        <source>Revalidation deadline</source>
        <translation>Dyddiad cau ailddilysu</translation>
    </message>
    <message>
        <source>Tell CPD Journal about your registration and it will show how far you are with revalidation or appraisal, and what is still missing.</source>
        <translation>Rhowch wybod i Cyfnodolyn DPP am eich cofrestriad a bydd yn dangos pa mor bell ydych chi gyda&apos;r ailddilysu neu&apos;r gwerthusiad, a beth sydd ar goll o hyd.</translation>
    </message>
    <message>
        <source>Set up my profile…</source>
        <translation>Gosod fy mhroffil…</translation>
    </message>
    <message>
        <source>Set up my revalidation profile</source>
        <translation>Gosod fy mhroffil ailddilysu</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Safon</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Golygu&apos;r proffil…</translation>
    </message>
    <message>
        <source>Edit revalidation profile</source>
        <translation>Golygu&apos;r proffil ailddilysu</translation>
    </message>
    <message>
        <source>Add record…</source>
        <translation>Ychwanegu cofnod…</translation>
    </message>
    <message>
        <source>Add a revalidation record</source>
        <translation>Ychwanegu cofnod ailddilysu</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Dyddiad cyflwyno cais</translation>
    </message>
    <message>
        <source>Deadline reminder</source>
        <translation>Nodyn atgoffa am y dyddiad cau</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Gofynion</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Beth sydd ar goll</translation>
    </message>
    <message>
        <source>Entries and records behind the requirement</source>
        <translation>Cofnodion a chofnodion ailddilysu y tu ôl i&apos;r gofyniad</translation>
    </message>
    <message>
        <source>CPD hours by month, participatory and other</source>
        <translation>Oriau DPP fesul mis, cyfranogol ac eraill</translation>
    </message>
    <message>
        <source>Add a registration expiry (NMC) or a next appraisal date (GP) to your profile to see your progress.</source>
        <translation>Ychwanegwch ddyddiad dod i ben cofrestriad (NMC) neu ddyddiad y gwerthusiad nesaf (meddyg teulu) at eich proffil i weld eich cynnydd.</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 i %3</translation>
    </message>
    <message>
        <source>The application date is tomorrow (%1).</source>
        <translation>Mae&apos;r dyddiad cyflwyno cais yfory (%1).</translation>
    </message>
    <message>
        <source>The application date is today (%1).</source>
        <translation>Mae&apos;r dyddiad cyflwyno cais heddiw (%1).</translation>
    </message>
    <message>
        <source>The application date (%1) has passed; update your profile once you have renewed.</source>
        <translation>Mae&apos;r dyddiad cyflwyno cais (%1) wedi mynd heibio; diweddarwch eich proffil ar ôl i chi adnewyddu.</translation>
    </message>
    <message>
        <source>The application opens on %1.</source>
        <translation>Mae&apos;r cais yn agor ar %1.</translation>
    </message>
    <message>
        <source>The application is open.</source>
        <translation>Mae&apos;r cais ar agor.</translation>
    </message>
    <message>
        <source>Everything is in place.</source>
        <translation>Mae popeth yn ei le.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Yn dal ar goll:</translation>
    </message>
    <message>
        <source>CPD hours by month</source>
        <translation>Oriau DPP fesul mis</translation>
    </message>
    <message>
        <source>Participatory</source>
        <translation>Cyfranogol</translation>
    </message>
    <message>
        <source>Other CPD</source>
        <translation>DPP arall</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>Dim i&apos;w restru.</translation>
    </message>
    <message>
        <source>Nothing counts towards this yet: %1</source>
        <translation>Nid oes dim yn cyfrif tuag at hyn eto: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days to the application date (%1).</source>
        <translation>
            <numerusform>%Ln diwrnod tan y dyddiad cyflwyno cais (%1).</numerusform>
            <numerusform>%Ln diwrnod tan y dyddiad cyflwyno cais (%1).</numerusform>
            <numerusform>%Ln diwrnod tan y dyddiad cyflwyno cais (%1).</numerusform>
            <numerusform>%Ln diwrnod tan y dyddiad cyflwyno cais (%1).</numerusform>
            <numerusform>%Ln diwrnod tan y dyddiad cyflwyno cais (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more entries</source>
        <translation>
            <numerusform>…a %Ln cofnod arall</numerusform>
            <numerusform>…a %Ln cofnod arall</numerusform>
            <numerusform>…a %Ln cofnod arall</numerusform>
            <numerusform>…a %Ln cofnod arall</numerusform>
            <numerusform>…a %Ln cofnod arall</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out your progress…</source>
        <translation>Wrthi&apos;n cyfrifo&apos;ch cynnydd…</translation>
    </message>
</context>
<context>
    <name>cpd::SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>Lle&apos;r oedd yn cyfateb</translation>
    </message>
</context>
<context>
    <name>cpd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Rhagosodiad y system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The language of the interface. System default follows your computer&apos;s language settings.</source>
        <translation>Iaith y rhyngwyneb. Mae Rhagosodiad y system yn dilyn gosodiadau iaith eich cyfrifiadur.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Nodyn am yr iaith</translation>
    </message>
    <message>
        <source>The new language applies the next time you start CPD Journal.</source>
        <translation>Daw&apos;r iaith newydd i rym y tro nesaf y byddwch yn agor Cyfnodolyn DPP.</translation>
    </message>
    <message>
        <source>A change of language applies the next time you start CPD Journal.</source>
        <translation>Daw newid iaith i rym y tro nesaf y byddwch yn agor Cyfnodolyn DPP.</translation>
    </message>
</context>
<context>
    <name>cpd::SocialFindModel</name>
    <message>
        <source>X/Twitter</source>
        <translation>X/Twitter</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Nod tudalen</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platfform</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Postiwyd</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashnodau</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
</context>
<context>
    <name>cpd::SocialFindsTab</name>
    <message>
        <source>Paste a web address or the text of a post</source>
        <translation>Gludwch gyfeiriad gwe neu destun neges</translation>
    </message>
    <message>
        <source>Paste a link or a post&apos;s text, then press Enter</source>
        <translation>Gludwch ddolen neu destun neges, yna pwyswch Enter</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Cipio</translation>
    </message>
    <message>
        <source>Keep the pasted link or text as a find</source>
        <translation>Cadw&apos;r ddolen neu&apos;r testun a ludwyd fel darganfyddiad</translation>
    </message>
    <message>
        <source>&amp;Quick capture:</source>
        <translation>Cipio &amp;cyflym:</translation>
    </message>
    <message>
        <source>Social-media finds</source>
        <translation>Darganfyddiadau ar y cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <source>Import &amp;X/Twitter archive…</source>
        <translation>Mewnforio archif &amp;X/Twitter…</translation>
    </message>
    <message>
        <source>Import posts and likes from an X or Twitter archive zip</source>
        <translation>Mewnforio negeseuon a hoffiadau o ffeil zip archif X neu Twitter</translation>
    </message>
    <message>
        <source>Import &amp;Mastodon archive…</source>
        <translation>Mewnforio archif &amp;Mastodon…</translation>
    </message>
    <message>
        <source>Import posts and boosts from a Mastodon archive zip or outbox.json</source>
        <translation>Mewnforio negeseuon a hwbiau o ffeil zip archif Mastodon neu outbox.json</translation>
    </message>
    <message>
        <source>Import &amp;bookmarks…</source>
        <translation>Mewnforio &amp;nodau tudalen…</translation>
    </message>
    <message>
        <source>Import a browser&apos;s bookmarks HTML file</source>
        <translation>Mewnforio ffeil HTML nodau tudalen porwr</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Delete the selected find</source>
        <translation>Dileu&apos;r darganfyddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Import only X/Twitter posts with these hashtags, comma-separated</source>
        <translation>Mewnforio negeseuon X/Twitter gyda&apos;r hashnodau hyn yn unig, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>e.g. wenurses, AllOurHealth (all when empty)</source>
        <translation>e.e. wenurses, AllOurHealth (y cyfan pan fo&apos;n wag)</translation>
    </message>
    <message>
        <source>Import only X/Twitter posts from this day on, YYYY-MM-DD</source>
        <translation>Mewnforio negeseuon X/Twitter o&apos;r diwrnod hwn ymlaen yn unig, BBBB-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>BBBB-MM-DD (dewisol)</translation>
    </message>
    <message>
        <source>X/Twitter import, only &amp;hashtags:</source>
        <translation>Mewnforio X/Twitter, dim ond yr &amp;hashnodau:</translation>
    </message>
    <message>
        <source>Si&amp;nce:</source>
        <translation>&amp;Ers:</translation>
    </message>
    <message>
        <source>No finds yet. Paste a link above, or import an archive of your posts.</source>
        <translation>Dim darganfyddiadau eto. Gludwch ddolen uchod, neu mewnforiwch archif o&apos;ch negeseuon.</translation>
    </message>
    <message numerus="yes">
        <source>%n find(s).</source>
        <translation>
            <numerusform>%n darganfyddiad.</numerusform>
            <numerusform>%n darganfyddiad.</numerusform>
            <numerusform>%n darganfyddiad.</numerusform>
            <numerusform>%n darganfyddiad.</numerusform>
            <numerusform>%n darganfyddiad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not captured</source>
        <translation>Heb ei gipio</translation>
    </message>
    <message>
        <source>Captured the find.</source>
        <translation>Cipiwyd y darganfyddiad.</translation>
    </message>
    <message>
        <source>Import an X/Twitter archive</source>
        <translation>Mewnforio archif X/Twitter</translation>
    </message>
    <message>
        <source>X/Twitter archive (*.zip)</source>
        <translation>Archif X/Twitter (*.zip)</translation>
    </message>
    <message>
        <source>Import a Mastodon archive</source>
        <translation>Mewnforio archif Mastodon</translation>
    </message>
    <message>
        <source>Mastodon archive (*.zip outbox.json *.json)</source>
        <translation>Archif Mastodon (*.zip outbox.json *.json)</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>Mewnforio nodau tudalen</translation>
    </message>
    <message>
        <source>Bookmarks (*.html *.htm)</source>
        <translation>Nodau tudalen (*.html *.htm)</translation>
    </message>
    <message>
        <source>Import not started</source>
        <translation>Ni ddechreuwyd y mewnforio</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write the first day to import as YYYY-MM-DD, or leave it empty.</source>
        <translation>Nid yw “%1” yn ddyddiad. Ysgrifennwch y diwrnod cyntaf i&apos;w fewnforio fel BBBB-MM-DD, neu gadewch yn wag.</translation>
    </message>
    <message>
        <source>Importing an X/Twitter archive</source>
        <translation>Wrthi&apos;n mewnforio archif X/Twitter</translation>
    </message>
    <message>
        <source>Importing a Mastodon archive</source>
        <translation>Wrthi&apos;n mewnforio archif Mastodon</translation>
    </message>
    <message>
        <source>Importing bookmarks</source>
        <translation>Wrthi&apos;n mewnforio nodau tudalen</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Diddymwyd y mewnforio; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Methodd y mewnforio</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Imported: %1
Already in the journal: %2
Skipped: %3
Errors: %4</source>
        <translation>Mewnforiwyd: %1
Eisoes yn y cyfnodolyn: %2
Hepgorwyd: %3
Gwallau: %4</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…a %n arall.</numerusform>
            <numerusform>…a %n arall.</numerusform>
            <numerusform>…a %n arall.</numerusform>
            <numerusform>…a %n arall.</numerusform>
            <numerusform>…a %n arall.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Mewnforio wedi gorffen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n find(s).</source>
        <translation>
            <numerusform>Mewnforiwyd %n darganfyddiad.</numerusform>
            <numerusform>Mewnforiwyd %n darganfyddiad.</numerusform>
            <numerusform>Mewnforiwyd %n darganfyddiad.</numerusform>
            <numerusform>Mewnforiwyd %n darganfyddiad.</numerusform>
            <numerusform>Mewnforiwyd %n darganfyddiad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete find?</source>
        <translation>Dileu&apos;r darganfyddiad?</translation>
    </message>
    <message>
        <source>Delete this find? Entries keep their links to its address.</source>
        <translation>Dileu&apos;r darganfyddiad hwn? Bydd cofnodion yn cadw eu dolenni i&apos;w gyfeiriad.</translation>
    </message>
    <message>
        <source>Find not deleted</source>
        <translation>Ni ddilëwyd y darganfyddiad</translation>
    </message>
</context>
<context>
    <name>cpd::SpellCheckController</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>Dim awgrymiadau sillafu</translation>
    </message>
    <message>
        <source>&amp;Add &quot;%1&quot; to dictionary</source>
        <translation>&amp;Ychwanegu &quot;%1&quot; at y geiriadur</translation>
    </message>
    <message>
        <source>&amp;Ignore &quot;%1&quot;</source>
        <translation>&amp;Anwybyddu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Correct spelling</source>
        <translation>Sillafu cywir</translation>
    </message>
</context>
<context>
    <name>cpd::SpellChecker</name>
    <message>
        <source>The %1 dictionary in %2 is not UTF-8; spelling is not checked.</source>
        <translation>Nid yw geiriadur %1 yn %2 yn UTF-8; ni wirir y sillafu.</translation>
    </message>
    <message>
        <source>No %1 dictionary was found (looked in %2), so spelling is not checked. Install the hunspell-en-gb package to check spelling.</source>
        <translation>Ni chafwyd hyd i eiriadur %1 (chwiliwyd yn %2), felly ni wirir y sillafu. Gosodwch y pecyn hunspell-en-gb i wirio sillafu.</translation>
    </message>
</context>
<context>
    <name>cpd::StandardsPanel</name>
    <message>
        <source>NMC Code themes</source>
        <translation>Themâu Cod yr NMC</translation>
    </message>
    <message>
        <source>GMP domains (for GP appraisal)</source>
        <translation>Parthau GMP (ar gyfer gwerthusiad meddyg teulu)</translation>
    </message>
</context>
<context>
    <name>cpd::TeamCoverageModel</name>
    <message numerus="yes">
        <source>%1: %n member(s) covering</source>
        <translation>
            <numerusform>%1: %n aelod yn ymdrin ag ef</numerusform>
            <numerusform>%1: %n aelod yn ymdrin ag ef</numerusform>
            <numerusform>%1: %n aelod yn ymdrin ag ef</numerusform>
            <numerusform>%1: %n aelod yn ymdrin ag ef</numerusform>
            <numerusform>%1: %n aelod yn ymdrin ag ef</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) in all, %2 hours</source>
        <translation>
            <numerusform>%1: %n cofnod i gyd, %2 awr</numerusform>
            <numerusform>%1: %n cofnod i gyd, %2 awr</numerusform>
            <numerusform>%1: %n cofnod i gyd, %2 awr</numerusform>
            <numerusform>%1: %n cofnod i gyd, %2 awr</numerusform>
            <numerusform>%1: %n cofnod i gyd, %2 awr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n entry(s), %3 hours</source>
        <translation>
            <numerusform>%1, %2: %n cofnod, %3 awr</numerusform>
            <numerusform>%1, %2: %n cofnod, %3 awr</numerusform>
            <numerusform>%1, %2: %n cofnod, %3 awr</numerusform>
            <numerusform>%1, %2: %n cofnod, %3 awr</numerusform>
            <numerusform>%1, %2: %n cofnod, %3 awr</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
</context>
<context>
    <name>cpd::TeamDashboard</name>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Yn ddyledus cyn bo hir</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Ar y trywydd iawn</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Cyflawn</translation>
    </message>
</context>
<context>
    <name>cpd::TeamExportDialog</name>
    <message>
        <source>Export my summary</source>
        <translation>Allforio fy nghrynodeb</translation>
    </message>
    <message>
        <source>Your manager receives your progress, hours and topics as numbers. Tick only the entries you want them to read in full, reflection included; nothing else of your writing is sent.</source>
        <translation>Mae&apos;ch rheolwr yn cael eich cynnydd, eich oriau a&apos;ch pynciau fel rhifau. Ticiwch dim ond y cofnodion yr ydych am iddo eu darllen yn llawn, gan gynnwys y myfyrdod; ni anfonir dim arall o&apos;ch ysgrifennu.</translation>
    </message>
    <message>
        <source>&amp;Entries to share:</source>
        <translation>&amp;Cofnodion i&apos;w rhannu:</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>Cofnodion i&apos;w rhannu</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current entry</source>
        <translation>Mae Bylchwr yn ticio neu&apos;n dad-dicio&apos;r cofnod presennol</translation>
    </message>
    <message>
        <source>Share &amp;none</source>
        <translation>Rhannu &amp;dim</translation>
    </message>
    <message>
        <source>Share no entries</source>
        <translation>Peidio â rhannu unrhyw gofnod</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>&amp;Cadw&apos;r bwndel…</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Cadw&apos;r bwndel</translation>
    </message>
    <message>
        <source>Could not read your entries: %1</source>
        <translation>Methu darllen eich cofnodion: %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Could not read your signing identity: %1</source>
        <translation>Methu darllen eich hunaniaeth llofnodi: %1</translation>
    </message>
    <message>
        <source>You have no signing key yet: one is made in your system keychain when you save. Read its fingerprint to your manager so they can check your first bundle.</source>
        <translation>Nid oes gennych allwedd llofnodi eto: gwneir un yng nghadwyn allweddi&apos;r system pan fyddwch yn cadw. Darllenwch ei hôl bys i&apos;ch rheolwr er mwyn iddo allu gwirio&apos;ch bwndel cyntaf.</translation>
    </message>
    <message>
        <source>Your key fingerprint (read it to your manager if they ask): %1</source>
        <translation>Ôl bys eich allwedd (darllenwch ef i&apos;ch rheolwr os yw&apos;n gofyn): %1</translation>
    </message>
    <message>
        <source>Save my summary</source>
        <translation>Cadw fy nghrynodeb</translation>
    </message>
    <message>
        <source>Team summary bundles (*.cpdteam)</source>
        <translation>Bwndeli crynodeb tîm (*.cpdteam)</translation>
    </message>
    <message>
        <source>Your signing key could not be made or read in the system keychain, so nothing was saved: %1
Unlock your keyring (or start it) and try again.</source>
        <translation>Methu creu na darllen eich allwedd llofnodi yng nghadwyn allweddi&apos;r system, felly ni chadwyd dim: %1
Datglowch eich cylch allweddi (neu ei ddechrau) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your summary was not saved: %1
If the system keychain is locked or missing, unlock or start it and try again.</source>
        <translation>Ni chadwyd eich crynodeb: %1
Os yw cadwyn allweddi&apos;r system wedi&apos;i chloi neu ar goll, datglowch hi neu ei dechrau a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>cpd::TeamMemberDialog</name>
    <message>
        <source>%1: team summary</source>
        <translation>%1: crynodeb tîm</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, registration %3. Summary %4 made %5; %n entry(s) in all.</source>
        <translation>
            <numerusform>%1, %2, cofrestriad %3. Gwnaed crynodeb %4 ar %5; %n cofnod i gyd.</numerusform>
            <numerusform>%1, %2, cofrestriad %3. Gwnaed crynodeb %4 ar %5; %n cofnod i gyd.</numerusform>
            <numerusform>%1, %2, cofrestriad %3. Gwnaed crynodeb %4 ar %5; %n cofnod i gyd.</numerusform>
            <numerusform>%1, %2, cofrestriad %3. Gwnaed crynodeb %4 ar %5; %n cofnod i gyd.</numerusform>
            <numerusform>%1, %2, cofrestriad %3. Gwnaed crynodeb %4 ar %5; %n cofnod i gyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Summary details</source>
        <translation>Manylion y crynodeb</translation>
    </message>
    <message>
        <source>Parts of the summary</source>
        <translation>Rhannau&apos;r crynodeb</translation>
    </message>
    <message>
        <source>&amp;Requirements</source>
        <translation>&amp;Gofynion</translation>
    </message>
    <message>
        <source>&amp;Hours by month</source>
        <translation>&amp;Oriau fesul mis</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>&amp;Pynciau</translation>
    </message>
    <message>
        <source>&amp;Shared entries (%1)</source>
        <translation>Cofnodion a &amp;rannwyd (%1)</translation>
    </message>
    <message>
        <source>&amp;Notes and sign-off</source>
        <translation>&amp;Nodiadau a chymeradwyo</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Safon</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Gofyniad</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Angen o hyd</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Gofynion</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, erbyn %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 o %2 %3</translation>
    </message>
    <message>
        <source>met</source>
        <translation>wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>heb ei fodloni</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Participatory hours</source>
        <translation>Oriau cyfranogol</translation>
    </message>
    <message>
        <source>Other hours</source>
        <translation>Oriau eraill</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>Hours by month</source>
        <translation>Oriau fesul mis</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Pynciau a gwmpaswyd</translation>
    </message>
    <message>
        <source>Entries shared by %1</source>
        <translation>Cofnodion a rannwyd gan %1</translation>
    </message>
    <message>
        <source>Only the entries the member chose to share are here</source>
        <translation>Dim ond y cofnodion y dewisodd yr aelod eu rhannu sydd yma</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Shared entry</source>
        <translation>Cofnod a rannwyd</translation>
    </message>
    <message>
        <source>%1 shared no entries.</source>
        <translation>Ni rannodd %1 unrhyw gofnod.</translation>
    </message>
    <message>
        <source>Choose an entry to read it.</source>
        <translation>Dewiswch gofnod i&apos;w ddarllen.</translation>
    </message>
    <message>
        <source>%1 · %2 hours · %3</source>
        <translation>%1 · %2 awr · %3</translation>
    </message>
    <message>
        <source>Your no&amp;tes on %1 (kept in your journal only):</source>
        <translation>Eich no&amp;diadau am %1 (wedi&apos;u cadw yn eich cyfnodolyn yn unig):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>Si&amp;gn-offs:</source>
        <translation>Cy&amp;meradwyaethau:</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Cymeradwyaethau</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Wedi&apos;i lofnodi gan</translation>
    </message>
    <message>
        <source>Sign-off comment</source>
        <translation>Sylw&apos;r gymeradwyaeth</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Wedi&apos;i lofnodi &amp;gan:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>S&amp;ylw:</translation>
    </message>
    <message>
        <source>Sign o&amp;ff this summary</source>
        <translation>Cymeradwyo&apos;r crynodeb &amp;hwn</translation>
    </message>
    <message>
        <source>Sign off this summary</source>
        <translation>Cymeradwyo&apos;r crynodeb hwn</translation>
    </message>
    <message>
        <source>Records that you reviewed summary %1</source>
        <translation>Yn cofnodi eich bod wedi adolygu crynodeb %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the notes: %1</source>
        <translation>Methu darllen y nodiadau: %1</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2 (summary %3)</source>
        <translation>Cymeradwywyd gan %1 ar %2 (crynodeb %3)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation>Heb ei gymeradwyo eto.</translation>
    </message>
    <message>
        <source>Could not read the sign-offs: %1</source>
        <translation>Methu darllen y cymeradwyaethau: %1</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Ysgrifennwch y nodyn yn gyntaf.</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Ni chadwyd y nodyn: %1</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <source>Say who is signing off (your name) first.</source>
        <translation>Dywedwch pwy sy&apos;n cymeradwyo (eich enw) yn gyntaf.</translation>
    </message>
    <message>
        <source>The sign-off was not saved: %1</source>
        <translation>Ni chadwyd y gymeradwyaeth: %1</translation>
    </message>
</context>
<context>
    <name>cpd::TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Mewnforio bwndeli…</translation>
    </message>
    <message>
        <source>E&amp;xport my summary…</source>
        <translation>&amp;Allforio fy nghrynodeb…</translation>
    </message>
    <message>
        <source>Team &amp;report (PDF)…</source>
        <translation>Adroddiad &amp;tîm (PDF)…</translation>
    </message>
    <message>
        <source>Import members&apos; signed summary bundles (.cpdteam)</source>
        <translation>Mewnforio bwndeli crynodeb wedi&apos;u llofnodi gan aelodau (.cpdteam)</translation>
    </message>
    <message>
        <source>Save your own signed summary for your manager, sharing only the entries you choose</source>
        <translation>Cadw&apos;ch crynodeb eich hun wedi&apos;i lofnodi i&apos;ch rheolwr, gan rannu dim ond y cofnodion a ddewiswch</translation>
    </message>
    <message>
        <source>Save the team table, coverage, sign-offs and notes as a PDF; no reflections</source>
        <translation>Cadw tabl y tîm, y pynciau a gwmpesir, y cymeradwyaethau a&apos;r nodiadau fel PDF; dim myfyrdodau</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>Where the team&apos;s summaries come from</source>
        <translation>O ble daw crynodebau&apos;r tîm</translation>
    </message>
    <message>
        <source>Imported bundles</source>
        <translation>Bwndeli a fewnforiwyd</translation>
    </message>
    <message>
        <source>The organisation&apos;s server</source>
        <translation>Gweinydd y sefydliad</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Hidlo:</translation>
    </message>
    <message>
        <source>Filter the team</source>
        <translation>Hidlo&apos;r tîm</translation>
    </message>
    <message>
        <source>Name, role, registration or status</source>
        <translation>Enw, rôl, cofrestriad neu statws</translation>
    </message>
    <message>
        <source>Team views</source>
        <translation>Golygon y tîm</translation>
    </message>
    <message>
        <source>Team members, most urgent first</source>
        <translation>Aelodau&apos;r tîm, y mwyaf brys yn gyntaf</translation>
    </message>
    <message>
        <source>Enter or double-click opens the member&apos;s summary</source>
        <translation>Mae Enter neu glicio ddwywaith yn agor crynodeb yr aelod</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>A&amp;elodau</translation>
    </message>
    <message>
        <source>Topic coverage across the team</source>
        <translation>Pynciau a gwmpesir ar draws y tîm</translation>
    </message>
    <message>
        <source>Entries per topic and member; darker cells have more entries</source>
        <translation>Cofnodion fesul pwnc ac aelod; mae gan gelloedd tywyllach fwy o gofnodion</translation>
    </message>
    <message>
        <source>Topic &amp;coverage</source>
        <translation>Pynciau a &amp;gwmpesir</translation>
    </message>
    <message>
        <source>Results of the last import</source>
        <translation>Canlyniadau&apos;r mewnforio diwethaf</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Gweinydd y tîm</translation>
    </message>
    <message>
        <source>This journal has no team server set up.</source>
        <translation>Nid oes gweinydd tîm wedi&apos;i osod ar gyfer y cyfnodolyn hwn.</translation>
    </message>
    <message>
        <source>Could not use the team server, so the imported bundles are shown: %1</source>
        <translation>Methu defnyddio gweinydd y tîm, felly dangosir y bwndeli a fewnforiwyd: %1</translation>
    </message>
    <message>
        <source>Could not read the team&apos;s summaries: %1</source>
        <translation>Methu darllen crynodebau&apos;r tîm: %1</translation>
    </message>
    <message>
        <source>No team summaries yet. Import your team members&apos; bundles (.cpdteam) with Import bundles…</source>
        <translation>Dim crynodebau tîm eto. Mewnforiwch fwndeli aelodau&apos;ch tîm (.cpdteam) gyda Mewnforio bwndeli…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) from %1, as of %2; </source>
        <translation>
            <numerusform>%n aelod o %1, ar %2; </numerusform>
            <numerusform>%n aelod o %1, ar %2; </numerusform>
            <numerusform>%n aelod o %1, ar %2; </numerusform>
            <numerusform>%n aelod o %1, ar %2; </numerusform>
            <numerusform>%n aelod o %1, ar %2; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue or due within 90 days.</source>
        <translation>
            <numerusform>%n yn hwyr neu&apos;n ddyledus o fewn 90 diwrnod.</numerusform>
            <numerusform>%n yn hwyr neu&apos;n ddyledus o fewn 90 diwrnod.</numerusform>
            <numerusform>%n yn hwyr neu&apos;n ddyledus o fewn 90 diwrnod.</numerusform>
            <numerusform>%n yn hwyr neu&apos;n ddyledus o fewn 90 diwrnod.</numerusform>
            <numerusform>%n yn hwyr neu&apos;n ddyledus o fewn 90 diwrnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Wrthi&apos;n mewnforio bwndeli…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Mewnforio bwndeli</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Gwrthodwyd: %1</translation>
    </message>
    <message>
        <source>%1: accepted %2&apos;s summary %3, replacing the older summary %4.</source>
        <translation>%1: derbyniwyd crynodeb %3 %2, yn lle&apos;r crynodeb hŷn %4.</translation>
    </message>
    <message>
        <source>%1: accepted %2&apos;s summary %3.</source>
        <translation>%1: derbyniwyd crynodeb %3 %2.</translation>
    </message>
    <message>
        <source>New member: check this key fingerprint with %1 before relying on it: %2</source>
        <translation>Aelod newydd: gwiriwch ôl bys yr allwedd hon gyda %1 cyn dibynnu arni: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bundle(s)</source>
        <translation>
            <numerusform>Mewnforiwyd %n bwndel</numerusform>
            <numerusform>Mewnforiwyd %n bwndel</numerusform>
            <numerusform>Mewnforiwyd %n bwndel</numerusform>
            <numerusform>Mewnforiwyd %n bwndel</numerusform>
            <numerusform>Mewnforiwyd %n bwndel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n rejected.</source>
        <translation>
            <numerusform>; gwrthodwyd %n.</numerusform>
            <numerusform>; gwrthodwyd %n.</numerusform>
            <numerusform>; gwrthodwyd %n.</numerusform>
            <numerusform>; gwrthodwyd %n.</numerusform>
            <numerusform>; gwrthodwyd %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import team bundles</source>
        <translation>Mewnforio bwndeli tîm</translation>
    </message>
    <message>
        <source>Team summary bundles (*.cpdteam);;All files (*)</source>
        <translation>Bwndeli crynodeb tîm (*.cpdteam);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Save the team report</source>
        <translation>Cadw adroddiad y tîm</translation>
    </message>
    <message>
        <source>team-report-%1.pdf</source>
        <translation>adroddiad-tim-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Adroddiad tîm</translation>
    </message>
    <message>
        <source>The team report was not saved: %1</source>
        <translation>Ni chadwyd adroddiad y tîm: %1</translation>
    </message>
    <message>
        <source>Team report saved to %1.</source>
        <translation>Cadwyd adroddiad y tîm yn %1.</translation>
    </message>
    <message>
        <source>Your signed summary was saved; send it to your manager.</source>
        <translation>Cadwyd eich crynodeb wedi&apos;i lofnodi; anfonwch ef at eich rheolwr.</translation>
    </message>
    <message>
        <source>Could not read the summary: %1</source>
        <translation>Methu darllen y crynodeb: %1</translation>
    </message>
    <message>
        <source>That member&apos;s summary is no longer there.</source>
        <translation>Nid yw crynodeb yr aelod hwnnw yno mwyach.</translation>
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation>Wedi&apos;i gadw yn eich cyfnodolyn.</translation>
    </message>
</context>
<context>
    <name>cpd::TeamTableModel</name>
    <message>
        <source>%1 of %2 %3, %4</source>
        <translation>%1 o %2 %3, %4</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nid oes ei angen</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>dim dyddiad cau</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
            <numerusform>%n diwrnod yn hwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Cofrestriad</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Dyddiad cau nesaf</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Diwrnodau ar ôl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cpd::TopicCoverageModel</name>
    <message>
        <source>This topic is not in the current catalogue; its entries keep it.</source>
        <translation>Nid yw&apos;r pwnc hwn yn y catalog presennol; mae ei gofnodion yn ei gadw.</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (wedi&apos;i dynnu&apos;n ôl)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Pynciau a gwmpaswyd</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln topics</source>
        <translation>
            <numerusform>%1 o %Ln pwnc</numerusform>
            <numerusform>%1 o %Ln pwnc</numerusform>
            <numerusform>%1 o %Ln pwnc</numerusform>
            <numerusform>%1 o %Ln pwnc</numerusform>
            <numerusform>%1 o %Ln pwnc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::TopicMappingPanel</name>
    <message>
        <source>Topics of this entry</source>
        <translation>Pynciau&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Level of action</source>
        <translation>Lefel gweithredu</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Ychwanegu pwnc</translation>
    </message>
    <message>
        <source>Add a topic…</source>
        <translation>Ychwanegu pwnc…</translation>
    </message>
    <message>
        <source>Suggested from what you wrote:</source>
        <translation>Awgrymiadau o&apos;r hyn a ysgrifennoch:</translation>
    </message>
    <message>
        <source>Suggested topics</source>
        <translation>Pynciau a awgrymwyd</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (wedi&apos;i dynnu&apos;n ôl)</translation>
    </message>
    <message>
        <source>This topic is not in the current catalogue. The entry keeps it.</source>
        <translation>Nid yw&apos;r pwnc hwn yn y catalog presennol. Mae&apos;r cofnod yn ei gadw.</translation>
    </message>
    <message>
        <source>Level of action for %1</source>
        <translation>Lefel gweithredu ar gyfer %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
    <message>
        <source>Add %1 (Alt+%2)</source>
        <translation>Ychwanegu %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Add suggested topic %1</source>
        <translation>Ychwanegu&apos;r pwnc a awgrymwyd %1</translation>
    </message>
    <message>
        <source>Suggested because of: %1</source>
        <translation>Awgrymwyd oherwydd: %1</translation>
    </message>
    <message>
        <source>Matched words for %1</source>
        <translation>Geiriau a gyfatebodd ar gyfer %1</translation>
    </message>
    <message>
        <source>Not this</source>
        <translation>Nid hwn</translation>
    </message>
    <message>
        <source>Dismiss suggested topic %1</source>
        <translation>Gwrthod y pwnc a awgrymwyd %1</translation>
    </message>
</context>
<context>
    <name>cpd::TopicsPage</name>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>Last 3 years (revalidation)</source>
        <translation>Y 3 blynedd diwethaf (ailddilysu)</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Pob adeg</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dyddiadau a ddewiswyd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Show hours by</source>
        <translation>Dangos oriau fesul</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Level of action</source>
        <translation>Lefel gweithredu</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Unrhyw lefel</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Gan:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Lefel:</translation>
    </message>
    <message>
        <source>Coverage summary</source>
        <translation>Crynodeb o&apos;r cwmpas</translation>
    </message>
    <message>
        <source>Hours per topic chart</source>
        <translation>Siart oriau fesul pwnc</translation>
    </message>
    <message>
        <source>Coverage table</source>
        <translation>Tabl cwmpas</translation>
    </message>
    <message>
        <source>Topics not covered in this period</source>
        <translation>Pynciau heb eu cwmpasu yn y cyfnod hwn</translation>
    </message>
    <message>
        <source>Choose a topic to see its entries.</source>
        <translation>Dewiswch bwnc i weld ei gofnodion.</translation>
    </message>
    <message>
        <source>Entries for the chosen topic</source>
        <translation>Cofnodion ar gyfer y pwnc a ddewiswyd</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Dangos yn y &amp;cyfnodolyn</translation>
    </message>
    <message>
        <source>Show these entries in the journal</source>
        <translation>Dangos y cofnodion hyn yn y cyfnodolyn</translation>
    </message>
    <message>
        <source>Not covered in this period</source>
        <translation>Heb ei gwmpasu yn y cyfnod hwn</translation>
    </message>
    <message>
        <source>%1 of %2 entries in this period are mapped to a topic; %3 of %4 topics covered.</source>
        <translation>Mae %1 o&apos;r %2 cofnod yn y cyfnod hwn wedi&apos;u mapio i bwnc; %3 o&apos;r %4 pwnc wedi&apos;u cwmpasu.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Hours per topic</source>
        <translation>Oriau fesul pwnc</translation>
    </message>
    <message>
        <source>Hours per group</source>
        <translation>Oriau fesul grŵp</translation>
    </message>
    <message>
        <source>Entries for %1</source>
        <translation>Cofnodion ar gyfer %1</translation>
    </message>
</context>
<context>
    <name>cpd::TrashPage</name>
    <message>
        <source>Trash</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Entries in the trash</source>
        <translation>Cofnodion yn y bin</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>Restore the selected entry to the journal</source>
        <translation>Adfer y cofnod a ddewiswyd i&apos;r cyfnodolyn</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Dileu am byth…</translation>
    </message>
    <message>
        <source>Delete the selected entry for good</source>
        <translation>Dileu&apos;r cofnod a ddewiswyd am byth</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Gwagio&apos;r bin…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Gwagio&apos;r bin</translation>
    </message>
    <message>
        <source>The trash is empty. Entries you delete wait here until you restore them or delete them for good.</source>
        <translation>Mae&apos;r bin yn wag. Mae cofnodion rydych yn eu dileu yn aros yma nes i chi eu hadfer neu eu dileu am byth.</translation>
    </message>
    <message>
        <source>%1 in the trash. Restore an entry to put it back in the journal.</source>
        <translation>%1 yn y bin. Adferwch gofnod i&apos;w roi&apos;n ôl yn y cyfnodolyn.</translation>
    </message>
    <message>
        <source>Restored the entry to the journal.</source>
        <translation>Adferwyd y cofnod i&apos;r cyfnodolyn.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Dileu am byth</translation>
    </message>
    <message>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>Dileu “%1” am byth? Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>Deleted “%1” for good.</source>
        <translation>Dilëwyd “%1” am byth.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Gwagio&apos;r bin</translation>
    </message>
    <message>
        <source>Emptied the trash.</source>
        <translation>Gwagiwyd y bin.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln entries in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Dileu pob un o&apos;r %Ln cofnod yn y bin am byth? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu pob un o&apos;r %Ln cofnod yn y bin am byth? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu pob un o&apos;r %Ln cofnod yn y bin am byth? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu pob un o&apos;r %Ln cofnod yn y bin am byth? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu pob un o&apos;r %Ln cofnod yn y bin am byth? Ni ellir dadwneud hyn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpd::TweetChatsTab</name>
    <message>
        <source>Suggested tweet chats</source>
        <translation>Sgyrsiau trydar a awgrymwyd</translation>
    </message>
    <message>
        <source>Posts in the selected chat</source>
        <translation>Negeseuon yn y sgwrs a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Derbyn</translation>
    </message>
    <message>
        <source>Create a participatory entry from the selected chat</source>
        <translation>Creu cofnod cyfranogol o&apos;r sgwrs a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Edit and accept…</source>
        <translation>&amp;Golygu a derbyn…</translation>
    </message>
    <message>
        <source>Edit the entry for the selected chat, then create it</source>
        <translation>Golygu&apos;r cofnod ar gyfer y sgwrs a ddewiswyd, yna ei greu</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hepgor</translation>
    </message>
    <message>
        <source>Discard the selected chat suggestion</source>
        <translation>Hepgor yr awgrym sgwrs a ddewiswyd</translation>
    </message>
    <message>
        <source>No tweet chats to suggest. Posts that share a chat hashtag (such as #WeNurses) within one evening appear here as participatory CPD.</source>
        <translation>Dim sgyrsiau trydar i&apos;w hawgrymu. Mae negeseuon sy&apos;n rhannu hashnod sgwrs (fel #WeNurses) o fewn un noson yn ymddangos yma fel DPP gyfranogol.</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) found among your finds. Accept one to record it as participatory CPD.</source>
        <translation>
            <numerusform>Daethpwyd o hyd i %n sgwrs ymhlith eich darganfyddiadau. Derbyniwch un i&apos;w chofnodi fel DPP gyfranogol.</numerusform>
            <numerusform>Daethpwyd o hyd i %n sgwrs ymhlith eich darganfyddiadau. Derbyniwch un i&apos;w chofnodi fel DPP gyfranogol.</numerusform>
            <numerusform>Daethpwyd o hyd i %n sgwrs ymhlith eich darganfyddiadau. Derbyniwch un i&apos;w chofnodi fel DPP gyfranogol.</numerusform>
            <numerusform>Daethpwyd o hyd i %n sgwrs ymhlith eich darganfyddiadau. Derbyniwch un i&apos;w chofnodi fel DPP gyfranogol.</numerusform>
            <numerusform>Daethpwyd o hyd i %n sgwrs ymhlith eich darganfyddiadau. Derbyniwch un i&apos;w chofnodi fel DPP gyfranogol.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat not accepted</source>
        <translation>Ni dderbyniwyd y sgwrs</translation>
    </message>
    <message>
        <source>Added “%1” to the journal.</source>
        <translation>Ychwanegwyd “%1” at y cyfnodolyn.</translation>
    </message>
    <message>
        <source>Chat not discarded</source>
        <translation>Ni hepgorwyd y sgwrs</translation>
    </message>
    <message>
        <source>Discarded the suggestion.</source>
        <translation>Hepgorwyd yr awgrym.</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
</context>
<context>
    <name>cpd::WelcomePage</name>
    <message>
        <source>Welcome to your CPD journal</source>
        <translation>Croeso i&apos;ch cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>Write down what you learn as it happens: a course, a patient case, a piece of feedback. Reflect on it with the NMC form or a model you like, and it is ready for revalidation or appraisal when you need it.

Your journal stays on this computer.</source>
        <translation>Nodwch yr hyn a ddysgwch wrth iddo ddigwydd: cwrs, achos claf, darn o adborth. Myfyriwch arno gyda ffurflen yr NMC neu fodel sy&apos;n apelio atoch, ac mae&apos;n barod ar gyfer ailddilysu neu werthusiad pan fydd ei angen arnoch.

Mae eich cyfnodolyn yn aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Write your first entry</source>
        <translation>Ysgrifennu eich cofnod cyntaf</translation>
    </message>
    <message>
        <source>Open a sample journal</source>
        <translation>Agor cyfnodolyn enghreifftiol</translation>
    </message>
    <message>
        <source>Opens a separate journal of made-up entries to try things out. Your own journal is not touched.</source>
        <translation>Yn agor cyfnodolyn ar wahân o gofnodion dychmygol i roi cynnig ar bethau. Ni chyffyrddir â&apos;ch cyfnodolyn eich hun.</translation>
    </message>
    <message>
        <source>The sample journal is a separate file: nothing from it is mixed into your own journal.</source>
        <translation>Ffeil ar wahân yw&apos;r cyfnodolyn enghreifftiol: nid oes dim ohono&apos;n cael ei gymysgu â&apos;ch cyfnodolyn eich hun.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reflective CPD journal for health professionals.</source>
        <translation>Cyfnodolyn DPP myfyriol i weithwyr iechyd proffesiynol.</translation>
    </message>
    <message>
        <source>The journal file (default: $CPDJOURNAL_DB, then %1).</source>
        <translation>Ffeil y cyfnodolyn (rhagosodiad: $CPDJOURNAL_DB, yna %1).</translation>
    </message>
    <message>
        <source>Once the window has painted, save a picture of it to FILE and quit.</source>
        <translation>Ar ôl i&apos;r ffenestr gael ei pheintio, cadw llun ohoni yn FFEIL a gadael.</translation>
    </message>
    <message>
        <source>Quit once the window has painted, printing first-paint-ms (benchmarks).</source>
        <translation>Gadael ar ôl i&apos;r ffenestr gael ei pheintio, gan argraffu first-paint-ms (meincnodau).</translation>
    </message>
    <message>
        <source>CPD Journal</source>
        <translation>Cyfnodolyn DPP</translation>
    </message>
    <message>
        <source>The journal %1 could not be opened.

%2</source>
        <translation>Methu agor y cyfnodolyn %1.

%2</translation>
    </message>
    <message>
        <source>Show this area first: journal, trash, topics, evidence or revalidation.</source>
        <translation>Dangos yr adran hon yn gyntaf: journal, trash, topics, evidence neu revalidation.</translation>
    </message>
    <message>
        <source>Open the entry with this id in the editor.</source>
        <translation>Agor y cofnod â&apos;r id hwn yn y golygydd.</translation>
    </message>
</context>
</TS>
