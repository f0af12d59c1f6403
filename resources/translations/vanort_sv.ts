<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vänort</source>
        <translation>Om Vänort</translation>
    </message>
    <message>
        <source>The register of the municipality&apos;s twin towns, agreements, trips and decisions.</source>
        <translation>Registret över kommunens vänorter, avtal, resor och beslut.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ingen öppen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Loggfil</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Öppna datamappen</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Network meetings, activities and trips of the period, and grants.</source>
        <translation>Periodens vänortsmöten, aktiviteter och resor samt bidrag.</translation>
    </message>
    <message>
        <source>Your comment on the activities (may be left empty)</source>
        <translation>Din kommentar till aktiviteterna (kan lämnas tom)</translation>
    </message>
    <message>
        <source>Grants:</source>
        <translation>Bidrag:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Town or host</source>
        <translation>Ort eller värd</translation>
    </message>
    <message>
        <source>Place or area</source>
        <translation>Plats eller område</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Found in the register; add your comment below.</source>
        <translation>Hämtat ur registret; skriv din kommentar nedan.</translation>
    </message>
    <message>
        <source>Your comment on the agreements (may be left empty)</source>
        <translation>Din kommentar till avtalen (kan lämnas tom)</translation>
    </message>
    <message>
        <source>No municipal agreements between the twin towns are recorded.</source>
        <translation>Inga kommunala avtal mellan vänorterna finns registrerade.</translation>
    </message>
    <message>
        <source>No agreement between the municipalities is recorded for %1.</source>
        <translation>Inget avtal mellan kommunerna finns registrerat för %1.</translation>
    </message>
    <message>
        <source>Every included twinning has an agreement.</source>
        <translation>Alla vänortsförbindelser som ingår har ett avtal.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>The status of each twinning as the register shows it, your judgement beside it; write your conclusions below.</source>
        <translation>Varje vänortsförbindelses status enligt registret, med din bedömning bredvid; skriv dina slutsatser nedan.</translation>
    </message>
    <message>
        <source>&amp;Conclusions:</source>
        <translation>&amp;Slutsatser:</translation>
    </message>
    <message>
        <source>Twin town</source>
        <translation>Vänort</translation>
    </message>
    <message>
        <source>Municipal level</source>
        <translation>Kommunal nivå</translation>
    </message>
    <message>
        <source>Civil level</source>
        <translation>Civil nivå</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
</context>
<context>
    <name>AppendixPage</name>
    <message>
        <source>A page of facts per twin town, and attachments to append.</source>
        <translation>En faktasida per vänort, och bilagor att foga till rapporten.</translation>
    </message>
    <message>
        <source>A &amp;fact sheet for each twin town</source>
        <translation>Ett &amp;faktablad för varje vänort</translation>
    </message>
    <message>
        <source>Append these attachments:</source>
        <translation>Foga till dessa bilagor:</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>följande argument saknas: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ett värde saknas</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>högst ett värde får anges</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>minst ett värde behövs</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s värde behövs</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s värden behövs</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt alternativ: %(option)s kan vara %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>får inte användas tillsammans med %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s behövs</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>värdet %r kan inte anges här</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>okänt kommando %(parser_name)r (välj bland: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan inte öppna &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>oväntat alternativ: %s</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attachments can only be kept for a database file, not for a database server.</source>
        <translation>Bilagor kan bara sparas för en databasfil, inte för en databasserver.</translation>
    </message>
    <message>
        <source>%1 is a link to another place (%2); attachments are kept only in the folder beside the database. Replace the link with a real folder.</source>
        <translation>%1 är en länk till en annan plats (%2). Bilagor sparas bara i mappen bredvid databasen; ersätt länken med en riktig mapp.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be attached.</source>
        <translation>%1 är inte en fil som kan bifogas.</translation>
    </message>
    <message>
        <source>The file could not be copied: %1</source>
        <translation>Filen kunde inte kopieras: %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a register on a server keeps per file.</source>
        <translation>%1 är större än %2 MB, som är den största fil ett register på en server kan spara.</translation>
    </message>
    <message>
        <source>The attachment %1 has a stored name that is not allowed.</source>
        <translation>Bilagan %1 har ett lagrat filnamn som inte är tillåtet.</translation>
    </message>
    <message>
        <source>The file of %1 is no longer in the removed files.</source>
        <translation>Filen till %1 finns inte längre bland de borttagna filerna.</translation>
    </message>
    <message>
        <source>The record %1 belonged to no longer exists.</source>
        <translation>Posten som %1 hörde till finns inte längre.</translation>
    </message>
    <message>
        <source>The attachment no longer exists; someone may have removed it.</source>
        <translation>Bilagan finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Files can only be attached in a database file.</source>
        <translation>Filer kan bara bifogas i en databasfil.</translation>
    </message>
    <message>
        <source>Save the record first; then files can be attached to it.</source>
        <translation>Spara posten först; sedan kan du bifoga filer till den.</translation>
    </message>
    <message>
        <source>Drop files here or press Add. They are kept in the database on the server.</source>
        <translation>Släpp filer här eller klicka på Lägg till. De sparas i databasen på servern.</translation>
    </message>
    <message>
        <source>Drop files here or press Add. They are copied into %1.</source>
        <translation>Släpp filer här eller klicka på Lägg till. De kopieras till %1.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Öppna bilaga</translation>
    </message>
    <message>
        <source>The file is missing from the attachments folder:
%1</source>
        <translation>Filen saknas i mappen för bilagor:
%1</translation>
    </message>
    <message>
        <source>No program on this computer could open %1.</source>
        <translation>Inget program på den här datorn kunde öppna %1.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Ta bort bilaga</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? The file is moved to the subfolder .removed of the attachments folder.</source>
        <translation>Vill du ta bort ”%1” från posten? Filen flyttas till undermappen .removed i mappen för bilagor.</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>daily backup</source>
        <translation>daglig säkerhetskopia</translation>
    </message>
    <message>
        <source>before an upgrade of the database</source>
        <translation>före en uppgradering av databasen</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>saved by hand</source>
        <translation>sparad manuellt</translation>
    </message>
    <message>
        <source>This works only for a database file; a database server keeps its own backups.</source>
        <translation>Det här fungerar bara för en databasfil; en databasserver sköter sina egna säkerhetskopior.</translation>
    </message>
    <message>
        <source>A copy cannot replace the database it is a copy of.</source>
        <translation>En kopia kan inte ersätta den databas som den är en kopia av.</translation>
    </message>
    <message>
        <source>The copy at %1 did not pass the check; the database stayed where it was.</source>
        <translation>Kopian i %1 klarade inte kontrollen; databasen ligger kvar där den låg.</translation>
    </message>
</context>
<context>
    <name>Cells</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>created</source>
        <translation>skapad</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>återställd</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importerad</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>sammanslagen</translation>
    </message>
    <message>
        <source>disposed of</source>
        <translation>gallrad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Mapping report</source>
        <translation>Kartläggning</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
</context>
<context>
    <name>ChangeLogPage</name>
    <message>
        <source>Search the change log (Ctrl+F)</source>
        <translation>Sök i ändringsloggen (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Choose a change to see what it was.</source>
        <translation>Välj en ändring för att se vad den innebar.</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Öppna posten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>CheckDatabase</name>
    <message>
        <source>Check the database</source>
        <translation>Kontrollera databasen</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Kontrollerar databasen…</translation>
    </message>
    <message>
        <source>The database is whole: no problems were found.</source>
        <translation>Databasen är hel: inga problem hittades.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s). Restore a backup from before they appeared (File ▸ Restore from a backup) or ask for help.</source>
        <translation>
            <numerusform>Kontrollen hittade %n problem. Återställ en säkerhetskopia från tiden innan det uppstod (Arkiv ▸ Återställ från en säkerhetskopia) eller be om hjälp.</numerusform>
            <numerusform>Kontrollen hittade %n problem. Återställ en säkerhetskopia från tiden innan de uppstod (Arkiv ▸ Återställ från en säkerhetskopia) eller be om hjälp.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>Databasen kunde inte kontrolleras: %1</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>city</source>
        <translation>stad</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>village</source>
        <translation>by</translation>
    </message>
    <message>
        <source>community</source>
        <translation>samhälle</translation>
    </message>
    <message>
        <source>twin town</source>
        <translation>vänort</translation>
    </message>
    <message>
        <source>partner town</source>
        <translation>partnerstad</translation>
    </message>
    <message>
        <source>friendship town</source>
        <translation>vänskapsort</translation>
    </message>
    <message>
        <source>municipal partnership</source>
        <translation>kommunalt partnerskap</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>sporadic</source>
        <translation>sporadisk</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>vilande</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nystartad</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>upphört</translation>
    </message>
    <message>
        <source>final</source>
        <translation>slutlig</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>väntar på godkännande</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>done</source>
        <translation>genomförd</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>återrapporterad</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>inställd</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>möte</translation>
    </message>
    <message>
        <source>seminar</source>
        <translation>seminarium</translation>
    </message>
    <message>
        <source>association</source>
        <translation>förening</translation>
    </message>
    <message>
        <source>local branch</source>
        <translation>lokalavdelning</translation>
    </message>
    <message>
        <source>school</source>
        <translation>skola</translation>
    </message>
    <message>
        <source>club</source>
        <translation>klubb</translation>
    </message>
    <message>
        <source>company</source>
        <translation>företag</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>nämnd</translation>
    </message>
    <message>
        <source>department</source>
        <translation>förvaltning</translation>
    </message>
    <message>
        <source>municipal company</source>
        <translation>kommunalt bolag</translation>
    </message>
    <message>
        <source>other</source>
        <translation>övrigt</translation>
    </message>
    <message>
        <source>twinning agreement</source>
        <translation>vänortsavtal</translation>
    </message>
    <message>
        <source>cooperation agreement</source>
        <translation>samarbetsavtal</translation>
    </message>
    <message>
        <source>memorandum of understanding</source>
        <translation>överenskommelse</translation>
    </message>
    <message>
        <source>letter of intent</source>
        <translation>avsiktsförklaring</translation>
    </message>
    <message>
        <source>municipal council</source>
        <translation>kommunfullmäktige</translation>
    </message>
    <message>
        <source>municipal executive board</source>
        <translation>kommunstyrelsen</translation>
    </message>
    <message>
        <source>executive board&apos;s working committee</source>
        <translation>kommunstyrelsens arbetsutskott</translation>
    </message>
    <message>
        <source>council presidium</source>
        <translation>KF:s presidium</translation>
    </message>
    <message>
        <source>official meeting</source>
        <translation>officiellt möte</translation>
    </message>
    <message>
        <source>school exchange</source>
        <translation>skolutbyte</translation>
    </message>
    <message>
        <source>culture</source>
        <translation>kultur</translation>
    </message>
    <message>
        <source>sports</source>
        <translation>idrott</translation>
    </message>
    <message>
        <source>business</source>
        <translation>näringsliv</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategi</translation>
    </message>
    <message>
        <source>guidelines</source>
        <translation>riktlinjer</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>regler</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behålla</translation>
    </message>
    <message>
        <source>develop</source>
        <translation>utveckla</translation>
    </message>
    <message>
        <source>end</source>
        <translation>avsluta</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>fortsätta</translation>
    </message>
    <message>
        <source>youth sports</source>
        <translation>ungdomsidrott</translation>
    </message>
    <message>
        <source>music</source>
        <translation>musik</translation>
    </message>
    <message>
        <source>art</source>
        <translation>konst</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>ungdom</translation>
    </message>
    <message>
        <source>democracy</source>
        <translation>demokrati</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>miljö</translation>
    </message>
    <message>
        <source>urban planning</source>
        <translation>samhällsplanering</translation>
    </message>
    <message>
        <source>municipal technology</source>
        <translation>kommunalteknik</translation>
    </message>
    <message>
        <source>social care</source>
        <translation>omsorg</translation>
    </message>
    <message>
        <source>tourism</source>
        <translation>turism</translation>
    </message>
    <message>
        <source>municipalities answering a survey</source>
        <translation>kommuner som svarat på en enkät</translation>
    </message>
    <message>
        <source>municipalities with Nordic twin towns</source>
        <translation>kommuner med nordiska vänorter</translation>
    </message>
    <message>
        <source>Nordic twin towns in all</source>
        <translation>nordiska vänorter totalt</translation>
    </message>
    <message>
        <source>decrease since the previous survey</source>
        <translation>minskning sedan förra undersökningen</translation>
    </message>
    <message>
        <source>share of active twinnings</source>
        <translation>andel aktiva vänortsförbindelser</translation>
    </message>
    <message>
        <source>share of dormant twinnings</source>
        <translation>andel vilande vänortsförbindelser</translation>
    </message>
    <message>
        <source>share of sporadic twinnings</source>
        <translation>andel sporadiska vänortsförbindelser</translation>
    </message>
    <message>
        <source>twinnings in Europe</source>
        <translation>vänortsförbindelser i Europa</translation>
    </message>
    <message>
        <source>EU programme funding twinning</source>
        <translation>EU-program som finansierar vänortsarbete</translation>
    </message>
</context>
<context>
    <name>Colleagues</name>
    <message>
        <source>Deleted by %1 at %2.</source>
        <translation>Borttagen av %1 kl. %2.</translation>
    </message>
    <message>
        <source>Changed by %1 at %2: %3.</source>
        <translation>Ändrad av %1 kl. %2: %3.</translation>
    </message>
    <message>
        <source>Changed by %1 at %2.</source>
        <translation>Ändrad av %1 kl. %2.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Which column holds what?</source>
        <translation>Vilken kolumn innehåller vad?</translation>
    </message>
    <message>
        <source>Suggest from the &amp;headings</source>
        <translation>Föreslå utifrån &amp;rubrikerna</translation>
    </message>
    <message>
        <source>Choose a column for each field of %1; fields marked * are needed.</source>
        <translation>Välj en kolumn för varje fält när du importerar %1; fält markerade med * måste fyllas i.</translation>
    </message>
    <message>
        <source>The columns used last time for a file with the same headings.</source>
        <translation>Kolumnerna som användes senast för en fil med samma rubriker.</translation>
    </message>
    <message>
        <source>Suggested from the column headings.</source>
        <translation>Föreslaget utifrån kolumnrubrikerna.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>(the same on every row)</source>
        <translation>(samma på varje rad)</translation>
    </message>
    <message>
        <source>the value for every row</source>
        <translation>värdet för varje rad</translation>
    </message>
    <message>
        <source>Write the value of %1 for every row.</source>
        <translation>Skriv värdet för %1 som ska gälla varje rad.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Save a backup copy of a database file.</source>
        <translation>Spara en säkerhetskopia av en databasfil.</translation>
    </message>
    <message>
        <source>Where to write the copy (a new file, or a folder); without it the copy goes to the program&apos;s backups folder.</source>
        <translation>Var kopian ska skrivas (en ny fil eller en mapp); utan den hamnar kopian i programmets mapp för säkerhetskopior.</translation>
    </message>
    <message>
        <source>Put a backup back in place of a database; the current state is backed up first.</source>
        <translation>Återställ en databas från en säkerhetskopia; det nuvarande läget säkerhetskopieras först.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Säkerhetskopian som ska återställas.</translation>
    </message>
    <message>
        <source>Save what can still be read from a damaged database into a new file.</source>
        <translation>Spara det som fortfarande går att läsa ur en skadad databas i en ny fil.</translation>
    </message>
    <message>
        <source>The new file to write (it must not exist).</source>
        <translation>Den nya filen som ska skrivas (den får inte finnas).</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Säkerhetskopierade %1 till %2.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Återställde %1 från %2.</translation>
    </message>
    <message>
        <source>The database as it was before is saved in %1.</source>
        <translation>Databasen som den såg ut innan är sparad i %1.</translation>
    </message>
    <message>
        <source>Say where the copy of the server goes with --to FILE.</source>
        <translation>Ange med --to FIL var kopian av servern ska sparas.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 into %3.</source>
        <translation>Kopierade %1 rader från %2 till %3.</translation>
    </message>
    <message>
        <source>Loaded %1 rows from %2 into %3.</source>
        <translation>Läste in %1 rader från %2 till %3.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) from %1 into %2.</source>
        <translation>
            <numerusform>Sparade %n rad från %1 i %2.</numerusform>
            <numerusform>Sparade %n rader från %1 i %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: rows saved: %2; rows that could not be read: %3.</source>
        <translation>  %1: sparade rader: %2; rader som inte gick att läsa: %3.</translation>
    </message>
    <message>
        <source>  %1: nothing could be read.</source>
        <translation>  %1: ingenting gick att läsa.</translation>
    </message>
    <message>
        <source>%1 saved rows refer to a record that was lost; check them after opening.</source>
        <translation>%1 sparade rader hänvisar till en post som gick förlorad; kontrollera dem när databasen har öppnats.</translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation>Ingenting gick förlorat.</translation>
    </message>
    <message>
        <source>Check a database file for damage and show its schema revision and contents.</source>
        <translation>Kontrollera en databasfil efter skador och visa dess schemaversion och innehåll.</translation>
    </message>
    <message>
        <source>The database to check, instead of --database.</source>
        <translation>Databasen som ska kontrolleras, i stället för --database.</translation>
    </message>
    <message>
        <source>Home municipality: %1</source>
        <translation>Hemkommun: %1</translation>
    </message>
    <message>
        <source>Home municipality: none is marked, so the rules on trips to twin towns, hosting and grants cannot be applied; mark the municipality&apos;s own town as home.</source>
        <translation>Hemkommun: ingen är angiven, så reglerna om resor till vänorter, värdskap och bidrag kan inte tillämpas; markera kommunens egen ort som hemkommun.</translation>
    </message>
    <message>
        <source>Rules: the stored rules cannot be read; defaults apply.</source>
        <translation>Regler: de sparade reglerna går inte att läsa; standardvärdena gäller.</translation>
    </message>
    <message>
        <source>The municipality&apos;s own rules:</source>
        <translation>Kommunens egna regler:</translation>
    </message>
    <message>
        <source>The municipality&apos;s own rules: none (universal reminders only).</source>
        <translation>Kommunens egna regler: inga (bara de allmänna påminnelserna).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Schema revision: %1 (it will be upgraded to %2 when opened)</source>
        <translation>Schemaversion: %1 (uppgraderas till %2 när databasen öppnas)</translation>
    </message>
    <message>
        <source>Schema revision: %1 (the current one)</source>
        <translation>Schemaversion: %1 (den aktuella)</translation>
    </message>
    <message numerus="yes">
        <source>Integrity check: %n problem(s):</source>
        <translation>
            <numerusform>Integritetskontroll: %n problem:</numerusform>
            <numerusform>Integritetskontroll: %n problem:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database %1 has %n problem(s); see the list above.</source>
        <translation>
            <numerusform>Databasen %1 har %n problem; se listan ovan.</numerusform>
            <numerusform>Databasen %1 har %n problem; se listan ovan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema and references: no problems found.</source>
        <translation>Schema och hänvisningar: inga problem hittades.</translation>
    </message>
    <message>
        <source>Integrity check: %1 problem(s):</source>
        <translation>Integritetskontroll: %1 problem:</translation>
    </message>
    <message>
        <source>The database %1 has %2 problem(s); see the list above.</source>
        <translation>Databasen %1 har %2 problem; se listan ovan.</translation>
    </message>
    <message>
        <source>Integrity check: no problems found.</source>
        <translation>Integritetskontroll: inga problem hittades.</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Poster:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Användning:</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>alternativ</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Visa den här hjälpen och avsluta.</translation>
    </message>
    <message>
        <source>The database file (or a database server&apos;s URL).</source>
        <translation>Databasfilen (eller en databasservers URL).</translation>
    </message>
    <message>
        <source>The language of messages: sv (Swedish) or en (English).</source>
        <translation>Språket för meddelanden: sv (svenska) eller en (engelska).</translation>
    </message>
    <message>
        <source>Name the database with --database PATH.</source>
        <translation>Ange databasen med --database PATH.</translation>
    </message>
    <message>
        <source>This command works on a database file, not on a database server.</source>
        <translation>Det här kommandot fungerar bara på en databasfil, inte på en databasserver.</translation>
    </message>
    <message>
        <source>Create a new, empty database.</source>
        <translation>Skapa en ny, tom databas.</translation>
    </message>
    <message>
        <source>Where to create it; an existing file is never replaced.</source>
        <translation>Var den ska skapas; en befintlig fil ersätts aldrig.</translation>
    </message>
    <message>
        <source>The municipality&apos;s name, for example Vänersborgs kommun.</source>
        <translation>Kommunens namn, till exempel Vänersborgs kommun.</translation>
    </message>
    <message>
        <source>The home town to mark (default: read from the municipality&apos;s name, Vänersborgs kommun giving Vänersborg).</source>
        <translation>Orten som ska markeras som hemkommun (standard: läses ut ur kommunens namn, Vänersborgs kommun ger Vänersborg).</translation>
    </message>
    <message>
        <source>The home town&apos;s country code (default SE).</source>
        <translation>Hemortens landskod (standard SE).</translation>
    </message>
    <message>
        <source>The municipality&apos;s own rules (trip approval by the executive board is on, the others are off unless given)</source>
        <translation>Kommunens egna regler (godkännande av resor i kommunstyrelsen är påslaget, de övriga är avstängda om de inte anges)</translation>
    </message>
    <message>
        <source>Trips to twin towns are approved by this body (default kommunstyrelsen).</source>
        <translation>Resor till vänorter godkänns av detta organ (standard kommunstyrelsen).</translation>
    </message>
    <message>
        <source>Trips need no approving decision: the municipality&apos;s rules do not ask for one.</source>
        <translation>Resor behöver inget beslut om godkännande: kommunens regler kräver inget.</translation>
    </message>
    <message>
        <source>Costly trips are reported back to this body.</source>
        <translation>Kostsamma resor återrapporteras till detta organ.</translation>
    </message>
    <message>
        <source>The cost in kronor above which a trip is reported back.</source>
        <translation>Kostnaden i kronor över vilken en resa ska återrapporteras.</translation>
    </message>
    <message>
        <source>Exchanges and trips are reported every year to this body.</source>
        <translation>Utbyten och resor redovisas årligen till detta organ.</translation>
    </message>
    <message>
        <source>The day the yearly report is due (default 03-31).</source>
        <translation>Dagen då den årliga redovisningen ska vara klar (standard 03-31).</translation>
    </message>
    <message>
        <source>Every twinning is evaluated once per term of office.</source>
        <translation>Varje vänortsförbindelse utvärderas en gång per mandatperiod.</translation>
    </message>
    <message>
        <source>Create a demo database with Vänersborg&apos;s twin towns (from 2014).</source>
        <translation>Skapa en demodatabas med Vänersborgs vänorter (från 2014).</translation>
    </message>
    <message>
        <source>%1 is not a body this program knows for %2; write for example kommunstyrelsen or kommunfullmäktige.</source>
        <translation>%1 är inte ett organ som programmet känner till för %2; skriv till exempel kommunstyrelsen eller kommunfullmäktige.</translation>
    </message>
    <message>
        <source>%1 is not a day of the year; write it as 03-31.</source>
        <translation>%1 är inte en dag på året; skriv den som 03-31.</translation>
    </message>
    <message>
        <source>Give either --trips-approved-by or --no-trip-approval, not both.</source>
        <translation>Ange antingen --trips-approved-by eller --no-trip-approval, inte båda.</translation>
    </message>
    <message>
        <source>--report-back-above cannot be negative.</source>
        <translation>--report-back-above kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Name the municipality with --municipality NAME (or the home town with --home-town NAME): the rules need to know the home town.</source>
        <translation>Ange kommunen med --municipality NAMN (eller hemorten med --home-town NAMN): reglerna behöver veta vilken ort som är hemkommun.</translation>
    </message>
    <message>
        <source>Created the empty database %1.</source>
        <translation>Skapade den tomma databasen %1.</translation>
    </message>
    <message>
        <source>Home municipality: %1 (%2).</source>
        <translation>Hemkommun: %1 (%2).</translation>
    </message>
    <message>
        <source>Only the universal reminders are on; state the municipality&apos;s own rules in Settings ▸ Rules.</source>
        <translation>Bara de allmänna påminnelserna är påslagna; ange kommunens egna regler under Inställningar ▸ Regler.</translation>
    </message>
    <message>
        <source>Created the demo database %1.</source>
        <translation>Skapade demodatabasen %1.</translation>
    </message>
    <message>
        <source>Vänort keeps the municipality&apos;s twin towns, agreements, trips and decisions. Without a command it opens the program&apos;s window.</source>
        <translation>Vänort håller ordning på kommunens vänorter, avtal, resor och beslut. Utan kommando öppnas programfönstret.</translation>
    </message>
    <message>
        <source>Check that this installation is complete, in a temporary folder, and exit.</source>
        <translation>Kontrollera att installationen är komplett, i en tillfällig mapp, och avsluta.</translation>
    </message>
    <message>
        <source>With --self-test: open the window without a screen, so the screen&apos;s platform plugin is not tested.</source>
        <translation>Med --self-test: öppna fönstret utan skärm, så att skärmens plattformstillägg inte testas.</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>kommandon</translation>
    </message>
    <message>
        <source>The command line is not right: %1 (see vanort --help).</source>
        <translation>Kommandoraden är felaktig: %1 (se vanort --help).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log file %1.</source>
        <translation>Något oväntat gick fel; detaljerna finns i loggfilen %1.</translation>
    </message>
    <message>
        <source>Could not use %1: %2.</source>
        <translation>Kunde inte använda %1: %2.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1.</source>
        <translation>En fil kunde inte läsas eller skrivas: %1.</translation>
    </message>
    <message>
        <source>The program&apos;s window is not part of this installation yet; the sub-commands work (see vanort --help).</source>
        <translation>Programfönstret ingår ännu inte i den här installationen; underkommandona fungerar (se vanort --help).</translation>
    </message>
    <message>
        <source>The window needs PySide6, which is not installed; run make install.</source>
        <translation>Fönstret kräver PySide6, som inte är installerat; kör make install.</translation>
    </message>
    <message>
        <source>List what the municipality&apos;s rules ask for now: due, overdue and coming items.</source>
        <translation>Lista det som kommunens regler kräver nu: aktuella, försenade och kommande punkter.</translation>
    </message>
    <message>
        <source>Also write the items as a calendar file (.ics) for Outlook.</source>
        <translation>Skriv också punkterna till en kalenderfil (.ics) för Outlook.</translation>
    </message>
    <message>
        <source>The day to list the items for (default: today).</source>
        <translation>Dagen som punkterna ska listas för (standard: i dag).</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2026-11-22.</source>
        <translation>%1 är inte ett datum; skriv det som 2026-11-22.</translation>
    </message>
    <message>
        <source>Could not write the calendar %1: %2.</source>
        <translation>Kunde inte skriva kalendern %1: %2.</translation>
    </message>
    <message>
        <source>Import records from an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>Importera poster från en Excel-arbetsbok (.xlsx) eller en CSV-fil.</translation>
    </message>
    <message>
        <source>The .xlsx or .csv file.</source>
        <translation>Filen (.xlsx eller .csv).</translation>
    </message>
    <message>
        <source>What the rows are.</source>
        <translation>Vilket slags poster raderna innehåller.</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet to read.</source>
        <translation>Bladet i arbetsboken som ska läsas.</translation>
    </message>
    <message>
        <source>The row that holds the column headings (default 1).</source>
        <translation>Raden som innehåller kolumnrubrikerna (standard 1).</translation>
    </message>
    <message>
        <source>Which column fills which field, for example &quot;partner=Vänort,year=Kontaktår&quot;; by default the column choice used last time for these headings, or one suggested from them.</source>
        <translation>Vilken kolumn som fyller vilket fält, till exempel &quot;partner=Vänort,year=Kontaktår&quot;; som standard den koppling som användes senast för de här rubrikerna, eller en som föreslås utifrån dem.</translation>
    </message>
    <message>
        <source>The CSV column separator (detected by default).</source>
        <translation>Kolumnavgränsaren i CSV-filen (identifieras automatiskt som standard).</translation>
    </message>
    <message>
        <source>The CSV file&apos;s character encoding (detected by default).</source>
        <translation>CSV-filens teckenkodning (identifieras automatiskt som standard).</translation>
    </message>
    <message>
        <source>A value for a field on every row, for example &quot;town_country=SE&quot; for a list of Swedish towns with no country column; may be given more than once.</source>
        <translation>Ett värde för ett fält på varje rad, till exempel &quot;town_country=SE&quot; för en lista med svenska orter utan kolumn för land; kan anges flera gånger.</translation>
    </message>
    <message>
        <source>Which country a spelling in the file names, for example &quot;Estniska SSR=EE&quot;; remembered for later imports; may be given more than once.</source>
        <translation>Vilket land en stavning i filen avser, till exempel &quot;Estniska SSR=EE&quot;; sparas till senare importer; kan anges flera gånger.</translation>
    </message>
    <message>
        <source>Merge towns written differently in one country (Herning Kommune and Herning) into one town that keeps every name, where the evidence is strong; the other groups go to FILE-merges.csv to answer yes or no.</source>
        <translation>Slå ihop orter som skrivs olika i samma land (Herning Kommune och Herning) till en ort som behåller alla namn, där skälen är starka; övriga grupper skrivs till FIL-merges.csv där du svarar ja eller nej.</translation>
    </message>
    <message>
        <source>A merges file written by --merge-similar, with yes or no for each group.</source>
        <translation>En fil med sammanslagningar som --merge-similar har skrivit, med ja eller nej för varje grupp.</translation>
    </message>
    <message>
        <source>Import the rows without problems and write the others to FILE-skipped.csv.</source>
        <translation>Importera raderna utan problem och skriv de övriga till FILE-skipped.csv.</translation>
    </message>
    <message>
        <source>Check everything and show the summary; write nothing.</source>
        <translation>Kontrollera allt och visa sammanfattningen; skriv ingenting.</translation>
    </message>
    <message>
        <source>When every row of a twinnings file names one town, mark it as the home municipality.</source>
        <translation>När varje rad i en fil med vänortsförbindelser anger samma ort, markera den som hemkommun.</translation>
    </message>
    <message>
        <source>--header-row must be 1 or more.</source>
        <translation>--header-row måste vara 1 eller mer.</translation>
    </message>
    <message>
        <source>Using the columns remembered for these headings.</source>
        <translation>Använder kolumnerna som sparats för de här rubrikerna.</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Kolumner: %1</translation>
    </message>
    <message>
        <source>The same on every row: %1</source>
        <translation>Samma på varje rad: %1</translation>
    </message>
    <message>
        <source>“%1” is not of the form FIELD=VALUE, as in “town_country=SE”.</source>
        <translation>”%1” har inte formen FÄLT=VÄRDE, som i ”town_country=SE”.</translation>
    </message>
    <message>
        <source>%1 is not a field of this kind; the fields are %2.</source>
        <translation>%1 är inget fält för det här slaget; fälten är %2.</translation>
    </message>
    <message>
        <source>Groups of towns that look alike and were not merged: %1. Answer yes or no for each in %2 and import again with --merges %2.</source>
        <translation>Grupper av orter som liknar varandra och inte slogs ihop: %1. Svara ja eller nej för varje grupp i %2 och importera igen med --merges %2.</translation>
    </message>
    <message>
        <source>%1 is now marked as the home municipality.</source>
        <translation>%1 är nu markerad som hemkommun.</translation>
    </message>
    <message>
        <source>Every row names %1 in the column %2: if it is the municipality&apos;s own town, mark it as the home municipality with --mark-home or in its form.</source>
        <translation>Varje rad anger %1 i kolumnen %2: om det är kommunens egen ort, markera den som hemkommun med --mark-home eller i dess formulär.</translation>
    </message>
    <message>
        <source>Read %1 as %2 with columns separated by “%3”.</source>
        <translation>Läste %1 som %2 med kolumner avgränsade med ”%3”.</translation>
    </message>
    <message>
        <source>Read the sheet “%1” of %2.</source>
        <translation>Läste bladet ”%1” i %2.</translation>
    </message>
    <message>
        <source>Towns that look alike:</source>
        <translation>Orter som liknar varandra:</translation>
    </message>
    <message>
        <source>merged</source>
        <comment>a group of similar towns</comment>
        <translation>sammanslagna</translation>
    </message>
    <message>
        <source>not merged (the evidence is not enough; answer in the merges file)</source>
        <translation>inte sammanslagna (skälen räcker inte; svara i filen med sammanslagningar)</translation>
    </message>
    <message>
        <source>not merged (use --merge-similar)</source>
        <translation>inte sammanslagna (använd --merge-similar)</translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation>Problem (%1):</translation>
    </message>
    <message>
        <source>Say which country each of these is with --country-as, for example --country-as &quot;%1=CODE&quot;; the answer is remembered for later imports.</source>
        <translation>Ange vilket land var och en av dessa är med --country-as, till exempel --country-as &quot;%1=KOD&quot;; svaret sparas till senare importer.</translation>
    </message>
    <message>
        <source>Write a report (register, annual report, trip report-back, term evaluation, hosting follow-up, grants, decision register) as a PDF, an Excel workbook or a Word document.</source>
        <translation>Skriv en rapport (register, årsrapport, återrapportering av resa, utvärdering av mandatperiod, uppföljning av värdskap, bidrag, beslutsregister) som PDF, Excel-arbetsbok eller Word-dokument.</translation>
    </message>
    <message>
        <source>Which report to write.</source>
        <translation>Vilken rapport som ska skrivas.</translation>
    </message>
    <message>
        <source>The year of the annual report (needed) or of the grants (optional).</source>
        <translation>Året för den årliga redovisningen (krävs) eller för bidragen (valfritt).</translation>
    </message>
    <message>
        <source>The term of office to evaluate: its first year (or its number).</source>
        <translation>Mandatperioden som ska utvärderas: dess första år (eller dess nummer).</translation>
    </message>
    <message>
        <source>The number of the trip (tripreport) or network meeting (hosting).</source>
        <translation>Numret på resan (tripreport) eller vänortsmötet (hosting).</translation>
    </message>
    <message>
        <source>The first day of the decision register&apos;s period (2024-01-01).</source>
        <translation>Första dagen i beslutsregistrets period (2024-01-01).</translation>
    </message>
    <message>
        <source>The last day of the decision register&apos;s period (2024-12-31).</source>
        <translation>Sista dagen i beslutsregistrets period (2024-12-31).</translation>
    </message>
    <message>
        <source>Include people&apos;s e-mail addresses and phone numbers (left out by default).</source>
        <translation>Ta med personers e-postadresser och telefonnummer (utelämnas som standard).</translation>
    </message>
    <message>
        <source>The registry number to print on the title page.</source>
        <translation>Diarienumret som ska stå på titelsidan.</translation>
    </message>
    <message>
        <source>The file to write; its ending chooses PDF, Excel or Word.</source>
        <translation>Filen som ska skrivas; filändelsen avgör om det blir PDF, Excel eller Word.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.pdf, FILE.xlsx or FILE.docx.</source>
        <translation>Ange filen som ska skrivas med --out FIL.pdf, FIL.xlsx eller FIL.docx.</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not %2.</source>
        <translation>%1 kräver ett heltal, inte %2.</translation>
    </message>
    <message>
        <source>%1 needs a date written as 2026-11-22, not %2.</source>
        <translation>%1 behöver ett datum skrivet som 2026-11-22, inte %2.</translation>
    </message>
    <message>
        <source>Name the report with --report (one of: %1).</source>
        <translation>Ange rapporten med --report (en av: %1).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>Write a board report: the mapping report (kartläggning).</source>
        <translation>Skriv en rapport: kartläggningen av vänortsförbindelserna.</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>rapporter</translation>
    </message>
    <message>
        <source>The number of a saved mapping report (default: the latest).</source>
        <translation>Numret på en sparad kartläggning (standard: den senaste).</translation>
    </message>
    <message>
        <source>The file to write: FILE.pdf or FILE.xlsx.</source>
        <translation>Filen som ska skrivas: FILE.pdf eller FILE.xlsx.</translation>
    </message>
    <message>
        <source>The mapping report of the twinnings as PDF, Excel or Word: the saved report with --id, else the latest one, else a draft from the register.</source>
        <translation>Kartläggningen av vänortsförbindelserna som PDF, Excel eller Word: den sparade kartläggningen med --id, annars den senaste, annars ett utkast utifrån registret.</translation>
    </message>
    <message>
        <source>The file to write: FILE.pdf, FILE.xlsx or FILE.docx.</source>
        <translation>Filen som ska skrivas: FIL.pdf, FIL.xlsx eller FIL.docx.</translation>
    </message>
    <message>
        <source>Mark the register&apos;s town NAME as the home municipality first, so the report covers its twinnings.</source>
        <translation>Markera först registrets ort NAMN som hemkommun, så att rapporten tar upp dess vänortsförbindelser.</translation>
    </message>
    <message>
        <source>Draft from every twinning of a large register that has no home municipality.</source>
        <translation>Gör utkastet av alla vänortsförbindelser i ett stort register som saknar hemkommun.</translation>
    </message>
    <message>
        <source>There is no town called %1 in the register; give the municipality&apos;s own town as the register writes it.</source>
        <translation>Det finns ingen ort som heter %1 i registret; ange kommunens egen ort som registret skriver den.</translation>
    </message>
    <message>
        <source>The register has %1 towns called %2; mark the municipality&apos;s own one as home in its form.</source>
        <translation>Registret har %1 orter som heter %2; markera kommunens egen som hemkommun i dess formulär.</translation>
    </message>
    <message>
        <source>There is no mapping report number %1.</source>
        <translation>Det finns ingen kartläggning med nummer %1.</translation>
    </message>
    <message>
        <source>The register has %1 twinnings and no town marked as the home municipality, so the mapping report would cover all of them; give the municipality&apos;s own town with --home-town NAME, or --whole-register to draft from every twinning.</source>
        <translation>Registret har %1 vänortsförbindelser och ingen ort markerad som hemkommun, så kartläggningen skulle ta upp alla; ange kommunens egen ort med --home-town NAMN, eller --whole-register för att göra utkastet av alla förbindelser.</translation>
    </message>
    <message>
        <source>No mapping report is saved yet; %1 holds a draft made from the register.</source>
        <translation>Ingen kartläggning är sparad ännu; %1 innehåller ett utkast utifrån registret.</translation>
    </message>
    <message>
        <source>Mapping report %1 written to %2.</source>
        <translation>Kartläggning %1 har skrivits till %2.</translation>
    </message>
    <message>
        <source>A person&apos;s data: an extract of it, or its disposal.</source>
        <translation>En persons uppgifter: ett utdrag av dem, eller gallring av dem.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>åtgärder</translation>
    </message>
    <message>
        <source>Write everything the register holds about one person.</source>
        <translation>Skriv ut allt som registret innehåller om en person.</translation>
    </message>
    <message>
        <source>Dispose of a person&apos;s data, by a decision or by the person&apos;s own date.</source>
        <translation>Gallra en persons uppgifter, genom ett beslut eller när personens gallringsdatum har passerats.</translation>
    </message>
    <message>
        <source>The number of the decision that disposes of the data.</source>
        <translation>Numret på beslutet om gallring.</translation>
    </message>
    <message>
        <source>Dispose because the person&apos;s &apos;dispose after&apos; date has come.</source>
        <translation>Gallra eftersom personens datum för gallring har passerats.</translation>
    </message>
    <message>
        <source>Also take the person&apos;s name out of other records&apos; free text.</source>
        <translation>Ta också bort personens namn ur fritext i andra poster.</translation>
    </message>
    <message>
        <source>Only list what would be removed.</source>
        <translation>Visa bara vad som skulle tas bort.</translation>
    </message>
    <message>
        <source>The person&apos;s number, or whole name.</source>
        <translation>Personens nummer eller hela namn.</translation>
    </message>
    <message>
        <source>The extract about %1 is written to %2.</source>
        <translation>Utdraget om %1 är skrivet till %2.</translation>
    </message>
    <message>
        <source>It holds personal data: keep it safe and delete it when sent.</source>
        <translation>Det innehåller personuppgifter: förvara det säkert och radera det när det har skickats.</translation>
    </message>
    <message>
        <source>Disposing of %1 would remove:</source>
        <translation>Gallring av %1 skulle ta bort:</translation>
    </message>
    <message>
        <source>  links from other records: %1</source>
        <translation>  kopplingar från andra poster: %1</translation>
    </message>
    <message>
        <source>  mentions in free text: %1</source>
        <translation>  omnämnanden i fritext: %1</translation>
    </message>
    <message>
        <source>  change-log entries made anonymous: %1</source>
        <translation>  poster i ändringsloggen som avidentifieras: %1</translation>
    </message>
    <message>
        <source>  attached files removed: %1</source>
        <translation>  bifogade filer som tas bort: %1</translation>
    </message>
    <message>
        <source>  other attachments with the name taken out: %1</source>
        <translation>  andra bilagor där namnet tas bort: %1</translation>
    </message>
    <message>
        <source>Set up a register on a PostgreSQL server.</source>
        <translation>Förbered ett register på en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>Make the editors&apos; and readers&apos; roles of the register on the server, with their rights; run it as the register&apos;s owner.</source>
        <translation>Skapa registrets roller för redigerare och läsare på servern, med deras behörigheter. Kör kommandot som registrets ägare.</translation>
    </message>
    <message>
        <source>The server&apos;s database URL.</source>
        <translation>Serverns databasadress (URL).</translation>
    </message>
    <message>
        <source>A login role that may change the register (repeatable).</source>
        <translation>En inloggningsroll som får ändra i registret (kan anges flera gånger).</translation>
    </message>
    <message>
        <source>A login role that may only read and export (repeatable).</source>
        <translation>En inloggningsroll som bara får läsa och exportera (kan anges flera gånger).</translation>
    </message>
    <message>
        <source>Roles exist only on a database server; give its URL.</source>
        <translation>Roller finns bara på en databasserver; ange serverns adress (URL).</translation>
    </message>
    <message>
        <source>Editors may change the register through the role %1, readers may only read it through %2. Give each person one of them: GRANT %1 TO name;</source>
        <translation>Redigerare får ändra i registret genom rollen %1, läsare får bara läsa det genom %2. Ge varje person en av dem: GRANT %1 TO namn;</translation>
    </message>
