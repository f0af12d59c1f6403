<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckDatabase</name>
    <message numerus="yes">
        <source>The check found %n problem(s). Restore a backup from before they appeared (File ▸ Restore from a backup) or ask for help.</source>
        <translation>
            <numerusform>The check found %n problem. Restore a backup from before it appeared (File ▸ Restore from a backup) or ask for help.</numerusform>
            <numerusform>The check found %n problems. Restore a backup from before they appeared (File ▸ Restore from a backup) or ask for help.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Saved %n row(s) from %1 into %2.</source>
        <translation>
            <numerusform>Saved %n row from %1 into %2.</numerusform>
            <numerusform>Saved %n rows from %1 into %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Integrity check: %n problem(s):</source>
        <translation>
            <numerusform>Integrity check: %n problem:</numerusform>
            <numerusform>Integrity check: %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database %1 has %n problem(s); see the list above.</source>
        <translation>
            <numerusform>The database %1 has %n problem; see the list above.</numerusform>
            <numerusform>The database %1 has %n problems; see the list above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message numerus="yes">
        <source>%n row(s) saved into %2; nothing was lost.</source>
        <translation>
            <numerusform>%n row saved into %2; nothing was lost.</numerusform>
            <numerusform>%n rows saved into %2; nothing was lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>(unknown for %n)</source>
        <translation>
            <numerusform>(unknown for %n)</numerusform>
            <numerusform>(unknown for %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported; fix them or choose to skip the rows with problems.</source>
        <translation>
            <numerusform>The file has %n problem, so nothing was imported; fix it or choose to skip the row with the problem.</numerusform>
            <numerusform>The file has %n problems, so nothing was imported; fix them or choose to skip the rows with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 (%n row(s)): %2</source>
        <translation>
            <numerusform>Import of %1 (%n row): %2</numerusform>
            <numerusform>Import of %1 (%n rows): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkedRecordsPanel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message numerus="yes">
        <source>%n page(s), as they will be printed.</source>
        <translation>
            <numerusform>%n page, as they will be printed.</numerusform>
            <numerusform>%n pages, as they will be printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Sent to the printer: %n page.</numerusform>
            <numerusform>Sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreToServerDialog</name>
    <message numerus="yes">
        <source>Loaded %n row(s) from %1 into the database %2 on the server.</source>
        <translation>
            <numerusform>Loaded %n row from %1 into the database %2 on the server.</numerusform>
            <numerusform>Loaded %n rows from %1 into the database %2 on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message numerus="yes">
        <source>Snooze %n item(s).</source>
        <translation>
            <numerusform>Snooze %n item.</numerusform>
            <numerusform>Snooze %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message numerus="yes">
        <source>%n item(s), %1 overdue</source>
        <translation>
            <numerusform>%n item, %1 overdue</numerusform>
            <numerusform>%n items, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) done.</source>
        <translation>
            <numerusform>Marked %n item done.</numerusform>
            <numerusform>Marked %n items done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n item to %1.</numerusform>
            <numerusform>Wrote %n items to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
