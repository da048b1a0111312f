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
    <name>PlanElementDialog</name>
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
        <source>Plan element</source>
        <translation>Tiltak i planen</translation>
    </message>
    <message>
        <source>Counted hours: a 45-minute Norwegian or social-studies lesson counts 75 minutes.</source>
        <translation>Tellende timer: en undervisningstime på 45 minutter i norsk eller samfunnskunnskap teller 75 minutter.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Tiltak</translation>
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
        <source>Hours per day</source>
        <translation>Timer per dag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>No plan</source>
        <translation>Ingen plan</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation>Må revideres</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Work</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <source>Upper-secondary education</source>
        <translation>Videregående opplæring</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Høyere utdanning</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Grunnskole</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Lytting</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesing</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Skriving</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Muntlig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation>Lagt til %1: %2</translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation>Fjernet %1: %2</translation>
    </message>
    <message>
        <source>Changed %1: %2 → %3</source>
        <translation>Endret %1: %2 → %3</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signer …</translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation>&amp;Revider …</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deltaker:</translation>
    </message>
    <message>
        <source>Plan and goals</source>
        <translation>Plan og mål</translation>
    </message>
    <message>
        <source>Why the goals differ from the recommendation</source>
        <translation>Hvorfor målene avviker fra anbefalingen</translation>
    </message>
    <message>
        <source>Save plan details</source>
        <translation>Lagre plandetaljer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>End goal</source>
        <translation>Sluttmål</translation>
    </message>
    <message>
        <source>Norwegian goal</source>
        <translation>Norskmål</translation>
    </message>
    <message>
        <source>Long-term goal</source>
        <translation>Langsiktig mål</translation>
    </message>
    <message>
        <source>Reason for goals</source>
        <translation>Begrunnelse for mål</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Ukeplan</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Forrige uke</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Neste uke</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Uken som starter</translation>
    </message>
    <message>
        <source>&amp;Add element…</source>
        <translation>&amp;Legg til tiltak …</translation>
    </message>
    <message>
        <source>&amp;Change element…</source>
        <translation>&amp;Endre tiltak …</translation>
    </message>
    <message>
        <source>Move a week earlier</source>
        <translation>Flytt en uke tidligere</translation>
    </message>
    <message>
        <source>Move a week later</source>
        <translation>Flytt en uke senere</translation>
    </message>
    <message>
        <source>Remove element</source>
        <translation>Fjern tiltak</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Reason / change</source>
        <translation>Begrunnelse / endring</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Ingen plan ennå.</translation>
    </message>
    <message>
        <source>signed %1 by %2</source>
        <translation>signert %1 av %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>Version %1 of %2: %3</source>
        <translation>Versjon %1 av %2: %3</translation>
    </message>
    <message>
        <source>(an older draft)</source>
        <translation>(et eldre utkast)</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>uke %1</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>helligdag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Counted hours every such weekday from %1 to %2</source>
        <translation>Tellende timer hver slik ukedag fra %1 til %2</translation>
    </message>
    <message>
        <source>Total this week</source>
        <translation>Sum denne uken</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Write a number of hours from 0 to 24.</source>
        <translation>Skriv et antall timer fra 0 til 24.</translation>
    </message>
    <message>
        <source>Remove %1 (%2 – %3) from the draft?</source>
        <translation>Fjerne %1 (%2 – %3) fra utkastet?</translation>
    </message>
    <message>
        <source>The plan cannot end before it starts.</source>
        <translation>Planen kan ikke slutte før den starter.</translation>
    </message>
    <message>
        <source>Cannot sign yet</source>
        <translation>Kan ikke signeres ennå</translation>
    </message>
    <message>
        <source>The plan has errors (see Findings). Correct them before the plan and the integration contract are signed.</source>
        <translation>Planen har feil (se Funn). Rett dem før planen og integreringskontrakten signeres.</translation>
    </message>
    <message>
        <source>Sign plan</source>
        <translation>Signer plan</translation>
    </message>
    <message>
        <source>Signed by (adviser):</source>
        <translation>Signert av (veileder):</translation>
    </message>
    <message>
        <source>Sign version %1 and the integration contract today? A signed version can never be changed; later changes are made as a revision. The participant is in the programme from %2.</source>
        <translation>Signere versjon %1 og integreringskontrakten i dag? En signert versjon kan aldri endres; senere endringer gjøres som en revisjon. Deltakeren er i programmet fra %2.</translation>
    </message>
    <message>
        <source>Revise plan</source>
        <translation>Revider plan</translation>
    </message>
    <message>
        <source>Why is the plan revised? (The signed version stays as it is.)</source>
        <translation>Hvorfor revideres planen? (Den signerte versjonen blir stående som den er.)</translation>
    </message>
    <message>
        <source>No findings: the plan is full time, year round and complete.</source>
        <translation>Ingen funn: planen er på fulltid, helårig og komplett.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 feil, %2 advarsel(er), %3 merknad(er)</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signert</translation>
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
        <source>Revise signed plans every (months)</source>
        <translation>Revider signerte planer hver (måned)</translation>
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