</context>
<context>
    <name>CommissionPage</name>
    <message>
        <source>Who commissioned the mapping, for what occasion and why; the title page.</source>
        <translation>Vem som gav uppdraget till kartläggningen, inför vilket tillfälle och varför; titelsidan.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Författare:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Registry number:</source>
        <translation>Dia&amp;rienummer:</translation>
    </message>
    <message>
        <source>&amp;Commissioned by:</source>
        <translation>&amp;Uppdragsgivare:</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>Ti&amp;llfälle:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Syfte:</translation>
    </message>
    <message>
        <source>The commission in &amp;prose:</source>
        <translation>Uppdraget i löpande te&amp;xt:</translation>
    </message>
    <message>
        <source>What has changed since the last mapping</source>
        <translation>Vad som har ändrats sedan förra kartläggningen</translation>
    </message>
    <message>
        <source>What has changed since %1</source>
        <translation>Vad som har ändrats sedan %1</translation>
    </message>
    <message>
        <source>Nothing in the register has changed.</source>
        <translation>Ingenting i registret har ändrats.</translation>
    </message>
</context>
<context>
    <name>ConcernsEditor</name>
    <message>
        <source>Type to search, then Add</source>
        <translation>Skriv för att söka och klicka sedan på Lägg till</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Kom ihåg lösenordet på den här datorn</translation>
    </message>
    <message>
        <source>The password is kept in the computer&apos;s credential store.</source>
        <translation>Lösenordet sparas i datorns lösenordshanterare.</translation>
    </message>
    <message>
        <source>This computer has no credential store, so the password is asked each time.</source>
        <translation>Datorn har ingen lösenordshanterare, så lösenordet efterfrågas varje gång.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user name.</source>
        <translation>Fyll i server, databas och användarnamn.</translation>
    </message>
</context>
<context>
    <name>CoordinateEditor</name>
    <message>
        <source>Decimal degrees, such as 58,38</source>
        <translation>Decimalgrader, till exempel 58,38</translation>
    </message>
