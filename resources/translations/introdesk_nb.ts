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
        <source>Training</source>
        <translation>Opplæring</translation>
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
<context>
    <name>TrainingDialogs</name>
    <message>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norsk</translation>
    </message>
    <message>
        <source>Social studies</source>
        <translation>Samfunnskunnskap</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Ny klasse</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>&amp;Lærer</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Ni&amp;vå</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Rom</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fag</translation>
    </message>
    <message>
        <source>&amp;Add lesson</source>
        <translation>Legg til &amp;time</translation>
    </message>
    <message>
        <source>Re&amp;move lesson</source>
        <translation>&amp;Fjern time</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Opplæringsopplysninger</translation>
    </message>
    <message>
        <source>e.g. integreringsloven § 29</source>
        <translation>f.eks. integreringsloven § 29</translation>
    </message>
    <message>
        <source>Register &amp;exemption</source>
        <translation>Registrer &amp;fritak</translation>
    </message>
    <message>
        <source>Exemption from</source>
        <translation>Fritak fra</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Vedtaksdato</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Fritak</translation>
    </message>
    <message>
        <source>Register &amp;leave</source>
        <translation>Registrer &amp;permisjon</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Approved leave</source>
        <translation>Godkjent permisjon</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>E&amp;nd training…</source>
        <translation>&amp;Avslutt opplæringen…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <source>Start: %1, deadline: %2</source>
        <translation>Start: %1, frist: %2</translation>
    </message>
    <message>
        <source>End training</source>
        <translation>Avslutt opplæringen</translation>
    </message>
    <message>
        <source>End this person&apos;s training? This is recorded in the log.</source>
        <translation>Vil du avslutte opplæringen for denne personen? Dette blir registrert i loggen.</translation>
    </message>
    <message>
        <source>Norwegian training</source>
        <translation>Opplæring i norsk</translation>
    </message>
    <message>
        <source>Social-studies training</source>
        <translation>Opplæring i samfunnskunnskap</translation>
    </message>
    <message>
        <source>Norwegian final test</source>
        <translation>Avsluttende prøve i norsk</translation>
    </message>
    <message>
        <source>Social-studies test</source>
        <translation>Prøve i samfunnskunnskap</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Right and duty</source>
        <translation>Rett og plikt</translation>
    </message>
    <message>
        <source>Duty only (pays)</source>
        <translation>Bare plikt (betaler selv)</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Bare rett</translation>
    </message>
    <message>
        <source>Neither (may buy a course)</source>
        <translation>Verken rett eller plikt (kan kjøpe kurs)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Not enrolled in training</source>
        <translation>Ikke registrert i opplæring</translation>
    </message>
    <message>
        <source>Deadline near, goal not met</source>
        <translation>Frist nær, norskmål ikke nådd</translation>
    </message>
    <message>
        <source>Deadline passed, goal not met</source>
        <translation>Frist utløpt, norskmål ikke nådd</translation>
    </message>
    <message>
        <source>Social-studies hours short</source>
        <translation>For få timer samfunnskunnskap</translation>
    </message>
    <message>
        <source>Norwegian test not taken</source>
        <translation>Avsluttende prøve i norsk mangler</translation>
    </message>
    <message>
        <source>Social-studies test not taken</source>
        <translation>Prøve i samfunnskunnskap mangler</translation>
    </message>
    <message>
        <source>Exemption without legal basis</source>
        <translation>Fritak uten hjemmel</translation>
    </message>
    <message>
        <source>Category unknown (permit missing)</source>
        <translation>Ukjent kategori (tillatelse mangler)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lærer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Norwegian
hours</source>
        <translation>Timer
norsk</translation>
    </message>
    <message>
        <source>Social-studies
hours</source>
        <translation>Timer
samfunnskunnskap</translation>
    </message>
    <message>
        <source>Goal
met</source>
        <translation>Norskmål
nådd</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varsler</translation>
    </message>
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
        <source>Sat</source>
        <translation>Lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Søn</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Present %1 of %2 minutes</source>
        <translation>Til stede %1 av %2 minutter</translation>
    </message>
    <message>
        <source>&amp;New class…</source>
        <translation>&amp;Ny klasse…</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>Legg til &amp;deltaker…</translation>
    </message>
    <message>
        <source>&amp;Move to class…</source>
        <translation>&amp;Flytt til klasse…</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klasser</translation>
    </message>
    <message>
        <source>Members today</source>
        <translation>Deltakere i dag</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Fo&amp;rrige uke</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>Neste &amp;uke ▶</translation>
    </message>
    <message>
        <source>&amp;Save week</source>
        <translation>&amp;Lagre uke</translation>
    </message>
    <message>
        <source>Keys: P or T = present, A or F = absent, digits = minutes present, Delete = clear, Ctrl+S = save the week.</source>
        <translation>Taster: T eller P = til stede, F eller A = fravær, tall = minutter til stede, Delete = tøm, Ctrl+S = lagre uken.</translation>
    </message>
    <message>
        <source>Training &amp;record…</source>
        <translation>Opplærings&amp;opplysninger…</translation>
    </message>
    <message>
        <source>Exemptions, approved leave and the end of the training</source>
        <translation>Fritak, godkjent permisjon og avslutning av opplæringen</translation>
    </message>
    <message>
        <source>Hours and warnings</source>
        <translation>Timer og varsler</translation>
    </message>
    <message>
        <source>No classes yet: make one with “New class…”.</source>
        <translation>Ingen klasser ennå: opprett en med «Ny klasse…».</translation>
    </message>
    <message>
        <source>Week %1 (%2–%3)</source>
        <translation>Uke %1 (%2–%3)</translation>
    </message>
    <message>
        <source>Choose a person in the table to see the warnings in full.</source>
        <translation>Velg en person i tabellen for å se varslene i sin helhet.</translation>
    </message>
    <message>
        <source>Not saved yet (Ctrl+S).</source>
        <translation>Ikke lagret ennå (Ctrl+S).</translation>
    </message>
    <message>
        <source>Unsaved attendance</source>
        <translation>Oppmøte er ikke lagret</translation>
    </message>
    <message>
        <source>The attendance entered for this week is not saved. Discard it?</source>
        <translation>Oppmøtet du har ført for denne uken er ikke lagret. Vil du forkaste det?</translation>
    </message>
    <message>
        <source>Saved %1 lesson(s).</source>
        <translation>Lagret %1 time(r).</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Legg til deltaker</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltaker</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flytt %1</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Klasse</translation>
    </message>
</context>
</TS>
