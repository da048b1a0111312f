<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>About</name>
    <message>
        <source>Plans, attendance, tests and benefit for the Introduction Programme.</source>
        <translation>Planer, oppmøte, prøver og stønad i introduksjonsprogrammet.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Licences: IntroDesk is free software (EUPL 1.2). It uses Qt for Python (PySide6 %1, LGPLv3), SQLAlchemy and Alembic (MIT), ReportLab (BSD), openpyxl (MIT) and the Noto fonts (SIL Open Font License).</source>
        <translation>Lisenser: IntroDesk er fri programvare (EUPL 1.2). Den bruker Qt for Python (PySide6 %1, LGPLv3), SQLAlchemy og Alembic (MIT), ReportLab (BSD), openpyxl (MIT) og Noto-skriftene (SIL Open Font License).</translation>
    </message>
    <message>
        <source>About IntroDesk</source>
        <translation>Om IntroDesk</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Mon</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fre</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Total attended</source>
        <translation>Sum oppmøte</translation>
    </message>
    <message>
        <source>Planned: %1 h</source>
        <translation>Planlagt: %1 t</translation>
    </message>
    <message>
        <source>Locked month: read-only</source>
        <translation>Låst måned: kan ikke endres</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Forrige uke</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Neste uke ▶</translation>
    </message>
    <message>
        <source>Show the participants of one adviser</source>
        <translation>Vis deltakerne til én veileder</translation>
    </message>
    <message>
        <source>Show one participant</source>
        <translation>Vis én deltaker</translation>
    </message>
    <message>
        <source>All &amp;present as planned</source>
        <translation>Alle til &amp;stede som planlagt</translation>
    </message>
    <message>
        <source>&amp;Copy last week</source>
        <translation>&amp;Kopier forrige uke</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Lagre (Ctrl+S)</translation>
    </message>
    <message>
        <source>Type hours (6 or 7,5), an absence code for the whole planned day (ug, fe, eg, sm, sb, vp, up …), or a code and hours (ug 2). Enter moves down, Delete clears.</source>
        <translation>Skriv timer (6 eller 7,5), en fraværskode for hele den planlagte dagen (ug, fe, eg, sm, sb, vp, up …), eller kode og timer (ug 2). Enter flytter ned, Delete tømmer.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation>Veileder:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deltaker:</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Alle veiledere</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Alle deltakere</translation>
    </message>
    <message>
        <source>Week %1: %2–%3</source>
        <translation>Uke %1: %2–%3</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Forslag: %1</translation>
    </message>
    <message>
        <source>%1: no registration on %2 (%3 h planned, %4)</source>
        <translation>%1: ingen registrering %2 (%3 t planlagt, %4)</translation>
    </message>
    <message>
        <source>%1 unsaved change(s)</source>
        <translation>%1 ulagrede endring(er)</translation>
    </message>
    <message>
        <source>Unsaved attendance</source>
        <translation>Ulagret oppmøte</translation>
    </message>
    <message>
        <source>Discard the unsaved changes of this week?</source>
        <translation>Forkaste de ulagrede endringene denne uken?</translation>
    </message>
    <message>
        <source>%1 day(s) filled as planned</source>
        <translation>%1 dag(er) fylt ut som planlagt</translation>
    </message>
    <message>
        <source>%1 day(s) copied from last week</source>
        <translation>%1 dag(er) kopiert fra forrige uke</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Database made by a newer IntroDesk</source>
        <translation>Databasen er laget av en nyere IntroDesk</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problem med databasen</translation>
    </message>
    <message>
        <source>Please correct the input</source>
        <translation>Rett opp det som er fylt inn</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Finnes ikke</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Dette går ikke</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <source>IntroDesk stopped an action</source>
        <translation>IntroDesk stoppet en handling</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action. Nothing was half-saved: changes are saved whole or not at all.</source>
        <translation>En uventet feil stoppet den siste handlingen. Ingenting ble halvveis lagret: endringer lagres helt eller ikke i det hele tatt.</translation>
    </message>
    <message>
        <source>A report without personal data was saved to:</source>
        <translation>En feilrapport uten personopplysninger er lagret i:</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopier rapporten</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Kartlagt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Vedtak fattet</translation>
    </message>
    <message>
        <source>In programme</source>
        <translation>I program</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>Permisjon</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stanset</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbrutt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Prøver</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>This part of IntroDesk is not built yet. It will come in a later version; until then, nothing here is saved or computed.</source>
        <translation>Denne delen av IntroDesk er ikke laget ennå. Den kommer i en senere versjon; til da blir ingenting her lagret eller beregnet.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Open database file…</source>
        <translation>&amp;Åpne databasefil …</translation>
    </message>
    <message>
        <source>&amp;Connect to database server…</source>
        <translation>&amp;Koble til databaseserver …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About IntroDesk</source>
        <translation>&amp;Om IntroDesk</translation>
    </message>
    <message>
        <source>Open database file</source>
        <translation>Åpne databasefil</translation>
    </message>
    <message>
        <source>IntroDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>IntroDesk-databaser (*.sqlite3 *.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Database upgraded; the old version was backed up to %1</source>
        <translation>Databasen er oppgradert; den gamle versjonen er sikkerhetskopiert til %1</translation>
    </message>
</context>
<context>
    <name>OpenServer</name>
    <message>
        <source>Connect to a database server</source>
        <translation>Koble til en databaseserver</translation>
    </message>
    <message>
        <source>Server address, for example
postgresql://user@server/introdesk</source>
        <translation>Serveradresse, for eksempel
postgresql://bruker@server/introdesk</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Search by name, number or adviser (Ctrl+F)</source>
        <translation>Søk på navn, nummer eller veileder (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltaker</numerusform>
            <numerusform>%n deltakere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 vises</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Municipality (shared by all users of this database)</source>
        <translation>Kommunen (felles for alle som bruker denne databasen)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation>Kommunenavn</translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Denne brukeren</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <source>The new language is used the next time IntroDesk starts.</source>
        <translation>Det nye språket brukes neste gang IntroDesk starter.</translation>
    </message>
</context>
</TS>