</context>
<context>
    <name>CountryAnswers</name>
    <message>
        <source>“%1” (1 row)</source>
        <translation>”%1” (1 rad)</translation>
    </message>
    <message>
        <source>“%1” (%2 rows)</source>
        <translation>”%1” (%2 rader)</translation>
    </message>
    <message>
        <source>country code or name, for example EE or Estland</source>
        <translation>landskod eller namn, till exempel EE eller Estland</translation>
    </message>
    <message>
        <source>not a country this program knows</source>
        <translation>inget land som programmet känner till</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <source>Type to search</source>
        <translation>Skriv för att söka</translation>
    </message>
    <message>
        <source>Not a known country or area; choose one from the list.</source>
        <translation>Inget känt land eller område; välj ett i listan.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>The newest backup that passes the check was taken %1.</source>
        <translation>Den senaste säkerhetskopian som klarar kontrollen togs %1.</translation>
    </message>
    <message>
        <source>&amp;Restore that backup</source>
        <translation>&amp;Återställ den säkerhetskopian</translation>
    </message>
    <message>
        <source>No backup of it passes the check.</source>
        <translation>Ingen säkerhetskopia av den klarar kontrollen.</translation>
    </message>
    <message>
        <source>&amp;Save what can be read…</source>
        <translation>&amp;Spara det som går att läsa…</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Öppna skrivskyddad</translation>
    </message>
    <message>
        <source>Save what can be read into</source>
        <translation>Spara det som går att läsa i</translation>
    </message>
    <message>
        <source>Rows saved into %2: %1. Could not be read: rows: %3; tables: %4.</source>
        <translation>Rader som sparades i %2: %1. Gick inte att läsa: rader: %3; tabeller: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved into %2; nothing was lost.</source>
        <translation>
            <numerusform>%n rad sparades i %2; ingenting gick förlorat.</numerusform>
            <numerusform>%n rader sparades i %2; ingenting gick förlorat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open elsewhere too</source>
        <translation>Öppen på annat håll också</translation>
    </message>
    <message>
        <source>This database is also open in Vänort for %1. You can both work in it; when you both change the same record, the second save asks what to keep.</source>
        <translation>Databasen är också öppen i Vänort för %1. Ni kan båda arbeta i den; om ni ändrar samma post frågar programmet vid den andra sparningen vad som ska behållas.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a database file; it was left untouched.</source>
        <translation>%1 är inte en databasfil; den har lämnats orörd.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Vänort database; it was left untouched.</source>
        <translation>%1 är en databas, men inte en Vänort-databas; den har lämnats orörd.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Vänort; install the newer version to open it. The file was left untouched.</source>
        <translation>%1 har skrivits av en nyare version av Vänort; installera den nyare versionen för att öppna den. Filen har lämnats orörd.</translation>
    </message>
    <message>
        <source>%1 is on a network drive, where the database could be damaged; copy it to this computer or use a database server.</source>
        <translation>%1 ligger på en nätverksenhet, där databasen kan skadas; kopiera den till den här datorn eller använd en databasserver.</translation>
    </message>
    <message>
        <source>%1 is damaged and was left as it was; restore a backup of it, or save what can still be read into a new file (vanort recover).</source>
        <translation>%1 är skadad och lämnades som den var. Återställ en säkerhetskopia av den, eller spara det som fortfarande går att läsa i en ny fil (vanort recover).</translation>
    </message>
    <message>
        <source>%1 is open in Vänort (%2); close it there first.</source>
        <translation>%1 är öppen i Vänort (%2); stäng den där först.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name so that nothing is overwritten.</source>
        <translation>%1 finns redan; välj ett annat namn så att inget skrivs över.</translation>
    </message>
    <message>
        <source>Could not reach the database server %1; check the address and the network, or ask the server&apos;s administrator whether it is running.</source>
        <translation>Det gick inte att nå databasservern %1. Kontrollera adressen och nätverket, eller fråga serverns administratör om servern är igång.</translation>
    </message>
    <message>
        <source>The database server %1 refused the user name or password; check them and try again.</source>
        <translation>Databasservern %1 godtog inte användarnamnet eller lösenordet. Kontrollera dem och försök igen.</translation>
    </message>
    <message>
        <source>The database server %1 answered but has no such database; check the database name.</source>
        <translation>Databasservern %1 svarade men har ingen databas med det namnet. Kontrollera databasens namn.</translation>
    </message>
    <message>
        <source>The database %1 on the server already holds tables (%2); a copy is loaded only into an empty database, so that two registers are never mixed. Nothing was written.</source>
        <translation>Databasen %1 på servern innehåller redan tabeller (%2). En kopia läses bara in i en tom databas, så att två register aldrig blandas. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>The database server %1 let you in but your account may not read the register; ask the server&apos;s administrator for access.</source>
        <translation>Databasservern %1 släppte in dig, men ditt konto får inte läsa registret. Be serverns administratör om behörighet.</translation>
    </message>
    <message>
        <source>%1 holds decisions or revisions of governing documents without a date, which this version needs; the file was left as it was. Give each its date in the earlier version of Vänort, then open the file here again.</source>
        <translation>%1 innehåller beslut eller revideringar av styrdokument utan datum, och den här versionen kräver ett datum; filen lämnades som den var. Ge vart och ett sitt datum i den tidigare versionen av Vänort och öppna sedan filen här igen.</translation>
    </message>
    <message>
        <source>%1 could not be read; it may be damaged or locked by another program.</source>
        <translation>%1 kunde inte läsas; den kan vara skadad eller låst av ett annat program.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Vänort databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Vänort-databaser (*.sqlite3 *.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Öppna en databas</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Skapa en ny databas</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>åååå-mm-dd</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Välj datum i en kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Not a valid date; write it as 2026-11-22.</source>
        <translation>Inget giltigt datum; skriv det som 2026-11-22.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January %1</source>
        <translation>januari %1</translation>
    </message>
    <message>
        <source>February %1</source>
        <translation>februari %1</translation>
    </message>
    <message>
        <source>March %1</source>
        <translation>mars %1</translation>
    </message>
    <message>
        <source>April %1</source>
        <translation>april %1</translation>
    </message>
    <message>
        <source>May %1</source>
        <translation>maj %1</translation>
    </message>
    <message>
        <source>June %1</source>
        <translation>juni %1</translation>
    </message>
    <message>
        <source>July %1</source>
        <translation>juli %1</translation>
    </message>
    <message>
        <source>August %1</source>
        <translation>augusti %1</translation>
    </message>
    <message>
        <source>September %1</source>
        <translation>september %1</translation>
    </message>
    <message>
        <source>October %1</source>
        <translation>oktober %1</translation>
    </message>
    <message>
        <source>November %1</source>
        <translation>november %1</translation>
    </message>
    <message>
        <source>December %1</source>
        <translation>december %1</translation>
    </message>
    <message>
        <source>spring %1</source>
        <translation>våren %1</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>sommaren %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>hösten %1</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>vintern %1</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1-talet</translation>
    </message>
    <message>
        <source>early %1s</source>
        <translation>i början av %1-talet</translation>
    </message>
    <message>
        <source>mid-%1s</source>
        <translation>i mitten av %1-talet</translation>
    </message>
    <message>
        <source>late %1s</source>
        <translation>i slutet av %1-talet</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>ca %1</translation>
    </message>
    <message>
        <source>“%1” is not a date this program can read; write for example 2014-03-05, March 2014, spring 2014, 1985, 1940s or c. 1949.</source>
        <translation>”%1” kan inte läsas som ett datum; skriv till exempel 2014-03-05, mars 2014, våren 2014, 1985, 1940-talet eller ca 1949.</translation>
    </message>
    <message>
        <source>“%1” is a date that does not exist.</source>
        <translation>”%1” är ett datum som inte finns.</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>Dispose of personal data</source>
        <translation>Gallra personuppgifter</translation>
    </message>
    <message>
        <source>By &amp;decision:</source>
        <translation>Enligt &amp;beslut:</translation>
    </message>
    <message>
        <source>By the person&apos;s own &amp;date for disposal</source>
        <translation>När personens &amp;gallringsdatum har passerats</translation>
    </message>
    <message>
        <source>Also take the name out of other records&apos; &amp;free text</source>
        <translation>Ta också bort namnet ur &amp;fritext i andra poster</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Gallra</translation>
    </message>
    <message>
        <source>Disposing of %1 removes:</source>
        <translation>Gallring av %1 tar bort:</translation>
    </message>
    <message>
        <source>links from other records: %1</source>
        <translation>kopplingar från andra poster: %1</translation>
    </message>
    <message>
        <source>change-log entries made anonymous: %1</source>
        <translation>poster i ändringsloggen som avidentifieras: %1</translation>
    </message>
    <message>
        <source>attached files: %1</source>
        <translation>bifogade filer: %1</translation>
    </message>
    <message>
        <source>mentions in free text: %1</source>
        <translation>omnämnanden i fritext: %1</translation>
    </message>
</context>
<context>
    <name>EndTwinningDialog</name>
    <message>
        <source>End the twinning %1</source>
        <translation>Avsluta vänortsförbindelsen %1</translation>
    </message>
    <message>
        <source>The twinning is marked as ended; its activities, trips, agreements and evaluations are kept as its history.</source>
        <translation>Vänortsförbindelsen markeras som avslutad; dess aktiviteter, resor, avtal och utvärderingar sparas som historik.</translation>
    </message>
    <message>
        <source>(no decision yet)</source>
        <translation>(inget beslut ännu)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Skäl till avslut</translation>
    </message>
    <message>
        <source>Decision to end</source>
        <translation>Beslut om uppsägning</translation>
    </message>
    <message>
        <source>Write why the twinning ends.</source>
        <translation>Skriv varför vänortsförbindelsen avslutas.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you were doing was cancelled and nothing of it was saved; everything saved before is safe, and you can keep working.</source>
        <translation>Något oväntat gick fel. Det du höll på med avbröts och ingenting av det sparades; allt som sparats tidigare finns kvar och du kan fortsätta arbeta.</translation>
    </message>
    <message>
        <source>The details were written to the log file. If it happens again, send this file to whoever supports Vänort:</source>
        <translation>Detaljerna har skrivits till loggfilen. Om det händer igen, skicka filen till den som ger support för Vänort:</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Database not opened</source>
        <translation>Databasen har inte öppnats</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>The program suggests ending it: in force for the whole term with no contact recorded at any level in it.</source>
        <translation>Programmet föreslår att förbindelsen avslutas: den gällde under hela mandatperioden utan någon registrerad kontakt på någon nivå.</translation>
    </message>
    <message>
        <source>No contact with any twin town is recorded in the term, so the register cannot single out a silent twinning; the program suggests ending none.</source>
        <translation>Ingen kontakt med någon vänort är registrerad under mandatperioden, så registret kan inte peka ut en enskild förbindelse som tystnat; programmet föreslår inte att någon avslutas.</translation>
    </message>
    <message>
        <source>No activity recorded in the term.</source>
        <translation>Ingen aktivitet registrerad under mandatperioden.</translation>
    </message>
    <message>
        <source>Choose continue or end as the verdict.</source>
        <translation>Välj fortsätta eller avsluta som beslut.</translation>
    </message>
    <message>
        <source>Choose the decision in which the verdict was given.</source>
        <translation>Välj det beslut där ställningstagandet gjordes.</translation>
    </message>
    <message>
        <source>The council decided to end the twinning: %1</source>
        <translation>Kommunfullmäktige beslutade att avsluta vänortsförbindelsen: %1</translation>
    </message>
</context>
<context>
    <name>EvaluationTableModel</name>
    <message>
        <source>Twinning</source>
        <translation>Vänortsförbindelse</translation>
    </message>
    <message>
        <source>Municipal level</source>
        <translation>Kommunal nivå</translation>
    </message>
    <message>
        <source>Civil level</source>
        <translation>Civil nivå</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>The program suggests</source>
        <translation>Programmets förslag</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Council&apos;s verdict</source>
        <translation>Fullmäktiges beslut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Underlag: %1</translation>
    </message>
    <message>
        <source>%1 (computed: %2)</source>
        <translation>%1 (beräknad: %2)</translation>
    </message>
    <message>
        <source>end</source>
        <translation>avsluta</translation>
    </message>
    <message>
        <source>evaluation begun</source>
        <translation>utvärdering påbörjad</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 hosted by %3</source>
        <translation>%1: %2 med %3 som värd</translation>
    </message>
    <message>
        <source>%1 (signed)</source>
        <translation>%1 (undertecknat)</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (gällande)</translation>
    </message>
    <message>
        <source>%1: %2 (done)</source>
        <translation>%1: %2 (genomförd)</translation>
    </message>
</context>
<context>
    <name>FactSheetFile</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Save the fact sheet as</source>
        <translation>Spara faktabladet som</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>The file %1 is open in another program. Close it or choose another name.</source>
        <translation>Filen %1 är öppen i ett annat program. Stäng den eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>The file %1 is open in another program, so it could not be removed. Close it and try again; nothing was changed.</source>
        <translation>Filen %1 är öppen i ett annat program och kunde därför inte tas bort. Stäng den och försök igen; ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written; free some space and try again. Nothing was saved.</source>
        <translation>Disken är full, så %1 kunde inte skrivas. Frigör utrymme och försök igen. Ingenting sparades.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again. Nothing was saved.</source>
        <translation>Disken är full. Frigör utrymme och försök igen. Ingenting sparades.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Ask for write permission, or copy the database to a folder of your own.</source>
        <translation>%1 går inte att skriva till: filen eller dess mapp är skrivskyddad. Be om skrivbehörighet eller kopiera databasen till en egen mapp.</translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only. Ask for write permission, or copy the database to a folder of your own.</source>
        <translation>Databasen går inte att skriva till: filen eller dess mapp är skrivskyddad. Be om skrivbehörighet eller kopiera databasen till en egen mapp.</translation>
    </message>
    <message>
        <source>The database is locked by another program that is writing to it; wait a moment or close that program, and try again. Nothing was saved.</source>
        <translation>Databasen är låst av ett annat program som skriver i den. Vänta en stund eller stäng det programmet och försök igen. Ingenting sparades.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; check the network and try again.</source>
        <translation>Anslutningen till databasservern bröts. Kontrollera nätverket och försök igen.</translation>
    </message>
    <message>
        <source>Your account on the database server may read the register but not change it; ask the server&apos;s administrator for editing rights. Nothing was saved.</source>
        <translation>Ditt konto på databasservern får läsa registret men inte ändra i det. Be serverns administratör om behörighet att redigera. Ingenting sparades.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost before the change was stored; the server confirms nothing was saved. Check the network and save again.</source>
        <translation>Anslutningen till databasservern bröts innan ändringen lagrades, och servern bekräftar att ingenting sparades. Kontrollera nätverket och spara igen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving and the server could not be asked whether the change was stored; when it is back, reload the record to see.</source>
        <translation>Anslutningen till databasservern bröts när du sparade, och det gick inte att fråga servern om ändringen lagrades. Läs in posten igen när servern är tillbaka för att se.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Basic facts</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Kopplingar</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Lokalt namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Country or area</source>
        <translation>Land eller område</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Invånarantal</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Andra namn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Partner town</source>
        <translation>Vänort</translation>
    </message>
    <message>
        <source>Contact year</source>
        <translation>Kontaktår</translation>
    </message>
    <message>
        <source>Formal start</source>
        <translation>Formell start</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Skäl till avslut</translation>
    </message>
    <message>
        <source>Decision to end</source>
        <translation>Beslut om uppsägning</translation>
    </message>
    <message>
        <source>Status as judged</source>
        <translation>Bedömd status</translation>
    </message>
    <message>
        <source>Reason for the judgement</source>
        <translation>Skäl för bedömningen</translation>
    </message>
    <message>
        <source>Collaboration areas</source>
        <translation>Samarbetsområden</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <source>Meets every N years</source>
        <translation>Möts vart N:e år</translation>
    </message>
    <message>
        <source>Participants in the register</source>
        <translation>Deltagare i registret</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Övriga deltagare</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Grundad</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Inträdesår</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Utträdesår</translation>
    </message>
    <message>
        <source>Place in hosting order</source>
        <translation>Plats i värdordningen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <source>Follow-up reported on</source>
        <translation>Uppföljning redovisad</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Members (empty: unknown)</source>
        <translation>Medlemsantal (tomt: uppgift saknas)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Dispose of data after</source>
        <translation>Gallra uppgifterna efter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Towns that are parties</source>
        <translation>Orter som är parter</translation>
    </message>
    <message>
        <source>Organisations that are parties</source>
        <translation>Organisationer som är parter</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Ses över senast</translation>
    </message>
    <message>
        <source>Days of warning</source>
        <translation>Dagars förvarning</translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation>Prioriterade områden</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utförd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Name of the body</source>
        <translation>Organets namn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Proposal, not decided yet</source>
        <translation>Förslag, ännu inte beslutat</translation>
    </message>
    <message>
        <source>Decides the proposal</source>
        <translation>Beslut om förslaget</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Siffra</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Utgivare</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>Section (§)</source>
        <translation>Paragraf (§)</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Signatories in the register</source>
        <translation>Undertecknare i registret</translation>
    </message>
    <message>
        <source>Other signatories</source>
        <translation>Övriga undertecknare</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Expedieras till</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Avser</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Resmål</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Avresa</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Hemresa</translation>
    </message>
    <message>
        <source>Travellers in the register</source>
        <translation>Resenärer i registret</translation>
    </message>
    <message>
        <source>Other travellers</source>
        <translation>Övriga resenärer</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Beräknad kostnad</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Faktisk kostnad</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Approved by decision</source>
        <translation>Godkänd genom beslut</translation>
    </message>
    <message>
        <source>Reported back by decision</source>
        <translation>Återrapporterad genom beslut</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Date or first day</source>
        <translation>Datum eller första dag</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>Orter</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>The municipality took part</source>
        <translation>Kommunen deltog</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bidragsgivare</translation>
    </message>
    <message>
        <source>Amount (empty: unknown)</source>
        <translation>Belopp (tomt: uppgift saknas)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Redovisning senast</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Redovisning inkommen</translation>
    </message>
    <message>
        <source>SEK per unit</source>
        <translation>SEK per enhet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Ansvarig tjänsteperson</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Gäller för</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Revise by</source>
        <translation>Revideras senast</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Revised on</source>
        <translation>Revideringsdatum</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrades</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Första år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sista år</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Term of office</source>
        <translation>Mandatperiod</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>Vänortsförbindelse</translation>
    </message>
    <message>
        <source>Activity in the term</source>
        <translation>Aktivitet under mandatperioden</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nytta</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Council&apos;s verdict</source>
        <translation>Fullmäktiges beslut</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>Visa avslutade</translation>
    </message>
    <message>
        <source>Ended ones are shown in grey; untick to hide them.</source>
        <translation>Avslutade visas i grått; avmarkera för att dölja dem.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: alla</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Vänort</source>
        <translation>Välkommen till Vänort</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Vänort keeps the municipality&apos;s twin towns, agreements, trips and decisions in one database file. There is no database yet: how do you want to start?</source>
        <translation>Vänort håller kommunens vänorter, avtal, resor och beslut samlade i en databasfil. Det finns ingen databas ännu: hur vill du börja?</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Öppna demoregistret</translation>
    </message>
    <message>
        <source>Vänersborg&apos;s twin towns as its 2014 mapping describes them, to try things out.</source>
        <translation>Vänersborgs vänorter så som kartläggningen från 2014 beskriver dem, för att prova på.</translation>
    </message>
    <message>
        <source>Create an empty database…</source>
        <translation>Skapa en tom databas…</translation>
    </message>
    <message>
        <source>Start the municipality&apos;s own register in a new file.</source>
        <translation>Starta kommunens eget register i en ny fil.</translation>
    </message>
    <message>
        <source>Open an existing file…</source>
        <translation>Öppna en befintlig fil…</translation>
    </message>
    <message>
        <source>A Vänort database copied from another computer or a backup.</source>
        <translation>En Vänort-databas som kopierats från en annan dator eller från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Whose register is it? The home town is the municipality&apos;s own town in the register: the rules on trips to twin towns, hosting and grants start from it.</source>
        <translation>Vems register är det? Hemkommunen är kommunens egen ort i registret: reglerna om resor till vänorter, värdskap och bidrag utgår från den.</translation>
    </message>
    <message>
        <source>e.g. Vänersborgs kommun</source>
        <translation>t.ex. Vänersborgs kommun</translation>
    </message>
    <message>
        <source>e.g. Vänersborg</source>
        <translation>t.ex. Vänersborg</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Home town</source>
        <translation>Hemort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>Lines under the name on every report, e.g. the department and address</source>
        <translation>Rader under namnet i varje rapport, t.ex. förvaltning och adress</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Brevhuvud</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Create the database…</source>
        <translation>Skapa databasen…</translation>
    </message>
    <message>
        <source>Write the municipality&apos;s name.</source>
        <translation>Skriv kommunens namn.</translation>
    </message>
    <message>
        <source>Logo and letterhead</source>
        <translation>Logotyp och brevhuvud</translation>
    </message>
    <message>
        <source>%1 Add them later under File ▸ Settings.</source>
        <translation>%1 Lägg till dem senare under Arkiv ▸ Inställningar.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>* required</source>
        <translation>* obligatoriskt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Kopplade poster</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ingenting sparades: rätta fälten som är markerade med rött.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation>uppgift saknas</translation>
    </message>
    <message numerus="yes">
        <source>(unknown for %n)</source>
        <translation>
            <numerusform>(uppgift saknas för %n)</numerusform>
            <numerusform>(uppgift saknas för %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message>
        <source>Handbook – Vänort</source>
        <translation>Handbok – Vänort</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Innehåll</translation>
    </message>
    <message>
        <source>The handbook could not be found; it should be in %1.</source>
        <translation>Handboken hittades inte; den ska finnas i %1.</translation>
    </message>
</context>
<context>
    <name>HeadedListPage</name>
    <message>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Drafted from the register as dated lines: contacts, members joining and leaving, agreements, meetings and decisions. Turn them into prose as you like.</source>
        <translation>Utkast ur registret som daterade rader: kontakter, medlemmar som gått med och lämnat, avtal, möten och beslut. Skriv om dem till löpande text som du vill.</translation>
    </message>
    <message>
        <source>Add the register&apos;s lines that are missing</source>
        <translation>Lägg till de rader ur registret som saknas</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Write the name of the home town.</source>
        <translation>Skriv namnet på hemkommunens ort.</translation>
    </message>
    <message>
        <source>%1 is not a country code or name this program knows.</source>
        <translation>%1 är inte en landskod eller ett landsnamn som programmet känner till.</translation>
    </message>
</context>
<context>
    <name>HomeTownQuestion</name>
    <message>
        <source>The municipality&apos;s own town</source>
        <translation>Kommunens egen ort</translation>
    </message>
    <message>
        <source>&amp;Town, as the register writes it:</source>
        <translation>&amp;Ort, som registret skriver den:</translation>
    </message>
    <message>
        <source>There is no town called %1 in the register.</source>
        <translation>Det finns ingen ort som heter %1 i registret.</translation>
    </message>
    <message>
        <source>The register has several towns called %1; mark the right one as home in its form.</source>
        <translation>Registret har flera orter som heter %1; markera den rätta som hemkommun i dess formulär.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file %1 is not CSV text but a compressed file, perhaps an Excel workbook; import the workbook itself.</source>
        <translation>Filen %1 är inte CSV-text utan en komprimerad fil, kanske en Excel-arbetsbok; importera arbetsboken i stället.</translation>
    </message>
    <message>
        <source>The file %1 is not a text file, so it cannot be read as CSV.</source>
        <translation>Filen %1 är inte en textfil och kan därför inte läsas som CSV.</translation>
    </message>
    <message>
        <source>The file %1 is neither UTF-8 nor Windows-1252 text; save it again as “CSV UTF-8” and import that.</source>
        <translation>Filen %1 är varken UTF-8- eller Windows-1252-text; spara den på nytt som ”CSV UTF-8” och importera den filen.</translation>
    </message>
    <message>
        <source>The file %1 mixes two character encodings: line %2 is UTF-8 and line %3 is Windows-1252. Save the whole file again as “CSV UTF-8” and import that.</source>
        <translation>Filen %1 blandar två teckenkodningar: rad %2 är UTF-8 och rad %3 är Windows-1252. Spara om hela filen som ”CSV UTF-8” och importera den.</translation>
    </message>
    <message>
        <source>%1 is not a known character encoding.</source>
        <translation>%1 är ingen känd teckenkodning.</translation>
    </message>
    <message>
        <source>The column separator must be one character, such as a comma, semicolon or tab.</source>
        <translation>Kolumnavgränsaren måste vara ett enda tecken, till exempel komma, semikolon eller tabb.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read as %2; choose another character encoding.</source>
        <translation>Filen %1 kan inte läsas som %2; välj en annan teckenkodning.</translation>
    </message>
    <message>
        <source>Row %1 of %2 holds a value longer than %3 characters, which is more than any field of the register takes; shorten it or look for a quotation mark that is not closed.</source>
        <translation>Rad %1 i %2 innehåller ett värde som är längre än %3 tecken, vilket är mer än något fält i registret rymmer. Korta det eller leta efter ett citattecken som inte har stängts.</translation>
    </message>
    <message>
        <source>Row %1 of %2 could not be read as CSV; look for a quotation mark that is not closed.</source>
        <translation>Rad %1 i %2 kunde inte läsas som CSV; leta efter ett citattecken som inte har avslutats.</translation>
    </message>
    <message>
        <source>The file %1 is in the old Excel 97–2003 format; save it as an Excel workbook (.xlsx) and import that.</source>
        <translation>Filen %1 är i det gamla formatet Excel 97–2003; spara den som Excel-arbetsbok (.xlsx) och importera den.</translation>
    </message>
    <message>
        <source>The file %1 is an OpenDocument spreadsheet; save it as an Excel workbook (.xlsx) or as CSV and import that.</source>
        <translation>Filen %1 är ett OpenDocument-kalkylblad; spara det som Excel-arbetsbok (.xlsx) eller som CSV och importera det.</translation>
    </message>
    <message>
        <source>Only Excel workbooks (.xlsx) and CSV files (.csv) can be imported.</source>
        <translation>Bara Excel-arbetsböcker (.xlsx) och CSV-filer (.csv) kan importeras.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened; it may be open in another program, or you may lack permission to read it.</source>
        <translation>Filen %1 kan inte öppnas; den kan vara öppen i ett annat program, eller så saknar du behörighet att läsa den.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2).</source>
        <translation>Filen %1 kunde inte läsas (%2).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>Row %1 is empty; choose the row that holds the column headings.</source>
        <translation>Rad %1 är tom; välj den rad som innehåller kolumnrubrikerna.</translation>
    </message>
    <message>
        <source>There are no rows below the column headings in row %1.</source>
        <translation>Det finns inga rader under kolumnrubrikerna på rad %1.</translation>
    </message>
    <message>
        <source>The file %1 has changed since it was opened; open it again.</source>
        <translation>Filen %1 har ändrats sedan den öppnades; öppna den igen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(ny)</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 måste anges.</translation>
    </message>
    <message>
        <source>There is no organisation called “%1” in %2 in the register.</source>
        <translation>Det finns ingen organisation som heter ”%1” i %2 i registret.</translation>
    </message>
    <message>
        <source>There is no organisation called “%1” in the register.</source>
        <translation>Det finns ingen organisation som heter ”%1” i registret.</translation>
    </message>
    <message>
        <source>Several organisations are called “%1”; give the town to say which.</source>
        <translation>Flera organisationer heter ”%1”; ange orten för att visa vilken som avses.</translation>
    </message>
    <message>
        <source>An organisation cannot be part of itself.</source>
        <translation>En organisation kan inte vara en del av sig själv.</translation>
    </message>
    <message>
        <source>The organisation it is part of is not imported, so neither is this.</source>
        <translation>Organisationen som den ingår i importeras inte, och därför inte heller den här.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: ”%2” är inte ett tal.</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number.</source>
        <translation>%1: %2 är inte ett heltal.</translation>
    </message>
    <message>
        <source>%1: “%2” has more than two decimals; write amounts as 10 000,50.</source>
        <translation>%1: ”%2” har fler än två decimaler; skriv belopp som 10 000,50.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount.</source>
        <translation>%1: ”%2” är inte ett belopp.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date; write it as 2026-11-22.</source>
        <translation>%1: %2 är inte ett datum; skriv det som 2026-11-22.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date.</source>
        <translation>%1: ”%2” är inget datum.</translation>
    </message>
    <message>
        <source>%1: “%2” is neither yes nor no (write ja or nej).</source>
        <translation>%1: ”%2” är varken ja eller nej (skriv ja eller nej).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a country or area this program knows.</source>
        <translation>%1: ”%2” är inget land eller område som programmet känner till.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a currency this program knows.</source>
        <translation>%1: ”%2” är ingen valuta som programmet känner till.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the choices (%3).</source>
        <translation>%1: ”%2” är inte ett av alternativen (%3).</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1: texten är för lång (högst %2 tecken).</translation>
    </message>
    <message>
        <source>The file %1 is not an Excel workbook (.xlsx) or it is damaged.</source>
        <translation>Filen %1 är inte en Excel-arbetsbok (.xlsx) eller så är den skadad.</translation>
    </message>
    <message>
        <source>The file %1 is an old-format (.xls) or password-protected workbook; save it as an unprotected Excel workbook (.xlsx) and import that.</source>
        <translation>Filen %1 är en arbetsbok i det gamla formatet (.xls) eller en lösenordsskyddad arbetsbok; spara den som en oskyddad Excel-arbetsbok (.xlsx) och importera den.</translation>
    </message>
    <message>
        <source>The workbook %1 was refused because a part of it unpacks to an unreasonable size (%2).</source>
        <translation>Arbetsboken %1 avvisades eftersom en del av den (%2) packas upp till en orimlig storlek.</translation>
    </message>
    <message>
        <source>The workbook %1 was refused because it holds more than %2 different texts; split it into smaller workbooks.</source>
        <translation>Arbetsboken %1 avvisades eftersom den innehåller fler än %2 olika texter. Dela upp den i mindre arbetsböcker.</translation>
    </message>
    <message>
        <source>The workbook %1 was refused because a sheet of it has more than %2 rows; split it into smaller workbooks.</source>
        <translation>Arbetsboken %1 avvisades eftersom ett av dess blad har fler än %2 rader. Dela upp den i mindre arbetsböcker.</translation>
    </message>
    <message>
        <source>The workbook %1 was refused because it contains XML entity declarations, which can be used to attack the computer.</source>
        <translation>Arbetsboken %1 avvisades eftersom den innehåller XML-entitetsdeklarationer, som kan användas för att angripa datorn.</translation>
    </message>
    <message>
        <source>The workbook %1 has no worksheets.</source>
        <translation>Arbetsboken %1 har inga kalkylblad.</translation>
    </message>
    <message>
        <source>The workbook %1 has no sheet named “%2”.</source>
        <translation>Arbetsboken %1 har inget blad med namnet ”%2”.</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>Bladet ”%1” är tomt.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolumn %1</translation>
    </message>
    <message>
        <source>“%1” is not of the form field=Heading.</source>
        <translation>”%1” har inte formen fält=Rubrik.</translation>
    </message>
    <message>
        <source>%1 has no field called “%2”; it has: %3.</source>
        <translation>%1 har inget fält som heter ”%2”; fälten är: %3.</translation>
    </message>
    <message>
        <source>There are several columns headed “%1”; name the one you mean by its number (#2) or letter (B).</source>
        <translation>Det finns flera kolumner med rubriken ”%1”; ange den du menar med dess nummer (#2) eller bokstav (B).</translation>
    </message>
    <message>
        <source>There is no column headed “%1”; the headings are: %2.</source>
        <translation>Det finns ingen kolumn med rubriken ”%1”; rubrikerna är: %2.</translation>
    </message>
    <message>
        <source>The column chosen for %1 is not in the table.</source>
        <translation>Kolumnen som valts för %1 finns inte i tabellen.</translation>
    </message>
    <message>
        <source>The column %1 is chosen for both %2 and %3.</source>
        <translation>Kolumnen %1 är vald för både %2 och %3.</translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation>Välj den kolumn som innehåller %1.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Rad %1, %2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <source>Writing to the register…</source>
        <translation>Skriver till registret…</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files and import them one at a time.</source>
        <translation>Filen har fler än %1 rader; dela upp den i mindre filer och importera dem en i taget.</translation>
    </message>
    <message>
        <source>The row has %1 cells but there are %2 headings; a value may hold the separator without quotation marks around it.</source>
        <translation>Raden har %1 celler men det finns %2 kolumnrubriker; ett värde kan innehålla avgränsaren utan citattecken runt sig.</translation>
    </message>
    <message>
        <source>The row has %1 cells but there are %2 headings; a separator may be missing.</source>
        <translation>Raden har %1 celler men det finns %2 kolumnrubriker; en avgränsare kan saknas.</translation>
    </message>
    <message>
        <source>The row has a value in column %1, which has no heading; give the column a heading or move the value.</source>
        <translation>Raden har ett värde i kolumn %1, som saknar rubrik; ge kolumnen en rubrik eller flytta värdet.</translation>
    </message>
    <message>
        <source>%1 to be created</source>
        <translation>%1 skapas</translation>
    </message>
    <message>
        <source>%1 to be updated</source>
        <translation>%1 uppdateras</translation>
    </message>
    <message>
        <source>%1 to be merged</source>
        <translation>%1 slås samman</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 oförändrade</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 skapade</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 uppdaterade</translation>
    </message>
    <message>
        <source>%1 merged</source>
        <translation>%1 sammanslagna</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trial run: nothing was written.</source>
        <translation>Provkörning: ingenting skrevs.</translation>
    </message>
    <message>
        <source>Similar town names: %1 of %2 groups merged.</source>
        <translation>Liknande ortnamn: %1 av %2 grupper har slagits samman.</translation>
    </message>
    <message>
        <source>Rows skipped: %1, written to %2.</source>
        <translation>Överhoppade rader: %1, sparade i %2.</translation>
    </message>
    <message>
        <source>Rows to be skipped: %1.</source>
        <translation>Rader som hoppas över: %1.</translation>
    </message>
    <message>
        <source>1 row repeats an earlier row exactly and was counted once (row %2).</source>
        <translation>1 rad upprepar en tidigare rad exakt och räknades en gång (rad %2).</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row exactly and were counted once (rows %2).</source>
        <translation>%1 rader upprepar en tidigare rad exakt och räknades en gång (rad %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n rad överhoppad</numerusform>
            <numerusform>%n rader överhoppade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 (%n row(s)): %2</source>
        <translation>
            <numerusform>Import av %1 (%n rad): %2</numerusform>
            <numerusform>Import av %1 (%n rader): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>inget nytt</translation>
    </message>
    <message>
        <source>%1 (%2) → %3, already in the register</source>
        <translation>%1 (%2) → %3, finns redan i registret</translation>
    </message>
    <message>
        <source>%1 (%2) → one new town %3</source>
        <translation>%1 (%2) → en ny ort %3</translation>
    </message>
    <message>
        <source>There are towns called “%1” in several countries in the register; give the country.</source>
        <translation>Det finns orter som heter ”%1” i flera länder i registret; ange landet.</translation>
    </message>
    <message>
        <source>There are several towns called “%1” in %2 in the register.</source>
        <translation>Det finns flera orter som heter ”%1” i %2 i registret.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The rows of %1 that were not imported. They may hold personal data: delete this file when the rows are dealt with.</source>
        <translation>Raderna i %1 som inte importerades. De kan innehålla personuppgifter: radera filen när raderna är omhändertagna.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>The column %1 says %2 in %3 rows whose towns are Swedish municipalities (%4); check that it holds the country of those towns.</source>
        <translation>Kolumnen %1 anger %2 på %3 rader där orten är en svensk kommun (%4); kontrollera att kolumnen verkligen anger ortens land.</translation>
    </message>
    <message>
        <source>Row %4, %1: “%2” is not a country or area this program knows; say which country it is.</source>
        <translation>Rad %4, %1: ”%2” är inget land eller område som programmet känner till; ange vilket land det är.</translation>
    </message>
    <message>
        <source>%1: “%2” (in %3 rows, the first is row %4) is not a country or area this program knows; say which country it is.</source>
        <translation>%1: ”%2” (på %3 rader, den första är rad %4) är inget land eller område som programmet känner till; ange vilket land det är.</translation>
    </message>
    <message>
        <source>“%1” is not a country code or name this program knows.</source>
        <translation>”%1” är ingen landskod eller inget landsnamn som programmet känner till.</translation>
    </message>
    <message>
        <source>“%1” is not of the form Text=CODE, as in “Holland=NL”.</source>
        <translation>”%1” har inte formen Text=KOD, som i ”Holland=NL”.</translation>
    </message>
    <message>
        <source>The merge file %1 cannot be read: %2</source>
        <translation>Filen med sammanslagningar %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The merge file %1 is not UTF-8 text.</source>
        <translation>Filen med sammanslagningar %1 är inte text i UTF-8.</translation>
    </message>
    <message>
        <source>The merge file %1 does not begin with the columns “merge” and “group” that the import wrote.</source>
        <translation>Filen med sammanslagningar %1 börjar inte med kolumnerna ”merge” och ”group” som importen skrev.</translation>
    </message>
    <message>
        <source>Row %1 of the merge file says “%2”: write yes, no or nothing.</source>
        <translation>Rad %1 i filen med sammanslagningar säger ”%2”: skriv ja, nej eller ingenting.</translation>
    </message>
    <message>
        <source>One name is the district or rural municipality around the other: two places unless you merge them.</source>
        <translation>Det ena namnet är distriktet eller landskommunen runt den andra orten: två platser om du inte slår ihop dem.</translation>
    </message>
    <message>
        <source>The names are alike, but no country says they are one place.</source>
        <translation>Namnen liknar varandra, men inget land visar att de är samma plats.</translation>
    </message>
    <message>
        <source>Same country, and the gazetteer knows them as one place.</source>
        <translation>Samma land, och ortregistret känner dem som samma plats.</translation>
    </message>
    <message>
        <source>Same country, and the coordinates are a few km apart.</source>
        <translation>Samma land, och koordinaterna ligger några km från varandra.</translation>
    </message>
    <message>
        <source>Same country, and one name is the other plus “municipality”.</source>
        <translation>Samma land, och det ena namnet är det andra plus ”kommun”.</translation>
    </message>
    <message>
        <source>Same country and a similar spelling only: merge only if you know them.</source>
        <translation>Bara samma land och liknande stavning: slå ihop endast om du vet att de är samma ort.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported; fix them or choose to skip the rows with problems.</source>
        <translation>
            <numerusform>Filen har %n problem, så ingenting importerades; rätta det eller välj att hoppa över raden med problemet.</numerusform>
            <numerusform>Filen har %n problem, så ingenting importerades; rätta dem eller välj att hoppa över raderna med problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no network called “%1” in the register; import the networks first.</source>
        <translation>Det finns inget nätverk som heter ”%1” i registret; importera nätverken först.</translation>
    </message>
    <message>
        <source>Several networks are called “%1”; rename one of them.</source>
        <translation>Flera nätverk heter ”%1”; byt namn på ett av dem.</translation>
    </message>
    <message>
        <source>There is no decision “%1” in the register; import the decisions first.</source>
        <translation>Det finns inget beslut ”%1” i registret; importera besluten först.</translation>
    </message>
    <message>
        <source>Several decisions have the registry number “%1”; add the section, as in “KS 2014/201 § 118”.</source>
        <translation>Flera beslut har diarienumret ”%1”; lägg till paragrafen, som i ”KS 2014/201 § 118”.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country of the town</source>
        <translation>Ortens land</translation>
    </message>
    <message>
        <source>Partner town</source>
        <translation>Vänort</translation>
    </message>
    <message>
        <source>Country of the partner</source>
        <translation>Vänortens land</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Del av</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Town of the organisation</source>
        <translation>Organisationens ort</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>Orter</translation>
    </message>
    <message>
        <source>Towns that are parties</source>
        <translation>Orter som är parter</translation>
    </message>
    <message>
        <source>Country of the towns</source>
        <translation>Orternas land</translation>
    </message>
    <message>
        <source>Organisations that are parties</source>
        <translation>Organisationer som är parter</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Resmål</translation>
    </message>
    <message>
        <source>Country of the destinations</source>
        <translation>Resmålens land</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Approval decision</source>
        <translation>Beslut om godkännande</translation>
    </message>
    <message>
        <source>Report-back decision</source>
        <translation>Beslut om återrapportering</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Town of the recipient</source>
        <translation>Mottagarens ort</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bidragsgivare</translation>
    </message>
    <message>
        <source>Country of the payer</source>
        <translation>Bidragsgivarens land</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Country of the host</source>
        <translation>Värdortens land</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Something unexpected went wrong; the details are in the log file %1.</source>
        <translation>Något oväntat gick fel; detaljerna finns i loggfilen %1.</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Importera från kalkylblad</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Twin town</source>
        <translation>Vänort</translation>
    </message>
    <message>
        <source>Twin towns</source>
        <translation>Vänorter</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>Vänortsförbindelse</translation>
    </message>
    <message>
        <source>Twinnings</source>
        <translation>Vänortsförbindelser</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Network member</source>
        <translation>Nätverksmedlem</translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Nätverksmedlemmar</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Vänortsmöte</translation>
    </message>
    <message>
        <source>Network meetings</source>
        <translation>Vänortsmöten</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Member count</source>
        <translation>Medlemsantal</translation>
    </message>
    <message>
        <source>Member counts</source>
        <translation>Medlemsantal</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>Åtgärd i handlingsplan</translation>
    </message>
    <message>
        <source>Action plan items</source>
        <translation>Åtgärder i handlingsplaner</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Resa</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Resor</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Växelkurs</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Växelkurser</translation>
    </message>
    <message>
        <source>Reference fact</source>
        <translation>Omvärldsuppgift</translation>
    </message>
    <message>
        <source>Reference facts</source>
        <translation>Omvärldsfakta</translation>
    </message>
    <message>
        <source>Governing document</source>
        <translation>Styrdokument</translation>
    </message>
    <message>
        <source>Governing documents</source>
        <translation>Styrdokument</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revidering</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revideringar</translation>
    </message>
    <message>
        <source>Term of office</source>
        <translation>Mandatperiod</translation>
    </message>
    <message>
        <source>Terms of office</source>
        <translation>Mandatperioder</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Utvärderingar</translation>
    </message>
    <message>
        <source>New twin town</source>
        <translation>Ny vänort</translation>
    </message>
    <message>
        <source>New twinning</source>
        <translation>Ny vänortsförbindelse</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Nytt nätverk</translation>
    </message>
    <message>
        <source>New network member</source>
        <translation>Ny nätverksmedlem</translation>
    </message>
    <message>
        <source>New network meeting</source>
        <translation>Nytt vänortsmöte</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>New member count</source>
        <translation>Nytt medlemsantal</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <source>New action plan item</source>
        <translation>Ny åtgärd i handlingsplanen</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nytt beslut</translation>
    </message>
    <message>
        <source>New trip</source>
        <translation>Ny resa</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nytt bidrag</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>Ny växelkurs</translation>
    </message>
    <message>
        <source>New governing document</source>
        <translation>Nytt styrdokument</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Ny revidering</translation>
    </message>
    <message>
        <source>New term of office</source>
        <translation>Ny mandatperiod</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>Ny utvärdering</translation>
    </message>
    <message>
        <source>New reference fact</source>
        <translation>Ny omvärldsuppgift</translation>
    </message>
    <message>
        <source>The twin town no longer exists; someone may have deleted it.</source>
        <translation>Vänorten finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The twin town was deleted by someone else after you opened it.</source>
        <translation>Vänorten har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The twin town was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Vänorten har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A twin town with these values already exists.</source>
        <translation>Det finns redan en vänort med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the twin town “%1”?</source>
        <translation>Vill du ta bort vänorten ”%1”?</translation>
    </message>
    <message>
        <source>The twin town “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Vänorten ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This twin town is already in the register with %1 %2, not %3.</source>
        <translation>Vänorten finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same twin town is in row %1 with %2 %3, not %4.</source>
        <translation>Samma vänort finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same twin town is already in row %1.</source>
        <translation>En dubblett: samma vänort finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The twinning no longer exists; someone may have deleted it.</source>
        <translation>Vänortsförbindelsen finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The twinning was deleted by someone else after you opened it.</source>
        <translation>Vänortsförbindelsen har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The twinning was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Vänortsförbindelsen har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A twinning with these values already exists.</source>
        <translation>Det finns redan en vänortsförbindelse med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the twinning “%1”?</source>
        <translation>Vill du ta bort vänortsförbindelsen ”%1”?</translation>
    </message>
    <message>
        <source>The twinning “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Vänortsförbindelsen ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This twinning is already in the register with %1 %2, not %3.</source>
        <translation>Vänortsförbindelsen finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same twinning is in row %1 with %2 %3, not %4.</source>
        <translation>Samma vänortsförbindelse finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same twinning is already in row %1.</source>
        <translation>En dubblett: samma vänortsförbindelse finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The network no longer exists; someone may have deleted it.</source>
        <translation>Nätverket finns inte längre; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>The network was deleted by someone else after you opened it.</source>
        <translation>Nätverket har tagits bort av någon annan efter att du öppnade det.</translation>
    </message>
    <message>
        <source>The network was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Nätverket har ändrats av någon annan efter att du öppnade det. Läs in det igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A network with these values already exists.</source>
        <translation>Det finns redan ett nätverk med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the network “%1”?</source>
        <translation>Vill du ta bort nätverket ”%1”?</translation>
    </message>
    <message>
        <source>The network “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Nätverket ”%1” har tagits bort. Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <source>This network is already in the register with %1 %2, not %3.</source>
        <translation>Nätverket finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same network is in row %1 with %2 %3, not %4.</source>
        <translation>Samma nätverk finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same network is already in row %1.</source>
        <translation>En dubblett: samma nätverk finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The network member no longer exists; someone may have deleted it.</source>
        <translation>Nätverksmedlemmen finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The network member was deleted by someone else after you opened it.</source>
        <translation>Nätverksmedlemmen har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The network member was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Nätverksmedlemmen har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A network member with these values already exists.</source>
        <translation>Det finns redan en nätverksmedlem med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the network member “%1”?</source>
        <translation>Vill du ta bort nätverksmedlemmen ”%1”?</translation>
    </message>
    <message>
        <source>The network member “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Nätverksmedlemmen ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This network member is already in the register with %1 %2, not %3.</source>
        <translation>Nätverksmedlemmen finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same network member is in row %1 with %2 %3, not %4.</source>
        <translation>Samma nätverksmedlem finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same network member is already in row %1.</source>
        <translation>En dubblett: samma nätverksmedlem finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The network meeting no longer exists; someone may have deleted it.</source>
        <translation>Vänortsmötet finns inte längre; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>The network meeting was deleted by someone else after you opened it.</source>
        <translation>Vänortsmötet har tagits bort av någon annan efter att du öppnade det.</translation>
    </message>
    <message>
        <source>The network meeting was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Vänortsmötet har ändrats av någon annan efter att du öppnade det. Läs in det igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A network meeting with these values already exists.</source>
        <translation>Det finns redan ett vänortsmöte med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the network meeting “%1”?</source>
        <translation>Vill du ta bort vänortsmötet ”%1”?</translation>
    </message>
    <message>
        <source>The network meeting “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Vänortsmötet ”%1” har tagits bort. Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <source>This network meeting is already in the register with %1 %2, not %3.</source>
        <translation>Vänortsmötet finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same network meeting is in row %1 with %2 %3, not %4.</source>
        <translation>Samma vänortsmöte finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same network meeting is already in row %1.</source>
        <translation>En dubblett: samma vänortsmöte finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The organisation no longer exists; someone may have deleted it.</source>
        <translation>Organisationen finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The organisation was deleted by someone else after you opened it.</source>
        <translation>Organisationen har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The organisation was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Organisationen har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>An organisation with these values already exists.</source>
        <translation>Det finns redan en organisation med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the organisation “%1”?</source>
        <translation>Vill du ta bort organisationen ”%1”?</translation>
    </message>
    <message>
        <source>The organisation “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Organisationen ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This organisation is already in the register with %1 %2, not %3.</source>
        <translation>Organisationen finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same organisation is in row %1 with %2 %3, not %4.</source>
        <translation>Samma organisation finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same organisation is already in row %1.</source>
        <translation>En dubblett: samma organisation finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The member count no longer exists; someone may have deleted it.</source>
        <translation>Medlemsantalet finns inte längre; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>The member count was deleted by someone else after you opened it.</source>
        <translation>Medlemsantalet har tagits bort av någon annan efter att du öppnade det.</translation>
    </message>
    <message>
        <source>The member count was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Medlemsantalet har ändrats av någon annan efter att du öppnade det. Läs in det igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A member count with these values already exists.</source>
        <translation>Det finns redan ett medlemsantal med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the member count “%1”?</source>
        <translation>Vill du ta bort medlemsantalet ”%1”?</translation>
    </message>
    <message>
        <source>The member count “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Medlemsantalet ”%1” har tagits bort. Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <source>This member count is already in the register with %1 %2, not %3.</source>
        <translation>Medlemsantalet finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same member count is in row %1 with %2 %3, not %4.</source>
        <translation>Samma medlemsantal finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same member count is already in row %1.</source>
        <translation>En dubblett: samma medlemsantal finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The person no longer exists; someone may have deleted it.</source>
        <translation>Personen finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The person was deleted by someone else after you opened it.</source>
        <translation>Personen har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The person was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Personen har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A person with these values already exists.</source>
        <translation>Det finns redan en person med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the person “%1”?</source>
        <translation>Vill du ta bort personen ”%1”?</translation>
    </message>
    <message>
        <source>The person “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Personen ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This person is already in the register with %1 %2, not %3.</source>
        <translation>Personen finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same person is in row %1 with %2 %3, not %4.</source>
        <translation>Samma person finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same person is already in row %1.</source>
        <translation>En dubblett: samma person finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The agreement no longer exists; someone may have deleted it.</source>
        <translation>Avtalet finns inte längre; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>The agreement was deleted by someone else after you opened it.</source>
        <translation>Avtalet har tagits bort av någon annan efter att du öppnade det.</translation>
    </message>
    <message>
        <source>The agreement was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Avtalet har ändrats av någon annan efter att du öppnade det. Läs in det igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>An agreement with these values already exists.</source>
        <translation>Det finns redan ett avtal med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the agreement “%1”?</source>
        <translation>Vill du ta bort avtalet ”%1”?</translation>
    </message>
    <message>
        <source>The agreement “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Avtalet ”%1” har tagits bort. Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <source>This agreement is already in the register with %1 %2, not %3.</source>
        <translation>Avtalet finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same agreement is in row %1 with %2 %3, not %4.</source>
        <translation>Samma avtal finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same agreement is already in row %1.</source>
        <translation>En dubblett: samma avtal finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The action plan item no longer exists; someone may have deleted it.</source>
        <translation>Åtgärden i handlingsplanen finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The action plan item was deleted by someone else after you opened it.</source>
        <translation>Åtgärden i handlingsplanen har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The action plan item was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Åtgärden i handlingsplanen har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>An action plan item with these values already exists.</source>
        <translation>Det finns redan en åtgärd i handlingsplanen med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the action plan item “%1”?</source>
        <translation>Vill du ta bort åtgärden i handlingsplanen ”%1”?</translation>
    </message>
    <message>
        <source>The action plan item “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Åtgärden i handlingsplanen ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This action plan item is already in the register with %1 %2, not %3.</source>
        <translation>Åtgärden i handlingsplanen finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same action plan item is in row %1 with %2 %3, not %4.</source>
        <translation>Samma åtgärd i handlingsplanen finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same action plan item is already in row %1.</source>
        <translation>En dubblett: samma åtgärd i handlingsplanen finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The decision no longer exists; someone may have deleted it.</source>
        <translation>Beslutet finns inte längre; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>The decision was deleted by someone else after you opened it.</source>
        <translation>Beslutet har tagits bort av någon annan efter att du öppnade det.</translation>
    </message>
    <message>
        <source>The decision was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Beslutet har ändrats av någon annan efter att du öppnade det. Läs in det igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A decision with these values already exists.</source>
        <translation>Det finns redan ett beslut med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the decision “%1”?</source>
        <translation>Vill du ta bort beslutet ”%1”?</translation>
    </message>
    <message>
        <source>The decision “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Beslutet ”%1” har tagits bort. Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <source>This decision is already in the register with %1 %2, not %3.</source>
        <translation>Beslutet finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same decision is in row %1 with %2 %3, not %4.</source>
        <translation>Samma beslut finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same decision is already in row %1.</source>
        <translation>En dubblett: samma beslut finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The trip no longer exists; someone may have deleted it.</source>
        <translation>Resan finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The trip was deleted by someone else after you opened it.</source>
        <translation>Resan har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The trip was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Resan har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A trip with these values already exists.</source>
        <translation>Det finns redan en resa med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the trip “%1”?</source>
        <translation>Vill du ta bort resan ”%1”?</translation>
    </message>
    <message>
        <source>The trip “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Resan ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This trip is already in the register with %1 %2, not %3.</source>
        <translation>Resan finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same trip is in row %1 with %2 %3, not %4.</source>
        <translation>Samma resa finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same trip is already in row %1.</source>
        <translation>En dubblett: samma resa finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The activity no longer exists; someone may have deleted it.</source>
        <translation>Aktiviteten finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The activity was deleted by someone else after you opened it.</source>
        <translation>Aktiviteten har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The activity was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Aktiviteten har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>An activity with these values already exists.</source>
        <translation>Det finns redan en aktivitet med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the activity “%1”?</source>
        <translation>Vill du ta bort aktiviteten ”%1”?</translation>
    </message>
    <message>
        <source>The activity “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Aktiviteten ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This activity is already in the register with %1 %2, not %3.</source>
        <translation>Aktiviteten finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same activity is in row %1 with %2 %3, not %4.</source>
        <translation>Samma aktivitet finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same activity is already in row %1.</source>
        <translation>En dubblett: samma aktivitet finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The grant no longer exists; someone may have deleted it.</source>
        <translation>Bidraget finns inte längre; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>The grant was deleted by someone else after you opened it.</source>
        <translation>Bidraget har tagits bort av någon annan efter att du öppnade det.</translation>
    </message>
    <message>
        <source>The grant was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Bidraget har ändrats av någon annan efter att du öppnade det. Läs in det igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A grant with these values already exists.</source>
        <translation>Det finns redan ett bidrag med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the grant “%1”?</source>
        <translation>Vill du ta bort bidraget ”%1”?</translation>
    </message>
    <message>
        <source>The grant “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Bidraget ”%1” har tagits bort. Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <source>This grant is already in the register with %1 %2, not %3.</source>
        <translation>Bidraget finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same grant is in row %1 with %2 %3, not %4.</source>
        <translation>Samma bidrag finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same grant is already in row %1.</source>
        <translation>En dubblett: samma bidrag finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The exchange rate no longer exists; someone may have deleted it.</source>
        <translation>Växelkursen finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The exchange rate was deleted by someone else after you opened it.</source>
        <translation>Växelkursen har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The exchange rate was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Växelkursen har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>An exchange rate with these values already exists.</source>
        <translation>Det finns redan en växelkurs med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the exchange rate “%1”?</source>
        <translation>Vill du ta bort växelkursen ”%1”?</translation>
    </message>
    <message>
        <source>The exchange rate “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Växelkursen ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This exchange rate is already in the register with %1 %2, not %3.</source>
        <translation>Växelkursen finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same exchange rate is in row %1 with %2 %3, not %4.</source>
        <translation>Samma växelkurs finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same exchange rate is already in row %1.</source>
        <translation>En dubblett: samma växelkurs finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The governing document no longer exists; someone may have deleted it.</source>
        <translation>Styrdokumentet finns inte längre; någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>The governing document was deleted by someone else after you opened it.</source>
        <translation>Styrdokumentet har tagits bort av någon annan efter att du öppnade det.</translation>
    </message>
    <message>
        <source>The governing document was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Styrdokumentet har ändrats av någon annan efter att du öppnade det. Läs in det igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A governing document with these values already exists.</source>
        <translation>Det finns redan ett styrdokument med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the governing document “%1”?</source>
        <translation>Vill du ta bort styrdokumentet ”%1”?</translation>
    </message>
    <message>
        <source>The governing document “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Styrdokumentet ”%1” har tagits bort. Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <source>This governing document is already in the register with %1 %2, not %3.</source>
        <translation>Styrdokumentet finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same governing document is in row %1 with %2 %3, not %4.</source>
        <translation>Samma styrdokument finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same governing document is already in row %1.</source>
        <translation>En dubblett: samma styrdokument finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The revision no longer exists; someone may have deleted it.</source>
        <translation>Revideringen finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The revision was deleted by someone else after you opened it.</source>
        <translation>Revideringen har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The revision was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Revideringen har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A revision with these values already exists.</source>
        <translation>Det finns redan en revidering med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the revision “%1”?</source>
        <translation>Vill du ta bort revideringen ”%1”?</translation>
    </message>
    <message>
        <source>The revision “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Revideringen ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This revision is already in the register with %1 %2, not %3.</source>
        <translation>Revideringen finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same revision is in row %1 with %2 %3, not %4.</source>
        <translation>Samma revidering finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same revision is already in row %1.</source>
        <translation>En dubblett: samma revidering finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The term of office no longer exists; someone may have deleted it.</source>
        <translation>Mandatperioden finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The term of office was deleted by someone else after you opened it.</source>
        <translation>Mandatperioden har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The term of office was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Mandatperioden har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A term of office with these values already exists.</source>
        <translation>Det finns redan en mandatperiod med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the term of office “%1”?</source>
        <translation>Vill du ta bort mandatperioden ”%1”?</translation>
    </message>
    <message>
        <source>The term of office “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Mandatperioden ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This term of office is already in the register with %1 %2, not %3.</source>
        <translation>Mandatperioden finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same term of office is in row %1 with %2 %3, not %4.</source>
        <translation>Samma mandatperiod finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same term of office is already in row %1.</source>
        <translation>En dubblett: samma mandatperiod finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The evaluation no longer exists; someone may have deleted it.</source>
        <translation>Utvärderingen finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The evaluation was deleted by someone else after you opened it.</source>
        <translation>Utvärderingen har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The evaluation was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Utvärderingen har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>An evaluation with these values already exists.</source>
        <translation>Det finns redan en utvärdering med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the evaluation “%1”?</source>
        <translation>Vill du ta bort utvärderingen ”%1”?</translation>
    </message>
    <message>
        <source>The evaluation “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Utvärderingen ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This evaluation is already in the register with %1 %2, not %3.</source>
        <translation>Utvärderingen finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same evaluation is in row %1 with %2 %3, not %4.</source>
        <translation>Samma utvärdering finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same evaluation is already in row %1.</source>
        <translation>En dubblett: samma utvärdering finns redan på rad %1.</translation>
    </message>
    <message>
        <source>The reference fact no longer exists; someone may have deleted it.</source>
        <translation>Omvärldsuppgiften finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The reference fact was deleted by someone else after you opened it.</source>
        <translation>Omvärldsuppgiften har tagits bort av någon annan efter att du öppnade den.</translation>
    </message>
    <message>
        <source>The reference fact was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Omvärldsuppgiften har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>A reference fact with these values already exists.</source>
        <translation>Det finns redan en omvärldsuppgift med de här värdena.</translation>
    </message>
    <message>
        <source>Delete the reference fact “%1”?</source>
        <translation>Vill du ta bort omvärldsuppgiften ”%1”?</translation>
    </message>
    <message>
        <source>The reference fact “%1” has been deleted. Ctrl+Z brings it back.</source>
        <translation>Omvärldsuppgiften ”%1” har tagits bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>This reference fact is already in the register with %1 %2, not %3.</source>
        <translation>Omvärldsuppgiften finns redan i registret med %1 %2, inte %3.</translation>
    </message>
    <message>
        <source>The same reference fact is in row %1 with %2 %3, not %4.</source>
        <translation>Samma omvärldsuppgift finns på rad %1 med %2 %3, inte %4.</translation>
    </message>
    <message>
        <source>A duplicate: the same reference fact is already in row %1.</source>
        <translation>En dubblett: samma omvärldsuppgift finns redan på rad %1.</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>What do the rows hold?</source>
        <translation>Vad innehåller raderna?</translation>
    </message>
    <message>
        <source>Each row of the file becomes one record of this kind.</source>
        <translation>Varje rad i filen blir en post av det här slaget.</translation>
    </message>
    <message>
        <source>Chosen as last time for a file with the same column headings.</source>
        <translation>Valt som förra gången för en fil med samma kolumnrubriker.</translation>
    </message>
</context>
<context>
    <name>KnownDateEditor</name>
    <message>
        <source>e.g. 1985, 1940s, c. 1949</source>
        <translation>t.ex. 1985, 1940-talet, ca 1949</translation>
    </message>
    <message>
        <source>approximately %1</source>
        <translation>ungefär %1</translation>
    </message>
    <message>
        <source>means %1</source>
        <translation>betyder %1</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>name@kommun.se</source>
        <translation>namn@kommun.se</translation>
    </message>
</context>
<context>
    <name>LinkedRecordsPanel</name>
    <message>
        <source>New linked record</source>
        <translation>Ny kopplad post</translation>
    </message>
    <message>
        <source>Linked records are shown once the record is saved.</source>
        <translation>Kopplade poster visas när posten har sparats.</translation>
    </message>
    <message>
        <source>Reading the linked records…</source>
        <translation>Läser in de kopplade posterna…</translation>
    </message>
    <message>
        <source>The linked records could not be read.</source>
        <translation>De kopplade posterna kunde inte läsas in.</translation>
    </message>
    <message>
        <source>Double-click a record to open it.</source>
        <translation>Dubbelklicka på en post för att öppna den.</translation>
    </message>
    <message>
        <source>No other records are linked to this one yet.</source>
        <translation>Inga andra poster är kopplade till den här ännu.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Choose an image…</source>
        <translation>Välj en bild…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read (use PNG or JPEG).</source>
        <translation>%1 är ingen bild som programmet kan läsa (använd PNG eller JPEG).</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Anslut till &amp;server…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <source>C&amp;heck the database</source>
        <translation>Kon&amp;trollera databasen</translation>
    </message>
    <message>
        <source>&amp;Import from spreadsheet…</source>
        <translation>Im&amp;portera från kalkylblad…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Tillbaka till listan</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>S&amp;ök</translation>
    </message>
    <message>
        <source>Search the &amp;whole register…</source>
        <translation>Sök i &amp;hela registret…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>&amp;About Vänort</source>
        <translation>&amp;Om Vänort</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>Senaste &amp;databaser</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Ra&amp;pporter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Handbok</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your account may read the register but not change it.</source>
        <translation>Ditt konto får läsa registret men inte ändra i det.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>borttagning av ”%1”</translation>
    </message>
    <message>
        <source>Discard changes to “%1”</source>
        <translation>förkastade ändringar i ”%1”</translation>
    </message>
    <message>
        <source>The record was deleted meanwhile; its discarded changes cannot come back.</source>
        <translation>Posten har tagits bort under tiden, så de förkastade ändringarna kan inte återställas.</translation>
    </message>
    <message>
        <source>The discarded changes are back.</source>
        <translation>De förkastade ändringarna är tillbaka i formuläret.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Posten har återställts.</translation>
    </message>
    <message>
        <source>Deleted again.</source>
        <translation>Posten har tagits bort igen.</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Det gick inte att ångra</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Sparar en kopia…</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>En kopia har sparats som %1.</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Kopian kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Säkerhetskopian har återställts.</translation>
    </message>
    <message>
        <source>The new language applies when Vänort is started again.</source>
        <translation>Det nya språket gäller när Vänort startas om.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>Agreement: %1 (%2)</source>
        <translation>Avtal: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 at the municipal level, %2 at the civil level</source>
        <translation>%1 på kommunal nivå, %2 på civil nivå</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinater</translation>
    </message>
    <message>
        <source>Contact year</source>
        <translation>Kontaktår</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Method and scope</source>
        <translation>Metod och avgränsning</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Our twin towns</source>
        <translation>Våra vänorter</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Omvärldsperspektiv</translation>
    </message>
    <message>
        <source>Analysis and conclusions</source>
        <translation>Analys och slutsatser</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekommendationer</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källförteckning</translation>
    </message>
    <message>
        <source>Appendices</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>A mapping of the municipality&apos;s twinnings: history, twin towns, agreements, activities, analysis and recommendations.</source>
        <translation>En kartläggning av kommunens vänortsförbindelser: historik, vänorter, avtal, aktiviteter, analys och rekommendationer.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Members in</source>
        <translation>Medlemsantal år</translation>
    </message>
    <message>
        <source>Twinnings included</source>
        <translation>Vänortsförbindelser som ingår</translation>
    </message>
    <message>
        <source>Networks included</source>
        <translation>Nätverk som ingår</translation>
    </message>
    <message>
        <source>the author&apos;s name</source>
        <translation>författarens namn</translation>
    </message>
    <message>
        <source>Registry number and author are still missing.</source>
        <translation>Diarienummer och handläggare saknas ännu.</translation>
    </message>
    <message>
        <source>The registry number is still missing.</source>
        <translation>Diarienummer saknas ännu.</translation>
    </message>
    <message>
        <source>The author is still missing.</source>
        <translation>Handläggare saknas ännu.</translation>
    </message>
    <message>
        <source>the other twin towns</source>
        <translation>gruppen övriga vänorter</translation>
    </message>
    <message>
        <source>The register holds no meetings or activities for %1.</source>
        <translation>Registret innehåller inga möten eller aktiviteter för %1.</translation>
    </message>
    <message>
        <source>The twin towns</source>
        <translation>Vänorterna</translation>
    </message>
    <message>
        <source>other twin towns</source>
        <translation>övriga vänorter</translation>
    </message>
    <message>
        <source>Commissioned by %1</source>
        <translation>På uppdrag av %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Nothing in the register has changed.</source>
        <translation>Ingenting i registret har ändrats.</translation>
    </message>
    <message>
        <source>Changes since %1 (%2)</source>
        <translation>Ändringar sedan %1 (%2)</translation>
    </message>
    <message>
        <source>No twin towns are included in this mapping.</source>
        <translation>Inga vänorter ingår i kartläggningen.</translation>
    </message>
    <message>
        <source>Where the towns of %1 lie.</source>
        <translation>Var orterna i %1 ligger.</translation>
    </message>
    <message>
        <source>Short facts about each twin town are in appendix 1.</source>
        <translation>För kortfattad information om varje vänort, se bilaga 1.</translation>
    </message>
    <message>
        <source>Twin town</source>
        <translation>Vänort</translation>
    </message>
    <message>
        <source>Country (or area)</source>
        <translation>Land (eller område)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemsantal</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (avslutad)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>The towns of %1: country or area, contact year and the members of the local branches in %2.</source>
        <translation>Orterna i %1: land eller område, kontaktår och medlemsantal i respektive lokalavdelning %2.</translation>
    </message>
    <message>
        <source>Twin towns outside the chain.</source>
        <translation>Vänorter utanför kedjan.</translation>
    </message>
    <message>
        <source>Twin towns outside the network.</source>
        <translation>Vänorter utanför nätverket.</translation>
    </message>
    <message>
        <source>Twin towns outside the chains.</source>
        <translation>Vänorter utanför kedjorna.</translation>
    </message>
    <message>
        <source>Twin towns outside the networks.</source>
        <translation>Vänorter utanför nätverken.</translation>
    </message>
    <message>
        <source>Other twin towns</source>
        <translation>Övriga vänorter</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreements with or between the included twin towns.</source>
        <translation>Avtal med eller mellan de vänorter som ingår.</translation>
    </message>
    <message>
        <source>Facts and figures</source>
        <translation>Fakta och siffror</translation>
    </message>
    <message>
        <source>The coordinator&apos;s judgement.</source>
        <translation>Samordnarens bedömning.</translation>
    </message>
    <message>
        <source>judgement %1</source>
        <translation>bedömning %1</translation>
    </message>
    <message>
        <source>newly started; %1</source>
        <translation>nystartad; %1</translation>
    </message>
    <message>
        <source>Municipal level</source>
        <translation>Kommunal nivå</translation>
    </message>
    <message>
        <source>Civil level</source>
        <translation>Civil nivå</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The status of each twinning in %1 at the municipal and the civil level.</source>
        <translation>Status för varje vänortsförbindelse under %1, på kommunal och civil nivå.</translation>
    </message>
    <message>
        <source>Judgement %1 (%2): %3</source>
        <translation>Bedömning %1 (%2): %3</translation>
    </message>
    <message>
        <source>The evidence is listed in an appendix.</source>
        <translation>Underlaget redovisas i en bilaga.</translation>
    </message>
    <message>
        <source>Trips, decisions and activities the municipality took part in count as its own contact; the networks&apos; meetings and other activities as civil contact. The evidence is listed in an appendix.</source>
        <translation>Resor, beslut och aktiviteter som kommunen deltagit i räknas som kommunala kontakter, vänortsmötena och övriga aktiviteter som civila. Underlaget redovisas i en bilaga.</translation>
    </message>
    <message>
        <source>Nothing is recorded for %1 in the period.</source>
        <translation>För %1 finns ingenting registrerat under perioden.</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Rekommendation %1</translation>
    </message>
    <message>
        <source>The register holds no sources to list.</source>
        <translation>Registret innehåller inga källor att förteckna.</translation>
    </message>
    <message>
        <source>Appendix %1: The twin towns</source>
        <translation>Bilaga %1: Vänorterna</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Kept with: %1</source>
        <translation>Hör till: %1</translation>
    </message>
    <message>
        <source>Appendix %1: %2</source>
        <translation>Bilaga %1: %2</translation>
    </message>
    <message>
        <source>Appendix %1: What each status rests on</source>
        <translation>Bilaga %1: Underlag för statusbedömningen</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Kartläggning</translation>
    </message>
    <message>
        <source>%1 twin town</source>
        <translation>%1 vänort</translation>
    </message>
    <message>
        <source>%1 twin towns</source>
        <translation>%1 vänorter</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <source>Members %1</source>
        <translation>Medlemsantal %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Hosted meetings</source>
        <translation>Värdskap för vänortsmöten</translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>Bidrag %1</translation>
    </message>
    <message>
        <source>§ %1</source>
        <translation>§ %1</translation>
    </message>
    <message>
        <source>(attached to %1)</source>
        <translation>(bifogad till %1)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>New twin town: %1 (%2)</source>
        <translation>Ny vänort: %1 (%2)</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Avslutad: %1</translation>
    </message>
    <message>
        <source>Ended: %1 (%2)</source>
        <translation>Avslutad: %1 (%2)</translation>
    </message>
    <message>
        <source>No longer included: %1</source>
        <translation>Ingår inte längre: %1</translation>
    </message>
    <message>
        <source>Status of %1: %2 → %3</source>
        <translation>Status för %1: %2 → %3</translation>
    </message>
    <message>
        <source>Members in %1: %2 → %3</source>
        <translation>Medlemsantal i %1: %2 → %3</translation>
    </message>
    <message>
        <source>New agreement: %1 (%2)</source>
        <translation>Nytt avtal: %1 (%2)</translation>
    </message>
    <message>
        <source>Agreement %1: %2 → %3</source>
        <translation>Avtal %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>New activity: %1</source>
        <translation>Ny aktivitet: %1</translation>
    </message>
    <message>
        <source>New trip: %1</source>
        <translation>Ny resa: %1</translation>
    </message>
    <message>
        <source>Activity changed: %1, before %2</source>
        <translation>Ändrad aktivitet: %1, tidigare %2</translation>
    </message>
    <message>
        <source>Trip changed: %1, before %2</source>
        <translation>Ändrad resa: %1, tidigare %2</translation>
    </message>
    <message>
        <source>No longer in the mapping: %1</source>
        <translation>Ingår inte längre i kartläggningen: %1</translation>
    </message>
    <message>
        <source>%1 of %2, %3, %4</source>
        <translation>%1 i %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 i %2, %3</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nytt: %1</translation>
    </message>
    <message>
        <source>Changed: %1, before %2</source>
        <translation>Ändrat: %1, tidigare %2</translation>
    </message>
    <message>
        <source>Mapping of the twinnings</source>
        <translation>Kartläggning av vänortsförbindelserna</translation>
    </message>
    <message>
        <source>[Write here: who commissioned the mapping, for what occasion and with what purpose.]</source>
        <translation>[Skriv här: vem som gav uppdraget till kartläggningen, inför vilket tillfälle och i vilket syfte.]</translation>
    </message>
    <message>
        <source>[Write here: who commissioned it.]</source>
        <translation>[Skriv här: vem som gav uppdraget.]</translation>
    </message>
    <message>
        <source>[Write here: the occasion.]</source>
        <translation>[Skriv här: vilket tillfälle kartläggningen görs inför.]</translation>
    </message>
    <message>
        <source>[Write here: the purpose of the mapping.]</source>
        <translation>[Skriv här: kartläggningens syfte.]</translation>
    </message>
    <message>
        <source>[registry number]</source>
        <translation>[diarienummer]</translation>
    </message>
    <message>
        <source>[author]</source>
        <translation>[författare]</translation>
    </message>
    <message>
        <source>[Write here: the author&apos;s name and title for the signature.]</source>
        <translation>[Skriv här: namn och titel för underskriften.]</translation>
    </message>
    <message>
        <source>[Write here: how the mapping was done: archives searched, people asked.]</source>
        <translation>[Skriv här: hur kartläggningen gjordes: vilka arkiv som genomsökts och vilka personer som tillfrågats.]</translation>
    </message>
    <message>
        <source>[Write here: the sources consulted besides the register.]</source>
        <translation>[Skriv här: de källor som använts utöver registret.]</translation>
    </message>
    <message>
        <source>[Write here: what is left out of the mapping, and why.]</source>
        <translation>[Skriv här: vad som inte ingår i kartläggningen, och varför.]</translation>
    </message>
    <message>
        <source>[Write here: the history of the twinnings, from their first contacts.]</source>
        <translation>[Skriv här: vänortsförbindelsernas historik, från de första kontakterna.]</translation>
    </message>
    <message>
        <source>[Write here: the outlook: how other municipalities, the national association and the EU see twinning today, with facts, figures and their sources.]</source>
        <translation>[Skriv här: omvärldsperspektivet: hur andra kommuner, riksorganisationen och EU ser på vänortsarbete i dag, med fakta, siffror och källor.]</translation>
    </message>
    <message>
        <source>[Write here: the analysis and conclusions: what the status of each twinning means for the municipality.]</source>
        <translation>[Skriv här: analys och slutsatser: vad varje vänortsförbindelses status betyder för kommunen.]</translation>
    </message>
    <message>
        <source>[Write here: the recommendations, each with a heading and its reasons.]</source>
        <translation>[Skriv här: rekommendationerna, var och en med rubrik och motivering.]</translation>
    </message>
    <message>
        <source>[Write here: the text of this section.]</source>
        <translation>[Skriv här: avsnittets text.]</translation>
    </message>
    <message>
        <source>[Heading]</source>
        <translation>[Rubrik]</translation>
    </message>
    <message>
        <source>The mapping report no longer exists; someone may have deleted it.</source>
        <translation>Kartläggningen finns inte längre; någon kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The report cannot be marked final until what is listed is written.</source>
        <translation>Rapporten kan inte markeras som slutlig förrän det som listas är ifyllt.</translation>
    </message>
    <message>
        <source>There is no final mapping report to start from. Mark a report as final first.</source>
        <translation>Det finns ingen slutlig kartläggning att utgå från. Markera först en kartläggning som slutlig.</translation>
    </message>
    <message>
        <source>The mapping report was changed elsewhere since it was opened. Open it again to see those changes.</source>
        <translation>Kartläggningen har ändrats på annat håll sedan den öppnades. Öppna den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>This mapping report is final and can no longer be changed. Start a new one from it instead.</source>
        <translation>Kartläggningen är slutlig och kan inte längre ändras. Starta i stället en ny utifrån den.</translation>
    </message>
    <message>
        <source>One municipality answered the survey.</source>
        <translation>En kommun besvarade enkäten.</translation>
    </message>
    <message>
        <source>%1 municipalities answered the survey.</source>
        <translation>%1 kommuner besvarade enkäten.</translation>
    </message>
    <message>
        <source>One of them had one or more Nordic twin towns.</source>
        <translation>En av dem hade en eller flera nordiska vänorter.</translation>
    </message>
    <message>
        <source>%1 of them had one or more Nordic twin towns.</source>
        <translation>%1 av dem hade en eller flera nordiska vänorter.</translation>
    </message>
    <message>
        <source>Together they had one Nordic twin town.</source>
        <translation>Tillsammans hade de en nordisk vänort.</translation>
    </message>
    <message>
        <source>Together they had %1 Nordic twin towns.</source>
        <translation>Tillsammans hade de %1 nordiska vänorter.</translation>
    </message>
    <message>
        <source>That was one twin town fewer than in the previous survey.</source>
        <translation>Det var en vänort färre än vid den förra undersökningen.</translation>
    </message>
    <message>
        <source>That was %1 twin towns fewer than in the previous survey.</source>
        <translation>Det var %1 vänorter färre än vid den förra undersökningen.</translation>
    </message>
    <message>
        <source>%1 % described their twinnings as active, with regular contact and joint projects.</source>
        <translation>%1 % beskrev sitt vänortssamarbete som aktivt, med regelbunden kontakt och gemensamma projekt.</translation>
    </message>
    <message>
        <source>%1 % had sporadic contact with their twin towns.</source>
        <translation>%1 % hade sporadisk kontakt med sina vänorter.</translation>
    </message>
    <message>
        <source>%1 % said that their twinnings were dormant.</source>
        <translation>%1 % uppgav att vänortsförbindelserna var vilande.</translation>
    </message>
    <message>
        <source>More than one twinning links towns and municipalities across Europe.</source>
        <translation>Det finns mer än en vänortsförbindelse mellan städer och kommuner i Europa.</translation>
    </message>
    <message>
        <source>More than %1 twinnings link towns and municipalities across Europe.</source>
        <translation>Det finns mer än %1 vänortsförbindelser mellan städer och kommuner i Europa.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The registry number is empty.</source>
        <translation>Diarienummer saknas.</translation>
    </message>
    <message>
        <source>The author is empty.</source>
        <translation>Författare saknas.</translation>
    </message>
    <message>
        <source>Your section %1</source>
        <translation>Eget avsnitt %1</translation>
    </message>
    <message>
        <source>The section has no heading.</source>
        <translation>Avsnittet saknar rubrik.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2; %3)</source>
        <translation>%1 (%2; %3)</translation>
    </message>
    <message>
        <source>In %1, %2 asked Sweden&apos;s municipalities about their twin towns.</source>
        <translation>År %1 frågade %2 landets kommuner om deras vänorter.</translation>
    </message>
    <message>
        <source>The survey %1 of %2 asked Sweden&apos;s municipalities about their twin towns.</source>
        <translation>I undersökningen %1 från %2 tillfrågades landets kommuner om sina vänorter.</translation>
    </message>
    <message>
        <source>The survey %1 asked Sweden&apos;s municipalities about their twin towns.</source>
        <translation>I undersökningen %1 tillfrågades landets kommuner om sina vänorter.</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <source>No agreement between %1 and its twin towns is recorded.</source>
        <translation>Inga avtal mellan %1 och dess vänorter finns registrerade.</translation>
    </message>
    <message>
        <source>No agreement between %1 and %2 is recorded.</source>
        <translation>Inget avtal mellan %1 och %2 finns registrerat.</translation>
    </message>
    <message>
        <source>No agreement between %1 and any of %2 is recorded.</source>
        <translation>Inga avtal mellan %1 och någon av orterna %2 finns registrerade.</translation>
    </message>
    <message>
        <source>No agreements with the twin towns are recorded.</source>
        <translation>Inga avtal med vänorterna finns registrerade.</translation>
    </message>
    <message>
        <source>The municipality has an agreement with %1 in force: %2.</source>
        <translation>Kommunen har ett gällande avtal med %1: %2.</translation>
    </message>
    <message>
        <source>The municipality&apos;s agreement with %1 is dormant: %2.</source>
        <translation>Kommunens avtal med %1 är vilande: %2.</translation>
    </message>
    <message>
        <source>An agreement with %1 is being prepared: %2.</source>
        <translation>Ett avtal med %1 håller på att tas fram: %2.</translation>
    </message>
    <message>
        <source>The municipality&apos;s agreement with %1 is no longer in force: %2.</source>
        <translation>Kommunens avtal med %1 gäller inte längre: %2.</translation>
    </message>
    <message>
        <source>%1 has an agreement with %2 that is in force.</source>
        <translation>%1 har ett gällande avtal med %2.</translation>
    </message>
    <message>
        <source>%1 has an agreement with %2, but it is dormant at present.</source>
        <translation>%1 har ett avtal med %2, men det är för närvarande vilande.</translation>
    </message>
    <message>
        <source>%1 and %2 are preparing an agreement.</source>
        <translation>%1 och %2 håller på att ta fram ett avtal.</translation>
    </message>
    <message>
        <source>%1 had an agreement with %2 that is no longer in force.</source>
        <translation>%1 har haft ett avtal med %2 som inte längre gäller.</translation>
    </message>
    <message>
        <source>%1 have an agreement that is in force: %2.</source>
        <translation>%1 har ett gällande avtal: %2.</translation>
    </message>
    <message>
        <source>%1 have an agreement that is dormant at present: %2.</source>
        <translation>%1 har ett avtal som för närvarande är vilande: %2.</translation>
    </message>
    <message>
        <source>%1 are preparing an agreement: %2.</source>
        <translation>%1 håller på att ta fram ett avtal: %2.</translation>
    </message>
    <message>
        <source>%1 had an agreement that is no longer in force: %2.</source>
        <translation>%1 har haft ett avtal som inte längre gäller: %2.</translation>
    </message>
    <message>
        <source>The main event of %1 is its meeting, hosted by the member towns in turn.</source>
        <translation>Huvudarrangemanget inom %1 är vänortsmötet, där orterna turas om att vara värd.</translation>
    </message>
    <message>
        <source>The meeting of %1 was held %2, and before that %3.</source>
        <translation>Vänortsmötet %1 hölls %2, dessförinnan %3.</translation>
    </message>
    <message>
        <source>The meeting of %1 was held %2.</source>
        <translation>Vänortsmötet %1 hölls %2.</translation>
    </message>
    <message>
        <source>The meeting of %1 is planned.</source>
        <translation>Vänortsmötet %1 är planerat.</translation>
    </message>
    <message>
        <source>The meeting of %1 will be held %2.</source>
        <translation>Vänortsmötet %1 hålls %2.</translation>
    </message>
    <message>
        <source>From %1 to %2 %3 will hold a seminar %4.</source>
        <translation>Från %1 till %2 håller %3 ett seminarium %4.</translation>
    </message>
    <message>
        <source>In %1 %2 will hold a seminar %3.</source>
        <translation>%1 håller %2 ett seminarium %3.</translation>
    </message>
    <message>
        <source>From %1 to %2 %3 held a seminar %4.</source>
        <translation>Från %1 till %2 höll %3 ett seminarium %4.</translation>
    </message>
    <message>
        <source>In %1 %2 held a seminar %3.</source>
        <translation>%1 höll %2 ett seminarium %3.</translation>
    </message>
    <message>
        <source>Besides the network&apos;s meetings, the register holds %1:</source>
        <translation>Utöver vänortsmötena innehåller registret %1:</translation>
    </message>
    <message>
        <source>The register holds %1:</source>
        <translation>Registret innehåller %1:</translation>
    </message>
    <message>
        <source>%1 activity with the twin towns</source>
        <translation>%1 aktivitet med vänorterna</translation>
    </message>
    <message>
        <source>%1 activities with the twin towns</source>
        <translation>%1 aktiviteter med vänorterna</translation>
    </message>
    <message>
        <source>The municipality made %1:</source>
        <translation>Kommunen har gjort %1:</translation>
    </message>
    <message>
        <source>%1 trip</source>
        <translation>%1 resa</translation>
    </message>
    <message>
        <source>%1 trips</source>
        <translation>%1 resor</translation>
    </message>
    <message>
        <source>%1 activity with the twin towns is planned:</source>
        <translation>%1 aktivitet med vänorterna är planerad:</translation>
    </message>
    <message>
        <source>%1 activities with the twin towns are planned:</source>
        <translation>%1 aktiviteter med vänorterna är planerade:</translation>
    </message>
    <message>
        <source>The municipality plans %1:</source>
        <translation>Kommunen planerar %1:</translation>
    </message>
    <message>
        <source>Not yet carried out:</source>
        <translation>Ännu inte genomfört:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>okänt belopp</translation>
    </message>
    <message>
        <source>In %1 one association received a grant from its municipality: %3.</source>
        <translation>%1 fick en förening bidrag från sin kommun: %3.</translation>
    </message>
    <message>
        <source>In %1 %2 associations received grants from their municipalities: %3.</source>
        <translation>%1 fick %2 föreningar bidrag från sina kommuner: %3.</translation>
    </message>
    <message>
        <source>The cooperation with %1 is active at both levels.</source>
        <translation>Samarbetet med %1 är aktivt på både kommunal och civil nivå.</translation>
    </message>
    <message>
        <source>The cooperation with %1 is newly started at both levels.</source>
        <translation>Samarbetet med %1 är nystartat på både kommunal och civil nivå.</translation>
    </message>
    <message>
        <source>The cooperation with %1 is sporadic at both levels.</source>
        <translation>Samarbetet med %1 är sporadiskt på både kommunal och civil nivå.</translation>
    </message>
    <message>
        <source>The cooperation with %1 is dormant at both levels.</source>
        <translation>Samarbetet med %1 är vilande på både kommunal och civil nivå.</translation>
    </message>
    <message>
        <source>The cooperation with %1 has ended.</source>
        <translation>Samarbetet med %1 har upphört.</translation>
    </message>
    <message>
        <source>all %1 twin towns</source>
        <translation>samtliga %1 vänorter</translation>
    </message>
    <message>
        <source>The cooperation with %1 is %2 at the municipal level and %3 at the civil level.</source>
        <translation>Samarbetet med %1 är %2 på kommunal nivå och %3 på civil nivå.</translation>
    </message>
    <message>
        <source>The twinnings are thus carried by the associations, not by the municipality.</source>
        <translation>Vänortsarbetet bärs alltså av föreningarna, inte av kommunen.</translation>
    </message>
    <message>
        <source>Where the twinnings are alive, they are thus carried by the associations, not by the municipality.</source>
        <translation>Där vänortsarbetet lever bärs det alltså av föreningarna, inte av kommunen.</translation>
    </message>
    <message>
        <source>1 municipal contact</source>
        <translation>1 kommunal kontakt</translation>
    </message>
    <message>
        <source>%1 municipal contacts</source>
        <translation>%1 kommunala kontakter</translation>
    </message>
    <message>
        <source>no municipal contacts</source>
        <translation>inga kommunala kontakter</translation>
    </message>
    <message>
        <source>1 civil</source>
        <translation>1 civil</translation>
    </message>
    <message>
        <source>%1 civil</source>
        <translation>%1 civila</translation>
    </message>
    <message>
        <source>no civil</source>
        <translation>inga civila</translation>
    </message>
    <message>
        <source>Keep the twinning with %1</source>
        <translation>Behåll vänortsförbindelsen med %1</translation>
    </message>
    <message>
        <source>Keep the twinnings with %1</source>
        <translation>Behåll vänortsförbindelserna med %1</translation>
    </message>
    <message>
        <source>Develop the twinning with %1</source>
        <translation>Utveckla vänortsförbindelsen med %1</translation>
    </message>
    <message>
        <source>Develop the twinnings with %1</source>
        <translation>Utveckla vänortsförbindelserna med %1</translation>
    </message>
    <message>
        <source>Consider ending the twinning with %1</source>
        <translation>Överväg att avsluta vänortsförbindelsen med %1</translation>
    </message>
    <message>
        <source>Consider ending the twinnings with %1</source>
        <translation>Överväg att avsluta vänortsförbindelserna med %1</translation>
    </message>
    <message>
        <source>The recommendations follow the evaluations of the twinnings for the term %1.</source>
        <translation>Rekommendationerna bygger på utvärderingen av vänortsförbindelserna för mandatperioden %1.</translation>
    </message>
    <message>
        <source>The recommendations follow the evaluations of the twinnings for the terms %1.</source>
        <translation>Rekommendationerna bygger på utvärderingarna av vänortsförbindelserna för mandatperioderna %1.</translation>
    </message>
    <message>
        <source>In %1 %2 formed %3.</source>
        <translation>%1 bildade %2 %3.</translation>
    </message>
    <message>
        <source>In %1 %2 was formed.</source>
        <translation>%1 bildades %2.</translation>
    </message>
    <message>
        <source>In %1 %2 joined %3.</source>
        <translation>%1 gick %2 med i %3.</translation>
    </message>
    <message>
        <source>In %1 %2 left %3.</source>
        <translation>%1 lämnade %2 %3.</translation>
    </message>
    <message>
        <source>In %1 the first contact with %2 was made.</source>
        <translation>%1 knöts den första kontakten med %2.</translation>
    </message>
    <message>
        <source>In %1 the twinning with %2 ended.</source>
        <translation>%1 avslutades vänortsförbindelsen med %2.</translation>
    </message>
    <message>
        <source>%1 %2 became a twin town of %3.</source>
        <translation>%1 blev %2 vänort till %3.</translation>
    </message>
    <message>
        <source>%1 the twinning with %2 began, as a %3.</source>
        <translation>%1 inleddes förbindelsen med %2, som %3.</translation>
    </message>
    <message>
        <source>On %1 %2 became a twin town of %3.</source>
        <translation>%1 blev %2 vänort till %3.</translation>
    </message>
    <message>
        <source>In %1 %2 became a twin town of %3.</source>
        <translation>%1 blev %2 vänort till %3.</translation>
    </message>
    <message>
        <source>On %1 the twinning with %2 began, as a %3.</source>
        <translation>%1 inleddes förbindelsen med %2, som %3.</translation>
    </message>
    <message>
        <source>In %1 the twinning with %2 began, as a %3.</source>
        <translation>%1 inleddes förbindelsen med %2, som %3.</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>nätverket</translation>
    </message>
    <message>
        <source>the chain</source>
        <translation>kedjan</translation>
    </message>
    <message>
        <source>%1 was founded in %2.</source>
        <translation>%1 bildades %2.</translation>
    </message>
    <message>
        <source>%1 is the local branch of %2 in %3.</source>
        <translation>%1 är lokalavdelningen av %2 i %3.</translation>
    </message>
    <message>
        <source>The branch was founded on %1.</source>
        <translation>Lokalavdelningen bildades %1.</translation>
    </message>
    <message>
        <source>The branch was founded in %1.</source>
        <translation>Lokalavdelningen bildades %1.</translation>
    </message>
    <message>
        <source>The association</source>
        <translation>Föreningen</translation>
    </message>
    <message>
        <source>The branch</source>
        <translation>Lokalavdelningen</translation>
    </message>
    <message>
        <source>%1 had %2 members in %3.</source>
        <translation>%1 hade %2 medlemmar år %3.</translation>
    </message>
    <message>
        <source>%1 had %2 members both in %3 and in %4.</source>
        <translation>%1 hade %2 medlemmar både år %3 och år %4.</translation>
    </message>
    <message>
        <source>Membership grew from %1 in %2 to %3 in %4.</source>
        <translation>Medlemsantalet har ökat från %1 år %2 till %3 år %4.</translation>
    </message>
    <message>
        <source>Membership fell from %1 in %2 to %3 in %4.</source>
        <translation>Medlemsantalet har minskat från %1 år %2 till %3 år %4.</translation>
    </message>
    <message>
        <source>the undersigned</source>
        <translation>undertecknad</translation>
    </message>
    <message>
        <source>Ahead of %1, %2 has commissioned %3 to map the municipality&apos;s twinnings.</source>
        <translation>Inför %1 har %2 gett %3 i uppdrag att kartlägga kommunens vänortsförbindelser.</translation>
    </message>
    <message>
        <source>%1 has commissioned %2 to map the municipality&apos;s twinnings.</source>
        <translation>%1 har gett %2 i uppdrag att kartlägga kommunens vänortsförbindelser.</translation>
    </message>
    <message>
        <source>The municipality&apos;s twinnings have been mapped ahead of %1.</source>
        <translation>Kommunens vänortsförbindelser har kartlagts inför %1.</translation>
    </message>
    <message>
        <source>The commission was given on %1.</source>
        <translation>Uppdraget gavs %1.</translation>
    </message>
    <message>
        <source>The purpose has been %1.</source>
        <translation>Syftet har varit %1.</translation>
    </message>
    <message>
        <source>%1 decision</source>
        <translation>%1 beslut</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>%1 beslut</translation>
    </message>
    <message>
        <source>%1 governing document</source>
        <translation>%1 styrdokument</translation>
    </message>
    <message>
        <source>%1 governing documents</source>
        <translation>%1 styrdokument</translation>
    </message>
    <message>
        <source>%1 agreement</source>
        <translation>%1 avtal</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 avtal</translation>
    </message>
    <message>
        <source>%1 attached document</source>
        <translation>%1 bifogad handling</translation>
    </message>
    <message>
        <source>%1 attached documents</source>
        <translation>%1 bifogade handlingar</translation>
    </message>
    <message>
        <source>The mapping rests on the municipality&apos;s register of twin towns and on %1 from the municipality&apos;s records.</source>
        <translation>Kartläggningen bygger på kommunens vänortsregister och på %1 ur kommunens diarium.</translation>
    </message>
    <message>
        <source>The mapping rests on the municipality&apos;s register of twin towns.</source>
        <translation>Kartläggningen bygger på kommunens vänortsregister.</translation>
    </message>
    <message>
        <source>A full list of sources is given at the end of the report.</source>
        <translation>En fullständig källförteckning finns i slutet av rapporten.</translation>
    </message>
    <message>
        <source>The mapping covers %1 and its %2.</source>
        <translation>Kartläggningen omfattar %1 och dess %2.</translation>
    </message>
    <message>
        <source>The mapping covers %1, with %2 in all.</source>
        <translation>Kartläggningen omfattar %1, med sammanlagt %2.</translation>
    </message>
    <message>
        <source>It also covers %1 outside the chains.</source>
        <translation>Den omfattar också %1 utanför kedjorna.</translation>
    </message>
    <message>
        <source>It also covers %1 outside the networks.</source>
        <translation>Den omfattar också %1 utanför nätverken.</translation>
    </message>
    <message>
        <source>It also covers %1 outside the chain.</source>
        <translation>Den omfattar också %1 utanför kedjan.</translation>
    </message>
    <message>
        <source>It also covers %1 outside the network.</source>
        <translation>Den omfattar också %1 utanför nätverket.</translation>
    </message>
    <message>
        <source>The mapping covers %1.</source>
        <translation>Kartläggningen omfattar %1.</translation>
    </message>
    <message>
        <source>It concerns the years %1.</source>
        <translation>Den avser åren %1.</translation>
    </message>
    <message>
        <source>The status of each twinning is judged from what the register holds for %1: meetings, activities, trips and decisions.</source>
        <translation>Statusen för varje vänortsförbindelse bedöms utifrån vad registret innehåller för %1: möten, aktiviteter, resor och beslut.</translation>
    </message>
    <message>
        <source>%1 is not part of this mapping.</source>
        <translation>%1 ingår inte i den här kartläggningen.</translation>
    </message>
    <message>
        <source>The twinnings with %1 are not part of this mapping.</source>
        <translation>Vänortsförbindelserna med %1 ingår inte i den här kartläggningen.</translation>
    </message>
    <message>
        <source>The twinning with %1 is not part of this mapping.</source>
        <translation>Vänortsförbindelsen med %1 ingår inte i den här kartläggningen.</translation>
    </message>
    <message>
        <source>The twinning with %1 ended in %2; it appears in the history only.</source>
        <translation>Vänortsförbindelsen med %1 avslutades %2 och tas bara upp i historiken.</translation>
    </message>
    <message>
        <source>The twinning with %1 has ended; it appears in the history only.</source>
        <translation>Vänortsförbindelsen med %1 har avslutats och tas bara upp i historiken.</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>%1 belongs to %2, which joins %3 in %4.</source>
        <translation>%1 ingår i %2, som knyter samman %3 i %4.</translation>
    </message>
    <message>
        <source>%1 place</source>
        <translation>%1 ort</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 orter</translation>
    </message>
    <message>
        <source>%1 country or area</source>
        <translation>%1 land eller område</translation>
    </message>
    <message>
        <source>%1 countries and areas</source>
        <translation>%1 länder och områden</translation>
    </message>
    <message>
        <source>In %1 the local branches had %2 members together; the figure is missing for %3.</source>
        <translation>År %1 hade lokalavdelningarna tillsammans %2 medlemmar; uppgift saknas för %3.</translation>
    </message>
    <message>
        <source>%1 branch</source>
        <translation>%1 lokalavdelning</translation>
    </message>
    <message>
        <source>%1 branches</source>
        <translation>%1 lokalavdelningar</translation>
    </message>
    <message>
        <source>In %1 the local branches had %2 members together.</source>
        <translation>År %1 hade lokalavdelningarna tillsammans %2 medlemmar.</translation>
    </message>
    <message>
        <source>Besides the chain, %1 has twinnings with %2.</source>
        <translation>Utöver kedjan har %1 vänortsförbindelser med %2.</translation>
    </message>
    <message>
        <source>Besides the network, %1 has twinnings with %2.</source>
        <translation>Utöver nätverket har %1 vänortsförbindelser med %2.</translation>
    </message>
    <message>
        <source>%1 has twinnings with %2.</source>
        <translation>%1 har vänortsförbindelser med %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>title and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the twin town %1</source>
        <translation>vänorten %1</translation>
    </message>
    <message>
        <source>the twin towns %1</source>
        <translation>vänorterna %1</translation>
    </message>
    <message>
        <source>A text block needs a name.</source>
        <translation>Ett textblock behöver ett namn.</translation>
    </message>
    <message>
        <source>The name of a text block can be at most 200 characters long.</source>
        <translation>Ett textblocks namn får vara högst 200 tecken långt.</translation>
    </message>
    <message>
        <source>There is no text to save as a block.</source>
        <translation>Det finns ingen text att spara som textblock.</translation>
    </message>
    <message>
        <source>The twinnings from the first contact to their end or today, shaded by their status in each period; a bar that stops ends in the year written after it.</source>
        <translation>Vänortsförbindelserna från första kontakten till avslut eller i dag, med status period för period. En stapel som slutar avslutades det år som står efter den.</translation>
    </message>
    <message>
        <source>The twinnings from the first contact until today, shaded by their status in each period.</source>
        <translation>Vänortsförbindelserna från första kontakten till i dag, med status period för period.</translation>
    </message>
    <message>
        <source>Members of %1 over the years.</source>
        <translation>Antal medlemmar i %1 år för år.</translation>
    </message>
    <message>
        <source>The register has %1 twinnings and no town marked as the home municipality, so the mapping report would cover all of them; say which town is the municipality&apos;s own first.</source>
        <translation>Registret har %1 vänortsförbindelser och ingen ort markerad som hemkommun, så kartläggningen skulle ta upp alla; ange först vilken ort som är kommunens egen.</translation>
    </message>
</context>
<context>
    <name>MappingIsland</name>
    <message>
        <source>in %1</source>
        <comment>an island or area that takes på</comment>
        <translation>på %1</translation>
    </message>
</context>
<context>
    <name>MappingMenu</name>
    <message>
        <source>Mapping report (kartläggning)…</source>
        <translation>Kartläggning…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Reading the register…</source>
        <translation>Läser registret…</translation>
    </message>
</context>
<context>
    <name>MappingPredicate</name>
    <message>
        <source>active</source>
        <comment>predicate of the neuter samarbetet</comment>
        <translation>aktivt</translation>
    </message>
    <message>
        <source>newly started</source>
        <translation>nystartat</translation>
    </message>
    <message>
        <source>sporadic</source>
        <comment>predicate of the neuter samarbetet</comment>
        <translation>sporadiskt</translation>
    </message>
    <message>
        <source>dormant</source>
        <comment>predicate of the neuter samarbetet</comment>
        <translation>vilande</translation>
    </message>
    <message>
        <source>ended</source>
        <comment>predicate of the neuter samarbetet</comment>
        <translation>avslutat</translation>
    </message>
</context>
<context>
    <name>MappingReportsDialog</name>
    <message>
        <source>Mapping reports</source>
        <translation>Kartläggningar</translation>
    </message>
    <message>
        <source>No mapping report yet. A new one is drafted from the register: the history, the table of the twin towns, agreements and activities; you write the rest.</source>
        <translation>Det finns ingen kartläggning ännu. En ny tas fram som utkast ur registret: historiken, tabellen över vänorterna, avtal och aktiviteter; resten skriver du själv.</translation>
    </message>
    <message>
        <source>&amp;New mapping</source>
        <translation>&amp;Ny kartläggning</translation>
    </message>
    <message>
        <source>&amp;Start from the last final report</source>
        <translation>&amp;Utgå från den senaste slutliga kartläggningen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Ta bort utkast</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Final since</source>
        <translation>Slutlig sedan</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Ny kartläggning</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <source>Delete the draft %1? Its texts are lost.</source>
        <translation>Vill du ta bort utkastet %1? Dess texter går förlorade.</translation>
    </message>
</context>
<context>
    <name>MappingWizard</name>
    <message>
        <source>Mapping report – %1</source>
        <translation>Kartläggning – %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Mapping report</source>
        <translation>Kartläggning</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>Not marked final</source>
        <translation>Inte markerad som slutlig</translation>
    </message>
    <message>
        <source>Writing the mapping report…</source>
        <translation>Skriver kartläggningen…</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Inte skriven</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <source>Type a name and press Add</source>
        <translation>Skriv ett namn och klicka på Lägg till</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Twin towns and twinnings</source>
        <translation>Vänorter och förbindelser</translation>
    </message>
    <message>
        <source>Networks and meetings</source>
        <translation>Nätverk och möten</translation>
    </message>
    <message>
        <source>Agreements, decisions and governing documents</source>
        <translation>Avtal, beslut och styrdokument</translation>
    </message>
    <message>
        <source>Trips and activities</source>
        <translation>Resor och aktiviteter</translation>
    </message>
    <message>
        <source>Associations and people</source>
        <translation>Föreningar och personer</translation>
    </message>
    <message>
        <source>To do and evaluation</source>
        <translation>Att göra och utvärdering</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Term evaluation</source>
        <translation>Utvärdering av mandatperioden</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>Write a year with four digits, such as 1995.</source>
        <translation>Skriv ett år med fyra siffror, till exempel 1995.</translation>
    </message>
    <message>
        <source>Write a whole number, such as 1 135.</source>
        <translation>Skriv ett heltal, till exempel 1 135.</translation>
    </message>
    <message>
        <source>Write an amount, such as 10 000 or 10 000,50.</source>
        <translation>Skriv ett belopp, till exempel 10 000 eller 10 000,50.</translation>
    </message>
    <message>
        <source>Write a number, such as 10,52.</source>
        <translation>Skriv ett tal, till exempel 10,52.</translation>
    </message>
    <message>
        <source>Write at most %n decimals.</source>
        <translation>Skriv högst %n decimaler.</translation>
    </message>
    <message>
        <source>Write decimal degrees, such as 58,38.</source>
        <translation>Skriv decimalgrader, till exempel 58,38.</translation>
    </message>
</context>
<context>
    <name>OutlookPage</name>
    <message>
        <source>How others see twinning today: other municipalities, the association, the EU.</source>
        <translation>Hur andra ser på vänortsarbete i dag: andra kommuner, föreningen, EU.</translation>
    </message>
    <message>
        <source>Re&amp;write the draft from the chosen facts</source>
        <translation>Skriv om &amp;utkastet från de valda fakta</translation>
    </message>
    <message>
        <source>One fact or figure a line</source>
        <translation>Ett faktum eller en siffra per rad</translation>
    </message>
    <message>
        <source>One source a line</source>
        <translation>En källa per rad</translation>
    </message>
    <message>
        <source>&amp;Reference facts:</source>
        <translation>&amp;Omvärldsfakta:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Facts and figures:</source>
        <translation>&amp;Fakta och siffror:</translation>
    </message>
    <message>
        <source>&amp;Their sources:</source>
        <translation>&amp;Källor:</translation>
    </message>
    <message>
        <source>The text has been changed since it was drafted. Replace it with a new draft from the chosen facts?</source>
        <translation>Texten har ändrats sedan utkastet skrevs. Vill du ersätta den med ett nytt utkast från de valda fakta?</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <source>Preview and output</source>
        <translation>Förhandsgranskning och utskrift</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the tables as &amp;Excel…</source>
        <translation>Spara tabellerna som &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Mark as &amp;final…</source>
        <translation>Markera som &amp;slutlig…</translation>
    </message>
    <message>
        <source>The report&apos;s pages as they will be printed. A draft says UTKAST across each page; it can be marked final once nothing is missing.</source>
        <translation>Rapportens sidor så som de skrivs ut. Ett utkast har UTKAST tvärs över varje sida; det kan markeras som slutligt när inget saknas.</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Ritar sidorna…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), as they will be printed.</source>
        <translation>
            <numerusform>%n sida, så som den skrivs ut.</numerusform>
            <numerusform>%n sidor, så som de skrivs ut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>Förhandsgranskningen kunde inte ritas: %1</translation>
    </message>
    <message>
        <source>The report is final.</source>
        <translation>Rapporten är slutlig.</translation>
    </message>
    <message>
        <source>Nothing is missing: the report can be marked final.</source>
        <translation>Inget saknas: rapporten kan markeras som slutlig.</translation>
    </message>
    <message>
        <source>Still to be written before the report can be marked final:</source>
        <translation>Detta behöver fyllas i innan rapporten kan markeras som slutlig:</translation>
    </message>
    <message>
        <source>Final since %1: it prints as it was, with the figures of that day.</source>
        <translation>Slutlig sedan %1: den skrivs ut som den var, med den dagens siffror.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the mapping report</source>
        <translation>Spara kartläggningen</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Skickat till skrivaren: %n sida.</numerusform>
            <numerusform>Skickat till skrivaren: %n sidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Skriven: %1</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>Markera som slutlig</translation>
    </message>
    <message>
        <source>A final report keeps the figures of today and can no longer be changed. A later mapping can start from it. Mark it as final?</source>
        <translation>En slutlig rapport behåller dagens siffror och kan inte längre ändras. En senare kartläggning kan utgå från den. Vill du markera den som slutlig?</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Due and overdue</source>
        <translation>Att göra och försenat</translation>
    </message>
    <message>
        <source>Twinnings by status</source>
        <translation>Vänortsförbindelser efter status</translation>
    </message>
    <message>
        <source>Network meetings</source>
        <translation>Vänortsmöten</translation>
    </message>
    <message>
        <source>Governing documents to revise</source>
        <translation>Styrdokument att revidera</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Senaste ändringar</translation>
    </message>
    <message>
        <source>%1 more in To do.</source>
        <translation>%1 till under Att göra.</translation>
    </message>
    <message>
        <source>Nothing is due or overdue under the municipality&apos;s rules today.</source>
        <translation>Enligt kommunens regler är ingenting aktuellt eller försenat i dag.</translation>
    </message>
    <message>
        <source>Add the municipality&apos;s first twin town, then its twinning: their status is shown here.</source>
        <translation>Lägg till kommunens första vänort och sedan vänortsförbindelsen, så visas förbindelsens status här.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Counted from the recorded contacts, with the coordinator&apos;s judgement where she made one.</source>
        <translation>Räknat på de registrerade kontakterna, med samordnarens bedömning där en sådan finns.</translation>
    </message>
    <message>
        <source>%1: %2 at the municipal level, %3 a year ago.</source>
        <translation>%1: %2 på kommunal nivå, för ett år sedan %3.</translation>
    </message>
    <message>
        <source>%1: %2 at the civil level, %3 a year ago.</source>
        <translation>%1: %2 på civil nivå, för ett år sedan %3.</translation>
    </message>
    <message>
        <source>No network of twin towns is recorded; add one to see its next meeting here.</source>
        <translation>Inget nätverk av vänorter är registrerat; lägg till ett så visas dess nästa möte här.</translation>
    </message>
    <message>
        <source>%1: no next meeting is known.</source>
        <translation>%1: nästa möte är inte känt.</translation>
    </message>
    <message>
        <source>Give the members their places in the hosting order.</source>
        <translation>Ge medlemmarna deras plats i värdordningen.</translation>
    </message>
    <message>
        <source>%1: next meeting %2 in %3.</source>
        <translation>%1: nästa möte %2 i %3.</translation>
    </message>
    <message>
        <source>%1: next meeting %2 in %3; we host in %4.</source>
        <translation>%1: nästa möte %2 i %3; vi är värd %4.</translation>
    </message>
    <message>
        <source>No governing document is recorded; add the municipality&apos;s policy for twinning with its revise-by date.</source>
        <translation>Inget styrdokument är registrerat; lägg till kommunens vänortspolicy med det datum då den senast ska revideras.</translation>
    </message>
    <message>
        <source>The revise-by date has passed.</source>
        <translation>Dokumentet skulle ha reviderats senast detta datum.</translation>
    </message>
    <message>
        <source>The revise-by date is less than a year away.</source>
        <translation>Mindre än ett år återstår tills dokumentet senast ska revideras.</translation>
    </message>
    <message>
        <source>%1 – revise by %2</source>
        <translation>%1 – revideras senast %2</translation>
    </message>
    <message>
        <source>No governing document is due for revision within a year.</source>
        <translation>Inget styrdokument ska revideras inom ett år.</translation>
    </message>
    <message>
        <source>%1 created it.</source>
        <translation>%1 skapade posten.</translation>
    </message>
    <message>
        <source>%1 changed it.</source>
        <translation>%1 ändrade posten.</translation>
    </message>
    <message>
        <source>%1 deleted it.</source>
        <translation>%1 tog bort posten.</translation>
    </message>
    <message>
        <source>%1 brought it back.</source>
        <translation>%1 återställde posten.</translation>
    </message>
    <message>
        <source>%1 imported it.</source>
        <translation>%1 importerade posten.</translation>
    </message>
    <message>
        <source>%1 merged it.</source>
        <translation>%1 slog samman posten.</translation>
    </message>
    <message>
        <source>%1 disposed of the personal data.</source>
        <translation>%1 gallrade personuppgifterna.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Ingenting har ändrats ännu.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Enter or a double-click opens a line; each line says why it is here.</source>
        <translation>Enter eller dubbelklick öppnar en rad; varje rad säger varför den visas.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Overview for %1, %2</source>
        <translation>Översikt för %1, %2</translation>
    </message>
    <message>
        <source>Overview, %2</source>
        <translation>Översikt, %2</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Läser registret…</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>Översikten kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>OwnSectionsPage</name>
    <message>
        <source>Your own sections</source>
        <translation>Egna avsnitt</translation>
    </message>
    <message>
        <source>Rename, move or leave out the survey&apos;s sections, and add sections of your own, e.g. on Föreningen Norden and the local branch. Formatting: **bold**, *italic*, lines starting with - or &gt;.</source>
        <translation>Byt namn på, flytta eller utelämna kartläggningens standardavsnitt, och lägg till egna avsnitt, t.ex. om Föreningen Norden och lokalavdelningen. Formatering: **fet**, *kursiv*, rader som börjar med - eller &gt;.</translation>
    </message>
    <message>
        <source>&amp;Add a section</source>
        <translation>&amp;Lägg till avsnitt</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Placed after:</source>
        <translation>&amp;Placeras efter:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Your own se&amp;ctions:</source>
        <translation>Dina e&amp;gna avsnitt:</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Avsnitt %1</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (efter %2)</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>[personal data disposed of]</source>
        <translation>[personuppgift gallrad]</translation>
    </message>
    <message>
        <source>There is no decision number %1 in the register.</source>
        <translation>Det finns inget beslut med nummer %1 i registret.</translation>
    </message>
    <message>
        <source>Personal data disposed of by decision %1.</source>
        <translation>Personuppgifter gallrade enligt beslut %1.</translation>
    </message>
    <message>
        <source>The person&apos;s data may not be disposed of by rule before its date (%1); name a decision instead.</source>
        <translation>Personens uppgifter får inte gallras enligt regel före gallringsdatumet (%1); ange ett beslut i stället.</translation>
    </message>
    <message>
        <source>Personal data disposed of by rule (to be kept until %1).</source>
        <translation>Personuppgifter gallrade enligt regel (skulle bevaras till %1).</translation>
    </message>
    <message>
        <source>The person is no longer in the register.</source>
        <translation>Personen finns inte längre i registret.</translation>
    </message>
    <message>
        <source>No person in the register is called or numbered %1.</source>
        <translation>Ingen person i registret heter eller har nummer %1.</translation>
    </message>
    <message>
        <source>The person&apos;s record</source>
        <translation>Personens uppgifter</translation>
    </message>
    <message>
        <source>Records that name the person</source>
        <translation>Poster som nämner personen</translation>
    </message>
    <message>
        <source>Linked to the person</source>
        <translation>Kopplade till personen</translation>
    </message>
    <message>
        <source>Named in free text</source>
        <translation>Nämnd i fritext</translation>
    </message>
    <message>
        <source>The change log</source>
        <translation>Ändringsloggen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Change-log entries about or naming the person</source>
        <translation>Poster i ändringsloggen om eller med personens namn</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Ändringslogg</translation>
    </message>
    <message>
        <source>No change-log entry concerns the person.</source>
        <translation>Ingen post i ändringsloggen gäller personen.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Bifogade filer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Files attached to the person&apos;s record or naming them</source>
        <translation>Filer som hör till personen eller nämner personen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>No file is attached to the person&apos;s record.</source>
        <translation>Ingen fil hör till personen.</translation>
    </message>
    <message>
        <source>Extract of personal data: %1</source>
        <translation>Registerutdrag: %1</translation>
    </message>
    <message>
        <source>Everything the twin-town register holds about the person</source>
        <translation>Allt som vänortsregistret innehåller om personen</translation>
    </message>
    <message>
        <source>An extract under the data protection regulation: the person&apos;s record, the records naming them, the change log and attached files.</source>
        <translation>Ett registerutdrag enligt dataskyddsförordningen: personens uppgifter, poster som nämner personen, ändringsloggen och bifogade filer.</translation>
    </message>
    <message>
        <source>everything the register holds about %1</source>
        <translation>allt som registret innehåller om %1</translation>
    </message>
    <message>
        <source>%1: none.</source>
        <translation>%1: inga.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Several people are called %1 (numbers %2); give the number.</source>
        <translation>Flera personer heter %1 (nummer %2); ange numret.</translation>
    </message>
</context>
<context>
    <name>PersonDataBar</name>
    <message>
        <source>Extract of personal data…</source>
        <translation>Registerutdrag…</translation>
    </message>
    <message>
        <source>Everything the register holds about this person, as PDF, Excel or Word</source>
        <translation>Allt som registret innehåller om personen, som PDF, Excel eller Word</translation>
    </message>
    <message>
        <source>Dispose of…</source>
        <translation>Gallra…</translation>
    </message>
    <message>
        <source>Dispose of the person&apos;s data by decision or by its date (gallring)</source>
        <translation>Gallra personens uppgifter enligt beslut eller när gallringsdatumet har passerats</translation>
    </message>
    <message>
        <source>Save the extract of personal data</source>
        <translation>Spara registerutdraget</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx);;Word (*.docx)</translation>
    </message>
    <message>
        <source>Extract of personal data</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>The extract is saved as %1. It holds personal data: keep it safe and delete it once it has been sent.</source>
        <translation>Registerutdraget är sparat som %1. Det innehåller personuppgifter: förvara det säkert och radera det när det har skickats.</translation>
    </message>
    <message>
        <source>Dispose of personal data</source>
        <translation>Gallra personuppgifter</translation>
    </message>
</context>
<context>
    <name>PlaceSuggestionLine</name>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Använd</translation>
    </message>
    <message>
        <source>Fill in the country, coordinates, population and other names still empty</source>
        <translation>Fyll i land, koordinater, folkmängd och andra namn som ännu är tomma</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>%1° N</source>
        <translation>%1° N</translation>
    </message>
    <message>
        <source>%1° S</source>
        <translation>%1° S</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>%1° O</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>%1° V</translation>
    </message>
    <message>
        <source>%1, %2, %3 %4, %5 inhabitants</source>
        <translation>%1, %2, %3 %4, %5 invånare</translation>
    </message>
    <message>
        <source>%1, %2, %3 %4</source>
        <translation>%1, %2, %3 %4</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Kontrollera före import</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Every row has been checked against the register.</source>
        <translation>Ingenting har skrivits ännu. Varje rad har kontrollerats mot registret.</translation>
    </message>
    <message>
        <source>Countries this program cannot read: say which country each one is.</source>
        <translation>Länder som programmet inte kan läsa: ange vilket land vart och ett är.</translation>
    </message>
    <message>
        <source>Towns that look alike (tick those to merge; those with strong evidence are ticked already):</source>
        <translation>Orter som liknar varandra (kryssa i dem som ska slås ihop; de med starka skäl är redan ikryssade):</translation>
    </message>
    <message>
        <source>Merge &amp;all of them</source>
        <translation>Slå samman &amp;alla</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems (they are saved in a file beside this one)</source>
        <translation>&amp;Hoppa över raderna med problem (de sparas i en fil bredvid den här)</translation>
    </message>
    <message>
        <source>&amp;Check again with these choices</source>
        <translation>&amp;Kontrollera igen med de här valen</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Kontrollerar filen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n rad läst.</numerusform>
            <numerusform>%n rader lästa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Inga problem hittades.</translation>
    </message>
    <message>
        <source>Rows %1</source>
        <translation>Rader %1</translation>
    </message>
    <message>
        <source>Checking was stopped; nothing was imported.</source>
        <translation>Kontrollen avbröts; ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started. Check that it is ready and try again.</source>
        <translation>Skrivaren kunde inte startas. Kontrollera att den är redo och försök igen.</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Each recommendation has a heading and its text.</source>
        <translation>Varje rekommendation har en rubrik och en text.</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Rekommendation %1</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 har ändringar som inte har sparats. Vill du spara dem?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <source>Reload shows the stored version and drops your changes. Keep editing lets you copy what you need first; saving will still be refused.</source>
        <translation>”Läs in igen” visar den sparade versionen och tar bort dina ändringar. ”Fortsätt redigera” låter dig först kopiera det du behöver; det går ändå inte att spara.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>%1: loading…</source>
        <translation>%1: läser in…</translation>
    </message>
    <message>
        <source>The record could not be read.</source>
        <translation>Posten kunde inte läsas in.</translation>
    </message>
    <message>
        <source>Saving now stores what you typed as a new record.</source>
        <translation>Om du sparar nu lagras det du har skrivit som en ny post.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation>Sök bland %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>No %1 yet. New (Ctrl+N) adds one.</source>
        <translation>Inga %1 ännu. Välj Ny (Ctrl+N) för att lägga till.</translation>
    </message>
    <message>
        <source>No %1 match the search and filters.</source>
        <translation>Inga %1 matchar sökningen och filtren.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>The form has unsaved changes: save or discard them first, then Undo brings back the earlier ones.</source>
        <translation>Formuläret har ändringar som inte har sparats. Spara eller förkasta dem först, så återställer Ångra de tidigare.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Choose a record in the list to delete it.</source>
        <translation>Välj en post i listan för att ta bort den.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) undoes the deletion until you close the program.</source>
        <translation>Redigera ▸ Ångra (Ctrl+Z) ångrar borttagningen tills du stänger programmet.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttagen</translation>
    </message>
