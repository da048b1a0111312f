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
    <name>LevelChart</name>
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
        <source>below A1</source>
        <translation>under A1</translation>
    </message>
    <message>
        <source>No Norskprøven results yet</source>
        <translation>Ingen resultater fra Norskprøven ennå</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
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
<context>
    <name>TestsPage</name>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>ikke satt mål</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 (best / goal)</source>
        <translation>%1 (beste / mål)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Mål nådd</translation>
    </message>
    <message>
        <source>Training deadline</source>
        <translation>Frist for opplæring</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <source>Permanent residence (language)</source>
        <translation>Permanent opphold (språk)</translation>
    </message>
    <message>
        <source>Citizenship (language)</source>
        <translation>Statsborgerskap (språk)</translation>
    </message>
    <message>
        <source>Record a result</source>
        <translation>Registrer et resultat</translation>
    </message>
    <message>
        <source>Norskprøven</source>
        <translation>Norskprøven</translation>
    </message>
    <message>
        <source>Norskprøven C1</source>
        <translation>Norskprøven C1</translation>
    </message>
    <message>
        <source>Social-studies test</source>
        <translation>Samfunnskunnskapsprøven</translation>
    </message>
    <message>
        <source>Statsborgerprøven</source>
        <translation>Statsborgerprøven</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>75 hours</source>
        <translation>75 timer</translation>
    </message>
    <message>
        <source>50 hours</source>
        <translation>50 timer</translation>
    </message>
    <message>
        <source>Language code of the test, for example nb, ar, ti, uk</source>
        <translation>Språkkode for prøven, for eksempel nb, ar, ti, uk</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>&amp;Save result</source>
        <translation>&amp;Lagre resultat</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Prøve</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Sub-s&amp;kill</source>
        <translation>&amp;Ferdighet</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Nivå</translation>
    </message>
    <message>
        <source>&amp;Registered level</source>
        <translation>&amp;Oppmeldt nivå</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Versjon</translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation>Poen&amp;g</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Fritak</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestått</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>ikke bestått</translation>
    </message>
    <message>
        <source>Search by name or adviser (Ctrl+F)</source>
        <translation>Søk på navn eller veileder (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only below goal with deadline within</source>
        <translation>Bare under mål med frist innen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksporter CSV …</translation>
    </message>
    <message>
        <source>from the plan</source>
        <translation>fra planen</translation>
    </message>
    <message>
        <source>set by the adviser</source>
        <translation>satt av veileder</translation>
    </message>
    <message>
        <source>recommended for the education background</source>
        <translation>anbefalt ut fra utdanningsbakgrunn</translation>
    </message>
    <message>
        <source>none (education background missing)</source>
        <translation>ingen (utdanningsbakgrunn mangler)</translation>
    </message>
    <message>
        <source>Training deadline: %1 · Norwegian goal: %2</source>
        <translation>Frist for opplæring: %1 · norskmål: %2</translation>
    </message>
    <message>
        <source>Hours completed: Norwegian %1, social studies %2</source>
        <translation>Gjennomførte timer: norsk %1, samfunnskunnskap %2</translation>
    </message>
    <message>
        <source>Duty to sit the final tests: Norwegian %1, social studies %2</source>
        <translation>Plikt til avsluttende prøver: norsk %1, samfunnskunnskap %2</translation>
    </message>
    <message>
        <source>Language part of permanent residence: %1 · citizenship: %2</source>
        <translation>Språkdelen av permanent opphold: %1 · statsborgerskap: %2</translation>
    </message>
    <message>
        <source>Covers only the language and test requirements, not the other conditions; UDI decides.</source>
        <translation>Gjelder bare kravene til norsk og prøver, ikke de andre vilkårene; UDI avgjør.</translation>
    </message>
    <message>
        <source>Export overview</source>
        <translation>Eksporter oversikt</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 vises</translation>
    </message>
</context>
</TS>
