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
    <name>ParticipantDocuments</name>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Select a participant in the list first.</source>
        <translation>Velg en deltaker i listen først.</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Dokumenter…</translation>
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
    <name>PdfPreview</name>
    <message>
        <source>Integration plan</source>
        <translation>Integreringsplan</translation>
    </message>
    <message>
        <source>Integration contract</source>
        <translation>Integreringskontrakt</translation>
    </message>
    <message>
        <source>Decision letter</source>
        <translation>Vedtaksbrev</translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <translation>Deltakerbevis</translation>
    </message>
    <message>
        <source>Deduction statement</source>
        <translation>Oversikt over trekk</translation>
    </message>
    <message>
        <source>Documents for %1</source>
        <translation>Dokumenter for %1</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Måned:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Language beside Norwegian:</source>
        <translation>&amp;Språk ved siden av norsk:</translation>
    </message>
    <message>
        <source>Preview is not available on this computer; you can still save.</source>
        <translation>Forhåndsvisning er ikke tilgjengelig på denne datamaskinen; du kan likevel lagre.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lagre som…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Lagre dokument</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kunne ikke lagre %1: %2</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ikke skrevet ut</translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation>Kunne ikke skrive ut: %1</translation>
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
        <source>Unit on documents</source>
        <translation>Enhet på dokumenter</translation>
    </message>
    <message>
        <source>Phone on documents</source>
        <translation>Telefon på dokumenter</translation>
    </message>
    <message>
        <source>E-mail on documents</source>
        <translation>E-post på dokumenter</translation>
    </message>
    <message>
        <source>Logo on documents (PNG or JPEG)</source>
        <translation>Logo på dokumenter (PNG eller JPEG)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Choose the municipality&apos;s logo</source>
        <translation>Velg kommunens logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The new language is used the next time IntroDesk starts.</source>
        <translation>Det nye språket brukes neste gang IntroDesk starter.</translation>
    </message>
</context>
</TS>