</context>
<context>
    <name>RefEditor</name>
    <message>
        <source>Open the chosen record</source>
        <translation>Öppna den valda posten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Skriv för att söka</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Välj en i listan.</translation>
    </message>
</context>
<context>
    <name>RefsEditor</name>
    <message>
        <source>Type to search, then Add</source>
        <translation>Skriv för att söka och klicka sedan på Lägg till</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print a report</source>
        <translation>Skriv ut en rapport</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>Skapa en rapport</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Term of office</source>
        <translation>Mandatperiod</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Resa</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Vänortsmöte</translation>
    </message>
    <message>
        <source>from, e.g. 2026-01-01</source>
        <translation>från, t.ex. 2026-01-01</translation>
    </message>
    <message>
        <source>to, e.g. 2026-12-31</source>
        <translation>till, t.ex. 2026-12-31</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>e.g. KS 2026/123</source>
        <translation>t.ex. KS 2026/123</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>PDF (to print)</source>
        <translation>PDF (för utskrift)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Word document (to edit)</source>
        <translation>Word-dokument (för redigering)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Include e-mail addresses and phone numbers</source>
        <translation>Ta med e-postadresser och telefonnummer</translation>
    </message>
    <message>
        <source>Contact details are personal data. Leave them out of papers that are handed out or published.</source>
        <translation>Kontaktuppgifter är personuppgifter. Utelämna dem i handlingar som delas ut eller publiceras.</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Vänort makes the report as a PDF and prints it through the print dialog, where you choose the printer, the pages and the number of copies.</source>
        <translation>Vänort gör rapporten som PDF och skriver ut den via utskriftsdialogen, där du väljer skrivare, sidor och antal exemplar.</translation>
    </message>
    <message>
        <source>Write the first day of the period as 2026-01-01.</source>
        <translation>Skriv periodens första dag som 2026-01-01.</translation>
    </message>
    <message>
        <source>Write the last day of the period as 2026-12-31.</source>
        <translation>Skriv periodens sista dag som 2026-12-31.</translation>
    </message>
    <message>
        <source>The register holds no term of office.</source>
        <translation>Registret innehåller ingen mandatperiod.</translation>
    </message>
    <message>
        <source>The register holds no trip.</source>
        <translation>Registret innehåller ingen resa.</translation>
    </message>
    <message>
        <source>The register holds no network meeting.</source>
        <translation>Registret innehåller inget vänortsmöte.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Spara rapporten som</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Välj filen som ska skrivas.</translation>
    </message>
    <message>
        <source>The report is saved as %1, but no program opened it.</source>
        <translation>Rapporten är sparad som %1, men inget program öppnade den.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Avbrutet; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>The name %1 is free and filled in; press %2 to write the report there.</source>
        <translation>Namnet %1 är ledigt och ifyllt; tryck på %2 för att skriva rapporten där.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>unknown</source>
        <translation>uppgift saknas</translation>
    </message>
    <message>
        <source>Twinning exchanges and trips %1</source>
        <translation>Vänortsutbyten och resor %1</translation>
    </message>
    <message>
        <source>Annual report to the municipal council</source>
        <translation>Årlig redovisning till kommunfullmäktige</translation>
    </message>
    <message>
        <source>All exchanges and trips of the year with purpose, goals, results and costs, and the costs in SEK with the register&apos;s exchange rates.</source>
        <translation>Årets alla utbyten och resor med syfte, mål, resultat och kostnader, samt kostnaderna i SEK omräknade med registrets växelkurser.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>1 exchange or other activity</source>
        <translation>1 utbyte eller annan aktivitet</translation>
    </message>
    <message>
        <source>%1 exchanges and other activities</source>
        <translation>%1 utbyten och andra aktiviteter</translation>
    </message>
    <message>
        <source>1 trip</source>
        <translation>1 resa</translation>
    </message>
    <message>
        <source>%1 trips</source>
        <translation>%1 resor</translation>
    </message>
    <message>
        <source>In %1 the register records %2 with the twin towns and %3.</source>
        <translation>Under %1 innehåller registret %2 med vänorterna och %3.</translation>
    </message>
    <message>
        <source>The trips cost %1 in all.</source>
        <translation>Resorna kostade totalt %1.</translation>
    </message>
    <message>
        <source>A trip&apos;s cost is its actual cost once known, else its estimate; a cancelled trip counts only an actual cost. Costs in other currencies are converted to SEK with the exchange rates entered in the register for the year the trip started (or the nearest earlier year). Amounts that are unknown or cannot be converted are not counted as zero: the totals say how many are missing.</source>
        <translation>En resas kostnad är den faktiska kostnaden när den är känd, annars den beräknade; för en inställd resa räknas bara en faktisk kostnad. Kostnader i andra valutor räknas om till SEK med de växelkurser som lagts in i registret för det år resan började (eller närmaste tidigare år). Belopp som är okända eller inte kan räknas om räknas inte som noll: summorna anger hur många som saknas.</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 aktivitet</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 aktiviteter</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Exchanges and activities</source>
        <translation>Utbyten och aktiviteter</translation>
    </message>
    <message>
        <source>No activity is recorded for the year.</source>
        <translation>Ingen aktivitet är registrerad för året.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>Orter</translation>
    </message>
    <message>
        <source>Exchanges and other activities of the year</source>
        <translation>Årets utbyten och andra aktiviteter</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Municipality took part</source>
        <translation>Kommunen deltog</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>faktisk</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>beräknad</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Resor</translation>
    </message>
    <message>
        <source>No trip is recorded for the year.</source>
        <translation>Ingen resa är registrerad för året.</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Resa</translation>
    </message>
    <message>
        <source>no exchanges or other activities</source>
        <translation>inga utbyten eller andra aktiviteter</translation>
    </message>
    <message>
        <source>no trips</source>
        <translation>inga resor</translation>
    </message>
    <message>
        <source>The trip cost %1.</source>
        <translation>Resan kostade %1.</translation>
    </message>
    <message>
        <source>The trip&apos;s cost cannot be given (%3).</source>
        <translation>Resans kostnad kan inte anges (%3).</translation>
    </message>
    <message>
        <source>The trips cost %1 in all, not counting %2 (%3).</source>
        <translation>Resorna kostade totalt %1, exklusive %2 (%3).</translation>
    </message>
    <message>
        <source>%1 and %2 have no date in the register and are therefore in no year&apos;s report.</source>
        <translation>%1 och %2 saknar datum i registret och kommer därför inte med i något års redovisning.</translation>
    </message>
    <message>
        <source>1 activity has no date in the register and is therefore in no year&apos;s report.</source>
        <translation>1 aktivitet saknar datum i registret och kommer därför inte med i något års redovisning.</translation>
    </message>
    <message>
        <source>%1 activities have no date in the register and are therefore in no year&apos;s report.</source>
        <translation>%1 aktiviteter saknar datum i registret och kommer därför inte med i något års redovisning.</translation>
    </message>
    <message>
        <source>1 trip has no date in the register and is therefore in no year&apos;s report.</source>
        <translation>1 resa saknar datum i registret och kommer därför inte med i något års redovisning.</translation>
    </message>
    <message>
        <source>%1 trips have no date in the register and are therefore in no year&apos;s report.</source>
        <translation>%1 resor saknar datum i registret och kommer därför inte med i något års redovisning.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Resmål</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Cost in SEK</source>
        <translation>Kostnad i SEK</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Trips of the year and their costs</source>
        <translation>Årets resor och deras kostnader</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Beräknad kostnad</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>Faktisk kostnad</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkännande</translation>
    </message>
    <message>
        <source>Report-back</source>
        <translation>Återrapportering</translation>
    </message>
    <message>
        <source>Trips with a cost counted</source>
        <translation>Resor med medräknad kostnad</translation>
    </message>
    <message>
        <source>Cost of those trips in SEK</source>
        <translation>Kostnad för dessa resor i SEK</translation>
    </message>
    <message>
        <source>Trips whose cost is unknown</source>
        <translation>Resor med okänd kostnad</translation>
    </message>
    <message>
        <source>Trips whose cost has no exchange rate</source>
        <translation>Resor vars kostnad saknar växelkurs</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Costs of the trips %1</source>
        <translation>Resornas kostnader %1</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <source>no exchange rate</source>
        <translation>växelkurs saknas</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>SEK per unit</source>
        <translation>SEK per enhet</translation>
    </message>
    <message>
        <source>Exchange rates in the register</source>
        <translation>Växelkurser i registret</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Växelkurser</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>[The picture could not be read.]</source>
        <translation>[Bilden kunde inte läsas.]</translation>
    </message>
    <message>
        <source>[No places to show.]</source>
        <translation>[Inga platser att visa.]</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>Figur %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabell %1</translation>
    </message>
    <message>
        <source>This report contains personal data: %1.</source>
        <translation>Rapporten innehåller personuppgifter: %1.</translation>
    </message>
    <message>
        <source>This report contains no personal data.</source>
        <translation>Rapporten innehåller inga personuppgifter.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Values unknown, not in the total</source>
        <translation>Uppgift saknas, ingår inte i summan</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Om rapporten</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Chain meetings</source>
        <translation>Vänortsmöten</translation>
    </message>
    <message>
        <source>Bilateral activities and trips</source>
        <translation>Bilaterala aktiviteter och resor</translation>
    </message>
    <message>
        <source>Fact sheets</source>
        <translation>Faktablad</translation>
    </message>
    <message>
        <source>included</source>
        <translation>medtagna</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>utelämnade</translation>
    </message>
    <message>
        <source>Twin town register</source>
        <translation>Vänortsregister</translation>
    </message>
    <message>
        <source>Annual report to the council</source>
        <translation>Årlig redovisning till kommunfullmäktige</translation>
    </message>
    <message>
        <source>Exchanges and trips</source>
        <translation>Utbyten och resor</translation>
    </message>
    <message>
        <source>Trip report-back</source>
        <translation>Återrapportering av resa</translation>
    </message>
    <message>
        <source>Term evaluation</source>
        <translation>Utvärdering av mandatperioden</translation>
    </message>
    <message>
        <source>Hosting follow-up</source>
        <translation>Uppföljning av värdskap</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation>Beslutsregister</translation>
    </message>
    <message>
        <source>There is no report called %1; choose one of: %2.</source>
        <translation>Det finns ingen rapport som heter %1; välj en av: %2.</translation>
    </message>
    <message>
        <source>The period ends before it starts; check the two dates.</source>
        <translation>Perioden slutar innan den börjar; kontrollera de två datumen.</translation>
    </message>
    <message>
        <source>The annual report needs a year; give it with --year.</source>
        <translation>Den årliga redovisningen behöver ett år; ange det med --year.</translation>
    </message>
    <message>
        <source>This report needs a year.</source>
        <translation>Rapporten behöver ett år.</translation>
    </message>
    <message>
        <source>The term evaluation needs a term of office: give its first year with --term.</source>
        <translation>Utvärderingen behöver en mandatperiod: ange dess första år med --term.</translation>
    </message>
    <message>
        <source>The trip report needs a trip: give its number with --id.</source>
        <translation>Reserapporten behöver en resa: ange dess nummer med --id.</translation>
    </message>
    <message>
        <source>The hosting follow-up needs a meeting: give its number with --id.</source>
        <translation>Uppföljningen av värdskapet behöver ett möte: ange dess nummer med --id.</translation>
    </message>
    <message>
        <source>Every twin town in the register with an overview table and fact sheets: country or area, kind, population, contact year, status with its evidence, agreements, networks, organisations and recent activities.</source>
        <translation>Alla vänorter i registret med en översiktstabell och faktablad: land eller område, typ, invånarantal, kontaktår, status med underlag, avtal, nätverk, organisationer och senaste aktiviteter.</translation>
    </message>
    <message>
        <source>Status period</source>
        <translation>Period för statusbedömning</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>undertecknat %1</translation>
    </message>
    <message>
        <source>valid %1</source>
        <translation>gäller %1</translation>
    </message>
    <message>
        <source>member %1–%2</source>
        <translation>medlem %1–%2</translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation>medlem sedan %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>utträdde %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>About this register</source>
        <translation>Om registret</translation>
    </message>
    <message>
        <source>The twin towns on a map</source>
        <translation>Vänorterna på karta</translation>
    </message>
    <message>
        <source>Twin town</source>
        <translation>Vänort</translation>
    </message>
    <message>
        <source>Country or area</source>
        <translation>Land eller område</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>1 twin town</source>
        <translation>1 vänort</translation>
    </message>
    <message>
        <source>%1 twin towns</source>
        <translation>%1 vänorter</translation>
    </message>
    <message>
        <source>The register holds %1 of %2.</source>
        <translation>Registret innehåller %1 till %2.</translation>
    </message>
    <message>
        <source>The register holds %1.</source>
        <translation>Registret innehåller %1.</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Invånarantal</translation>
    </message>
    <message>
        <source>Contact year</source>
        <translation>Kontaktår</translation>
    </message>
    <message>
        <source>This register is large. To keep it printable the overview gives each town&apos;s country and number of twinnings, and fact sheets with derived statuses are made only for the twin towns of the home municipality (%1).</source>
        <translation>Registret är stort. För att rapporten ska gå att skriva ut visar översikten varje orts land och antal vänortsförbindelser, och faktablad med beräknad status tas bara fram för hemkommunens vänorter (%1).</translation>
    </message>
    <message>
        <source>1 town</source>
        <translation>1 ort</translation>
    </message>
    <message>
        <source>%1 towns</source>
        <translation>%1 orter</translation>
    </message>
    <message>
        <source>Twinned with</source>
        <translation>Vänort till</translation>
    </message>
    <message>
        <source>Twinnings</source>
        <translation>Vänortsförbindelser</translation>
    </message>
    <message>
        <source>The twin towns</source>
        <translation>Vänorterna</translation>
    </message>
    <message>
        <source>Twin towns</source>
        <translation>Vänorter</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Lokalt namn</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Andra stavningar</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>inga registrerade</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Recent activities</source>
        <translation>Senaste aktiviteter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>Vänortsförbindelse</translation>
    </message>
    <message>
        <source>with %1: %2</source>
        <translation>med %1 (%2)</translation>
    </message>
    <message>
        <source>Formal start</source>
        <translation>Formell start</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Status as registered</source>
        <translation>Angiven status</translation>
    </message>
    <message>
        <source>Collaboration areas</source>
        <translation>Samarbetsområden</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Fact sheet</source>
        <translation>Faktablad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>There is no network meeting with the number %1 in the register.</source>
        <translation>Det finns inget vänortsmöte med nummer %1 i registret.</translation>
    </message>
    <message>
        <source>names of the participants</source>
        <translation>deltagarnas namn</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Mötet</translation>
    </message>
    <message>
        <source>Follow-up of the %1 %2</source>
        <translation>Uppföljning av %1 %2</translation>
    </message>
    <message>
        <source>Follow-up after a network meeting hosted by the municipality: the meeting, its participants, programme and follow-up report, the member counts, the hosting rotation and the network&apos;s history.</source>
        <translation>Uppföljning efter ett vänortsmöte där kommunen var värd: mötet, deltagarna, programmet och uppföljningsrapporten, medlemsantalen, värdordningen och nätverkets historik.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Programme and notes</source>
        <translation>Program och anteckningar</translation>
    </message>
    <message>
        <source>According to the register %1 did not host this meeting; the follow-up is made all the same.</source>
        <translation>Enligt registret var %1 inte värd för mötet; uppföljningen görs ändå.</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <source>No follow-up report is written yet.</source>
        <translation>Ingen uppföljningsrapport är skriven ännu.</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemsantal</translation>
    </message>
    <message>
        <source>The register holds no members of the network that year.</source>
        <translation>Registret innehåller inga medlemsantal för nätverket det året.</translation>
    </message>
    <message>
        <source>Members %1</source>
        <translation>Medlemsantal %1</translation>
    </message>
    <message>
        <source>Members of the local branches in the network&apos;s towns, %1</source>
        <translation>Medlemsantal i lokalavdelningarna i nätverkets orter, %1</translation>
    </message>
    <message>
        <source>Hosting rotation</source>
        <translation>Värdordning</translation>
    </message>
    <message>
        <source>The network has no hosting order in the register.</source>
        <translation>Nätverket har ingen värdordning i registret.</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>varje år</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>med %1 års mellanrum</translation>
    </message>
    <message>
        <source>%1 meets %2. The next meeting is in %3, hosted by %4.</source>
        <translation>%1 möts %2. Nästa möte är %3 med %4 som värd.</translation>
    </message>
    <message>
        <source>%1 hosts again in %2.</source>
        <translation>%1 är värd nästa gång %2.</translation>
    </message>
    <message>
        <source>The home municipality hosts again in %1.</source>
        <translation>Hemkommunen är värd nästa gång %1.</translation>
    </message>
    <message>
        <source>The next round of hosts</source>
        <translation>Kommande värdar</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Värdordning</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>The register holds no history of the network.</source>
        <translation>Registret innehåller ingen historik för nätverket.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>The history of %1</source>
        <translation>Historik för %1</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>names and roles of contact persons</source>
        <translation>kontaktpersoners namn och roller</translation>
    </message>
    <message>
        <source>e-mail addresses and phone numbers</source>
        <translation>e-postadresser och telefonnummer</translation>
    </message>
    <message>
        <source>E-mail addresses and phone numbers are left out of this report; they can be included when the report is made.</source>
        <translation>E-postadresser och telefonnummer har utelämnats i rapporten; de kan tas med när rapporten skapas.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (forts.)</translation>
    </message>
    <message>
        <source>%1 – not counted as contact</source>
        <translation>%1 – räknas inte som kontakt</translation>
    </message>
    <message>
        <source>(not counted as contact)</source>
        <translation>(räknas inte som kontakt)</translation>
    </message>
    <message>
        <source>Nothing recorded in the period.</source>
        <translation>Inget registrerat under perioden.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <source>Municipal level: %1</source>
        <translation>Kommunal nivå: %1</translation>
    </message>
    <message>
        <source>Civil level: %1</source>
        <translation>Civil nivå: %1</translation>
    </message>
    <message>
        <source>The coordinator&apos;s reason: %1</source>
        <translation>Samordnarens motivering: %1</translation>
    </message>
    <message>
        <source>two</source>
        <translation>två</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tre</translation>
    </message>
    <message>
        <source>four</source>
        <translation>fyra</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fem</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sju</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>åtta</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>nio</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>tio</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>elva</translation>
    </message>
    <message>
        <source>twelve</source>
        <translation>tolv</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>det senaste året</translation>
    </message>
    <message>
        <source>the last %1 years</source>
        <translation>de senaste %1 åren</translation>
    </message>
    <message>
        <source>%1 + 1 amount missing</source>
        <translation>%1 + 1 belopp saknas</translation>
    </message>
    <message>
        <source>%1 + %2 amounts missing</source>
        <translation>%1 + %2 belopp saknas</translation>
    </message>
    <message>
        <source>1 amount unknown</source>
        <translation>1 belopp okänt</translation>
    </message>
    <message>
        <source>%1 amounts unknown</source>
        <translation>%1 belopp okända</translation>
    </message>
    <message>
        <source>1 amount in %1 without an exchange rate</source>
        <translation>1 belopp i %1 utan växelkurs</translation>
    </message>
    <message>
        <source>%1 amounts in %2 without an exchange rate</source>
        <translation>%1 belopp i %2 utan växelkurs</translation>
    </message>
    <message>
        <source>1 amount that is missing</source>
        <translation>1 belopp som saknas</translation>
    </message>
    <message>
        <source>%1 amounts that are missing</source>
        <translation>%1 belopp som saknas</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>Grants %1</source>
        <translation>Bidrag %1</translation>
    </message>
    <message>
        <source>Amounts per recipient and year, reports due and received</source>
        <translation>Belopp per mottagare och år, redovisningar som ska in och som har kommit in</translation>
    </message>
    <message>
        <source>1 grant</source>
        <translation>1 bidrag</translation>
    </message>
    <message>
        <source>%1 grants</source>
        <translation>%1 bidrag</translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted to SEK with the exchange rates entered in the register for the grant&apos;s year (or the nearest earlier year). Unknown amounts and amounts without an exchange rate are not counted as zero: the totals say how many are missing.</source>
        <translation>Belopp i andra valutor räknas om till SEK med de växelkurser som lagts in i registret för bidragets år (eller närmaste tidigare år). Okända belopp och belopp utan växelkurs räknas inte som noll: summorna anger hur många som saknas.</translation>
    </message>
    <message>
        <source>About the grants</source>
        <translation>Om bidragen</translation>
    </message>
    <message>
        <source>Grants per recipient</source>
        <translation>Bidrag per mottagare</translation>
    </message>
    <message>
        <source>No grant is recorded.</source>
        <translation>Inga bidrag är registrerade.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bidragsgivare</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>In SEK</source>
        <translation>I SEK</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Redovisning senast</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Redovisning inkommen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Grants per recipient and year</source>
        <translation>Bidrag per mottagare och år</translation>
    </message>
    <message>
        <source>Total in SEK</source>
        <translation>Totalt i SEK</translation>
    </message>
    <message>
        <source>Amount unknown</source>
        <translation>Belopp okänt</translation>
    </message>
    <message>
        <source>No exchange rate</source>
        <translation>Växelkurs saknas</translation>
    </message>
    <message>
        <source>Totals per payer</source>
        <translation>Summor per bidragsgivare</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summor</translation>
    </message>
    <message>
        <source>Grants per recipient and year in their currencies and in SEK, totals per payer and currency with unknown amounts counted, the municipality&apos;s own grants kept apart from other payers&apos;, and the grants&apos; reports due and received.</source>
        <translation>Bidrag per mottagare och år i sina valutor och i kronor, summor per bidragsgivare och valuta där okända belopp räknas, kommunens egna bidrag skilda från andra bidragsgivares, samt bidragens redovisningar som väntas och har kommit in.</translation>
    </message>
    <message>
        <source>no grants</source>
        <translation>inga bidrag</translation>
    </message>
    <message>
        <source>In %1 the register holds %2.</source>
        <translation>År %1 innehåller registret %2.</translation>
    </message>
    <message>
        <source>The grants paid by %1 itself come to %2 in all.</source>
        <translation>Bidragen från %1 själv uppgår till sammanlagt %2.</translation>
    </message>
    <message>
        <source>The grants paid by %1 itself come to %2 in all, not counting %3 (%4).</source>
        <translation>Bidragen från %1 själv uppgår till sammanlagt %2, exklusive %3 (%4).</translation>
    </message>
    <message>
        <source>None of them is paid by %1 itself.</source>
        <translation>Inget av dem betalas av %1 själv.</translation>
    </message>
    <message>
        <source>Grants from another payer (1 payer, for example a twin town supporting its own association) are not added to the municipality&apos;s: each payer is totalled on its own below.</source>
        <translation>Bidrag från en annan bidragsgivare (till exempel en vänort som stöder sin egen förening) läggs inte ihop med kommunens: varje bidragsgivare summeras för sig nedan.</translation>
    </message>
    <message>
        <source>Grants from other payers (%1 payers, for example twin towns supporting their own associations) are not added to the municipality&apos;s or to each other: each payer is totalled on its own below.</source>
        <translation>Bidrag från %1 andra bidragsgivare, till exempel vänorter som stöder sina egna föreningar, läggs inte ihop med kommunens eller med varandra: varje bidragsgivare summeras för sig nedan.</translation>
    </message>
    <message>
        <source>%1 (own grants)</source>
        <translation>%1 (egna bidrag)</translation>
    </message>
    <message>
        <source>Total in the currency</source>
        <translation>Summa i valutan</translation>
    </message>
    <message>
        <source>Totals per payer and currency, as paid</source>
        <translation>Summor per bidragsgivare och valuta, som de betalats ut</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Summor per valuta</translation>
    </message>
    <message>
        <source>Totals per payer in SEK</source>
        <translation>Summor per bidragsgivare i kronor</translation>
    </message>
    <message>
        <source>Grants paid by %1 per year in SEK</source>
        <translation>Bidrag från %1 per år i kronor</translation>
    </message>
    <message>
        <source>Own grants per year</source>
        <translation>Egna bidrag per år</translation>
    </message>
    <message>
        <source>A report is asked for on 1 grant.</source>
        <translation>Redovisning har begärts för 1 bidrag.</translation>
    </message>
    <message>
        <source>Reports are asked for on %1 grants.</source>
        <translation>Redovisning har begärts för %1 bidrag.</translation>
    </message>
    <message>
        <source>It has been received.</source>
        <translation>Den har kommit in.</translation>
    </message>
    <message>
        <source>All have been received.</source>
        <translation>Alla har kommit in.</translation>
    </message>
    <message>
        <source>It has not been received and is overdue.</source>
        <translation>Den har inte kommit in och är försenad.</translation>
    </message>
    <message>
        <source>It has not yet been received.</source>
        <translation>Den har ännu inte kommit in.</translation>
    </message>
    <message>
        <source>1 has not yet been received.</source>
        <translation>1 har ännu inte kommit in.</translation>
    </message>
    <message>
        <source>%1 have not yet been received.</source>
        <translation>%1 har ännu inte kommit in.</translation>
    </message>
    <message>
        <source>1 has not been received and is overdue.</source>
        <translation>1 har inte kommit in och är försenad.</translation>
    </message>
    <message>
        <source>%1 have not been received and are overdue.</source>
        <translation>%1 har inte kommit in och är försenade.</translation>
    </message>
    <message>
        <source>%1 have not yet been received, 1 of them overdue.</source>
        <translation>%1 har ännu inte kommit in, varav 1 är försenad.</translation>
    </message>
    <message>
        <source>%1 have not yet been received, %2 of them overdue.</source>
        <translation>%1 har ännu inte kommit in, varav %2 är försenade.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>due</source>
        <comment>a grant report not yet overdue</comment>
        <translation>väntas</translation>
    </message>
    <message>
        <source>Reports not yet received</source>
        <translation>Redovisningar som ännu inte har kommit in</translation>
    </message>
    <message>
        <source>Reports outstanding</source>
        <translation>Utestående redovisningar</translation>
    </message>
    <message>
        <source>No grant in the report asks for a report.</source>
        <translation>Inget bidrag i rapporten kräver redovisning.</translation>
    </message>
    <message>
        <source>Reports on the grants</source>
        <translation>Redovisningar av bidragen</translation>
    </message>
    <message>
        <source>There is no term of office %1 in the register.</source>
        <translation>Det finns ingen mandatperiod %1 i registret.</translation>
    </message>
    <message>
        <source>The twinnings one by one</source>
        <translation>Vänortsförbindelserna en och en</translation>
    </message>
    <message>
        <source>Evaluation of the twinnings %1</source>
        <translation>Utvärdering av vänortsförbindelserna %1</translation>
    </message>
    <message>
        <source>Evaluation once per term of office</source>
        <translation>Utvärdering en gång per mandatperiod</translation>
    </message>
    <message>
        <source>Term of office</source>
        <translation>Mandatperiod</translation>
    </message>
    <message>
        <source>1 is</source>
        <translation>1</translation>
    </message>
    <message>
        <source>%1 are</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>The term is still running: activity is counted up to %1.</source>
        <translation>Mandatperioden pågår fortfarande: aktivitet räknas till och med %1.</translation>
    </message>
    <message>
        <source>About this evaluation</source>
        <translation>Om utvärderingen</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>inte utvärderad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>The twinnings of the term</source>
        <translation>Mandatperiodens vänortsförbindelser</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>Activity in the term</source>
        <translation>Aktivitet under mandatperioden</translation>
    </message>
    <message>
        <source>Every twinning in force during the term of office with its activity in the term, its status per level with its grounds, benefit, recommendation and the council&apos;s verdict.</source>
        <translation>Varje vänortsförbindelse som gällde under mandatperioden med dess aktivitet under perioden, dess status per nivå med grund, nytta, rekommendation och fullmäktiges beslut.</translation>
    </message>
    <message>
        <source>The term of office %1 runs %2. %3 in force during it; %4 evaluated with a recommendation so far.</source>
        <translation>Mandatperioden %1 omfattar %2. Under den gällde %3; hittills har %4 utvärderats med en rekommendation.</translation>
    </message>
    <message>
        <source>1 twinning was</source>
        <translation>1 vänortsförbindelse</translation>
    </message>
    <message>
        <source>%1 twinnings were</source>
        <translation>%1 vänortsförbindelser</translation>
    </message>
    <message>
        <source>none is</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The program suggests ending only a twinning that was in force for the whole term with no recorded contact at any level in it; every other recommendation is the coordinator&apos;s.</source>
        <translation>Programmet föreslår att en vänortsförbindelse avslutas bara om den gällde under hela mandatperioden utan någon registrerad kontakt på någon nivå; alla andra rekommendationer är samordnarens.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>The program suggests ending 1 twinning: no contact at any level in the whole term.</source>
        <translation>Programmet föreslår att 1 vänortsförbindelse avslutas: ingen kontakt på någon nivå under hela mandatperioden.</translation>
    </message>
    <message>
        <source>The program suggests ending %1 twinnings: no contact at any level in the whole term.</source>
        <translation>Programmet föreslår att %1 vänortsförbindelser avslutas: ingen kontakt på någon nivå under hela mandatperioden.</translation>
    </message>
    <message>
        <source>the term of office</source>
        <translation>mandatperioden</translation>
    </message>
    <message>
        <source>No twinning was in force during this term.</source>
        <translation>Ingen vänortsförbindelse gällde under den här mandatperioden.</translation>
    </message>
    <message>
        <source>Municipal level</source>
        <translation>Kommunal nivå</translation>
    </message>
    <message>
        <source>Civil level</source>
        <translation>Civil nivå</translation>
    </message>
    <message>
        <source>The program suggests</source>
        <translation>Programmets förslag</translation>
    </message>
    <message>
        <source>Council&apos;s verdict</source>
        <translation>Fullmäktiges beslut</translation>
    </message>
    <message>
        <source>Municipal level in the term</source>
        <translation>Kommunal nivå under mandatperioden</translation>
    </message>
    <message>
        <source>Civil level in the term</source>
        <translation>Civil nivå under mandatperioden</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The coordinator&apos;s reason</source>
        <translation>Samordnarens motivering</translation>
    </message>
    <message>
        <source>Activity summary</source>
        <translation>Sammanfattning av aktiviteter</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nytta</translation>
    </message>
    <message>
        <source>Decision that followed</source>
        <translation>Efterföljande beslut</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>The decisions and proposals of the period with body, section, registry number, outcome, distribution list and the records they concern.</source>
        <translation>Periodens beslut och förslag med organ, paragraf, diarienummer, beslut, sändlista och de poster de gäller.</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Gäller: %1</translation>
    </message>
    <message>
        <source>KF presidium</source>
        <translation>KF:s presidium</translation>
    </message>
    <message>
        <source>Proposal, decided by %1.</source>
        <translation>Förslag, beslutat av %1.</translation>
    </message>
    <message>
        <source>Proposal, not yet decided.</source>
        <translation>Förslag, ännu inte beslutat.</translation>
    </message>
    <message>
        <source>Decided on a proposal from %1.</source>
        <translation>Beslutat efter förslag från %1.</translation>
    </message>
    <message>
        <source>All decisions in the register</source>
        <translation>Alla beslut i registret</translation>
    </message>
    <message>
        <source>Decisions from %1</source>
        <translation>Beslut från och med %1</translation>
    </message>
    <message>
        <source>Decisions up to %1</source>
        <translation>Beslut till och med %1</translation>
    </message>
    <message>
        <source>Decisions from %1 to %2</source>
        <translation>Beslut från %1 till %2</translation>
    </message>
    <message>
        <source>1 decision</source>
        <translation>1 beslut</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>%1 beslut</translation>
    </message>
    <message>
        <source>The register holds %1 in the period.</source>
        <translation>Registret innehåller %1 under perioden.</translation>
    </message>
    <message>
        <source>Besides, 1 proposal was passed on to another body for decision.</source>
        <translation>Dessutom lämnades 1 förslag vidare till ett annat organ för beslut.</translation>
    </message>
    <message>
        <source>Besides, %1 proposals were passed on to another body for decision.</source>
        <translation>Dessutom lämnades %1 förslag vidare till ett annat organ för beslut.</translation>
    </message>
    <message>
        <source>No decision is recorded in the period.</source>
        <translation>Inget beslut finns registrerat under perioden.</translation>
    </message>
    <message>
        <source>About the register</source>
        <translation>Om registret</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Reg. no.</source>
        <translation>Dnr</translation>
    </message>
    <message>
        <source>Matter and what it concerns</source>
        <translation>Ärende och vad det gäller</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Expedieras till</translation>
    </message>
    <message>
        <source>Decisions and proposals in date order</source>
        <translation>Beslut och förslag i datumordning</translation>
    </message>
    <message>
        <source>KF: the municipal council, KS: the municipal executive board, KSAU: the executive board&apos;s working committee.</source>
        <translation>KF: kommunfullmäktige, KS: kommunstyrelsen, KSAU: kommunstyrelsens arbetsutskott.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>inget ännu</translation>
    </message>
    <message>
        <source>There is no trip with the number %1 in the register.</source>
        <translation>Det finns ingen resa med nummer %1 i registret.</translation>
    </message>
    <message>
        <source>names of the travellers</source>
        <translation>resenärernas namn</translation>
    </message>
    <message>
        <source>Report-back: %1</source>
        <translation>Återrapportering: %1</translation>
    </message>
    <message>
        <source>Trip report to the municipal executive board</source>
        <translation>Reserapport till kommunstyrelsen</translation>
    </message>
    <message>
        <source>One trip for the executive board: destination, dates, travellers, purpose, goals, results, costs in its currency and in SEK, funding and decisions.</source>
        <translation>En resa för kommunstyrelsen: resmål, datum, resenärer, syfte, mål, resultat, kostnader i resans valuta och i SEK, finansiering och beslut.</translation>
    </message>
    <message>
        <source>no decision linked</source>
        <translation>inget beslut kopplat</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Resenärer</translation>
    </message>
    <message>
        <source>Report-back decision</source>
        <translation>Beslut om återrapportering</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Utfall: %1</translation>
    </message>
    <message>
        <source>Sent to: %1</source>
        <translation>Skickas till: %1</translation>
    </message>
    <message>
        <source>The trip</source>
        <translation>Resan</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>inte skrivet ännu</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>I %1</translation>
    </message>
    <message>
        <source>Costs of the trip</source>
        <translation>Resans kostnader</translation>
    </message>
    <message>
        <source>No cost is entered, so the report-back rule cannot be checked.</source>
        <translation>Ingen kostnad är angiven, så regeln om återrapportering kan inte kontrolleras.</translation>
    </message>
    <message>
        <source>The cost cannot be converted to SEK (no exchange rate for %1), so it cannot be shown to stay within %2: a report-back to the board is needed.</source>
        <translation>Kostnaden kan inte räknas om till SEK (växelkurs saknas för %1), så det går inte att visa att den håller sig inom %2: resan behöver återrapporteras.</translation>
    </message>
    <message>
        <source>The cost, %1, exceeds %2: the municipality&apos;s rules ask for a report-back to the board stating purpose, goals and results.</source>
        <translation>Kostnaden, %1, överstiger %2: enligt kommunens regler ska resan återrapporteras med syfte, mål och resultat.</translation>
    </message>
    <message>
        <source>The cost, %1, does not exceed %2: the rules ask for no report-back, which this paper gives all the same.</source>
        <translation>Kostnaden, %1, överstiger inte %2: reglerna kräver ingen återrapportering, men den lämnas ändå med denna skrivelse.</translation>
    </message>
    <message>
        <source>Costs and funding</source>
        <translation>Kostnader och finansiering</translation>
    </message>
    <message>
        <source>The register holds no exchange rate for %1.</source>
        <translation>Registret innehåller ingen växelkurs för %1.</translation>
    </message>
    <message>
        <source>Converted with the register&apos;s rate for %1 of %2: %3 SEK per %1.</source>
        <translation>Omräknat med registrets kurs för %1 år %2: %3 SEK per %1.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <source>you may not write there</source>
        <translation>du har inte behörighet att skriva där</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2.</source>
        <translation>Rapporten kan inte skrivas till %1: %2.</translation>
    </message>
    <message>
        <source>Writing the Word document…</source>
        <translation>Skriver Word-dokumentet…</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Läser registret…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-filen…</translation>
    </message>
    <message>
        <source>A report can be written as .pdf, .xlsx or .docx, not as %1; change the file name.</source>
        <translation>En rapport kan sparas som .pdf, .xlsx eller .docx, inte som %1; ändra filnamnet.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Skriver arbetsboken…</translation>
    </message>
    <message>
        <source>%1 %2, hosted by %3</source>
        <translation>%1 %2, med %3 som värd</translation>
    </message>
    <message>
        <source>(seminar)</source>
        <translation>(seminarium)</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>The Word template is not a .docx or .dotx file.</source>
        <translation>Word-mallen är inte en .docx- eller .dotx-fil.</translation>
    </message>
    <message>
        <source>The Word template holds macros (.dotm or .docm); save it as .dotx or .docx.</source>
        <translation>Word-mallen innehåller makron (.dotm eller .docm); spara den som .dotx eller .docx.</translation>
    </message>
    <message>
        <source>no status (before the register&apos;s evidence)</source>
        <translation>ingen status (före registrets uppgifter)</translation>
    </message>
    <message>
        <source>chain meeting</source>
        <translation>vänortsmöte</translation>
    </message>
    <message>
        <source>bilateral activity or trip</source>
        <translation>bilateral aktivitet eller resa</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Print a report…</source>
        <translation>Skriv &amp;ut en rapport…</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Everything saved after it is replaced; the database as it is now is backed up first, so this can be undone here too.</source>
        <translation>Välj den säkerhetskopia du vill gå tillbaka till. Allt som sparats efter den ersätts; databasen som den ser ut nu säkerhetskopieras först, så även detta kan ångras här.</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Det finns inga säkerhetskopior av den här databasen ännu.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? Changes saved after it will be replaced.</source>
        <translation>Vill du ersätta databasen med säkerhetskopian från %1? Ändringar som sparats efter den ersätts.</translation>
    </message>
</context>
<context>
    <name>RestoreToServerDialog</name>
    <message>
        <source>Restore a copy to the server</source>
        <translation>Återställ en kopia till servern</translation>
    </message>
    <message>
        <source>Load a copy of a register (a Vänort database file) into an empty database on the server %1. A database that already holds a register is left as it is.</source>
        <translation>Läs in en kopia av ett register (en databasfil från Vänort) i en tom databas på servern %1. En databas som redan innehåller ett register lämnas som den är.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Vänort file:</source>
        <translation>Vänortfil:</translation>
    </message>
    <message>
        <source>Empty database on the server:</source>
        <translation>Tom databas på servern:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Choose the copy to load</source>
        <translation>Välj kopian som ska läsas in</translation>
    </message>
    <message>
        <source>Choose the Vänort file and name the empty database on the server.</source>
        <translation>Välj Vänortfilen och ange namnet på den tomma databasen på servern.</translation>
    </message>
    <message>
        <source>Restoring the copy…</source>
        <translation>Återställer kopian…</translation>
    </message>
    <message>
        <source>The copy could not be loaded, and nothing was written: %1</source>
        <translation>Kopian kunde inte läsas in, och ingenting skrevs: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n row(s) from %1 into the database %2 on the server.</source>
        <translation>
            <numerusform>Läste in %n rad från %1 i databasen %2 på servern.</numerusform>
            <numerusform>Läste in %n rader från %1 i databasen %2 på servern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Importen är klar.</translation>
    </message>
    <message>
        <source>Every row names %1 in the column %2.</source>
        <translation>Varje rad anger %1 i kolumnen %2.</translation>
    </message>
    <message>
        <source>Mark %1 as the home municipality</source>
        <translation>Markera %1 som hemkommun</translation>
    </message>
    <message>
        <source>%1 is now marked as the home municipality.</source>
        <translation>%1 är nu markerad som hemkommun.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts; ingenting importerades.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting importerades: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>RichTextBox</name>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B): **text**</source>
        <translation>Fetstil (Ctrl+B): **text**</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I): *text*</source>
        <translation>Kursiv (Ctrl+I): *text*</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Punktlista</translation>
    </message>
    <message>
        <source>A bulleted list: each line starts with &quot;- &quot;</source>
        <translation>En punktlista: varje rad börjar med &quot;- &quot;</translation>
    </message>
    <message>
        <source>“ Quotation</source>
        <translation>” Citat</translation>
    </message>
    <message>
        <source>A quotation: each line starts with &quot;&gt; &quot;</source>
        <translation>Ett citat: varje rad börjar med &quot;&gt; &quot;</translation>
    </message>
    <message>
        <source>Insert text block…</source>
        <translation>Infoga textblock…</translation>
    </message>
    <message>
        <source>Insert a text block saved earlier</source>
        <translation>Infoga ett textblock som sparats tidigare</translation>
    </message>
    <message>
        <source>Save as text block…</source>
        <translation>Spara som textblock…</translation>
    </message>
    <message>
        <source>Keep the selected text (or all of it) for later reports</source>
        <translation>Spara den markerade texten (eller hela texten) till senare rapporter</translation>
    </message>
    <message>
        <source>Text blocks</source>
        <translation>Textblock</translation>
    </message>
    <message>
        <source>No text blocks are saved yet. Select a text and save it as a block.</source>
        <translation>Inga textblock är sparade ännu. Markera en text och spara den som textblock.</translation>
    </message>
    <message>
        <source>Insert text block</source>
        <translation>Infoga textblock</translation>
    </message>
    <message>
        <source>&amp;Text block:</source>
        <translation>&amp;Textblock:</translation>
    </message>
    <message>
        <source>Write or select the text to save first.</source>
        <translation>Skriv eller markera först den text som ska sparas.</translation>
    </message>
    <message>
        <source>Save as text block</source>
        <translation>Spara som textblock</translation>
    </message>
    <message>
        <source>&amp;Name of the block:</source>
        <translation>Textblockets &amp;namn:</translation>
    </message>
    <message>
        <source>A block named %1 exists. Replace its text?</source>
        <translation>Det finns redan ett textblock som heter %1. Vill du ersätta dess text?</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augusti</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>Trips to twin towns are approved by the %1.</source>
        <translation>Resor till vänorter godkänns av %1.</translation>
    </message>
    <message>
        <source>Trips costing more than %1 are reported back to the %2.</source>
        <translation>Resor som kostar mer än %1 återrapporteras till %2.</translation>
    </message>
    <message>
        <source>Exchanges and trips are reported every year to the %1 by %2.</source>
        <translation>Utbyten och resor redovisas årligen till %1 senast %2.</translation>
    </message>
    <message>
        <source>The twinnings are evaluated every term of office.</source>
        <translation>Vänortsförbindelserna utvärderas varje mandatperiod.</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Other rules</source>
        <translation>Övriga regler</translation>
    </message>
    <message>
        <source>Tick the rules the municipality&apos;s own governing documents state; the others are not applied. Approval of trips by the executive board is ticked from the start, as every municipality has it: untick it or choose another body if the municipality&apos;s rules say otherwise. Reminders of agreements, governing documents, grants and hosting always apply.</source>
        <translation>Kryssa för de regler som kommunens egna styrdokument anger; övriga tillämpas inte. Godkännande av resor i kommunstyrelsen är förkryssat från början, eftersom varje kommun har den regeln: kryssa ur den eller välj ett annat organ om kommunens regler säger något annat. Påminnelser om avtal, styrdokument, bidrag och värdskap gäller alltid.</translation>
    </message>
    <message>
        <source>Days of warning before something falls due</source>
        <translation>Förvarning i dagar innan något ska vara klart</translation>
    </message>
    <message>
        <source>Governing documents, before the revise-by date</source>
        <translation>Styrdokument, före sista revideringsdag</translation>
    </message>
    <message>
        <source>Agreements, before the review or end date</source>
        <translation>Avtal, före dag för översyn eller avtalets slut</translation>
    </message>
    <message>
        <source>Grant reports, before they are due</source>
        <translation>Redovisningar av bidrag, före sista dag</translation>
    </message>
    <message>
        <source>Follow-up report after hosting a network meeting, within</source>
        <translation>Uppföljningsrapport efter värdskap för ett vänortsmöte, inom</translation>
    </message>
    <message>
        <source>Trips to twin towns, before departure</source>
        <translation>Resor till vänorter, före avresan</translation>
    </message>
    <message>
        <source>Report-back, days after the return</source>
        <translation>Återrapportering, dagar efter hemkomsten</translation>
    </message>
    <message>
        <source>The municipality&apos;s own rules</source>
        <translation>Kommunens egna regler</translation>
    </message>
    <message>
        <source>Trips to twin towns are approved by:</source>
        <translation>Resor till vänorter godkänns av:</translation>
    </message>
    <message>
        <source>Trips costing more than</source>
        <translation>Resor som kostar mer än</translation>
    </message>
    <message>
        <source>are reported back to:</source>
        <translation>återrapporteras till:</translation>
    </message>
    <message>
        <source>Exchanges and trips are reported every year to:</source>
        <translation>Utbyten och resor redovisas årligen till:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>senast</translation>
    </message>
    <message>
        <source>The twinnings are evaluated every term of office</source>
        <translation>Vänortsförbindelserna utvärderas varje mandatperiod</translation>
    </message>
    <message>
        <source>Stated in:</source>
        <translation>Anges i:</translation>
    </message>
    <message>
        <source>(no document chosen)</source>
        <translation>(inget dokument valt)</translation>
    </message>
    <message>
        <source>(document %1, not in the register)</source>
        <translation>(dokument %1, finns inte i registret)</translation>
    </message>
    <message>
        <source>Yearly report of exchanges and trips, before it is due</source>
        <translation>Årlig redovisning av utbyten och resor, före sista dag</translation>
    </message>
    <message>
        <source>Term evaluation, before the term ends</source>
        <translation>Utvärdering av mandatperioden, innan perioden slutar</translation>
    </message>
    <message>
        <source>Items of agreements&apos; action plans, before they are due</source>
        <translation>Åtgärder i avtalens handlingsplaner, före sista dag</translation>
    </message>
    <message>
        <source>Hosting a network meeting, before 1 January of that year</source>
        <translation>Värdskap för ett vänortsmöte, före den 1 januari samma år</translation>
    </message>
    <message>
        <source>Personal data, before it is to be disposed of</source>
        <translation>Personuppgifter, innan de ska gallras</translation>
    </message>
    <message>
        <source>Status of a twinning</source>
        <translation>Status för en vänortsförbindelse</translation>
    </message>
    <message>
        <source>Judge the status over the last</source>
        <translation>Bedöm status utifrån de senaste</translation>
    </message>
    <message>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <source>Active: at least this many activities or meetings a year</source>
        <translation>Aktiv: minst så här många aktiviteter eller möten per år</translation>
    </message>
    <message>
        <source>Sporadic: at least this many in the period</source>
        <translation>Sporadisk: minst så här många under perioden</translation>
    </message>
    <message>
        <source>New: begun within the last</source>
        <translation>Nystartad: inledd under de senaste</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Which twinnings and networks the mapping covers, the years, and how it was made.</source>
        <translation>Vilka vänortsförbindelser och nätverk kartläggningen omfattar, vilka år, och hur den har gjorts.</translation>
    </message>
    <message>
        <source>Twinnings</source>
        <translation>Vänortsförbindelser</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metod:</translation>
    </message>
    <message>
        <source>&amp;Sources consulted:</source>
        <translation>Använda &amp;källor:</translation>
    </message>
    <message>
        <source>&amp;Left out, and why:</source>
        <translation>&amp;Avgränsning, med skäl:</translation>
    </message>
    <message>
        <source>No twinning is included.</source>
        <translation>Ingen vänortsförbindelse ingår.</translation>
    </message>
    <message>
        <source>Twinnings included: %1.</source>
        <translation>Vänortsförbindelser som ingår: %1.</translation>
    </message>
    <message>
        <source>No network is included.</source>
        <translation>Inget nätverk ingår.</translation>
    </message>
    <message>
        <source>Networks included: %1.</source>
        <translation>Nätverk som ingår: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Utanför kartläggningen: %1.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Attached to %1 “%2”</source>
        <translation>Bilaga till %1 ”%2”</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search the whole register</source>
        <translation>Sök i hela registret</translation>
    </message>
    <message>
        <source>Names, other names, notes, attachments … of every kind</source>
        <translation>Namn, andra namn, anteckningar, bilagor … i alla slags poster</translation>
    </message>
    <message>
        <source>The register could not be searched just now. Try again in a moment.</source>
        <translation>Det gick inte att söka i registret just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Up and Down choose, Enter opens, Esc closes. Ctrl+F searches one list.</source>
        <translation>Upp- och nedpil väljer, Enter öppnar, Esc stänger. Ctrl+F söker i en enda lista.</translation>
    </message>
    <message>
        <source>Nothing in the register matches “%1”.</source>
        <translation>Inga träffar i registret för ”%1”.</translation>
    </message>
    <message>
        <source>Type the beginning of a word; accents and capitals do not matter.</source>
        <translation>Skriv början av ett ord; accenter och versaler spelar ingen roll.</translation>
    </message>
</context>
<context>
    <name>SectionLayoutBox</name>
    <message>
        <source>F2 renames a section, Space leaves it out of the report or takes it back, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>F2 byter namn på ett avsnitt, mellanslag utelämnar det ur rapporten eller tar tillbaka det, Ctrl+Upp och Ctrl+Ned flyttar det.</translation>
    </message>
    <message>
        <source>The &amp;survey&apos;s sections:</source>
        <translation>&amp;Standardavsnitt:</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Byt na&amp;mn</translation>
    </message>
    <message>
        <source>Earl&amp;ier</source>
        <translation>Ti&amp;digare</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Senar&amp;e</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>Lines under the name on every report, e.g. the department and address</source>
        <translation>Rader under namnet i varje rapport, t.ex. förvaltning och adress</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Brevhuvud</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word-mall</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>A new language applies as soon as you save: the window is rebuilt in it.</source>
        <translation>Ett nytt språk gäller så snart du sparar: fönstret byggs om på det språket.</translation>
    </message>
    <message>
        <source>None: Word files get the program&apos;s own plain layout.</source>
        <translation>Ingen: Word-filer får programmets egen enkla layout.</translation>
    </message>
    <message>
        <source>%1 (styles, header and footer are used in Word files)</source>
        <translation>%1 (formatmallar, sidhuvud och sidfot används i Word-filer)</translation>
    </message>
    <message>
        <source>A template is chosen (styles, header and footer are used in Word files).</source>
        <translation>En mall är vald (formatmallar, sidhuvud och sidfot används i Word-filer).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <source>Choose the Word template</source>
        <translation>Välj Word-mall</translation>
    </message>
    <message>
        <source>Word templates and documents (*.dotx *.docx)</source>
        <translation>Word-mallar och Word-dokument (*.dotx *.docx)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <source>Reload shows the settings as they are now stored, without your changes; Keep editing leaves your changes in the dialog.</source>
        <translation>”Läs in igen” visar inställningarna som de är sparade nu, utan dina ändringar; ”Fortsätt redigera” låter dina ändringar ligga kvar i dialogrutan.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>Skjut upp</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n item(s).</source>
        <translation>
            <numerusform>Skjut upp %n punkt.</numerusform>
            <numerusform>Skjut upp %n punkter.</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: waiting for the board&apos;s meeting</source>
        <translation>Till exempel: inväntar kommunstyrelsens sammanträde</translation>
    </message>
    <message>
        <source>Show again on</source>
        <translation>Visa igen den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, with the column headings in one row.</source>
        <translation>En Excel-arbetsbok (.xlsx) eller en CSV-fil, med kolumnrubrikerna på en rad.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>B&amp;lad:</translation>
    </message>
    <message>
        <source>&amp;Headings in row:</source>
        <translation>&amp;Rubriker på rad:</translation>
    </message>
    <message>
        <source>Character &amp;encoding:</source>
        <translation>&amp;Teckenkodning:</translation>
    </message>
    <message>
        <source>Column &amp;separator:</source>
        <translation>&amp;Kolumnavgränsare:</translation>
    </message>
    <message>
        <source>As detected (%1)</source>
        <translation>Som identifierat (%1)</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Som identifierat</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Kalkylblad (*.xlsx *.xlsm *.csv *.tsv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Välj en fil.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>Column headings: %1</source>
        <translation>Kolumnrubriker: %1</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Found in the register and added by themselves; add your own below, one a line.</source>
        <translation>Hämtade ur registret och tillagda automatiskt; lägg till dina egna nedan, en per rad.</translation>
    </message>
    <message>
        <source>One source a line</source>
        <translation>En källa per rad</translation>
    </message>
    <message>
        <source>From the register:</source>
        <translation>Ur registret:</translation>
    </message>
    <message>
        <source>&amp;Your own sources:</source>
        <translation>&amp;Egna källor:</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>municipal level</source>
        <translation>kommunal nivå</translation>
    </message>
    <message>
        <source>civil level</source>
        <translation>civil nivå</translation>
    </message>
    <message>
        <source>%1 (computed: %2)</source>
        <translation>%1 (beräknad: %2)</translation>
    </message>
    <message>
        <source>no contacts</source>
        <translation>inga kontakter</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <source>Each twinning&apos;s status is judged per level for %1: the municipal level counts trips, activities the municipality took part in, agreement actions and decisions, the civil level the activities of associations and schools and the chain meetings; a level is active with at least %2, sporadic with at least %3, dormant with none, and new if the twinning began within %4; the coordinator&apos;s judgement is shown first.</source>
        <translation>Varje vänortsförbindelses status bedöms per nivå för %1: på kommunal nivå räknas resor, aktiviteter som kommunen deltog i, åtgärder enligt avtal och beslut, på civil nivå föreningars och skolors aktiviteter och vänortskedjans möten; en nivå är aktiv med minst %2, sporadisk med minst %3, vilande utan kontakt och nystartad om förbindelsen inleddes under %4; samordnarens bedömning visas först.</translation>
    </message>
    <message>
        <source>Each twinning&apos;s status is judged per level for %1: the municipal level counts trips, activities the municipality took part in, agreement actions and decisions, the civil level the activities of associations and schools and the chain meetings; a level is active with at least %2, sporadic with at least %3 and dormant with none; the coordinator&apos;s judgement is shown first.</source>
        <translation>Varje vänortsförbindelses status bedöms per nivå för %1: på kommunal nivå räknas resor, aktiviteter som kommunen deltog i, åtgärder enligt avtal och beslut, på civil nivå föreningars och skolors aktiviteter och vänortskedjans möten; en nivå är aktiv med minst %2, sporadisk med minst %3 och vilande utan kontakt; samordnarens bedömning visas först.</translation>
    </message>
    <message>
        <source>The twinning had ended by the end of the period.</source>
        <translation>Vänortsförbindelsen hade upphört när perioden tog slut.</translation>
    </message>
    <message>
        <source>No contact is recorded at any level in %1.</source>
        <translation>Ingen kontakt är registrerad på någon nivå under %1.</translation>
    </message>
    <message>
        <source>Begun %1, recently enough to count as new; %2 at the municipal level and %3 at the civil level in %4.</source>
        <translation>Inledd %1, så nyligen att den räknas som nystartad; %2 på kommunal nivå och %3 på civil nivå under %4.</translation>
    </message>
    <message>
        <source>%1 at the municipal level and %2 at the civil level in %3; %4 make a level active.</source>
        <translation>%1 på kommunal nivå och %2 på civil nivå under %3; det krävs %4 för att en nivå ska vara aktiv.</translation>
    </message>
    <message>
        <source>%1 (not counted as contact)</source>
        <translation>%1 (räknas inte som kontakt)</translation>
    </message>
    <message>
        <source>%1 (municipal level)</source>
        <translation>%1 (kommunal nivå)</translation>
    </message>
    <message>
        <source>%1 (civil level)</source>
        <translation>%1 (civil nivå)</translation>
    </message>
    <message>
        <source>%1 (municipal and civil level)</source>
        <translation>%1 (kommunal och civil nivå)</translation>
    </message>
</context>
<context>
    <name>SyncedFolder</name>
    <message>
        <source>Synchronised folder</source>
        <translation>Synkroniserad mapp</translation>
    </message>
    <message>
        <source>%1 is in a folder that %2 synchronises. The database&apos;s working files (-wal and -shm) must not be synchronised, or the database can be damaged; move it to a folder on this computer that is not synchronised.</source>
        <translation>%1 ligger i en mapp som %2 synkroniserar. Databasens arbetsfiler (-wal och -shm) får inte synkroniseras, annars kan databasen skadas; flytta den till en mapp på den här datorn som inte synkroniseras.</translation>
    </message>
    <message>
        <source>Move it…</source>
        <translation>Flytta den…</translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation>Behåll den här</translation>
    </message>
    <message>
        <source>Move the database to</source>
        <translation>Flytta databasen till</translation>
    </message>
    <message>
        <source>%1 is synchronised by %2 too; choose a folder on this computer that is not synchronised.</source>
        <translation>%1 synkroniseras också av %2; välj en mapp på den här datorn som inte synkroniseras.</translation>
    </message>
</context>
<context>
    <name>TermEvaluationView</name>
    <message>
        <source>Evaluate…</source>
        <translation>Utvärdera…</translation>
    </message>
    <message>
        <source>Open twinning</source>
        <translation>Öppna vänortsförbindelse</translation>
    </message>
    <message>
        <source>End twinning…</source>
        <translation>Avsluta vänortsförbindelse…</translation>
    </message>
    <message>
        <source>Council&apos;s verdict…</source>
        <translation>Fullmäktiges beslut…</translation>
    </message>
    <message>
        <source>Term of office</source>
        <translation>Mandatperiod</translation>
    </message>
    <message>
        <source>Add a term of office to evaluate the twinnings in it.</source>
        <translation>Lägg till en mandatperiod för att utvärdera vänortsförbindelserna under den.</translation>
    </message>
    <message>
        <source>%1 of %2 evaluated; ending suggested for %3</source>
        <translation>%1 av %2 utvärderade; avslut föreslås för %3</translation>
    </message>
    <message>
        <source>End the twinning</source>
        <translation>Avsluta vänortsförbindelsen</translation>
    </message>
    <message>
        <source>The council decided to end %1. End it now, on the decision&apos;s date? Its history and the decision stay linked to it.</source>
        <translation>Fullmäktige beslutade att avsluta %1. Ska den avslutas nu, med beslutets datum? Dess historik och beslutet förblir kopplade till den.</translation>
    </message>
    <message>
        <source>Term evaluation</source>
        <translation>Utvärdering av mandatperioden</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1 and %2 become twin towns</source>
        <translation>%1 och %2 blir vänorter</translation>
    </message>
    <message>
        <source>%1 and %2 become partner towns</source>
        <translation>%1 och %2 blir partnerstäder</translation>
    </message>
    <message>
        <source>%1 and %2 become friendship towns</source>
        <translation>%1 och %2 blir vänskapsorter</translation>
    </message>
    <message>
        <source>%1 and %2 begin a municipal partnership</source>
        <translation>%1 och %2 inleder ett kommunalt partnerskap</translation>
    </message>
    <message>
        <source>%1 hosts the meeting</source>
        <translation>%1 är värd för mötet</translation>
    </message>
    <message>
        <source>%1 hosts the seminar</source>
        <translation>%1 är värd för seminariet</translation>
    </message>
    <message>
        <source>%1 hosts the meeting in %2</source>
        <translation>%1 är värd för mötet i %2</translation>
    </message>
    <message>
        <source>%1 hosts the seminar in %2</source>
        <translation>%1 är värd för seminariet i %2</translation>
    </message>
    <message>
        <source>Meeting in %1</source>
        <translation>Möte i %1</translation>
    </message>
    <message>
        <source>Seminar in %1</source>
        <translation>Seminarium i %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminarium</translation>
    </message>
    <message>
        <source>%1 hosts the seminar in %2</source>
        <comment>an island or area that takes på</comment>
        <translation>%1 är värd för seminariet på %2</translation>
    </message>
    <message>
        <source>%1 hosts the meeting in %2</source>
        <comment>an island or area that takes på</comment>
        <translation>%1 är värd för mötet på %2</translation>
    </message>
    <message>
        <source>Seminar in %1</source>
        <comment>an island or area that takes på</comment>
        <translation>Seminarium på %1</translation>
    </message>
    <message>
        <source>Meeting in %1</source>
        <comment>an island or area that takes på</comment>
        <translation>Möte på %1</translation>
    </message>
    <message>
        <source>First contact between %1 and %2</source>
        <translation>Första kontakten mellan %1 och %2</translation>
    </message>
    <message>
        <source>%1 and %2 end their twinning: %3</source>
        <translation>%1 och %2 avslutar sin vänortsförbindelse: %3</translation>
    </message>
    <message>
        <source>%1 and %2 end their twinning</source>
        <translation>%1 och %2 avslutar sin vänortsförbindelse</translation>
    </message>
    <message>
        <source>Agreement signed: %1</source>
        <translation>Avtal undertecknat: %1</translation>
    </message>
    <message>
        <source>Agreement ends: %1</source>
        <translation>Avtal upphör: %1</translation>
    </message>
    <message>
        <source>Decision (%1): %2</source>
        <translation>Beslut (%1): %2</translation>
    </message>
    <message>
        <source>%1 is founded</source>
        <translation>%1 bildas</translation>
    </message>
    <message>
        <source>%1 joins %2</source>
        <translation>%1 går med i %2</translation>
    </message>
    <message>
        <source>%1 leaves %2</source>
        <translation>%1 lämnar %2</translation>
    </message>
</context>
<context>
    <name>Todo</name>
    <message>
        <source>Vänort to-do list</source>
        <translation>Vänort – att göra</translation>
    </message>
    <message>
        <source>The rule is stated in %1.</source>
        <translation>Regeln anges i %1.</translation>
    </message>
    <message>
        <source>Governing document: %1 - revise by %2</source>
        <translation>Styrdokument: %1 – revideras senast %2</translation>
    </message>
    <message>
        <source>The revise-by date is recorded in the governing document.</source>
        <translation>Datumet för revidering är registrerat i styrdokumentet.</translation>
    </message>
    <message>
        <source>Agreement: %1 - review by %2</source>
        <translation>Avtal: %1 – ses över senast %2</translation>
    </message>
    <message>
        <source>Agreement: %1 - ends %2</source>
        <translation>Avtal: %1 – upphör %2</translation>
    </message>
    <message>
        <source>The date is recorded in the agreement.</source>
        <translation>Datumet är registrerat i avtalet.</translation>
    </message>
    <message>
        <source>The due date is recorded in the agreed action.</source>
        <translation>Datumet är registrerat i åtgärden.</translation>
    </message>
    <message>
        <source>Responsible: %1.</source>
        <translation>Ansvarig: %1.</translation>
    </message>
    <message>
        <source>Agreement action: %1 (%2) - due %3</source>
        <translation>Åtgärd enligt avtal: %1 (%2) – senast %3</translation>
    </message>
    <message>
        <source>Trip: %1 - approval by the %2 before departure on %3</source>
        <translation>Resa: %1 – ska godkännas av %2 före avresan %3</translation>
    </message>
    <message>
        <source>No exchange rate for %1 is entered; the cost cannot be compared with %2.</source>
        <translation>Ingen växelkurs för %1 är inlagd; kostnaden kan inte jämföras med %2.</translation>
    </message>
    <message>
        <source>Trip: %1 - report back to the %2 (cost %3) by %4</source>
        <translation>Resa: %1 – återrapporteras till %2 (kostnad %3) senast %4</translation>
    </message>
    <message>
        <source>The approving decision linked is one of the %1.</source>
        <translation>Det kopplade beslutet om godkännande är fattat av %1.</translation>
    </message>
    <message>
        <source>The reminder shows %1 ahead.</source>
        <translation>Påminnelsen visas %1 i förväg.</translation>
    </message>
    <message>
        <source>No home municipality is marked, so every trip counts as one to a twin town.</source>
        <translation>Ingen hemkommun är angiven, så varje resa räknas som en resa till en vänort.</translation>
    </message>
    <message>
        <source>None of the trip&apos;s destinations is in a twinning in the register yet, so it counts as a trip to a twin town.</source>
        <translation>Inget av resmålen finns ännu i någon vänortsförbindelse i registret, så resan räknas som en resa till en vänort.</translation>
    </message>
    <message>
        <source>Trip: %1 - made without the approval of the %2</source>
        <translation>Resa: %1 – genomförd utan godkännande av %2</translation>
    </message>
    <message>
        <source>Mark the home municipality</source>
        <translation>Ange hemkommun</translation>
    </message>
    <message>
        <source>Open the municipality&apos;s own town under Twin towns and tick Home municipality: the rules on trips to twin towns, hosting and grants cannot be applied without it.</source>
        <translation>Öppna kommunens egen ort under Vänorter och kryssa för Hemkommun: reglerna om resor till vänorter, värdskap och bidrag kan inte tillämpas utan den.</translation>
    </message>
    <message>
        <source>Yearly report of exchanges and trips %1 to the %2 - due %3</source>
        <translation>Årlig redovisning av utbyten och resor %1 till %2 – senast %3</translation>
    </message>
    <message>
        <source>Follow-up report after hosting %1 %2 - due %3</source>
        <translation>Uppföljningsrapport efter värdskap för %1 %2 – senast %3</translation>
    </message>
    <message>
        <source>No follow-up report is recorded for the meeting %1 hosted; by the rules it is written within %2 of the meeting.</source>
        <translation>Ingen uppföljningsrapport är registrerad för mötet som %1 var värd för; enligt reglerna skrivs den inom %2 efter mötet.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>The meeting is recorded in the register.</source>
        <translation>Mötet är registrerat.</translation>
    </message>
    <message>
        <source>Read from the hosting order, one meeting a year after the last one held.</source>
        <translation>Beräknat från värdordningen, ett möte om året efter det senast hållna.</translation>
    </message>
    <message>
        <source>Read from the hosting order, one meeting every %1 years after the last one held.</source>
        <translation>Beräknat från värdordningen, ett möte vart %1:e år efter det senast hållna.</translation>
    </message>
    <message>
        <source>%1 hosts the meeting of %2 in %3</source>
        <translation>%1 är värd för mötet i %2 år %3</translation>
    </message>
    <message>
        <source>The report&apos;s date is recorded in the grant.</source>
        <translation>Datumet för redovisningen är registrerat i bidraget.</translation>
    </message>
    <message>
        <source>No date for the report is recorded in the grant, so it is taken to be due by the end of the grant&apos;s year.</source>
        <translation>Inget datum för redovisningen är registrerat i bidraget, så den ska lämnas senast vid bidragsårets slut.</translation>
    </message>
    <message>
        <source>Grant report: %1 %2 - due %3</source>
        <translation>Redovisning av bidrag: %1 %2 – senast %3</translation>
    </message>
    <message>
        <source>Personal data: dispose of %1 after %2</source>
        <translation>Personuppgifter: gallra %1 efter %2</translation>
    </message>
    <message>
        <source>The day to dispose of the data is recorded for the person.</source>
        <translation>Dagen då uppgifterna ska gallras är registrerad för personen.</translation>
    </message>
    <message>
        <source>Every running twinning is evaluated before the term of office ends.</source>
        <translation>Varje vänortsförbindelse som gäller utvärderas före mandatperiodens slut.</translation>
    </message>
    <message>
        <source>Evaluate the twinning %1 for the term %2 - by %3</source>
        <translation>Utvärdera vänortsförbindelsen %1 för mandatperioden %2 – senast %3</translation>
    </message>
    <message>
        <source>Twinning %1: no activity in the term %2 - a candidate for ending</source>
        <translation>Vänortsförbindelse %1: ingen aktivitet under mandatperioden %2 – kandidat för uppsägning</translation>
    </message>
    <message>
        <source>%1 done on %2</source>
        <translation>%1 markerad som klar %2</translation>
    </message>
    <message>
        <source>Choose a day after today to snooze the item until.</source>
        <translation>Välj en dag efter i dag som punkten ska skjutas upp till.</translation>
    </message>
    <message>
        <source>%1 snoozed until %2</source>
        <translation>%1 uppskjuten till %2</translation>
    </message>
    <message>
        <source>%1 listed again</source>
        <translation>%1 listas igen</translation>
    </message>
    <message>
        <source>Governing documents to revise</source>
        <translation>Styrdokument att revidera</translation>
    </message>
    <message>
        <source>Agreements to review</source>
        <translation>Avtal att se över</translation>
    </message>
    <message>
        <source>Agreements ending</source>
        <translation>Avtal som upphör</translation>
    </message>
    <message>
        <source>Agreement actions</source>
        <translation>Åtgärder enligt avtal</translation>
    </message>
    <message>
        <source>Trips to approve</source>
        <translation>Resor att godkänna</translation>
    </message>
    <message>
        <source>Trips to report back</source>
        <translation>Resor att återrapportera</translation>
    </message>
    <message>
        <source>Home municipality</source>
        <translation>Hemkommun</translation>
    </message>
    <message>
        <source>Trips made without approval</source>
        <translation>Resor genomförda utan godkännande</translation>
    </message>
    <message>
        <source>Yearly report of exchanges and trips</source>
        <translation>Årlig redovisning av utbyten och resor</translation>
    </message>
    <message>
        <source>Twinnings to evaluate</source>
        <translation>Vänortsförbindelser att utvärdera</translation>
    </message>
    <message>
        <source>Candidates for ending</source>
        <translation>Kandidater för uppsägning</translation>
    </message>
    <message>
        <source>Follow-up reports after hosting</source>
        <translation>Uppföljningsrapporter efter värdskap</translation>
    </message>
    <message>
        <source>Hosting ahead</source>
        <translation>Kommande värdskap</translation>
    </message>
    <message>
        <source>Grant reports</source>
        <translation>Redovisningar av bidrag</translation>
    </message>
    <message>
        <source>Personal data to dispose of</source>
        <translation>Personuppgifter att gallra</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>due</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>kommande</translation>
    </message>
    <message>
        <source>Reminder from %1: %2</source>
        <translation>Påminnelse från %1: %2</translation>
    </message>
    <message>
        <source>On the to-do list since %1: %2</source>
        <translation>På att göra-listan sedan %1: %2</translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <source>Search the to-do list (Ctrl+F)</source>
        <translation>Sök i att göra-listan (Ctrl+F)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>The chosen items leave the list for good.</source>
        <translation>De valda punkterna tas bort från listan för gott.</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Skjut upp…</translation>
    </message>
    <message>
        <source>Hide the chosen items until a day you choose.</source>
        <translation>Dölj de valda punkterna till en dag som du väljer.</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exportera kalender…</translation>
    </message>
    <message>
        <source>Save the list as a calendar file (.ics) for Outlook.</source>
        <translation>Spara listan som en kalenderfil (.ics) för Outlook.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 overdue</source>
        <translation>
            <numerusform>Att göra: %n, varav försenade: %1</numerusform>
            <numerusform>Att göra: %n, varav försenade: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1.</source>
        <translation>
            <numerusform>%n punkt har skrivits till %1.</numerusform>
            <numerusform>%n punkter har skrivits till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) done.</source>
        <translation>
            <numerusform>%n punkt har markerats som klar.</numerusform>
            <numerusform>%n punkter har markerats som klara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the calendar %1: %2.</source>
        <translation>Kunde inte skriva kalendern %1: %2.</translation>
    </message>
    <message>
        <source>Export the to-do list as a calendar</source>
        <translation>Exportera att göra-listan som kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>To-do list</source>
        <translation>Att göra-lista</translation>
    </message>
</context>
<context>
    <name>TownChoices</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>TownPage</name>
    <message>
        <source>Twinning %1 is no longer in the register.</source>
        <translation>Vänortsförbindelse %1 finns inte längre i registret.</translation>
    </message>
    <message>
        <source>Twin town of %1 since %2.</source>
        <translation>Vänort till %1 sedan %2.</translation>
    </message>
    <message>
        <source>Twin town of %1 from %2 to %3.</source>
        <translation>Vänort till %1 från %2 till %3.</translation>
    </message>
    <message>
        <source>Partner town of %1 since %2.</source>
        <translation>Partnerstad till %1 sedan %2.</translation>
    </message>
    <message>
        <source>Partner town of %1 from %2 to %3.</source>
        <translation>Partnerstad till %1 från %2 till %3.</translation>
    </message>
    <message>
        <source>Friendship town of %1 since %2.</source>
        <translation>Vänskapsort till %1 sedan %2.</translation>
    </message>
    <message>
        <source>Friendship town of %1 from %2 to %3.</source>
        <translation>Vänskapsort till %1 från %2 till %3.</translation>
    </message>
    <message>
        <source>In a municipal partnership with %1 since %2.</source>
        <translation>I kommunalt partnerskap med %1 sedan %2.</translation>
    </message>
    <message>
        <source>In a municipal partnership with %1 from %2 to %3.</source>
        <translation>I kommunalt partnerskap med %1 från %2 till %3.</translation>
    </message>
    <message>
        <source>Linked with %1; the register does not know since when.</source>
        <translation>Förbunden med %1; registret vet inte sedan när.</translation>
    </message>
    <message>
        <source>Linked with %1 until %2; the register does not know since when.</source>
        <translation>Förbunden med %1 till %2; registret vet inte sedan när.</translation>
    </message>
    <message>
        <source>Twin town %1 is no longer in the register.</source>
        <translation>Vänort %1 finns inte längre i registret.</translation>
    </message>
    <message>
        <source>Municipal level: %1; civil level: %2.</source>
        <translation>Kommunal nivå: %1; civil nivå: %2.</translation>
    </message>
    <message>
        <source>The coordinator judged the status %1: %2</source>
        <translation>Samordnaren har bedömt statusen som %1: %2</translation>
    </message>
    <message>
        <source>The coordinator judged the status %1 and gave no reason.</source>
        <translation>Samordnaren har bedömt statusen som %1 utan att ange skäl.</translation>
    </message>
    <message>
        <source>Fact sheet %1 %2</source>
        <translation>Faktablad %1 %2</translation>
    </message>
    <message>
        <source>%1 is in no twinning, so the register has no fact sheet for it.</source>
        <translation>%1 ingår inte i någon vänortsförbindelse, så registret har inget faktablad för orten.</translation>
    </message>
    <message>
        <source>Fact sheet: %1</source>
        <translation>Faktablad: %1</translation>
    </message>
    <message>
        <source>The register&apos;s fact sheet of one twin town: country or area, kind, population, contact year, status with its evidence, agreements, networks, organisations and recent activities.</source>
        <translation>Registrets faktablad för en vänort: land eller område, typ, invånarantal, kontaktår, status med underlag, avtal, nätverk, organisationer och senaste aktiviteter.</translation>
    </message>
    <message>
        <source>A fact sheet is written as .pdf or .docx; change the file name.</source>
        <translation>Ett faktablad sparas som .pdf eller .docx; ändra filnamnet.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Tillbaka</translation>
    </message>
    <message>
        <source>Back to where you came from (Alt+Left, Esc)</source>
        <translation>Tillbaka dit du kom ifrån (Alt+Vänsterpil, Esc)</translation>
    </message>
    <message>
        <source>Fact sheet as &amp;PDF…</source>
        <translation>&amp;Faktablad som PDF…</translation>
    </message>
    <message>
        <source>Fact sheet as &amp;Word…</source>
        <translation>Faktablad som &amp;Word…</translation>
    </message>
    <message>
        <source>Twinnings and status</source>
        <translation>Vänortsförbindelser och status</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>A&amp;vtal</translation>
    </message>
    <message>
        <source>No agreement with the town.</source>
        <translation>Inget avtal med orten.</translation>
    </message>
    <message>
        <source>No trip or activity.</source>
        <translation>Ingen resa eller aktivitet.</translation>
    </message>
    <message>
        <source>Trips and a&amp;ctivities</source>
        <translation>R&amp;esor och aktiviteter</translation>
    </message>
    <message>
        <source>&amp;Organisations and people</source>
        <translation>Organisatio&amp;ner och personer</translation>
    </message>
    <message>
        <source>No organisation in the town.</source>
        <translation>Ingen organisation på orten.</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Beslut</translation>
    </message>
    <message>
        <source>No decision concerns the town.</source>
        <translation>Inget beslut gäller orten.</translation>
    </message>
    <message>
        <source>No attached file.</source>
        <translation>Ingen bifogad fil.</translation>
    </message>
    <message>
        <source>Doc&amp;uments and attachments</source>
        <translation>Dok&amp;ument och bilagor</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>Histor&amp;ik</translation>
    </message>
    <message>
        <source>No dated event is recorded.</source>
        <translation>Ingen daterad händelse är registrerad.</translation>
    </message>
    <message>
        <source>Reading the town…</source>
        <translation>Läser in vänorten…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Twin town</source>
        <translation>Vänort</translation>
    </message>
    <message>
        <source>The town could not be read.</source>
        <translation>Vänorten kunde inte läsas in.</translation>
    </message>
    <message>
        <source>Country not recorded</source>
        <translation>Land saknas</translation>
    </message>
    <message>
        <source>%1 · also written %2</source>
        <translation>%1 · skrivs även %2</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Läser historiken…</translation>
    </message>
    <message>
        <source>The town is in no twinning, so it has no fact sheet.</source>
        <translation>Orten ingår inte i någon vänortsförbindelse och har därför inget faktablad.</translation>
    </message>
    <message>
        <source>Drawing the timeline…</source>
        <translation>Ritar tidslinjen…</translation>
    </message>
    <message>
        <source>The town is in no twinning in the register.</source>
        <translation>Orten ingår inte i någon vänortsförbindelse i registret.</translation>
    </message>
    <message>
        <source>Working out the status…</source>
        <translation>Statusen räknas fram…</translation>
    </message>
    <message>
        <source>No start is known for the town&apos;s twinnings, so there is no timeline.</source>
        <translation>Ingen start är känd för ortens vänortsförbindelser, så det finns ingen tidslinje.</translation>
    </message>
    <message>
        <source>The status and the timeline could not be worked out; the rest of the page is right.</source>
        <translation>Status och tidslinje kunde inte räknas fram; resten av sidan stämmer.</translation>
    </message>
    <message>
        <source>Writing the fact sheet…</source>
        <translation>Skriver faktabladet…</translation>
    </message>
    <message>
        <source>The fact sheet is saved as %1.</source>
        <translation>Faktabladet är sparat som %1.</translation>
    </message>
    <message>
        <source>The fact sheet is saved as %1, but no program opened it.</source>
        <translation>Faktabladet är sparat som %1, men inget program öppnade det.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Avbrutet; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>The fact sheet could not be written; no file was left behind.</source>
        <translation>Faktabladet kunde inte skrivas; ingen ofullständig fil finns kvar.</translation>
    </message>
    <message>
        <source>%1: from %2 to %3.</source>
        <translation>%1: från %2 till %3.</translation>
    </message>
    <message>
        <source>%1: from %2 until today.</source>
        <translation>%1: från %2 till i dag.</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4.</source>
        <translation>%1: %2 från %3 till %4.</translation>
    </message>
    <message>
        <source>Chain meeting %1.</source>
        <translation>Kedjemöte %1.</translation>
    </message>
    <message>
        <source>Bilateral activity or trip %1.</source>
        <translation>Bilateral aktivitet eller resa %1.</translation>
    </message>
</context>
<context>
    <name>TownPageEntry</name>
    <message>
        <source>Open the &amp;town page</source>
        <translation>Öppna vän&amp;ortssidan</translation>
    </message>
    <message>
        <source>Everything about the chosen twin town on one page (Ctrl+Enter)</source>
        <translation>Allt om den valda vänorten på en sida (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose a twin town in the list first.</source>
        <translation>Välj först en vänort i listan.</translation>
    </message>
</context>
<context>
    <name>TownsPage</name>
    <message>
        <source>Town, country or area, contact year and the members of the local branch; the report adds a map drawn from the towns&apos; coordinates.</source>
        <translation>Ort, land eller område, kontaktår och medlemsantal i lokalavdelningen; rapporten lägger till en karta ritad utifrån orternas koordinater.</translation>
    </message>
    <message>
        <source>An introduction to the table (may be left empty)</source>
        <translation>En inledning till tabellen (kan lämnas tom)</translation>
    </message>
    <message>
        <source>Members in the &amp;year:</source>
        <translation>Medlemsantal &amp;år:</translation>
    </message>
    <message>
        <source>&amp;Name in the table:</source>
        <translation>&amp;Namn i tabellen:</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatiskt: %1</translation>
    </message>
    <message>
        <source>Twin town</source>
        <translation>Vänort</translation>
    </message>
    <message>
        <source>Country (or area)</source>
        <translation>Land (eller område)</translation>
    </message>
    <message>
        <source>Contact year</source>
        <translation>Kontaktår</translation>
    </message>
    <message>
        <source>Members %1</source>
        <translation>Medlemsantal %1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totalt: %1</translation>
    </message>
</context>
<context>
    <name>Trip</name>
    <message>
        <source>A trip that has been made cannot be cancelled.</source>
        <translation>En resa som har genomförts kan inte ställas in.</translation>
    </message>
    <message>
        <source>No home municipality is marked, so every trip counts as one to a twin town and needs the approving decision of the %1 before it is approved.</source>
        <translation>Ingen hemkommun är angiven, så varje resa räknas som en resa till en vänort och behöver ett beslut om godkännande från %1 innan den kan godkännas.</translation>
    </message>
    <message>
        <source>None of the trip&apos;s destinations is in a twinning in the register yet, so it counts as a trip to a twin town and needs the approving decision of the %1 before it is approved.</source>
        <translation>Inget av resmålen finns ännu i någon vänortsförbindelse i registret, så resan räknas som en resa till en vänort och behöver ett beslut om godkännande från %1 innan den kan godkännas.</translation>
    </message>
    <message>
        <source>A trip to a twin town needs the approving decision of the %1 before it is approved.</source>
        <translation>En resa till en vänort behöver ett beslut om godkännande från %1 innan den kan godkännas.</translation>
    </message>
    <message>
        <source>The approving decision must be one of the %1; the one chosen is of the %2.</source>
        <translation>Beslutet om godkännande ska vara fattat av %1; det valda beslutet är fattat av %2.</translation>
    </message>
    <message>
        <source>Enter an exchange rate for %1 in %2 so that the cost can be compared with the report-back threshold.</source>
        <translation>Lägg in en växelkurs för %1 för år %2 så att kostnaden kan jämföras med gränsen för återrapportering.</translation>
    </message>
    <message>
        <source>A trip costing more than %1 is reported back with its purpose.</source>
        <translation>En resa som kostar mer än %1 ska återrapporteras med sitt syfte.</translation>
    </message>
    <message>
        <source>A trip costing more than %1 is reported back with its goals.</source>
        <translation>En resa som kostar mer än %1 ska återrapporteras med sina mål.</translation>
    </message>
    <message>
        <source>A trip costing more than %1 is reported back with its results.</source>
        <translation>En resa som kostar mer än %1 ska återrapporteras med sina resultat.</translation>
    </message>
    <message>
        <source>A trip costing more than %1 needs the report-back decision before it is reported.</source>
        <translation>En resa som kostar mer än %1 behöver ett beslut om återrapportering innan den kan markeras som återrapporterad.</translation>
    </message>
    <message>
        <source>The report-back decision must be one of the %1; the one chosen is of the %2.</source>
        <translation>Beslutet om återrapportering ska vara fattat av %1; det valda beslutet är fattat av %2.</translation>
    </message>
</context>
<context>
    <name>Twinning</name>
    <message>
        <source>Write why the twinning ends.</source>
        <translation>Skriv varför vänortsförbindelsen avslutas.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 måste anges.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 måste vara text.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1: texten är för lång.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 måste vara ett heltal.</translation>
    </message>
    <message>
        <source>%1 must be a year between 1800 and 2100.</source>
        <translation>%1 måste vara ett år mellan 1800 och 2100.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 får inte vara mindre än noll.</translation>
    </message>
    <message>
        <source>%1 is not a valid date (write it as 2026-11-22).</source>
        <translation>%1: ogiltigt datum (skriv det som 2026-11-22).</translation>
    </message>
    <message>
        <source>%1 must be a date between 1800 and 2100.</source>
        <translation>%1 måste vara ett datum mellan 1800 och 2100.</translation>
    </message>
    <message>
        <source>%1 is not a date (write for example 1985 or 1940s).</source>
        <translation>%1 är inget datum (skriv till exempel 1985 eller 1940-talet).</translation>
    </message>
    <message>
        <source>%1 must be an amount.</source>
        <translation>%1 måste vara ett belopp.</translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1 måste vara större än noll.</translation>
    </message>
    <message>
        <source>%1 can have at most two decimals.</source>
        <translation>%1 får ha högst två decimaler.</translation>
    </message>
    <message>
        <source>%1 can have at most six decimals.</source>
        <translation>%1 får ha högst sex decimaler.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1: värdet är för stort.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 måste vara ja eller nej.</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows.</source>
        <translation>%1: programmet känner inte till den valutan.</translation>
    </message>
    <message>
        <source>%1 is not a known country or area code.</source>
        <translation>%1: ingen känd kod för land eller område.</translation>
    </message>
    <message>
        <source>%1 is not a valid e-mail address.</source>
        <translation>%1: ingen giltig e-postadress.</translation>
    </message>
    <message>
        <source>%1 must be between -90 and 90.</source>
        <translation>%1 måste vara mellan -90 och 90.</translation>
    </message>
    <message>
        <source>%1 must be between -180 and 180.</source>
        <translation>%1 måste vara mellan -180 och 180.</translation>
    </message>
    <message>
        <source>%1 has a value that is not allowed.</source>
        <translation>%1 har ett värde som inte är tillåtet.</translation>
    </message>
    <message>
        <source>%1 must be chosen from the list.</source>
        <translation>%1 måste väljas i listan.</translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <translation>%1 kan inte vara före %2.</translation>
    </message>
    <message>
        <source>%1 needs a date, written as 2026-11-22.</source>
        <translation>%1 behöver ett datum, skrivet som 2026-11-22.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date; write it as 2026-11-22.</source>
        <translation>%1: %2 är inte ett datum; skriv det som 2026-11-22.</translation>
    </message>
    <message>
        <source>%1: %2 is a date that does not exist.</source>
        <translation>%1: %2 är ett datum som inte finns.</translation>
    </message>
    <message>
        <source>Choose Swedish or English.</source>
        <translation>Välj svenska eller engelska.</translation>
    </message>
    <message>
        <source>The threshold cannot be negative.</source>
        <translation>Gränsbeloppet får inte vara negativt.</translation>
    </message>
    <message>
        <source>The settings were changed by someone else. Reload them to see their changes.</source>
        <translation>Inställningarna har ändrats av någon annan. Läs in dem igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>%1 refers to a record that no longer exists.</source>
        <translation>%1 hänvisar till en post som inte längre finns.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while other records refer to it.</source>
        <translation>%1 kan inte tas bort så länge andra poster hänvisar till den.</translation>
    </message>
    <message>
        <source>A town cannot be twinned with itself.</source>
        <translation>En ort kan inte vara vänort med sig själv.</translation>
    </message>
    <message>
        <source>A decision cannot decide itself as a proposal.</source>
        <translation>Ett beslut kan inte vara sitt eget förslag.</translation>
    </message>
    <message>
        <source>The decision chosen as the proposal is not marked as a proposal.</source>
        <translation>Det valda beslutet är inte markerat som förslag.</translation>
    </message>
    <message>
        <source>%2 changed the %1 at %3, after you opened it. Reload it to see their changes.</source>
        <translation>%2 ändrade posten (%1) %3, efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>The %1 was changed by someone else after you opened it. Reload it to see their changes.</source>
        <translation>Posten (%1) har ändrats av någon annan efter att du öppnade den. Läs in den igen för att se ändringarna.</translation>
    </message>
    <message>
        <source>%1: you wrote “%2”, they wrote “%3”.</source>
        <translation>%1: du skrev ”%2”, den andra skrev ”%3”.</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>The council&apos;s verdict on %1</source>
        <translation>Fullmäktiges beslut om %1</translation>
    </message>
    <message>
        <source>A verdict to end the twinning ends it on the decision&apos;s date, once you confirm; the decision stays linked to it.</source>
        <translation>Ett beslut att avsluta vänortsförbindelsen avslutar den med beslutets datum när du har bekräftat; beslutet förblir kopplat till den.</translation>
    </message>
    <message>
        <source>(choose the decision)</source>
        <translation>(välj beslutet)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ställningstagande</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Choose the decision in which the verdict was given.</source>
        <translation>Välj det beslut där ställningstagandet gjordes.</translation>
    </message>
</context>
<context>
    <name>WholeNumberEditor</name>
    <message>
        <source>yyyy</source>
        <translation>åååå</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This database is open for reading only; nothing can be saved in it. Open it again normally, or a copy of it, to make changes.</source>
        <translation>Databasen är öppnad skrivskyddad och inget kan sparas i den. Öppna den på vanligt sätt, eller en kopia av den, för att göra ändringar.</translation>
    </message>
</context>
<context>
    <name>_ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>“%1” is not added yet: press Add, or clear the field.</source>
        <translation>”%1” är inte tillagd ännu: klicka på Lägg till eller töm fältet.</translation>
    </message>
</context>
</TS>
