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
        <source>Planned, not registered</source>
        <translation>Planlagt, ikke registrert</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Locked month</source>
        <translation>Låst måned</translation>
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
        <source>No one to register this week. Participants appear here when they have a plan with activities in the week: make plans on the Plans page.</source>
        <translation>Ingen å registrere denne uken. Deltakere vises her når de har en plan med tiltak i uken: lag planer på siden Planer.</translation>
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
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Ny versjon</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Login linked</source>
        <translation>Pålogging koblet</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <source>Accepted as missing</source>
        <translation>Godtatt som manglende</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Attendance week</source>
        <translation>Oppmøteuke</translation>
    </message>
    <message>
        <source>Benefit adjustment</source>
        <translation>Etterberegning av stønad</translation>
    </message>
    <message>
        <source>Benefit month</source>
        <translation>Stønadsmåned</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Lesson attendance</source>
        <translation>Timeoppmøte</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Annen inntekt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Planversjon</translation>
    </message>
    <message>
        <source>Programme event</source>
        <translation>Programhendelse</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Innstilling</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Class member</source>
        <translation>Klassemedlem</translation>
    </message>
    <message>
        <source>Training exemption</source>
        <translation>Fritak fra opplæring</translation>
    </message>
    <message>
        <source>Training leave</source>
        <translation>Permisjon fra opplæring</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Undervisningstime</translation>
    </message>
    <message>
        <source>Norskprøven result</source>
        <translation>Resultat på Norskprøven</translation>
    </message>
    <message>
        <source>Citizenship test result</source>
        <translation>Resultat på statsborgerprøven</translation>
    </message>
    <message>
        <source>Social studies test result</source>
        <translation>Resultat på samfunnskunnskapsprøven</translation>
    </message>
    <message>
        <source>Test exemption</source>
        <translation>Fritak fra prøve</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
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
        <source>Permit</source>
        <translation>Tillatelse</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>Dato for tillatelse</translation>
    </message>
    <message>
        <source>Settlement date</source>
        <translation>Bosettingsdato</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Vedtaksdato</translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation>Programstart</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>Prøvedato</translation>
    </message>
    <message>
        <source>Sub-skill</source>
        <translation>Delferdighet</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Registration level</source>
        <translation>Påmeldingsnivå</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Maksimal poengsum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation>Minutter til stede</translation>
    </message>
    <message>
        <source>Minutes absent</source>
        <translation>Minutter fravær</translation>
    </message>
    <message>
        <source>Times saved</source>
        <translation>Ganger lagret</translation>
    </message>
    <message>
        <source>Absence code</source>
        <translation>Fraværskode</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
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
        <source>Written standard of documents</source>
        <translation>Målform i dokumenter</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>all participants</source>
        <translation>alle deltakere</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Participant id</source>
        <translation>Deltaker-id</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Gammel verdi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Ny verdi</translation>
    </message>
    <message>
        <source>Participant id: a number, or empty for everyone</source>
        <translation>Deltaker-id: et tall, eller tomt for alle</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 endringer</translation>
    </message>
</context>
<context>
    <name>BenefitPage</name>
    <message>
        <source>Lock month</source>
        <translation>Lås måneden</translation>
    </message>
    <message>
        <source>Accept missing registrations…</source>
        <translation>Godta manglende registreringer …</translation>
    </message>
    <message>
        <source>Other income…</source>
        <translation>Annen inntekt …</translation>
    </message>
    <message>
        <source>Stop programme…</source>
        <translation>Stans programmet …</translation>
    </message>
    <message>
        <source>Decision letter and deduction statement…</source>
        <translation>Vedtaksbrev og trekkoppgave …</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Introduction benefit</source>
        <translation>Introduksjonsstønad</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Trekk</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>No benefit for this month. The benefit is computed for participants in the programme (a signed plan) from their registered attendance.</source>
        <translation>Ingen stønad denne måneden. Stønaden beregnes for deltakere i programmet (signert plan) ut fra registrert oppmøte.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <source>Locked (as paid)</source>
        <translation>Låst (som utbetalt)</translation>
    </message>
    <message>
        <source>Open: not yet sent to payroll</source>
        <translation>Åpen: ikke sendt til lønn ennå</translation>
    </message>
    <message>
        <source>deduction needs a decision</source>
        <translation>trekket krever vedtak</translation>
    </message>
    <message>
        <source>days missing registration: %1</source>
        <translation>dager uten registrering: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Uten vedtak</translation>
    </message>
    <message>
        <source>Select a participant in the list first.</source>
        <translation>Velg en deltaker i listen først.</translation>
    </message>
    <message>
        <source>Locked: %1 participant(s), net total %2</source>
        <translation>Låst: %1 deltaker(e), netto totalt %2</translation>
    </message>
    <message>
        <source>Say why the missing registrations are accepted.</source>
        <translation>Skriv hvorfor de manglende registreringene godtas.</translation>
    </message>
    <message>
        <source>Accept missing registrations</source>
        <translation>Godta manglende registreringer</translation>
    </message>
    <message>
        <source>Why are they accepted?</source>
        <translation>Hvorfor godtas de?</translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation>Beløpet er ikke et tall.</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Annen inntekt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount for the month (0 removes it)</source>
        <translation>Beløp for måneden (0 fjerner det)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>introdesk: interrupted</source>
        <translation>introdesk: avbrutt</translation>
    </message>
    <message>
        <source>cannot use the data folder: {reason}</source>
        <translation>kan ikke bruke datamappen: {reason}</translation>
    </message>
    <message>
        <source>the input is nested too deeply; nothing was changed</source>
        <translation>inndataene er nøstet for dypt; ingenting ble endret</translation>
    </message>
    <message>
        <source>unexpected {kind}; nothing more was done. A report without personal data: {saved}</source>
        <translation>uventet feil ({kind}); ingenting mer ble gjort. En rapport uten personopplysninger: {saved}</translation>
    </message>
    <message>
        <source>(could not be saved)</source>
        <translation>(kunne ikke lagres)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>FORFALT</translation>
    </message>
    <message>
        <source>National ID:</source>
        <translation>Fødselsnr.:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Fødselsdato:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation>Veileder:</translation>
    </message>
    <message>
        <source>Permit:</source>
        <translation>Tillatelse:</translation>
    </message>
    <message>
        <source>Permit date:</source>
        <translation>Tillatelse gitt:</translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation>Bosatt:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <source>End goal:</source>
        <translation>Sluttmål:</translation>
    </message>
    <message>
        <source>Norw. goal:</source>
        <translation>Norskmål:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Frister:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>utført</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>{days} dager igjen</translation>
    </message>
    <message>
        <source>(none: no settlement or request date)</source>
        <translation>(ingen: mangler bosettings- eller anmodningsdato)</translation>
    </message>
    <message>
        <source>Recognition: {hint}</source>
        <translation>Godkjenning: {hint}</translation>
    </message>
    <message>
        <source>Participant {id}: {count} events</source>
        <translation>Deltaker {id}: {count} hendelser</translation>
    </message>
    <message>
        <source>Participant {id}: {count} event</source>
        <translation>Deltaker {id}: {count} hendelse</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Skrev {file}</translation>
    </message>
    <message>
        <source>Benefit {month} ({state}): {count} participants</source>
        <translation>Stønad {month} ({state}): {count} deltakere</translation>
    </message>
    <message>
        <source>Benefit {month} ({state}): {count} participant</source>
        <translation>Stønad {month} ({state}): {count} deltaker</translation>
    </message>
    <message>
        <source>{count} days missing registration</source>
        <translation>{count} dager uten registrering</translation>
    </message>
    <message>
        <source>{count} day missing registration</source>
        <translation>{count} dag uten registrering</translation>
    </message>
    <message>
        <source>Locked {month}: {count} participants, net total {net} kr.</source>
        <translation>Låste {month}: {count} deltakere, netto totalt {net} kr.</translation>
    </message>
    <message>
        <source>Locked {month}: {count} participant, net total {net} kr.</source>
        <translation>Låste {month}: {count} deltaker, netto totalt {net} kr.</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betalt</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>ubetalt</translation>
    </message>
    <message>
        <source>by {actor}</source>
        <translation>av {actor}</translation>
    </message>
    <message>
        <source>Recorded for participant {id}: {event}.</source>
        <translation>Registrert for deltaker {id}: {event}.</translation>
    </message>
    <message>
        <source>Changed event {event_id} of participant {id}: {event}.</source>
        <translation>Endret hendelse {event_id} for deltaker {id}: {event}.</translation>
    </message>
    <message>
        <source>{hours} h attended</source>
        <translation>{hours} t til stede</translation>
    </message>
    <message>
        <source>Registered participant {id} on {date}: {what}.</source>
        <translation>Registrerte deltaker {id} {date}: {what}.</translation>
    </message>
    <message>
        <source>Spread over the day&apos;s planned elements in plan order: {parts}.</source>
        <translation>Fordelt på dagens planlagte elementer i planens rekkefølge: {parts}.</translation>
    </message>
    <message>
        <source>The month is locked: {count} adjustment line booked in the next open month.</source>
        <translation>Måneden er låst: {count} korreksjonslinje ført i neste åpne måned.</translation>
    </message>
    <message>
        <source>The month is locked: {count} adjustment lines booked in the next open month.</source>
        <translation>Måneden er låst: {count} korreksjonslinjer ført i neste åpne måned.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>t</translation>
    </message>
    <message>
        <source>note</source>
        <translation>merknad</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>brudd</translation>
    </message>
    <message>
        <source>No absence findings {start}–{end}.</source>
        <translation>Ingen fraværsfunn {start}–{end}.</translation>
    </message>
    <message>
        <source>participant {id}</source>
        <translation>deltaker {id}</translation>
    </message>
    <message>
        <source>suggestion: {text}</source>
        <translation>forslag: {text}</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} rad</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} rader</translation>
    </message>
    <message>
        <source>{count} participant</source>
        <translation>{count} deltaker</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} deltakere</translation>
    </message>
    <message>
        <source>{file}: {rows} for {people} valid; nothing written (--dry-run).</source>
        <translation>{file}: {rows} for {people} er gyldige; ingenting skrevet (--dry-run).</translation>
    </message>
    <message>
        <source>{file}: no rows to import.</source>
        <translation>{file}: ingen rader å importere.</translation>
    </message>
    <message>
        <source>Imported {rows} for {people}.</source>
        <translation>Importerte {rows} for {people}.</translation>
    </message>
    <message>
        <source>{count} adjustment line booked for locked months.</source>
        <translation>{count} korreksjonslinje ført for låste måneder.</translation>
    </message>
    <message>
        <source>{count} adjustment lines booked for locked months.</source>
        <translation>{count} korreksjonslinjer ført for låste måneder.</translation>
    </message>
    <message>
        <source>No missing registrations in {month}.</source>
        <translation>Ingen manglende registreringer i {month}.</translation>
    </message>
    <message>
        <source>participant {id} {date} {element}: {planned} h planned, {registered} h registered</source>
        <translation>deltaker {id} {date} {element}: {planned} t planlagt, {registered} t registrert</translation>
    </message>
    <message>
        <source>Accepted {count} day without registration for participant {id} in {month}.</source>
        <translation>Godtok {count} dag uten registrering for deltaker {id} i {month}.</translation>
    </message>
    <message>
        <source>Accepted {count} days without registration for participant {id} in {month}.</source>
        <translation>Godtok {count} dager uten registrering for deltaker {id} i {month}.</translation>
    </message>
    <message>
        <source>{count} problem in {file}; nothing was imported.</source>
        <translation>{count} feil i {file}; ingenting ble importert.</translation>
    </message>
    <message>
        <source>{count} problems in {file}; nothing was imported.</source>
        <translation>{count} feil i {file}; ingenting ble importert.</translation>
    </message>
    <message>
        <source>locked (as paid)</source>
        <translation>låst (som utbetalt)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>participant {id}: net {net} kr</source>
        <translation>deltaker {id}: netto {net} kr</translation>
    </message>
    <message>
        <source>DECISION REQUIRED</source>
        <translation>VEDTAK KREVES</translation>
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
        <source>Set {kind} {amount} kr for participant {id} in {month}.</source>
        <translation>Satte {kind} {amount} kr for deltaker {id} i {month}.</translation>
    </message>
    <message>
        <source>Added {participants} synthetic participants and {advisers} advisers.</source>
        <translation>La til {participants} syntetiske deltakere og {advisers} veiledere.</translation>
    </message>
    <message>
        <source>Registered {count} synthetic attendance rows for the past 8 weeks.</source>
        <translation>Registrerte {count} syntetiske oppmøterader for de siste 8 ukene.</translation>
    </message>
    <message>
        <source>Dry run: {count} participant in {file} is valid; nothing was written.</source>
        <translation>Prøvekjøring: {count} deltaker i {file} er gyldig; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Dry run: {count} participants in {file} are valid; nothing was written.</source>
        <translation>Prøvekjøring: {count} deltakere i {file} er gyldige; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Would add {count} new adviser.</source>
        <translation>Ville lagt til {count} ny veileder.</translation>
    </message>
    <message>
        <source>Would add {count} new advisers.</source>
        <translation>Ville lagt til {count} nye veiledere.</translation>
    </message>
    <message>
        <source>Added {count} participant from {file}.</source>
        <translation>La til {count} deltaker fra {file}.</translation>
    </message>
    <message>
        <source>Added {count} participants from {file}.</source>
        <translation>La til {count} deltakere fra {file}.</translation>
    </message>
    <message>
        <source>Added {count} new adviser: {names}.</source>
        <translation>La til {count} ny veileder: {names}.</translation>
    </message>
    <message>
        <source>Added {count} new advisers: {names}.</source>
        <translation>La til {count} nye veiledere: {names}.</translation>
    </message>
    <message>
        <source>Participant {id}: adviser {adviser}</source>
        <translation>Deltaker {id}: veileder {adviser}</translation>
    </message>
    <message>
        <source>; shared with {names}</source>
        <translation>; delt med {names}</translation>
    </message>
    <message>
        <source>Wrote {count} plan to {folder}</source>
        <translation>Skrev {count} plan til {folder}</translation>
    </message>
    <message>
        <source>Wrote {count} plans to {folder}</source>
        <translation>Skrev {count} planer til {folder}</translation>
    </message>
    <message>
        <source>; {count} participant without a plan.</source>
        <translation>; {count} deltaker uten plan.</translation>
    </message>
    <message>
        <source>; {count} participants without a plan.</source>
        <translation>; {count} deltakere uten plan.</translation>
    </message>
    <message>
        <source>Participant {id}, plan version {version}:</source>
        <translation>Deltaker {id}, planversjon {version}:</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>ingen funn</translation>
    </message>
    <message>
        <source>{file}: a valid plan for participant {id} with {count} element; nothing written (--dry-run).</source>
        <translation>{file}: en gyldig plan for deltaker {id} med {count} element; ingenting skrevet (--dry-run).</translation>
    </message>
    <message>
        <source>{file}: a valid plan for participant {id} with {count} elements; nothing written (--dry-run).</source>
        <translation>{file}: en gyldig plan for deltaker {id} med {count} elementer; ingenting skrevet (--dry-run).</translation>
    </message>
    <message>
        <source>Imported {file} as draft version {version} for participant {id} ({count} element).</source>
        <translation>Importerte {file} som utkast versjon {version} for deltaker {id} ({count} element).</translation>
    </message>
    <message>
        <source>Imported {file} as draft version {version} for participant {id} ({count} elements).</source>
        <translation>Importerte {file} som utkast versjon {version} for deltaker {id} ({count} elementer).</translation>
    </message>
    <message>
        <source>Signed plan version {version} for participant {id} on {date} by {by}; in the programme from {start}.</source>
        <translation>Signerte planversjon {version} for deltaker {id} {date} av {by}; i programmet fra {start}.</translation>
    </message>
    <message>
        <source>Removed event {event_id}.</source>
        <translation>Fjernet hendelse {event_id}.</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Lagret {file}</translation>
    </message>
    <message>
        <source>Open read-only: you can read, not change.</source>
        <translation>Åpnet skrivebeskyttet: du kan lese, ikke endre.</translation>
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
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PO</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>statsborgerskap</translation>
    </message>
    <message>
        <source>(best/goal per sub-skill: listening, reading, writing, oral; PR (permanent residence) and citizenship cover only the language and test parts)</source>
        <translation>(beste/mål per delferdighet: lytting, lesing, skriving, muntlig; PO (permanent oppholdstillatelse) og statsborgerskap gjelder bare språk- og prøvekravene)</translation>
    </message>
    <message>
        <source>L</source>
        <translation>Lytt</translation>
    </message>
    <message>
        <source>R</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>W</source>
        <translation>Skr</translation>
    </message>
    <message>
        <source>O</source>
        <translation>Munt</translation>
    </message>
    <message>
        <source> (registered {level})</source>
        <translation> (påmeldt {level})</translation>
    </message>
    <message>
        <source>{date} social-studies test ({version}, {test_language}): {score}/{max}, {outcome}</source>
        <translation>{date} samfunnskunnskapsprøven ({version}, {test_language}): {score}/{max}, {outcome}</translation>
    </message>
    <message>
        <source>{date} exemption from {kind}: {basis}</source>
        <translation>{date} fritak fra {kind}: {basis}</translation>
    </message>
    <message>
        <source>Recorded for participant {id}: {result}</source>
        <translation>Registrert for deltaker {id}: {result}</translation>
    </message>
    <message>
        <source>Corrected {result}</source>
        <translation>Rettet {result}</translation>
    </message>
    <message>
        <source>Deleted {result}</source>
        <translation>Slettet {result}</translation>
    </message>
    <message>
        <source>Would add {count} result</source>
        <translation>Ville lagt til {count} resultat</translation>
    </message>
    <message>
        <source>Would add {count} results</source>
        <translation>Ville lagt til {count} resultater</translation>
    </message>
    <message>
        <source>Added {count} result</source>
        <translation>La til {count} resultat</translation>
    </message>
    <message>
        <source>Added {count} results</source>
        <translation>La til {count} resultater</translation>
    </message>
    <message>
        <source> from {count} row</source>
        <translation> fra {count} rad</translation>
    </message>
    <message>
        <source> from {count} rows</source>
        <translation> fra {count} rader</translation>
    </message>
    <message>
        <source>; {count} already on record.</source>
        <translation>; {count} var allerede registrert.</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norsk</translation>
    </message>
    <message>
        <source>social studies</source>
        <translation>samfunnskunnskap</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>mål nådd</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>mål ikke nådd</translation>
    </message>
    <message>
        <source>Nobody is enrolled in training.</source>
        <translation>Ingen er meldt på opplæring.</translation>
    </message>
    <message>
        <source>the Introduction Programme</source>
        <translation>introduksjonsprogrammet</translation>
    </message>
    <message>
        <source>Norwegian and social-studies training</source>
        <translation>opplæring i norsk og samfunnskunnskap</translation>
    </message>
    <message>
        <source>the Introduction Programme, then training</source>
        <translation>introduksjonsprogrammet, deretter opplæring</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>on leave</source>
        <translation>i permisjon</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stanset</translation>
    </message>
    <message>
        <source>Enrolled participant {id} in {programme} from {date}</source>
        <translation>Meldte deltaker {id} på {programme} fra {date}</translation>
    </message>
    <message>
        <source> in class {code}</source>
        <translation> i klasse {code}</translation>
    </message>
    <message>
        <source>Training of participant {id}: {state} from {date}.</source>
        <translation>Opplæringen til deltaker {id}: {state} fra {date}.</translation>
    </message>
    <message>
        <source>Exemption from {kind} registered for participant {id}.</source>
        <translation>Fritak fra {kind} registrert for deltaker {id}.</translation>
    </message>
    <message>
        <source>Exemption from {kind} registered for participant {id} (no legal basis: it will be warned about).</source>
        <translation>Fritak fra {kind} registrert for deltaker {id} (uten hjemmel: det vil bli varslet om det).</translation>
    </message>
    <message>
        <source>Approved leave of {count} day registered for participant {id}.</source>
        <translation>Innvilget permisjon på {count} dag registrert for deltaker {id}.</translation>
    </message>
    <message>
        <source>Approved leave of {count} days registered for participant {id}.</source>
        <translation>Innvilget permisjon på {count} dager registrert for deltaker {id}.</translation>
    </message>
    <message>
        <source>No classes yet (create one with &apos;introdesk training classes create&apos;).</source>
        <translation>Ingen klasser ennå (opprett en med &apos;introdesk training classes create&apos;).</translation>
    </message>
    <message>
        <source>Created class {code} ({name}).</source>
        <translation>Opprettet klasse {code} ({name}).</translation>
    </message>
    <message>
        <source>Participant {id} is in class {code} from {date}.</source>
        <translation>Deltaker {id} er i klasse {code} fra {date}.</translation>
    </message>
    <message>
        <source>Participant {id} moved to class {code} from {date}.</source>
        <translation>Deltaker {id} flyttet til klasse {code} fra {date}.</translation>
    </message>
    <message>
        <source>{count} member</source>
        <translation>{count} medlem</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} medlemmer</translation>
    </message>
    <message>
        <source>{count} lesson a week</source>
        <translation>{count} time i uken</translation>
    </message>
    <message>
        <source>{count} lessons a week</source>
        <translation>{count} timer i uken</translation>
    </message>
    <message>
        <source>Registered {count} lesson for class {code} in week {week}</source>
        <translation>Registrerte {count} time for klasse {code} i uke {week}</translation>
    </message>
    <message>
        <source>Registered {count} lessons for class {code} in week {week}</source>
        <translation>Registrerte {count} timer for klasse {code} i uke {week}</translation>
    </message>
    <message>
        <source> ({count} absence).</source>
        <translation> ({count} fravær).</translation>
    </message>
    <message>
        <source> ({count} absences).</source>
        <translation> ({count} fravær).</translation>
    </message>
    <message>
        <source>Sign-in sheet for class {code}, {start} – {end}, written to {file}.</source>
        <translation>Oppmøteliste for klasse {code}, {start} – {end}, skrevet til {file}.</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}</source>
        <translation>Skrev {rows} rader til {path}</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>ingen periode</translation>
    </message>
    <message>
        <source>(not available yet: needs {needs})</source>
        <translation>(ikke tilgjengelig ennå: trenger {needs})</translation>
    </message>
    <message>
        <source>Roles, grants and policies are in place ({count} statements).</source>
        <translation>Roller, rettigheter og regler er på plass ({count} setninger).</translation>
    </message>
    <message>
        <source>{login} no longer holds the role {role}.</source>
        <translation>{login} har ikke lenger rollen {role}.</translation>
    </message>
    <message>
        <source>Database {database} is up to date ({revision}).</source>
        <translation>Databasen {database} er oppdatert ({revision}).</translation>
    </message>
    <message>
        <source>Upgraded {database} from {before} to {after}.</source>
        <translation>Oppgraderte {database} fra {before} til {after}.</translation>
    </message>
    <message>
        <source>Backup of the old version: {file}</source>
        <translation>Sikkerhetskopi av den gamle versjonen: {file}</translation>
    </message>
    <message>
        <source>made by a newer IntroDesk; this version will not change it</source>
        <translation>laget av en nyere IntroDesk; denne versjonen endrer den ikke</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <source>needs &apos;introdesk db upgrade&apos;</source>
        <translation>trenger &apos;introdesk db upgrade&apos;</translation>
    </message>
    <message>
        <source>database:</source>
        <translation>database:</translation>
    </message>
    <message>
        <source>current:</source>
        <translation>nåværende:</translation>
    </message>
    <message>
        <source>head:</source>
        <translation>nyeste:</translation>
    </message>
    <message>
        <source>state:</source>
        <translation>tilstand:</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ingen ennå)</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>før oppgradering</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>ved avslutning</translation>
    </message>
    <message>
        <source>Database {database} is sound ({details}).</source>
        <translation>Databasen {database} er i orden ({details}).</translation>
    </message>
    <message>
        <source>Database {database} has problems:</source>
        <translation>Databasen {database} har problemer:</translation>
    </message>
    <message>
        <source>Backup written to {file} and checked: sound.</source>
        <translation>Sikkerhetskopi skrevet til {file} og kontrollert: i orden.</translation>
    </message>
    <message>
        <source>Backup written to {file} and checked: NOT sound.</source>
        <translation>Sikkerhetskopi skrevet til {file} og kontrollert: IKKE i orden.</translation>
    </message>
    <message>
        <source>Backups of {database} in {folder}:</source>
        <translation>Sikkerhetskopier av {database} i {folder}:</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>Restored {database} from {file}; the copy checked sound.</source>
        <translation>Gjenopprettet {database} fra {file}; kopien ble kontrollert og er i orden.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as {file}</source>
        <translation>Filen den erstattet, ble beholdt som {file}</translation>
    </message>
    <message>
        <source>{table}: {count} rows, sha256 {checksum}… matches</source>
        <translation>{table}: {count} rader, sha256 {checksum}… stemmer</translation>
    </message>
    <message>
        <source>Copied {rows} rows in {tables} tables; {database} was not changed.</source>
        <translation>Kopierte {rows} rader i {tables} tabeller; {database} ble ikke endret.</translation>
    </message>
    <message>
        <source>Added participant {id}: {name}</source>
        <translation>La til deltaker {id}: {name}</translation>
    </message>
    <message>
        <source>Dry run: {name} can be added; nothing was written.</source>
        <translation>Prøvekjøring: {name} kan legges til; ingenting ble skrevet.</translation>
    </message>
</context>
<context>
    <name>CompetenceTab</name>
    <message>
        <source>Highest education</source>
        <translation>Høyeste utdanning</translation>
    </message>
    <message>
        <source>Completed upper secondary (GSU list)</source>
        <translation>Fullført videregående (GSU-listen)</translation>
    </message>
    <message>
        <source>Career guidance on</source>
        <translation>Karriereveiledning</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Career guidance recommendation</source>
        <translation>Anbefaling fra karriereveiledning</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>The database needs an upgrade by an administrator. Until then it is open read-only: you can read, but nothing can be saved.</source>
        <translation>Databasen må oppgraderes av en administrator. Inntil da er den åpnet skrivebeskyttet: du kan lese, men ingenting kan lagres.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?

Everything saved after the backup was made is taken out; the current file is kept as a safety copy in the backup folder.</source>
        <translation>Erstatte databasen med sikkerhetskopien %1?

Alt som er lagret etter at kopien ble tatt, blir borte; den nåværende filen tas vare på som en sikringskopi i mappen for sikkerhetskopier.</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>Databasen er gjenopprettet fra %1.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.</source>
        <translation>Filen den erstattet, er tatt vare på som %1.</translation>
    </message>
    <message>
        <source>A server database is restored with the server&apos;s own tools (pg_restore).</source>
        <translation>En serverdatabase gjenopprettes med serverens egne verktøy (pg_restore).</translation>
    </message>
    <message>
        <source>IntroDesk backups (*.sqlite3);;All files (*)</source>
        <translation>IntroDesk-sikkerhetskopier (*.sqlite3);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi …</translation>
    </message>
    <message>
        <source>The database failed its integrity check and is open read-only: nothing can be saved until it is restored from a backup.</source>
        <translation>Databasen besto ikke integritetskontrollen og er åpnet skrivebeskyttet: ingenting kan lagres før den er gjenopprettet fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Newest good backup: %1.</source>
        <translation>Nyeste gode sikkerhetskopi: %1.</translation>
    </message>
    <message>
        <source>No good backup was found in the backup folder.</source>
        <translation>Fant ingen god sikkerhetskopi i mappen for sikkerhetskopier.</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Gjenopprett denne kopien …</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Velg en sikkerhetskopi …</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>This was changed by someone else after you opened it. Nothing was saved; what you typed is kept: check it against that change and save again.</source>
        <translation>Dette ble endret av en annen etter at du åpnet det. Ingenting ble lagret; det du skrev er beholdt: sjekk det mot endringen og lagre igjen.</translation>
    </message>
    <message>
        <source>This was changed by {actor} at {when} after you opened it. Nothing was saved; what you typed is kept: check it against that change and save again.</source>
        <translation>Dette ble endret av {actor} {when} etter at du åpnet det. Ingenting ble lagret; det du skrev er beholdt: sjekk det mot endringen og lagre igjen.</translation>
    </message>
    <message>
        <source>The database {database} was made by a newer version of IntroDesk (schema {schema}). This version understands up to {head}. Install the newer IntroDesk; the database has not been changed.</source>
        <translation>Databasen {database} er laget av en nyere versjon av IntroDesk (skjema {schema}). Denne versjonen forstår skjemaer til og med {head}. Installer den nyere IntroDesk; databasen er ikke endret.</translation>
    </message>
    <message>
        <source>This participant has no plan yet</source>
        <translation>Deltakeren har ingen plan ennå</translation>
    </message>
    <message>
        <source>Plans are not available in this version</source>
        <translation>Planer er ikke tilgjengelige i denne versjonen</translation>
    </message>
    <message>
        <source>The benefit is not available in this version</source>
        <translation>Introduksjonsstønad er ikke tilgjengelig i denne versjonen</translation>
    </message>
    <message>
        <source>The municipality&apos;s name is not set: fill it in under Settings before printing</source>
        <translation>Kommunens navn er ikke fylt ut: fyll det ut under Innstillinger før du skriver ut</translation>
    </message>
    <message>
        <source>No document labels in language {language}; choose one of: {choices}</source>
        <translation>Dokumentene finnes ikke på språket {language}; velg ett av: {choices}</translation>
    </message>
    <message>
        <source>Cannot write the decision letter: the participant has no {missing}</source>
        <translation>Kan ikke lage vedtaksbrevet: deltakeren mangler {missing}</translation>
    </message>
    <message>
        <source>Cannot write the certificate: the participant has no programme start</source>
        <translation>Kan ikke lage deltakerbeviset: deltakeren har ingen programstart</translation>
    </message>
    <message>
        <source>No benefit was computed for this participant for {month}</source>
        <translation>Det er ikke beregnet stønad for deltakeren for {month}</translation>
    </message>
    <message>
        <source>A deduction statement needs a month (YYYY-MM)</source>
        <translation>En trekkoppstilling trenger en måned (ÅÅÅÅ-MM)</translation>
    </message>
    <message>
        <source>An attendance sheet needs at least one participant</source>
        <translation>En frammøteliste trenger minst én deltaker</translation>
    </message>
    <message>
        <source>Unknown document {name}; choose one of: {choices}</source>
        <translation>Ukjent dokument {name}; velg ett av: {choices}</translation>
    </message>
    <message>
        <source>No participant with id {id}</source>
        <translation>Ingen deltaker med id {id}</translation>
    </message>
    <message>
        <source>An absence needs a number of hours above zero</source>
        <translation>Et fravær trenger et antall timer over null</translation>
    </message>
    <message>
        <source>Hours of absence need an absence code</source>
        <translation>Timer fravær trenger en fraværskode</translation>
    </message>
    <message>
        <source>Give the hours attended, or an absence code and its hours</source>
        <translation>Skriv timene til stede, eller en fraværskode og timene</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an absence code</source>
        <translation>«{text}» er ikke en fraværskode</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours</source>
        <translation>«{text}» er ikke et antall timer</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours between 0 and 24</source>
        <translation>«{text}» er ikke et antall timer mellom 0 og 24</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: write hours, an absence code, or a code and hours</source>
        <translation>«{text}»: skriv timer, en fraværskode, eller en kode og timer</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: nothing is planned that day; give the hours absent</source>
        <translation>«{text}»: ingenting er planlagt den dagen; skriv timene med fravær</translation>
    </message>
    <message>
        <source>No plan version with id {id}</source>
        <translation>Fant ingen planversjon med id {id}</translation>
    </message>
    <message>
        <source>Unknown element code: {codes}</source>
        <translation>Ukjent tiltakskode: {codes}</translation>
    </message>
    <message>
        <source>Say who signs the plan</source>
        <translation>Skriv hvem som signerer planen</translation>
    </message>
    <message>
        <source>A revision needs a reason</source>
        <translation>En revisjon trenger en begrunnelse</translation>
    </message>
    <message>
        <source>Participant {id} has no signed plan to revise</source>
        <translation>Deltaker {id} har ingen signert plan å revidere</translation>
    </message>
    <message>
        <source>A signed plan version cannot be deleted</source>
        <translation>En signert planversjon kan ikke slettes</translation>
    </message>
    <message>
        <source>The plan has no element number {number}</source>
        <translation>Planen har ikke tiltak nummer {number}</translation>
    </message>
    <message>
        <source>An element cannot end before it starts</source>
        <translation>Et tiltak kan ikke slutte før det starter</translation>
    </message>
    <message>
        <source>{month} is already locked</source>
        <translation>{month} er allerede låst</translation>
    </message>
    <message>
        <source>The amount of another benefit cannot be negative</source>
        <translation>Beløpet for en annen ytelse kan ikke være negativt</translation>
    </message>
    <message>
        <source>No programme event with id {id}</source>
        <translation>Fant ingen programhendelse med id {id}</translation>
    </message>
    <message>
        <source>Participant {id} is not enrolled in training</source>
        <translation>Deltaker {id} er ikke registrert i opplæringen</translation>
    </message>
    <message>
        <source>No class &apos;{class_code}&apos;</source>
        <translation>Fant ingen klasse «{class_code}»</translation>
    </message>
    <message>
        <source>Participant {id} is not in a class</source>
        <translation>Deltaker {id} går ikke i noen klasse</translation>
    </message>
    <message>
        <source>Class {class_code} has no lessons in its timetable</source>
        <translation>Klassen {class_code} har ingen timer i timeplanen</translation>
    </message>
    <message>
        <source>No adviser &apos;{adviser}&apos;</source>
        <translation>Fant ingen veileder «{adviser}»</translation>
    </message>
    <message>
        <source>An adviser needs a user name and a full name</source>
        <translation>En veileder trenger et brukernavn og et fullt navn</translation>
    </message>
    <message>
        <source>An adviser with user name &apos;{username}&apos; already exists</source>
        <translation>Det finnes allerede en veileder med brukernavnet «{username}»</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} er ikke en fil</translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself</source>
        <translation>Sikkerhetskopien som skal gjenopprettes, kan ikke være selve databasen</translation>
    </message>
    <message>
        <source>{path} does not exist yet; there is nothing to back up</source>
        <translation>{path} finnes ikke ennå; det er ingenting å ta sikkerhetskopi av</translation>
    </message>
    <message>
        <source>{dato}: the programme ended on {annen}</source>
        <translation>{dato}: programmet ble avsluttet {annen}</translation>
    </message>
    <message>
        <source>{dato}: before the programme start</source>
        <translation>{dato}: før programstart</translation>
    </message>
    <message>
        <source>{dato}: there is already a decision ({annen})</source>
        <translation>{dato}: det finnes allerede et vedtak ({annen})</translation>
    </message>
    <message>
        <source>{dato}: the programme cannot start before a decision</source>
        <translation>{dato}: programmet kan ikke starte før det er fattet vedtak</translation>
    </message>
    <message>
        <source>{dato}: the programme already started {annen}</source>
        <translation>{dato}: programmet startet allerede {annen}</translation>
    </message>
    <message>
        <source>{dato}: there is no decision to end</source>
        <translation>{dato}: det finnes ikke noe vedtak å avslutte</translation>
    </message>
    <message>
        <source>{dato}: before the last event ({annen})</source>
        <translation>{dato}: før siste hendelse ({annen})</translation>
    </message>
    <message>
        <source>{dato}: the programme is stopped from {annen}</source>
        <translation>{dato}: programmet er stanset fra {annen}</translation>
    </message>
    <message>
        <source>{dato}: overlaps leave already recorded</source>
        <translation>{dato}: overlapper permisjon som allerede er registrert</translation>
    </message>
    <message>
        <source>{dato}: already stopped from {annen}</source>
        <translation>{dato}: allerede stanset fra {annen}</translation>
    </message>
    <message>
        <source>{dato}: the participant is on leave that day</source>
        <translation>{dato}: deltakeren har permisjon denne dagen</translation>
    </message>
    <message>
        <source>{dato}: the programme is not stopped</source>
        <translation>{dato}: programmet er ikke stanset</translation>
    </message>
    <message>
        <source>A stop needs a reason</source>
        <translation>En stans må ha en begrunnelse</translation>
    </message>
    <message>
        <source>The leave cannot end before it starts</source>
        <translation>Permisjonen kan ikke slutte før den begynner</translation>
    </message>
    <message>
        <source>Another user is saving; try again in a moment. Nothing was saved.</source>
        <translation>En annen bruker lagrer nå; prøv igjen om et øyeblikk. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>The database server cannot be reached (it stopped or the network is down); nothing was saved. Try again when it is back.</source>
        <translation>Databaseserveren svarer ikke (den har stoppet, eller nettverket er nede); ingenting ble lagret. Prøv igjen når den er tilbake.</translation>
    </message>
    <message>
        <source>A value is outside what the database can store; nothing saved</source>
        <translation>En verdi er utenfor det databasen kan lagre; ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database refused the request ({kind})</source>
        <translation>Databasen avviste forespørselen ({kind})</translation>
    </message>
    <message>
        <source>The database file cannot be written (the file or its folder is read-only); nothing was saved</source>
        <translation>Databasefilen kan ikke skrives til (filen eller mappen er skrivebeskyttet); ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database file is damaged; nothing was saved. Run &apos;introdesk db check&apos; and restore a backup (&apos;introdesk db backups&apos;, &apos;introdesk db restore --from FILE&apos;)</source>
        <translation>Databasefilen er skadet; ingenting ble lagret. Kjør «introdesk db check» og gjenopprett en sikkerhetskopi («introdesk db backups», «introdesk db restore --from FIL»)</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation>Disken er full; ingenting ble lagret</translation>
    </message>
    <message>
        <source>A record with the same {columns} already exists; nothing saved</source>
        <translation>Det finnes allerede en post med samme {columns}; ingenting ble lagret</translation>
    </message>
    <message>
        <source>A record with the same key already exists; nothing saved</source>
        <translation>Det finnes allerede en post med samme nøkkel; ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database refused the change ({detail}); nothing saved</source>
        <translation>Databasen avviste endringen ({detail}); ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database file cannot be opened; nothing was saved</source>
        <translation>Databasefilen kan ikke åpnes; ingenting ble lagret</translation>
    </message>
    <message>
        <source>A text is longer than the database allows; nothing saved</source>
        <translation>En tekst er lengre enn databasen tillater; ingenting ble lagret</translation>
    </message>
    <message>
        <source>A text is longer than the database allows ({limit} characters); nothing saved</source>
        <translation>En tekst er lengre enn databasen tillater ({limit} tegn); ingenting ble lagret</translation>
    </message>
    <message>
        <source>A number or date is outside what the database can store</source>
        <translation>Et tall eller en dato er utenfor det databasen kan lagre</translation>
    </message>
    <message>
        <source>The database refused the change (a rule between records)</source>
        <translation>Databasen avviste endringen (en regel mellom poster)</translation>
    </message>
    <message>
        <source>The database is read-only; nothing was saved</source>
        <translation>Databasen er skrivebeskyttet; ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database server is out of disk or memory; nothing was saved</source>
        <translation>Databaseserveren er tom for disk eller minne; ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database server refused the request (SQLSTATE {state})</source>
        <translation>Databaseserveren avviste forespørselen (SQLSTATE {state})</translation>
    </message>
    <message>
        <source>The database {database} failed its check and is open read-only; nothing was saved. Restore a good backup: &apos;introdesk db backups&apos;, then &apos;introdesk db restore --from FILE&apos;</source>
        <translation>Databasen {database} besto ikke kontrollen og er åpnet skrivebeskyttet; ingenting ble lagret. Gjenopprett en god sikkerhetskopi: «introdesk db backups», deretter «introdesk db restore --from FIL»</translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}</source>
        <translation>Til-datoen {end} er før fra-datoen {start}</translation>
    </message>
    <message>
        <source>{month} cannot be locked: {count} participant(s) have planned days without registration. Register them on the Attendance page, or accept them with “Accept missing registrations…”. Participant id and days:
{days}</source>
        <translation>{month} kan ikke låses: {count} deltaker(e) har planlagte dager uten registrering. Registrer dem på siden Oppmøte, eller godta dem med «Godta manglende registreringer …». Deltaker-id og dager:
{days}</translation>
    </message>
    <message>
        <source>A number is too large for the database; nothing was saved</source>
        <translation>Et tall er for stort for databasen; ingenting ble lagret</translation>
    </message>
    <message>
        <source>Backup retention must keep at least the latest copy</source>
        <translation>Oppbevaringen av sikkerhetskopier må beholde minst den nyeste kopien</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name</source>
        <translation>{path} finnes allerede; velg et annet filnavn</translation>
    </message>
    <message>
        <source>Backup failed: {detail}</source>
        <translation>Sikkerhetskopieringen mislyktes: {detail}</translation>
    </message>
    <message>
        <source>The backup copy failed its check: {problems}</source>
        <translation>Sikkerhetskopien besto ikke kontrollen: {problems}</translation>
    </message>
    <message>
        <source>{path} is empty, not a backup</source>
        <translation>{path} er tom og ikke en sikkerhetskopi</translation>
    </message>
    <message>
        <source>Restore failed, the database was not changed: {detail}</source>
        <translation>Gjenopprettingen mislyktes, databasen er ikke endret: {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} er en mappe, ikke en databasefil</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Kan ikke lese {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is not an IntroDesk database (not a SQLite file)</source>
        <translation>{path} er ikke en IntroDesk-database (ikke en SQLite-fil)</translation>
    </message>
    <message>
        <source>Give a reason for the correction or deletion</source>
        <translation>Skriv en begrunnelse for rettingen eller slettingen</translation>
    </message>
    <message>
        <source>No test result or exemption {ref}</source>
        <translation>Fant ikke prøveresultat eller fritak {ref}</translation>
    </message>
    <message>
        <source>A correction keeps the kind of result ({ref}); delete it and record the right one</source>
        <translation>En retting beholder typen resultat ({ref}); slett det og registrer det riktige</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Endret av en annen</translation>
    </message>
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
    <name>GoalsTab</name>
    <message>
        <source>End goal (override)</source>
        <translation>Sluttmål (overstyrt)</translation>
    </message>
    <message>
        <source>Norwegian goal (override)</source>
        <translation>Norskmål (overstyrt)</translation>
    </message>
    <message>
        <source>listening/reading/writing/oral, e.g. B1/B1/A2/B1</source>
        <translation>lytting/lesing/skriving/muntlig, f.eks. B1/B1/A2/B1</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Begrunnelse for overstyringen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants from %1</source>
        <translation>Importer deltakere fra %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Permit type</source>
        <translation>Tillatelsestype</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The file has %1 problem(s). Nothing will be imported until they are corrected in the file.</source>
        <translation>Filen har %1 feil. Ingenting blir importert før feilene er rettet i filen.</translation>
    </message>
    <message>
        <source>%1 participants are ready to be imported.</source>
        <translation>%1 deltakere er klare til å importeres.</translation>
    </message>
    <message>
        <source>New advisers will be added: %1.</source>
        <translation>Nye veiledere blir lagt til: %1.</translation>
    </message>
    <message>
        <source>Warnings: %1.</source>
        <translation>Advarsler: %1.</translation>
    </message>
    <message>
        <source>Import %1 participants</source>
        <translation>Importer %1 deltakere</translation>
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
    <message>
        <source>Holiday</source>
        <translation>Ferie</translation>
    </message>
    <message>
        <source>Self-certified illness</source>
        <translation>Egenmelding</translation>
    </message>
    <message>
        <source>Illness with doctor&apos;s certificate</source>
        <translation>Sykdom med legeerklæring</translation>
    </message>
    <message>
        <source>Sick child</source>
        <translation>Sykt barn</translation>
    </message>
    <message>
        <source>Pregnancy check-up</source>
        <translation>Svangerskapskontroll</translation>
    </message>
    <message>
        <source>Leave during pregnancy</source>
        <translation>Permisjon under svangerskap</translation>
    </message>
    <message>
        <source>Birth leave (mother)</source>
        <translation>Fødselspermisjon (mor)</translation>
    </message>
    <message>
        <source>Birth leave (father/co-mother)</source>
        <translation>Fødselspermisjon (far/medmor)</translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation>Amming</translation>
    </message>
    <message>
        <source>Care leave</source>
        <translation>Omsorgspermisjon</translation>
    </message>
    <message>
        <source>Welfare leave</source>
        <translation>Velferdspermisjon</translation>
    </message>
    <message>
        <source>Long-term illness (leave)</source>
        <translation>Langvarig sykdom (permisjon)</translation>
    </message>
    <message>
        <source>Unpaid leave</source>
        <translation>Ulønnet permisjon</translation>
    </message>
    <message>
        <source>Invalid absence</source>
        <translation>Ugyldig fravær</translation>
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
        <source>Norwegian test</source>
        <translation>Avsluttende prøve i norsk</translation>
    </message>
    <message>
        <source>Social-studies test</source>
        <translation>Avsluttende prøve i samfunnskunnskap</translation>
    </message>
    <message>
        <source>75 hours</source>
        <translation>75 timer</translation>
    </message>
    <message>
        <source>50 hours</source>
        <translation>50 timer</translation>
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
        <source>Benefit</source>
        <translation>Stønad</translation>
    </message>
    <message>
        <source>This part of IntroDesk is not built yet. It will come in a later version; until then, nothing here is saved or computed.</source>
        <translation>Denne delen av IntroDesk er ikke laget ennå. Den kommer i en senere versjon; til da blir ingenting her lagret eller beregnet.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Åpner databasen…</translation>
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
        <source>&amp;Audit log…</source>
        <translation>&amp;Revisjonslogg…</translation>
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
        <source>&amp;User guide and shortcuts</source>
        <translation>&amp;Brukerveiledning og hurtigtaster</translation>
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
        <source>one PC: roles are not enforced</source>
        <translation>én PC: roller håndheves ikke</translation>
    </message>
    <message>
        <source>shared server, signed in as %1</source>
        <translation>felles server, logget inn som %1</translation>
    </message>
    <message>
        <source>health details and case notes are not shown to your role</source>
        <translation>helseopplysninger og saksnotater vises ikke for din rolle</translation>
    </message>
    <message>
        <source>Database upgraded; the old version was backed up to %1</source>
        <translation>Databasen er oppgradert; den gamle versjonen er sikkerhetskopiert til %1</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>Daglig sikkerhetskopi er laget: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{what} was changed by {actor} at {when} after you opened it. Nothing was saved; your input is kept: check it against that change and save again.</source>
        <translation>Dette ble endret av {actor} {when} etter at du åpnet det. Ingenting ble lagret; det du skrev er beholdt: sjekk det mot endringen og lagre igjen.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else after you opened it. Nothing was saved; your input is kept: check it against that change and save again.</source>
        <translation>Dette ble endret av en annen etter at du åpnet det. Ingenting ble lagret; det du skrev er beholdt: sjekk det mot endringen og lagre igjen.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing was saved; your input is kept: reload the record and apply your changes again.</source>
        <translation>En annen lagret denne posten etter at du åpnet den. Ingenting ble lagret; det du skrev er beholdt: hent posten på nytt og gjør endringene dine igjen.</translation>
    </message>
    <message>
        <source>The database {database} was made by a newer version of IntroDesk (schema {schema}). This version understands up to {head}. Install the newer IntroDesk; the database has not been changed.</source>
        <translation>Databasen {database} er laget av en nyere versjon av IntroDesk (skjema {schema}). Denne versjonen forstår skjemaer til og med {head}. Installer den nyere IntroDesk; databasen er ikke endret.</translation>
    </message>
    <message>
        <source>This participant has no plan yet</source>
        <translation>Deltakeren har ingen plan ennå</translation>
    </message>
    <message>
        <source>Plans are not available in this version: this participant has no plan yet</source>
        <translation>Planer finnes ikke i denne versjonen: deltakeren har ingen plan ennå</translation>
    </message>
    <message>
        <source>The benefit is not available in this version</source>
        <translation>Introduksjonsstønad er ikke tilgjengelig i denne versjonen</translation>
    </message>
    <message>
        <source>The municipality&apos;s name is not set: fill it in under Settings before printing</source>
        <translation>Kommunens navn er ikke fylt ut: fyll det ut under Innstillinger før du skriver ut</translation>
    </message>
    <message>
        <source>No document labels in language {language}; choose one of: {choices}</source>
        <translation>Dokumentene finnes ikke på språket {language}; velg ett av: {choices}</translation>
    </message>
    <message>
        <source>Cannot write the decision letter: the participant has no {missing}</source>
        <translation>Kan ikke lage vedtaksbrevet: deltakeren mangler {missing}</translation>
    </message>
    <message>
        <source>Cannot write the certificate: the participant has no programme start</source>
        <translation>Kan ikke lage deltakerbeviset: deltakeren har ingen programstart</translation>
    </message>
    <message>
        <source>No benefit was computed for this participant for {month}</source>
        <translation>Det er ikke beregnet stønad for deltakeren for {month}</translation>
    </message>
    <message>
        <source>A deduction statement needs a month (YYYY-MM)</source>
        <translation>En trekkoppstilling trenger en måned (ÅÅÅÅ-MM)</translation>
    </message>
    <message>
        <source>An attendance sheet needs at least one participant</source>
        <translation>En frammøteliste trenger minst én deltaker</translation>
    </message>
    <message>
        <source>Unknown document {name}; choose one of: {choices}</source>
        <translation>Ukjent dokument {name}; velg ett av: {choices}</translation>
    </message>
    <message>
        <source>No participant with id {id}</source>
        <translation>Ingen deltaker med id {id}</translation>
    </message>
    <message>
        <source>A number is too large for the database; nothing was saved</source>
        <translation>Et tall er for stort for databasen; ingenting ble lagret</translation>
    </message>
    <message>
        <source>Backup retention must keep at least the latest copy</source>
        <translation>Oppbevaringen av sikkerhetskopier må beholde minst den nyeste kopien</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name</source>
        <translation>{path} finnes allerede; velg et annet filnavn</translation>
    </message>
    <message>
        <source>Backup failed: {detail}</source>
        <translation>Sikkerhetskopieringen mislyktes: {detail}</translation>
    </message>
    <message>
        <source>The backup copy failed its check: {problems}</source>
        <translation>Sikkerhetskopien besto ikke kontrollen: {problems}</translation>
    </message>
    <message>
        <source>{path} is empty, not a backup</source>
        <translation>{path} er tom og ikke en sikkerhetskopi</translation>
    </message>
    <message>
        <source>Restore failed, the database was not changed: {detail}</source>
        <translation>Gjenopprettingen mislyktes, databasen er ikke endret: {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} er en mappe, ikke en databasefil</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Kan ikke lese {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is not an IntroDesk database (not a SQLite file)</source>
        <translation>{path} er ikke en IntroDesk-database (ikke en SQLite-fil)</translation>
    </message>
    <message>
        <source>{month} cannot be locked: {count} participant(s) have planned days without registration (register them, or accept them with &apos;introdesk attendance accept-missing&apos;)
{details}</source>
        <translation>{month} kan ikke låses: {count} deltaker(e) har planlagte dager uten registrering (registrer dem, eller godta dem med «introdesk attendance accept-missing»)
{details}</translation>
    </message>
    <message>
        <source>Another user is saving; try again in a moment. Nothing was saved.</source>
        <translation>En annen bruker lagrer nå; prøv igjen om et øyeblikk. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>The database server cannot be reached (it stopped or the network is down); nothing was saved. Try again when it is back.</source>
        <translation>Databaseserveren svarer ikke (den har stoppet, eller nettverket er nede); ingenting ble lagret. Prøv igjen når den er tilbake.</translation>
    </message>
    <message>
        <source>A value is outside what the database can store; nothing saved</source>
        <translation>En verdi er utenfor det databasen kan lagre; ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database refused the request ({kind})</source>
        <translation>Databasen avviste forespørselen ({kind})</translation>
    </message>
    <message>
        <source>The database file cannot be written (the file or its folder is read-only); nothing was saved</source>
        <translation>Databasefilen kan ikke skrives til (filen eller mappen er skrivebeskyttet); ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database file is damaged; nothing was saved. Run &apos;introdesk db check&apos; and restore a backup (&apos;introdesk db backups&apos;, &apos;introdesk db restore --from FILE&apos;)</source>
        <translation>Databasefilen er skadet; ingenting ble lagret. Kjør «introdesk db check» og gjenopprett en sikkerhetskopi («introdesk db backups», «introdesk db restore --from FIL»)</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation>Disken er full; ingenting ble lagret</translation>
    </message>
    <message>
        <source>A record with the same {columns} already exists; nothing saved</source>
        <translation>Det finnes allerede en post med samme {columns}; ingenting ble lagret</translation>
    </message>
    <message>
        <source>A record with the same key already exists; nothing saved</source>
        <translation>Det finnes allerede en post med samme nøkkel; ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database refused the change ({detail}); nothing saved</source>
        <translation>Databasen avviste endringen ({detail}); ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database file cannot be opened; nothing was saved</source>
        <translation>Databasefilen kan ikke åpnes; ingenting ble lagret</translation>
    </message>
    <message>
        <source>A text is longer than the database allows; nothing saved</source>
        <translation>En tekst er lengre enn databasen tillater; ingenting ble lagret</translation>
    </message>
    <message>
        <source>A text is longer than the database allows ({limit} characters); nothing saved</source>
        <translation>En tekst er lengre enn databasen tillater ({limit} tegn); ingenting ble lagret</translation>
    </message>
    <message>
        <source>A number or date is outside what the database can store</source>
        <translation>Et tall eller en dato er utenfor det databasen kan lagre</translation>
    </message>
    <message>
        <source>The database refused the change (a rule between records)</source>
        <translation>Databasen avviste endringen (en regel mellom poster)</translation>
    </message>
    <message>
        <source>The database is read-only; nothing was saved</source>
        <translation>Databasen er skrivebeskyttet; ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database server is out of disk or memory; nothing was saved</source>
        <translation>Databaseserveren er tom for disk eller minne; ingenting ble lagret</translation>
    </message>
    <message>
        <source>The database server refused the request (SQLSTATE {state})</source>
        <translation>Databaseserveren avviste forespørselen (SQLSTATE {state})</translation>
    </message>
    <message>
        <source>The database {database} failed its check and is open read-only; nothing was saved. Restore a good backup: &apos;introdesk db backups&apos;, then &apos;introdesk db restore --from FILE&apos;</source>
        <translation>Databasen {database} besto ikke kontrollen og er åpnet skrivebeskyttet; ingenting ble lagret. Gjenopprett en god sikkerhetskopi: «introdesk db backups», deretter «introdesk db restore --from FIL»</translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}</source>
        <translation>Til-datoen {end} er før fra-datoen {start}</translation>
    </message>
    <message>
        <source>An absence needs a number of hours above zero</source>
        <translation>Et fravær trenger et antall timer over null</translation>
    </message>
    <message>
        <source>Hours of absence need an absence code</source>
        <translation>Timer fravær trenger en fraværskode</translation>
    </message>
    <message>
        <source>Give the hours attended, or an absence code and its hours</source>
        <translation>Skriv timene til stede, eller en fraværskode og timene</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an absence code</source>
        <translation>«{text}» er ikke en fraværskode</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours</source>
        <translation>«{text}» er ikke et antall timer</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours between 0 and 24</source>
        <translation>«{text}» er ikke et antall timer mellom 0 og 24</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: write hours, an absence code, or a code and hours</source>
        <translation>«{text}»: skriv timer, en fraværskode, eller en kode og timer</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: nothing is planned that day; give the hours absent</source>
        <translation>«{text}»: ingenting er planlagt den dagen; skriv timene med fravær</translation>
    </message>
    <message>
        <source>No plan version with id {id}</source>
        <translation>Fant ingen planversjon med id {id}</translation>
    </message>
    <message>
        <source>Unknown element code: {codes}</source>
        <translation>Ukjent tiltakskode: {codes}</translation>
    </message>
    <message>
        <source>Say who signs the plan</source>
        <translation>Skriv hvem som signerer planen</translation>
    </message>
    <message>
        <source>A revision needs a reason</source>
        <translation>En revisjon trenger en begrunnelse</translation>
    </message>
    <message>
        <source>Participant {id} has no signed plan to revise</source>
        <translation>Deltaker {id} har ingen signert plan å revidere</translation>
    </message>
    <message>
        <source>A signed plan version cannot be deleted</source>
        <translation>En signert planversjon kan ikke slettes</translation>
    </message>
    <message>
        <source>The plan has no element number {number}</source>
        <translation>Planen har ikke tiltak nummer {number}</translation>
    </message>
    <message>
        <source>An element cannot end before it starts</source>
        <translation>Et tiltak kan ikke slutte før det starter</translation>
    </message>
    <message>
        <source>{month} is already locked</source>
        <translation>{month} er allerede låst</translation>
    </message>
    <message>
        <source>The amount of another benefit cannot be negative</source>
        <translation>Beløpet for en annen ytelse kan ikke være negativt</translation>
    </message>
    <message>
        <source>No programme event with id {id}</source>
        <translation>Fant ingen programhendelse med id {id}</translation>
    </message>
    <message>
        <source>Participant {id} is not enrolled in training</source>
        <translation>Deltaker {id} er ikke registrert i opplæringen</translation>
    </message>
    <message>
        <source>No class &apos;{class_code}&apos;</source>
        <translation>Fant ingen klasse «{class_code}»</translation>
    </message>
    <message>
        <source>Participant {id} is not in a class</source>
        <translation>Deltaker {id} går ikke i noen klasse</translation>
    </message>
    <message>
        <source>Class {class_code} has no lessons in its timetable</source>
        <translation>Klassen {class_code} har ingen timer i timeplanen</translation>
    </message>
    <message>
        <source>No adviser &apos;{adviser}&apos;</source>
        <translation>Fant ingen veileder «{adviser}»</translation>
    </message>
    <message>
        <source>An adviser needs a user name and a full name</source>
        <translation>En veileder trenger et brukernavn og et fullt navn</translation>
    </message>
    <message>
        <source>An adviser with user name &apos;{username}&apos; already exists</source>
        <translation>Det finnes allerede en veileder med brukernavnet «{username}»</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} er ikke en fil</translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself</source>
        <translation>Sikkerhetskopien som skal gjenopprettes, kan ikke være selve databasen</translation>
    </message>
    <message>
        <source>{path} does not exist yet; there is nothing to back up</source>
        <translation>{path} finnes ikke ennå; det er ingenting å ta sikkerhetskopi av</translation>
    </message>
    <message>
        <source>{kind} {day}: the programme ended on {other}</source>
        <translation>{kind} {dato}: programmet ble avsluttet {annen}</translation>
    </message>
    <message>
        <source>{kind} {day}: before the programme start</source>
        <translation>{kind} {dato}: før programstart</translation>
    </message>
    <message>
        <source>{kind} {day}: there is already a decision ({other})</source>
        <translation>{kind} {dato}: det finnes allerede et vedtak ({annen})</translation>
    </message>
    <message>
        <source>{kind} {day}: the programme cannot start before a decision</source>
        <translation>{kind} {dato}: programmet kan ikke starte før et vedtak</translation>
    </message>
    <message>
        <source>{kind} {day}: the programme already started {other}</source>
        <translation>{kind} {dato}: programmet startet allerede {annen}</translation>
    </message>
    <message>
        <source>{kind} {day}: there is no decision to end</source>
        <translation>{kind} {dato}: det finnes ikke noe vedtak å avslutte</translation>
    </message>
    <message>
        <source>{kind} {day}: before the last event ({other})</source>
        <translation>{kind} {dato}: før siste hendelse ({annen})</translation>
    </message>
    <message>
        <source>{kind} {day}: the programme is stopped from {other}</source>
        <translation>{kind} {dato}: programmet er stanset fra {annen}</translation>
    </message>
    <message>
        <source>{kind} {day}: overlaps leave already recorded</source>
        <translation>{kind} {dato}: overlapper permisjon som allerede er registrert</translation>
    </message>
    <message>
        <source>{kind} {day}: already stopped from {other}</source>
        <translation>{kind} {dato}: allerede stanset fra {annen}</translation>
    </message>
    <message>
        <source>{kind} {day}: the participant is on leave that day</source>
        <translation>{kind} {dato}: deltakeren har permisjon den dagen</translation>
    </message>
    <message>
        <source>{kind} {day}: the programme is not stopped</source>
        <translation>{kind} {dato}: programmet er ikke stanset</translation>
    </message>
    <message>
        <source>--reason: a stop needs a reason</source>
        <translation>--reason: en stans må ha en begrunnelse</translation>
    </message>
    <message>
        <source>--to: the leave cannot end before it starts</source>
        <translation>--to: permisjonen kan ikke slutte før den begynner</translation>
    </message>
    <message>
        <source>Give a reason for the correction or deletion</source>
        <translation>Skriv en begrunnelse for rettingen eller slettingen</translation>
    </message>
    <message>
        <source>No test result or exemption {ref}</source>
        <translation>Fant ikke prøveresultat eller fritak {ref}</translation>
    </message>
    <message>
        <source>A correction keeps the kind of result ({ref}); delete it and record the right one</source>
        <translation>En retting beholder typen resultat ({ref}); slett det og registrer det riktige</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation>{option}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)</source>
        <translation>«{text}» er ikke en dato (skriv DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD, f.eks. 21.12.2026)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is an impossible date</source>
        <translation>«{text}» er en umulig dato</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (write YYYY-MM, e.g. 2026-10)</source>
        <translation>«{text}» er ikke en måned (skriv ÅÅÅÅ-MM, f.eks. 2026-10)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is outside the years {first}–{last}</source>
        <translation>«{text}» er utenfor årene {first}–{last}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a week (write YYYY-Www, e.g. 2026-W48)</source>
        <translation>«{text}» er ikke en uke (skriv ÅÅÅÅ-Wuu, f.eks. 2026-W48)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: no such week</source>
        <translation>«{text}»: den uken finnes ikke</translation>
    </message>
    <message>
        <source>Unknown absence code: &apos;{code_given}&apos;</source>
        <translation>Ukjent fraværskode: «{code_given}»</translation>
    </message>
    <message>
        <source>{day}: the plan has several elements that day ({elements}); name one with --element</source>
        <translation>{day}: planen har flere elementer den dagen ({elements}); velg ett med --element</translation>
    </message>
    <message>
        <source>{month} is locked (sent to payroll); a change must be registered as a correction (--correction), which books an adjustment in the next open month</source>
        <translation>{month} er låst (sendt til lønn); en endring må registreres som en korreksjon (--correction), som føres som en justering i neste åpne måned</translation>
    </message>
    <message>
        <source>Locked months are read-only: {months}</source>
        <translation>Låste måneder kan ikke endres: {months}</translation>
    </message>
    <message>
        <source>The audit log is for team leaders and administrators; your login holds neither role</source>
        <translation>Endringsloggen er for teamledere og administratorer; påloggingen din har ingen av de rollene</translation>
    </message>
    <message>
        <source>This is a server database. Back it up and restore it with the server&apos;s own tools, for example pg_dump --format=custom and pg_restore</source>
        <translation>Dette er en serverdatabase. Ta sikkerhetskopi av den og gjenopprett den med serverens egne verktøy, for eksempel pg_dump --format=custom og pg_restore</translation>
    </message>
    <message>
        <source>{backup} failed its check and was not restored: {problems}</source>
        <translation>{backup} besto ikke kontrollen og ble ikke gjenopprettet: {problems}</translation>
    </message>
    <message>
        <source>The restored file failed its check: {problems}</source>
        <translation>Den gjenopprettede filen besto ikke kontrollen: {problems}</translation>
    </message>
    <message>
        <source>The restored file failed its check: {problems}. The previous file was kept as {safety}</source>
        <translation>Den gjenopprettede filen besto ikke kontrollen: {problems}. Den forrige filen er beholdt som {safety}</translation>
    </message>
    <message>
        <source>The amount of another benefit must be a number of kroner up to {maximum} a month</source>
        <translation>Beløpet for en annen ytelse må være et antall kroner opptil {maximum} i måneden</translation>
    </message>
    <message>
        <source>Participant {id} has no birth date: the rate cannot be found</source>
        <translation>Deltaker {id} har ingen fødselsdato: satsen kan ikke finnes</translation>
    </message>
    <message>
        <source>No adviser with the login &apos;{login}&apos; (add it with &apos;introdesk admin users add LOGIN --role adviser&apos;)</source>
        <translation>Ingen veileder med påloggingen «{login}» (legg den til med «introdesk admin users add LOGIN --role adviser»)</translation>
    </message>
    <message>
        <source>Give the responsible adviser (--adviser LOGIN), --share-with LOGIN, or both</source>
        <translation>Oppgi ansvarlig veileder (--adviser LOGIN), --share-with LOGIN, eller begge</translation>
    </message>
    <message>
        <source>No participant {id}</source>
        <translation>Ingen deltaker {id}</translation>
    </message>
    <message>
        <source>Only team leaders and administrators move a participant to another adviser&apos;s caseload; you can share your own participants with --share-with</source>
        <translation>Bare teamledere og administratorer flytter en deltaker til en annen veileders saker; du kan dele dine egne deltakere med --share-with</translation>
    </message>
    <message>
        <source>You can share only participants in your own caseload; ask their adviser or a team leader</source>
        <translation>Du kan bare dele deltakere i dine egne saker; spør veilederen deres eller en teamleder</translation>
    </message>
    <message>
        <source>Participant {id} is already in class {class_code}</source>
        <translation>Deltaker {id} er allerede i klasse {class_code}</translation>
    </message>
    <message>
        <source>This is a server database. Back it up with the server&apos;s own tools, for example: pg_dump --format=custom --file=introdesk.dump &lt;database&gt;</source>
        <translation>Dette er en serverdatabase. Ta sikkerhetskopi med serverens egne verktøy, for eksempel: pg_dump --format=custom --file=introdesk.dump &lt;database&gt;</translation>
    </message>
    <message>
        <source>The backup file must not be the database itself</source>
        <translation>Sikkerhetskopien kan ikke være selve databasen</translation>
    </message>
    <message>
        <source>Copy from a SQLite file: give it with --database FILE</source>
        <translation>Kopier fra en SQLite-fil: oppgi den med --database FIL</translation>
    </message>
    <message>
        <source>The database {database} failed its check and was not changed: {problems}. Restore a good backup with &apos;introdesk db restore --from FILE&apos;</source>
        <translation>Databasen {database} besto ikke kontrollen og ble ikke endret: {problems}. Gjenopprett en god sikkerhetskopi med «introdesk db restore --from FIL»</translation>
    </message>
    <message>
        <source>No participant &apos;{text}&apos; (give the id or the national id)</source>
        <translation>Ingen deltaker «{text}» (oppgi id eller fødselsnummer)</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: filen finnes ikke</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kan ikke leses ({reason})</translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text</source>
        <translation>{path}: er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <source>{path}: not valid JSON: {detail}</source>
        <translation>{path}: ikke gyldig JSON: {detail}</translation>
    </message>
    <message>
        <source>not valid JSON: {detail}</source>
        <translation>ikke gyldig JSON: {detail}</translation>
    </message>
    <message>
        <source>Participant {id} has no plan</source>
        <translation>Deltaker {id} har ingen plan</translation>
    </message>
    <message>
        <source>Participant {id} has no plan version {version}</source>
        <translation>Deltaker {id} har ingen planversjon {version}</translation>
    </message>
    <message>
        <source>Plan version {version} is signed and cannot be changed; revise it to make a new version</source>
        <translation>Planversjon {version} er signert og kan ikke endres; revider den for å lage en ny versjon</translation>
    </message>
    <message>
        <source>Participant {id} has no draft plan to sign</source>
        <translation>Deltaker {id} har ikke noe planutkast å signere</translation>
    </message>
    <message>
        <source>Participant {id} has no draft plan to sign (version {version} is already signed)</source>
        <translation>Deltaker {id} har ikke noe planutkast å signere (versjon {version} er allerede signert)</translation>
    </message>
    <message>
        <source>Version {version} is already a draft revision; edit that one</source>
        <translation>Versjon {version} er allerede et utkast til revisjon; rediger det</translation>
    </message>
    <message>
        <source>Plan version {version} has {count} error(s) and cannot be signed: {rules}</source>
        <translation>Planversjon {version} har {count} feil og kan ikke signeres: {rules}</translation>
    </message>
    <message>
        <source>--reason: unknown exit reason &apos;{reason}&apos; (use {codes})</source>
        <translation>--reason: ukjent avslutningsårsak «{reason}» (bruk {codes})</translation>
    </message>
    <message>
        <source>programme event {id}: a {kind} cannot become a {new_kind}</source>
        <translation>programhendelse {id}: en {kind} kan ikke bli en {new_kind}</translation>
    </message>
    <message>
        <source>--year: &apos;{text}&apos; is not a year (use YYYY)</source>
        <translation>--year: «{text}» er ikke et år (bruk ÅÅÅÅ)</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to er før --from</translation>
    </message>
    <message>
        <source>--from and --to must be given together</source>
        <translation>--from og --to må oppgis sammen</translation>
    </message>
    <message>
        <source>give only one of --month, --year or --from/--to</source>
        <translation>oppgi bare én av --month, --year eller --from/--to</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; needs {accepted}</source>
        <translation>rapporten «{name}» trenger {godtatt}</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; takes no period</source>
        <translation>rapporten «{name}» tar ingen periode</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; takes {accepted}, not {given}</source>
        <translation>rapporten «{name}» tar {godtatt}, ikke {given}</translation>
    </message>
    <message>
        <source>unknown report &apos;{name}&apos; (one of: {names})</source>
        <translation>ukjent rapport «{name}» (en av: {names})</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; is not available yet: needs {needs}</source>
        <translation>rapporten «{name}» er ikke tilgjengelig ennå: trenger {needs}</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; needs a period</source>
        <translation>rapporten «{name}» trenger en periode</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; does not take a {kind} period</source>
        <translation>rapporten «{name}» tar ikke en periode av typen {kind}</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;: use one of {roles}</source>
        <translation>Ukjent rolle «{role}»: bruk en av {roles}</translation>
    </message>
    <message>
        <source>&apos;{login}&apos; is not a usable login name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos;, &apos;-&apos;)</source>
        <translation>«{login}» kan ikke brukes som påloggingsnavn (bokstaver, sifre, &apos;.&apos;, &apos;_&apos;, &apos;@&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>Roles and logins are used on a PostgreSQL server only; this database is a SQLite file on one PC, where every user of the PC may do everything</source>
        <translation>Roller og pålogginger brukes bare på en PostgreSQL-server; denne databasen er en SQLite-fil på én PC, der alle som bruker PC-en kan gjøre alt</translation>
    </message>
    <message>
        <source>{login} does not hold the role {role}</source>
        <translation>{login} har ikke rollen {role}</translation>
    </message>
    <message>
        <source>The server refused this for your login ({reason}). Nothing was changed; run it as a database superuser or an IntroDesk administrator.</source>
        <translation>Serveren avviste dette for påloggingen din ({reason}). Ingenting ble endret; kjør det som databasens superbruker eller som IntroDesk-administrator.</translation>
    </message>
    <message>
        <source>The server refused this: {reason}. Nothing was changed.</source>
        <translation>Serveren avviste dette: {reason}. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{name}&apos; (known: {known})</source>
        <translation>Ukjent innstilling «{name}» (kjente: {known})</translation>
    </message>
    <message>
        <source>Unknown setting: {names}</source>
        <translation>Ukjent innstilling: {names}</translation>
    </message>
    <message>
        <source>Participant {id} is already enrolled in training</source>
        <translation>Deltaker {id} er allerede innskrevet i opplæring</translation>
    </message>
    <message>
        <source>Backup retention must be four whole numbers: latest, daily, weekly, monthly (for example 10,14,8,12)</source>
        <translation>Oppbevaring av sikkerhetskopier må være fire hele tall: siste, daglige, ukentlige, månedlige (for eksempel 10,14,8,12)</translation>
    </message>
    <message>
        <source>Cannot use the backup folder {folder}: {reason}</source>
        <translation>Kan ikke bruke mappen for sikkerhetskopier {folder}: {reason}</translation>
    </message>
    <message>
        <source>Another user or program is using the database; close it there and try again</source>
        <translation>En annen bruker eller et annet program bruker databasen; lukk den der og prøv igjen</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} finnes ikke</translation>
    </message>
    <message>
        <source>{target} is not empty ({tables}…): copy only into a new, empty database. Nothing was changed.</source>
        <translation>{target} er ikke tom ({tables}…): kopier bare til en ny, tom database. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The copy goes to a PostgreSQL server: give a postgresql:// URL</source>
        <translation>Kopien skal til en PostgreSQL-server: oppgi en postgresql://-adresse</translation>
    </message>
    <message>
        <source>{path} is at schema {current}, this program at {head}: upgrade it first with &apos;introdesk db upgrade&apos; (it keeps a backup), then copy</source>
        <translation>{path} har skjema {current}, dette programmet {head}: oppgrader den først med «introdesk db upgrade» (den tar en sikkerhetskopi), og kopier så</translation>
    </message>
    <message>
        <source>The copy of {table} does not match the original ({copied} rows against {expected}); nothing was copied</source>
        <translation>Kopien av {table} stemmer ikke med originalen ({copied} rader mot {expected}); ingenting ble kopiert</translation>
    </message>
    <message>
        <source>No database given</source>
        <translation>Ingen database oppgitt</translation>
    </message>
    <message>
        <source>Not a database address: {detail}</source>
        <translation>Ikke en databaseadresse: {detail}</translation>
    </message>
    <message>
        <source>IntroDesk works with SQLite files and PostgreSQL servers, not &apos;{backend}&apos; databases</source>
        <translation>IntroDesk virker med SQLite-filer og PostgreSQL-servere, ikke «{backend}»-databaser</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {reason}</source>
        <translation>Kan ikke åpne databasen {database}: {reason}</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {kind}</source>
        <translation>Kan ikke bruke databasen {database}: {kind}</translation>
    </message>
    <message>
        <source>The program has no database migrations</source>
        <translation>Programmet har ingen databasemigreringer</translation>
    </message>
    <message>
        <source>{database} is not an IntroDesk database</source>
        <translation>{database} er ikke en IntroDesk-database</translation>
    </message>
    <message>
        <source>{database} has tables but is not an IntroDesk database</source>
        <translation>{database} har tabeller, men er ikke en IntroDesk-database</translation>
    </message>
    <message>
        <source>The database {database} needs an upgrade by an administrator (schema {current}, this version of IntroDesk needs {head}). Nothing was changed.</source>
        <translation>Databasen {database} må oppgraderes av en administrator (skjema {current}, denne versjonen av IntroDesk trenger {head}). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The database {database} needs an upgrade by an administrator (schema {current}, this version of IntroDesk uses {head}).</source>
        <translation>Databasen {database} må oppgraderes av en administrator (skjema {current}, denne versjonen av IntroDesk bruker {head}).</translation>
    </message>
    <message>
        <source>{reason} It is open read-only until then; nothing was saved.</source>
        <translation>{reason} Den er åpnet skrivebeskyttet til da; ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Your database login is not allowed to do this (its roles on the server do not include it). Nothing was changed.</source>
        <translation>Databasepåloggingen din har ikke lov til dette (rollene den har på serveren omfatter det ikke). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>må fylles ut</translation>
    </message>
    <message>
        <source>is required (or national_id)</source>
        <translation>må fylles ut (eller national_id)</translation>
    </message>
    <message>
        <source>required column is missing (or national_id)</source>
        <translation>påkrevd kolonne mangler (eller national_id)</translation>
    </message>
    <message>
        <source>no participant with id &apos;{text}&apos;</source>
        <translation>ingen deltaker med id «{text}»</translation>
    </message>
    <message>
        <source>no participant with this national id</source>
        <translation>ingen deltaker med dette fødselsnummeret</translation>
    </message>
    <message>
        <source>belongs to another participant than participant_id</source>
        <translation>tilhører en annen deltaker enn participant_id</translation>
    </message>
    <message>
        <source>{month} is locked (sent to payroll)</source>
        <translation>{month} er låst (sendt til lønn)</translation>
    </message>
    <message>
        <source>is not a number of hours between 0 and 24</source>
        <translation>er ikke et antall timer mellom 0 og 24</translation>
    </message>
    <message>
        <source>is required (above 0) with an absence code</source>
        <translation>må fylles ut (over 0) når det er en fraværskode</translation>
    </message>
    <message>
        <source>is required when absence hours are given</source>
        <translation>må fylles ut når fraværstimer er oppgitt</translation>
    </message>
    <message>
        <source>give attended hours, an absence, or both</source>
        <translation>oppgi timer til stede, et fravær eller begge</translation>
    </message>
    <message>
        <source>the plan has several elements that day ({elements})</source>
        <translation>planen har flere elementer den dagen ({elements})</translation>
    </message>
    <message>
        <source>the same day and element as row {row}</source>
        <translation>samme dag og element som rad {row}</translation>
    </message>
    <message>
        <source>must have 11 digits</source>
        <translation>må ha 11 sifre</translation>
    </message>
    <message>
        <source>may contain digits only</source>
        <translation>kan bare inneholde sifre</translation>
    </message>
    <message>
        <source>check digits do not match (typing error?)</source>
        <translation>kontrollsifrene stemmer ikke (skrivefeil?)</translation>
    </message>
    <message>
        <source>the birth date in the number is impossible</source>
        <translation>fødselsdatoen i nummeret er umulig</translation>
    </message>
    <message>
        <source>the birth date in the number lies in the future</source>
        <translation>fødselsdatoen i nummeret ligger fram i tid</translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation>er ikke gyldig</translation>
    </message>
    <message>
        <source>does not match the birth date in the national id</source>
        <translation>stemmer ikke med fødselsdatoen i fødselsnummeret</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>ligger fram i tid</translation>
    </message>
    <message>
        <source>is before the birth date</source>
        <translation>er før fødselsdatoen</translation>
    </message>
    <message>
        <source>{option} must be a whole number from {low} to {high}</source>
        <translation>{option} må være et heltall fra {low} til {high}</translation>
    </message>
    <message>
        <source>must be a number of children from 0 to 30</source>
        <translation>må være et antall barn fra 0 til 30</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>er ikke en e-postadresse</translation>
    </message>
    <message>
        <source>is not an end-goal group code</source>
        <translation>er ikke en kode for sluttmålgruppe</translation>
    </message>
    <message>
        <source>give a reason for the chosen goal (integreringsloven §§ 13–14)</source>
        <translation>oppgi en begrunnelse for det valgte målet (integreringsloven §§ 13–14)</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>er lengre enn {limit} tegn</translation>
    </message>
    <message>
        <source>duplicate number (also on row {row})</source>
        <translation>nummeret står to ganger (også på rad {row})</translation>
    </message>
    <message>
        <source>is required when there is no national id</source>
        <translation>må fylles ut når det ikke er noe fødselsnummer</translation>
    </message>
    <message>
        <source>already in the database</source>
        <translation>finnes allerede i databasen</translation>
    </message>
    <message>
        <source>already belongs to another participant</source>
        <translation>tilhører allerede en annen deltaker</translation>
    </message>
    <message>
        <source>cannot be changed here</source>
        <translation>kan ikke endres her</translation>
    </message>
    <message>
        <source>is not another participant</source>
        <translation>er ikke en annen deltaker</translation>
    </message>
    <message>
        <source>unknown permit type (use refugee, resettlement, humanitarian, collective_protection, family_immigration, independent or other): &apos;{text}&apos;</source>
        <translation>ukjent type tillatelse (bruk refugee, resettlement, humanitarian, collective_protection, family_immigration, independent eller other): «{text}»</translation>
    </message>
    <message>
        <source>unknown regime (use integration_act, introduction_act or chapter_6a): &apos;{text}&apos;</source>
        <translation>ukjent regelverk (bruk integration_act, introduction_act eller chapter_6a): «{text}»</translation>
    </message>
    <message>
        <source>unknown education level (use none, primary_partial, primary, upper_secondary or higher): &apos;{text}&apos;</source>
        <translation>ukjent utdanningsnivå (bruk none, primary_partial, primary, upper_secondary eller higher): «{text}»</translation>
    </message>
    <message>
        <source>unknown sex (use F, M or K): &apos;{text}&apos;</source>
        <translation>ukjent kjønn (bruk F, M eller K): «{text}»</translation>
    </message>
    <message>
        <source>unknown status (use referred, mapped, decided, in_programme, on_leave, stopped, completed or interrupted): &apos;{text}&apos;</source>
        <translation>ukjent status (bruk referred, mapped, decided, in_programme, on_leave, stopped, completed eller interrupted): «{text}»</translation>
    </message>
    <message>
        <source>unknown programme (use introduction, training or both): &apos;{text}&apos;</source>
        <translation>ukjent program (bruk introduction, training eller both): «{text}»</translation>
    </message>
    <message>
        <source>give participant_id or national_id</source>
        <translation>oppgi participant_id eller national_id</translation>
    </message>
    <message>
        <source>applies to writing and oral only</source>
        <translation>gjelder bare skriftlig og muntlig</translation>
    </message>
    <message>
        <source>give score or passed</source>
        <translation>oppgi poengsum eller bestått</translation>
    </message>
    <message>
        <source>the {version} test has {tasks} scored tasks, not {given}</source>
        <translation>{version}-prøven har {tasks} poenggivende oppgaver, ikke {given}</translation>
    </message>
    <message>
        <source>give passed yes/no for this date</source>
        <translation>oppgi bestått ja/nei for denne datoen</translation>
    </message>
    <message>
        <source>the legal basis is required</source>
        <translation>hjemmelen må fylles ut</translation>
    </message>
    <message>
        <source>no participant with id {id}</source>
        <translation>ingen deltaker med id {id}</translation>
    </message>
    <message>
        <source>The database {path} does not exist. Check the name, or create it with &apos;introdesk --database FILE db upgrade&apos;</source>
        <translation>Databasen {path} finnes ikke. Sjekk navnet, eller opprett den med «introdesk --database FIL db upgrade»</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>{name}: the file is larger than {megabytes} MB</source>
        <translation>{name}: filen er større enn {megabytes} MB</translation>
    </message>
    <message>
        <source>{name}: the workbook unpacks to {megabytes} MB; refused as unsafe</source>
        <translation>{name}: arbeidsboken pakkes ut til {megabytes} MB; avvist som usikker</translation>
    </message>
    <message>
        <source>{name}: the workbook declares XML entities; refused as unsafe</source>
        <translation>{name}: arbeidsboken deklarerer XML-entiteter; avvist som usikker</translation>
    </message>
    <message>
        <source>{name}: cannot be read as an .xlsx workbook</source>
        <translation>{name}: kan ikke leses som en .xlsx-arbeidsbok</translation>
    </message>
    <message>
        <source>{source}: nested deeper than {levels} levels; refused</source>
        <translation>{source}: nøstet dypere enn {levels} nivåer; avvist</translation>
    </message>
    <message>
        <source>{source}: nested too deeply; refused</source>
        <translation>{source}: nøstet for dypt; avvist</translation>
    </message>
    <message>
        <source>{name}: no sheet named &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>{name}: ingen ark med navnet «{sheet}» (ark: {sheets})</translation>
    </message>
    <message>
        <source>{name}:{line}: a cell is longer than {kib} KiB</source>
        <translation>{name}:{line}: en celle er lengre enn {kib} KiB</translation>
    </message>
    <message>
        <source>{name}:{line}: not a readable CSV file ({detail})</source>
        <translation>{name}:{line}: ikke en lesbar CSV-fil ({detail})</translation>
    </message>
    <message>
        <source>{name}: --sheet applies to .xlsx files only</source>
        <translation>{name}: --sheet gjelder bare .xlsx-filer</translation>
    </message>
    <message>
        <source>{name}: use an .xlsx or .csv file</source>
        <translation>{name}: bruk en .xlsx- eller .csv-fil</translation>
    </message>
    <message>
        <source>{source}: the file is empty</source>
        <translation>{source}: filen er tom</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name ending in .xlsx</source>
        <translation>{path}: er en mappe; oppgi et filnavn som slutter på .xlsx</translation>
    </message>
    <message>
        <source>{path}: cannot write there ({reason})</source>
        <translation>{path}: kan ikke skrive dit ({reason})</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>is required (a date such as 2026-01-05)</source>
        <translation>må fylles ut (en dato som 2026-01-05)</translation>
    </message>
    <message>
        <source>{value} is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)</source>
        <translation>{value} er ikke en dato (skriv DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD, f.eks. 21.12.2026)</translation>
    </message>
    <message>
        <source>must be a number of hours</source>
        <translation>må være et antall timer</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} er ikke et tall</translation>
    </message>
    <message>
        <source>must be between 0 and 24</source>
        <translation>må være mellom 0 og 24</translation>
    </message>
    <message>
        <source>lies before {field}</source>
        <translation>ligger før {field}</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>er ikke et kjent felt</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>må inneholde ett JSON-objekt</translation>
    </message>
    <message>
        <source>is required (the participant&apos;s id or national id)</source>
        <translation>må fylles ut (deltakerens id eller fødselsnummer)</translation>
    </message>
    <message>
        <source>must be an object {shape}</source>
        <translation>må være et objekt {shape}</translation>
    </message>
    <message>
        <source>must be a list of {shape}</source>
        <translation>må være en liste med {shape}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>må være en av {choices}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>må være tekst</translation>
    </message>
    <message>
        <source>must be an object with a level per sub-skill</source>
        <translation>må være et objekt med et nivå per delferdighet</translation>
    </message>
    <message>
        <source>is required (a list of elements)</source>
        <translation>må fylles ut (en liste med elementer)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>må være et objekt</translation>
    </message>
    <message>
        <source>{value} is not an element code in the catalogue</source>
        <translation>{value} er ikke en elementkode i katalogen</translation>
    </message>
    <message>
        <source>is required, e.g. {example}</source>
        <translation>må fylles ut, f.eks. {example}</translation>
    </message>
    <message>
        <source>is read from the programme events: record the event</source>
        <translation>leses fra programhendelsene: registrer hendelsen</translation>
    </message>
    <message>
        <source>follows the programme events (decision, start, leave, stop, end): record the event instead</source>
        <translation>følger programhendelsene (vedtak, start, permisjon, stans, avslutning): registrer hendelsen i stedet</translation>
    </message>
    <message>
        <source>the leave cannot end before it begins</source>
        <translation>permisjonen kan ikke slutte før den begynner</translation>
    </message>
    <message>
        <source>must be completed or stopped</source>
        <translation>må være fullført eller stanset</translation>
    </message>
    <message>
        <source>lies before the start of the training</source>
        <translation>ligger før opplæringen startet</translation>
    </message>
    <message>
        <source>must be Monday to Friday</source>
        <translation>må være mandag til fredag</translation>
    </message>
    <message>
        <source>must be 1 to 600</source>
        <translation>må være 1 til 600</translation>
    </message>
    <message>
        <source>class {class_code} already exists</source>
        <translation>klassen {class_code} finnes allerede</translation>
    </message>
    <message>
        <source>lies before the person joined the class</source>
        <translation>ligger før personen begynte i klassen</translation>
    </message>
    <message>
        <source>the person joined their present class on {day}; a move must be dated after that</source>
        <translation>personen begynte i sin nåværende klasse {day}; et bytte må dateres etter det</translation>
    </message>
    <message>
        <source>{where} is not in the week</source>
        <translation>{where} er ikke i uken</translation>
    </message>
    <message>
        <source>{where} is given twice</source>
        <translation>{where} er oppgitt to ganger</translation>
    </message>
    <message>
        <source>{where}: must be 1 to 600</source>
        <translation>{where}: må være 1 til 600</translation>
    </message>
    <message>
        <source>{where}: participant {id} is not in the class that day</source>
        <translation>{where}: deltaker {id} er ikke i klassen den dagen</translation>
    </message>
    <message>
        <source>{where}: minutes present must be 0 to {minutes}</source>
        <translation>{where}: minutter til stede må være 0 til {minutes}</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>er ikke et endelig tall</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>er for stort</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>er ikke et tall</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; er ikke et heltall</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number from 0</source>
        <translation>&apos;{text}&apos; er ikke et heltall fra 0</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>kan ikke være negativt</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no (write ja/nei, yes/no, true/false or 1/0)</source>
        <translation>&apos;{text}&apos; er ikke ja eller nei (skriv ja/nei, yes/no, true/false eller 1/0)</translation>
    </message>
    <message>
        <source>is empty (write yes or no)</source>
        <translation>er tomt (skriv ja eller nei)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a level (under A1, A1, A2, B1, B2, C1)</source>
        <translation>&apos;{text}&apos; er ikke et nivå (under A1, A1, A2, B1, B2, C1)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a CEFR level (A1, A2, B1, B2, C1)</source>
        <translation>&apos;{text}&apos; er ikke et CEFR-nivå (A1, A2, B1, B2, C1)</translation>
    </message>
    <message>
        <source>give four levels: listening/reading/writing/oral, e.g. B1/B1/A2/B1</source>
        <translation>oppgi fire nivåer: lytting/lesing/skriving/muntlig, f.eks. B1/B1/A2/B1</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a sub-skill (listening, reading, writing, oral)</source>
        <translation>&apos;{text}&apos; er ikke en delferdighet (listening, reading, writing, oral, eller lytting, lesing, skriving, muntlig)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a test ({choices})</source>
        <translation>&apos;{text}&apos; er ikke en prøve ({choices})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a registration level (A1-A2, A2-B1, B1-B2)</source>
        <translation>&apos;{text}&apos; er ikke et påmeldingsnivå (A1-A2, A2-B1, B1-B2)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an exemption kind ({choices})</source>
        <translation>&apos;{text}&apos; er ikke en type fritak ({choices})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a version (75h or 50h)</source>
        <translation>&apos;{text}&apos; er ikke en versjon (75h eller 50h)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a language code (for example nb, ar, ti, uk)</source>
        <translation>&apos;{text}&apos; er ikke en språkkode (for eksempel nb, ar, ti, uk)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a result reference (as &apos;tests history&apos; shows it, for example norskproven:12 or exemption:3)</source>
        <translation>&apos;{text}&apos; er ikke en resultatreferanse (slik &apos;tests history&apos; viser den, for eksempel norskproven:12 eller exemption:3)</translation>
    </message>
    <message>
        <source>is required for this test</source>
        <translation>må oppgis for denne prøven</translation>
    </message>
    <message>
        <source>give --score or --passed</source>
        <translation>oppgi --score eller --passed</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>vedtaksdato</translation>
    </message>
    <message>
        <source>programme start</source>
        <translation>programstart</translation>
    </message>
    <message>
        <source>decision date or programme start</source>
        <translation>vedtaksdato eller programstart</translation>
    </message>
    <message>
        <source>must be four digits (e.g. 0301)</source>
        <translation>må være fire sifre (f.eks. 0301)</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>må være et heltall fra {low} til {high}</translation>
    </message>
    <message>
        <source>must be nb, nn or en</source>
        <translation>må være nb, nn eller en</translation>
    </message>
    <message>
        <source>must be nb (bokmål) or nn (nynorsk)</source>
        <translation>må være nb (bokmål) eller nn (nynorsk)</translation>
    </message>
    <message>
        <source>must be monthly or biweekly</source>
        <translation>må være monthly (månedlig) eller biweekly (hver andre uke)</translation>
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
    <name>ParticipantEditor</name>
    <message>
        <source>A national ID number has 11 digits.</source>
        <translation>Et fødselsnummer har 11 sifre.</translation>
    </message>
    <message>
        <source>Digits only, please.</source>
        <translation>Bare sifre.</translation>
    </message>
    <message>
        <source>The check digits do not match: check the number for typing errors.</source>
        <translation>Kontrollsifrene stemmer ikke: sjekk nummeret for skrivefeil.</translation>
    </message>
    <message>
        <source>The birth date in the number is impossible or in the future.</source>
        <translation>Fødselsdatoen i nummeret er umulig eller fram i tid.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Må fylles ut.</translation>
    </message>
    <message>
        <source>Lies in the future.</source>
        <translation>Ligger fram i tid.</translation>
    </message>
    <message>
        <source>Is before the birth date.</source>
        <translation>Er før fødselsdatoen.</translation>
    </message>
    <message>
        <source>Does not match the birth date in the national ID.</source>
        <translation>Stemmer ikke med fødselsdatoen i fødselsnummeret.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>Give a reason for the chosen goal.</source>
        <translation>Skriv en begrunnelse for det valgte målet.</translation>
    </message>
    <message>
        <source>Already belongs to another participant.</source>
        <translation>Tilhører allerede en annen deltaker.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Rediger deltaker</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetanse</translation>
    </message>
    <message>
        <source>Goals and rules</source>
        <translation>Mål og regler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fagfelt</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Level (A1–C1 or mother tongue)</source>
        <translation>Nivå (A1–C1 eller morsmål)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Fag</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Arbeidserfaring</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Foreign qualifications and recognition (HK-dir, realkompetanse)</source>
        <translation>Utenlandske kvalifikasjoner og godkjenning (HK-dir, realkompetanse)</translation>
    </message>
    <message>
        <source>Not a date: write dd.mm.yyyy.</source>
        <translation>Ikke en dato: skriv dd.mm.åååå.</translation>
    </message>
    <message>
        <source>row %1: years must be a number</source>
        <translation>rad %1: år må være et tall</translation>
    </message>
    <message>
        <source>row %1: not a date (dd.mm.yyyy)</source>
        <translation>rad %1: ikke en dato (dd.mm.åååå)</translation>
    </message>
    <message>
        <source>Foreign qualifications</source>
        <translation>Utenlandske kvalifikasjoner</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to save (%1).</source>
        <translation>Rett feltene merket med rødt for å lagre (%1).</translation>
    </message>
    <message>
        <source>Right and duty</source>
        <translation>Rett og plikt</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>utført %1</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dager over fristen</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 dager igjen</translation>
    </message>
    <message>
        <source>not relevant in this phase</source>
        <translation>ikke aktuell i denne fasen</translation>
    </message>
    <message>
        <source>unknown (no education level)</source>
        <translation>ukjent (utdanningsnivå mangler)</translation>
    </message>
    <message>
        <source>Recommended end goal</source>
        <translation>Anbefalt sluttmål</translation>
    </message>
    <message>
        <source>Recommended Norwegian goal</source>
        <translation>Anbefalt norskmål</translation>
    </message>
    <message>
        <source>listening/reading/writing/oral</source>
        <translation>lytting/lesing/skriving/muntlig</translation>
    </message>
</context>
<context>
    <name>ParticipantLabels</name>
    <message>
        <source>Unknown (missing facts)</source>
        <translation>Ukjent (mangler opplysninger)</translation>
    </message>
    <message>
        <source>Right and duty</source>
        <translation>Rett og plikt</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Bare rett</translation>
    </message>
    <message>
        <source>May be offered</source>
        <translation>Kan tilbys</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ikke omfattet</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Flyktning</translation>
    </message>
    <message>
        <source>Resettlement refugee</source>
        <translation>Overføringsflyktning</translation>
    </message>
    <message>
        <source>Humanitarian grounds</source>
        <translation>Humanitært grunnlag</translation>
    </message>
    <message>
        <source>Collective protection</source>
        <translation>Kollektiv beskyttelse</translation>
    </message>
    <message>
        <source>Family immigration</source>
        <translation>Familieinnvandring</translation>
    </message>
    <message>
        <source>Independent permit</source>
        <translation>Selvstendig tillatelse</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <source>Family of a labour immigrant</source>
        <translation>Familie til arbeidsinnvandrer</translation>
    </message>
    <message>
        <source>EEA or Nordic</source>
        <translation>EØS eller nordisk</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Integration Act (2021)</source>
        <translation>Integreringsloven (2021)</translation>
    </message>
    <message>
        <source>Introduction Act (before 2021)</source>
        <translation>Introduksjonsloven (før 2021)</translation>
    </message>
    <message>
        <source>Chapter 6A</source>
        <translation>Kapittel 6A</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>Ingen skolegang</translation>
    </message>
    <message>
        <source>Some primary school</source>
        <translation>Deler av grunnskole</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Grunnskole</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Videregående</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Høyere utdanning</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinne</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mann</translation>
    </message>
    <message>
        <source>Qualify for higher education or work</source>
        <translation>Kvalifisering for høyere utdanning eller arbeid</translation>
    </message>
    <message>
        <source>Complete upper secondary</source>
        <translation>Fullført videregående opplæring</translation>
    </message>
    <message>
        <source>Work or primary school</source>
        <translation>Arbeid eller grunnskole</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation>Programstart</translation>
    </message>
    <message>
        <source>2-year window</source>
        <translation>Toårsgrensen</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Ikke søkt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>HK-dir vocational approval</source>
        <translation>HK-dir-godkjenning av fagopplæring</translation>
    </message>
    <message>
        <source>Prior learning (realkompetanse)</source>
        <translation>Realkompetansevurdering</translation>
    </message>
</context>
<context>
    <name>ParticipantSharing</name>
    <message>
        <source>&amp;Share with adviser…</source>
        <translation>&amp;Del med veileder…</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Del…</translation>
    </message>
    <message>
        <source>Let another adviser see the selected participant</source>
        <translation>La en annen veileder se den valgte deltakeren</translation>
    </message>
    <message>
        <source>Share with adviser</source>
        <translation>Del med veileder</translation>
    </message>
    <message>
        <source>Select a participant in the list first.</source>
        <translation>Velg en deltaker i listen først.</translation>
    </message>
    <message>
        <source>Let this adviser see %1 too:</source>
        <translation>La denne veilederen også se %1:</translation>
    </message>
    <message>
        <source>%1 is now shared with %2.</source>
        <translation>%1 er nå delt med %2.</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dager over fristen</translation>
    </message>
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
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Bosatt</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <source>End goal</source>
        <translation>Sluttmål</translation>
    </message>
    <message>
        <source>Norwegian goal</source>
        <translation>Norskmål</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Adviser</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Search by name, number or adviser (Ctrl+F)</source>
        <translation>Søk på navn, nummer eller veileder (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation>Alle frister</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Frist innen 14 dager</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverte</translation>
    </message>
    <message>
        <source>No participants yet. Add one with “New…”, or import a list from Excel or CSV with “Import…”.</source>
        <translation>Ingen deltakere ennå. Legg til med «Ny…», eller importer en liste fra Excel eller CSV med «Importer…».</translation>
    </message>
    <message>
        <source>Right-click to choose the columns shown</source>
        <translation>Høyreklikk for å velge kolonner</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Arkiver…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Programme e&amp;vents…</source>
        <translation>Programhen&amp;delser…</translation>
    </message>
    <message>
        <source>Decision, start, leave, stop, resumption and end of the selected participant&apos;s programme</source>
        <translation>Vedtak, oppstart, permisjon, stans, gjenopptakelse og avslutning av programmet for valgt deltaker</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Alle veiledere</translation>
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
    <message>
        <source>Archive participant</source>
        <translation>Arkiver deltaker</translation>
    </message>
    <message>
        <source>Archive %1? The participant disappears from the list but nothing is deleted; archived participants are shown with “Show archived”.</source>
        <translation>Arkivere %1? Deltakeren forsvinner fra listen, men ingenting slettes; arkiverte deltakere vises med «Vis arkiverte».</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer deltakere</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Regneark (*.xlsx *.csv)</translation>
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
    <name>PersonTab</name>
    <message>
        <source>Given name *</source>
        <translation>Fornavn *</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Etternavn *</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Foretrukket navn</translation>
    </message>
    <message>
        <source>National ID (fødselsnummer/D-number)</source>
        <translation>Fødselsnummer/D-nummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>DUF number</source>
        <translation>DUF-nummer</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Fødeland</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Statsborgerskap</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Morsmål</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Andre språk</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Trenger tolk</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Tolkespråk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
    <name>PlanHeader</name>
    <message>
        <source>Participant:</source>
        <translation>Deltaker:</translation>
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
        <source>A new plan starts next Monday and runs for the longest ordinary period the rules allow for this participant, with the recommended Norwegian goal filled in. Change the period and goals afterwards.</source>
        <translation>En ny plan starter neste mandag og varer den lengste ordinære perioden reglene gir denne deltakeren, med anbefalt norskmål fylt ut. Periode og mål kan endres etterpå.</translation>
    </message>
    <message>
        <source>&amp;Create plan</source>
        <translation>&amp;Opprett plan</translation>
    </message>
    <message>
        <source>No participants yet: add or import them on the Participants page</source>
        <translation>Ingen deltakere ennå: legg til eller importer dem på siden Deltakere</translation>
    </message>
    <message>
        <source>No plan yet for %1</source>
        <translation>Ingen plan ennå for %1</translation>
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
    <name>ProgrammeEvents</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Fjern hendelse</translation>
    </message>
    <message>
        <source>Remove this event recorded by mistake? This is logged.</source>
        <translation>Fjerne denne hendelsen, som ble registrert ved en feil? Dette logges.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation>Programstart</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Permisjon</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stans</translation>
    </message>
    <message>
        <source>Resumption</source>
        <translation>Gjenopptakelse</translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation>Avbrudd</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <source>Care leave</source>
        <translation>Omsorgspermisjon</translation>
    </message>
    <message>
        <source>Own long-term illness</source>
        <translation>Egen langvarig sykdom</translation>
    </message>
    <message>
        <source>Child&apos;s long-term illness</source>
        <translation>Barns langvarige sykdom</translation>
    </message>
    <message>
        <source>Welfare leave</source>
        <translation>Velferdspermisjon</translation>
    </message>
    <message>
        <source>Leave to take a job</source>
        <translation>Permisjon for å ta arbeid</translation>
    </message>
    <message>
        <source>Other leave</source>
        <translation>Annen permisjon</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført program</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source>Declined or did not turn up</source>
        <translation>Takket nei eller møtte ikke</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annen årsak</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Type permisjon</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Avslutningsårsak</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Programme events: %1</source>
        <translation>Programhendelser: %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Kind or reason</source>
        <translation>Type eller årsak</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Stønad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <source>Each event is saved at once and checked against the ones before it (integreringsloven §§ 19–20, integreringsforskriften § 16).</source>
        <translation>Hver hendelse lagres med en gang og kontrolleres mot hendelsene før den (integreringsloven §§ 19–20, integreringsforskriften § 16).</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>med stønad</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>uten stønad</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Permit type</source>
        <translation>Tillatelsestype</translation>
    </message>
    <message>
        <source>Permit granted</source>
        <translation>Tillatelse gitt</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regelverk</translation>
    </message>
    <message>
        <source>Settlement municipality</source>
        <translation>Bosettingskommune</translation>
    </message>
    <message>
        <source>Settlement date</source>
        <translation>Bosettingsdato</translation>
    </message>
    <message>
        <source>First settled in Norway on</source>
        <translation>Første gang bosatt i Norge</translation>
    </message>
    <message>
        <source>The first settlement in any Norwegian municipality: the two years of integreringsloven § 8 count from it. Empty: the settlement date above.</source>
        <translation>Første bosetting i en norsk kommune: de to årene i integreringsloven § 8 regnes fra den. Tomt: bosettingsdatoen over.</translation>
    </message>
    <message>
        <source>Asked to take part on</source>
        <translation>Ba om å delta</translation>
    </message>
    <message>
        <source>Settled by agreement with IMDi</source>
        <translation>Bosatt etter avtale med IMDi</translation>
    </message>
    <message>
        <source>Children under 18</source>
        <translation>Barn under 18</translation>
    </message>
    <message>
        <source>Expecting a child</source>
        <translation>Venter barn</translation>
    </message>
    <message>
        <source>Lives with parents</source>
        <translation>Bor med foreldre</translation>
    </message>
    <message>
        <source>Spouse or cohabitant (participant id)</source>
        <translation>Ektefelle eller samboer (deltaker-ID)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The participant id of a spouse or cohabitant who also takes part: without children, each gets 5/6 of the rate (integreringsloven § 20).</source>
        <translation>Deltaker-ID til ektefelle eller samboer som også deltar: uten barn får hver 5/6 av satsen (integreringsloven § 20).</translation>
    </message>
    <message>
        <source>Competence mapped on</source>
        <translation>Kompetanse kartlagt</translation>
    </message>
    <message>
        <source>Decision made on</source>
        <translation>Vedtak fattet</translation>
    </message>
    <message>
        <source>Programme started on</source>
        <translation>Program startet</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Introduction Programme</source>
        <translation>Introduksjonsprogram</translation>
    </message>
    <message>
        <source>Training in Norwegian and social studies</source>
        <translation>Opplæring i norsk og samfunnskunnskap</translation>
    </message>
    <message>
        <source>Introduction Programme, then training</source>
        <translation>Introduksjonsprogram, deretter opplæring</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Stønad</translation>
    </message>
    <message>
        <source>Deduction for absence</source>
        <translation>Trekk for fravær</translation>
    </message>
    <message>
        <source>Other benefit</source>
        <translation>Annen ytelse</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>Deltaker-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ukedag</translation>
    </message>
    <message>
        <source>Planned (hours)</source>
        <translation>Planlagt (timer)</translation>
    </message>
    <message>
        <source>Attended (hours)</source>
        <translation>Oppmøtt (timer)</translation>
    </message>
    <message>
        <source>Valid absence (hours)</source>
        <translation>Gyldig fravær (timer)</translation>
    </message>
    <message>
        <source>Invalid absence (hours)</source>
        <translation>Ugyldig fravær (timer)</translation>
    </message>
    <message>
        <source>Not registered (hours)</source>
        <translation>Ikke registrert (timer)</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Lønn</translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Pay type</source>
        <translation>Lønnsart</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Amount (NOK)</source>
        <translation>Beløp (kr)</translation>
    </message>
    <message>
        <source>Decision required</source>
        <translation>Vedtak kreves</translation>
    </message>
    <message>
        <source>Registration missing</source>
        <translation>Mangler registrering</translation>
    </message>
    <message>
        <source>The payment cannot be negative</source>
        <translation>Utbetalingen kan ikke bli negativ</translation>
    </message>
    <message>
        <source>No decision on the programme</source>
        <translation>Ikke vedtak om introduksjonsprogram</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline for</source>
        <translation>Frist gjelder</translation>
    </message>
    <message>
        <source>Runs from</source>
        <translation>Løper fra</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Competence mapping within {months} months of settlement or of the request to take part (Integration Act § 12).</source>
        <translation>Kompetansekartlegging innen {months} måneder etter bosetting eller forespørsel om deltakelse (integreringsloven § 12).</translation>
    </message>
    <message>
        <source>Decision on the Introduction Programme within {months} months of settlement or of the request to take part (Integration Act § 12).</source>
        <translation>Vedtak om introduksjonsprogram innen {months} måneder etter bosetting eller forespørsel om deltakelse (integreringsloven § 12).</translation>
    </message>
    <message>
        <source>The programme must start within {months} months of settlement or of the request to take part (Integration Act § 12).</source>
        <translation>Programmet skal starte senest {months} måneder etter bosetting eller forespørsel om deltakelse (integreringsloven § 12).</translation>
    </message>
    <message>
        <source>The decision must be made while the participant has lived less than 2 years in a Norwegian municipality, counted from the first settlement (Integration Act § 8).</source>
        <translation>Vedtak må fattes mens deltakeren har bodd under 2 år i en norsk kommune, regnet fra første bosetting (integreringsloven § 8).</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Saksmengde</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>With overdue deadline</source>
        <translation>Med overskredet frist</translation>
    </message>
    <message>
        <source>(no adviser)</source>
        <translation>(uten veileder)</translation>
    </message>
    <message>
        <source>Below A1</source>
        <translation>Under A1</translation>
    </message>
    <message>
        <source>(unknown participant {id})</source>
        <translation>(ukjent deltaker {id})</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Prøver</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prøve</translation>
    </message>
    <message>
        <source>Sub-skill</source>
        <translation>Delferdighet</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Max score</source>
        <translation>Maks poeng</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>Norwegian goal</source>
        <translation>Norskmål</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Mål nådd</translation>
    </message>
    <message>
        <source>Change in level (steps)</source>
        <translation>Endring i nivå (trinn)</translation>
    </message>
    <message>
        <source>Social studies ({version})</source>
        <translation>Samfunnskunnskap ({version})</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation>Planlagt sluttdato</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Avslutningsdato</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Avslutningsårsak</translation>
    </message>
    <message>
        <source>Main activity after exit</source>
        <translation>Hovedaktivitet etter avslutning</translation>
    </message>
    <message>
        <source>End goal</source>
        <translation>Sluttmål</translation>
    </message>
    <message>
        <source>Competence mapping done</source>
        <translation>Kompetansekartlegging gjennomført</translation>
    </message>
    <message>
        <source>Career guidance done</source>
        <translation>Karriereveiledning gjennomført</translation>
    </message>
    <message>
        <source>Integration contract</source>
        <translation>Integreringskontrakt</translation>
    </message>
    <message>
        <source>Planned duration (months)</source>
        <translation>Planlagt varighet (måneder)</translation>
    </message>
    <message>
        <source>Actual duration (months)</source>
        <translation>Faktisk varighet (måneder)</translation>
    </message>
    <message>
        <source>Extension (months)</source>
        <translation>Forlengelse (måneder)</translation>
    </message>
    <message>
        <source>NIR registration deadline</source>
        <translation>Registreringsfrist NIR</translation>
    </message>
    <message>
        <source>Registered in NIR</source>
        <translation>Registrert i NIR</translation>
    </message>
    <message>
        <source>NIR: missing or late</source>
        <translation>NIR: mangler eller for sent</translation>
    </message>
    <message>
        <source>exit reason missing</source>
        <translation>avslutningsårsak mangler</translation>
    </message>
    <message>
        <source>end goal missing</source>
        <translation>sluttmål mangler</translation>
    </message>
    <message>
        <source>national ID number missing</source>
        <translation>fødselsnummer mangler</translation>
    </message>
    <message>
        <source>not registered by the deadline</source>
        <translation>ikke registrert innen fristen</translation>
    </message>
    <message>
        <source>registered after the deadline</source>
        <translation>registrert etter fristen</translation>
    </message>
    <message>
        <source>Plan exists</source>
        <translation>Plan finnes</translation>
    </message>
    <message>
        <source>Plan signed</source>
        <translation>Plan signert</translation>
    </message>
    <message>
        <source>End goal set</source>
        <translation>Sluttmål satt</translation>
    </message>
    <message>
        <source>Full time valid</source>
        <translation>Fulltid gyldig</translation>
    </message>
    <message>
        <source>Mandatory elements</source>
        <translation>Obligatoriske elementer</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Kontrakt signert</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Tilsyn</translation>
    </message>
    <message>
        <source>Ready for supervision</source>
        <translation>Klar for tilsyn</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Timer opplæring</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Oppstart</translation>
    </message>
    <message>
        <source>Norwegian goal reached</source>
        <translation>Norskmål nådd</translation>
    </message>
    <message>
        <source>Hours completed in Norwegian</source>
        <translation>Gjennomførte timer norsk</translation>
    </message>
    <message>
        <source>Hours completed in social studies</source>
        <translation>Gjennomførte timer samfunnskunnskap</translation>
    </message>
    <message>
        <source>Hour target in social studies</source>
        <translation>Timemål samfunnskunnskap</translation>
    </message>
    <message>
        <source>Class attendance</source>
        <translation>Klasseoppmøte</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lærer</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starter kl.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fag</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Minutes present</source>
        <translation>Minutter til stede</translation>
    </message>
    <message>
        <source>Teaching hours (45 min)</source>
        <translation>Undervisningstimer (45 min)</translation>
    </message>
    <message>
        <source>Programme hours</source>
        <translation>Programtimer</translation>
    </message>
    <message>
        <source>Training deadlines</source>
        <translation>Frister opplæring</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varsler</translation>
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
        <source>Parameters</source>
        <translation>Parametere</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Laget av</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>Antall rader</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
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
        <source>As of</source>
        <translation>Per dato</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Attendance per day</source>
        <translation>Oppmøte per dag</translation>
    </message>
    <message>
        <source>Participant × day: planned, attended, valid and invalid absence hours.</source>
        <translation>Deltaker × dag: planlagte og oppmøtte timer, gyldig og ugyldig fravær.</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Lønnsgrunnlag</translation>
    </message>
    <message>
        <source>One row per participant and pay component of the month&apos;s introduction benefit.</source>
        <translation>Én rad per deltaker og lønnsart i månedens introduksjonsstønad.</translation>
    </message>
    <message>
        <source>Test results and progress</source>
        <translation>Prøveresultater og progresjon</translation>
    </message>
    <message>
        <source>Norskprøven, social studies and citizenship results, against the Norwegian goal.</source>
        <translation>Resultater fra Norskprøven, samfunnskunnskapsprøven og statsborgerprøven, målt mot norskmålet.</translation>
    </message>
    <message>
        <source>Start deadlines</source>
        <translation>Frister ved oppstart</translation>
    </message>
    <message>
        <source>Open mapping, decision and programme-start deadlines: days left and overdue. A period keeps deadlines due in it.</source>
        <translation>Åpne frister for kartlegging, vedtak og programstart: dager igjen og overskredne frister. En periode viser bare frister som går ut i perioden.</translation>
    </message>
    <message>
        <source>Caseload per adviser</source>
        <translation>Saksmengde per veileder</translation>
    </message>
    <message>
        <source>Per adviser: participants by status and right/duty category, and overdue deadlines.</source>
        <translation>Per veileder: deltakere etter status og kategori for rett og plikt, og overskredne frister.</translation>
    </message>
    <message>
        <source>Outcomes and exits (NIR)</source>
        <translation>Resultater og avslutninger (NIR)</translation>
    </message>
    <message>
        <source>Exits by reason, end goals, planned vs actual duration, extensions; flags data missing for NIR or registered later than 2 months.</source>
        <translation>Avslutninger etter årsak, sluttmål, planlagt og faktisk varighet, forlengelser; markerer opplysninger som mangler i NIR eller er registrert senere enn 2 måneder.</translation>
    </message>
    <message>
        <source>Supervision readiness</source>
        <translation>Klar for tilsyn</translation>
    </message>
    <message>
        <source>Per participant: plan exists and is signed, end goal, full time, mandatory elements, mapping, career guidance, contract.</source>
        <translation>Per deltaker: plan finnes og er signert, sluttmål, fulltid, obligatoriske elementer, kartlegging, karriereveiledning, kontrakt.</translation>
    </message>
    <message>
        <source>Training hours per year (NIR)</source>
        <translation>Timer i norskopplæring per år (NIR)</translation>
    </message>
    <message>
        <source>Per participant and year: hours completed in Norwegian and social studies, programme, category, start, deadline and goal, with the register&apos;s field names.</source>
        <translation>Per deltaker og år: gjennomførte timer i norsk og samfunnskunnskap, program, kategori, oppstart, frist og norskmål, med registerets feltnavn.</translation>
    </message>
    <message>
        <source>Class attendance</source>
        <translation>Oppmøte i klassene</translation>
    </message>
    <message>
        <source>Per class, lesson and member: date, subject, minutes, present or absent, counted hours.</source>
        <translation>Per klasse, time og deltaker: dato, fag, minutter, til stede eller fraværende, telte timer.</translation>
    </message>
    <message>
        <source>Training deadlines</source>
        <translation>Frister i norskopplæringen</translation>
    </message>
    <message>
        <source>Participants in training: deadline, days left, overdue, goal met and warnings.</source>
        <translation>Deltakere i opplæring: frist, dager igjen, overskredet, norskmål nådd og varsler.</translation>
    </message>
    <message>
        <source>registered attendance</source>
        <translation>registrert oppmøte</translation>
    </message>
    <message>
        <source>the monthly benefit calculation</source>
        <translation>den månedlige beregningen av introduksjonsstønad</translation>
    </message>
    <message>
        <source>registered test results</source>
        <translation>registrerte prøveresultater</translation>
    </message>
    <message>
        <source>programme exits and plans with end goals</source>
        <translation>avslutninger og planer med sluttmål</translation>
    </message>
    <message>
        <source>integration plans, their signatures and the integration contract</source>
        <translation>integreringsplaner, signaturene på dem og integreringskontrakten</translation>
    </message>
    <message>
        <source>training records and lessons</source>
        <translation>opplæringsopplysninger og undervisningstimer</translation>
    </message>
    <message>
        <source>classes and lesson attendance</source>
        <translation>klasser og oppmøte i timene</translation>
    </message>
    <message>
        <source>training records</source>
        <translation>opplæringsopplysninger</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
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
        <source>Save as Excel…</source>
        <translation>Lagre som Excel …</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Åpne mappen</translation>
    </message>
    <message>
        <source>(not available yet)</source>
        <translation>(ikke tilgjengelig ennå)</translation>
    </message>
    <message>
        <source>Not available yet: this report needs %1.</source>
        <translation>Ikke tilgjengelig ennå: denne rapporten trenger %1.</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Fra – til</translation>
    </message>
    <message>
        <source>No period</source>
        <translation>Ingen periode</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lagre rapport</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1 …</translation>
    </message>
    <message>
        <source>Saving report</source>
        <translation>Lagrer rapport</translation>
    </message>
    <message>
        <source>%1 rows written…</source>
        <translation>%1 rader skrevet …</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2</source>
        <translation>Lagret %1 rader i %2</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Avbrutt: ingen fil ble skrevet.</translation>
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
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Written standard of documents</source>
        <translation>Målform i dokumenter</translation>
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
<context>
    <name>StopDialog</name>
    <message>
        <source>Stop the programme</source>
        <translation>Stans programmet</translation>
    </message>
    <message>
        <source>Stopped from</source>
        <translation>Stanset fra</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Could not read or write a file: %1</source>
        <translation>Kunne ikke lese eller skrive en fil: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeider</translation>
    </message>
</context>
<context>
    <name>TestResultDialog</name>
    <message>
        <source>Why (kept in the audit log)</source>
        <translation>Hvorfor (lagres i endringsloggen)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
    <message>
        <source>Delete test result</source>
        <translation>Slett prøveresultat</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete this result? It no longer counts toward goals and readiness.
%1</source>
        <translation>Slette dette resultatet? Det teller ikke lenger mot mål og krav.
%1</translation>
    </message>
    <message>
        <source>Correct test result</source>
        <translation>Rett prøveresultat</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Lagre rettingen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
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
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>&amp;Exemption</source>
        <translation>&amp;Fritak</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Hjemmel</translation>
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
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Eksporter til Excel …</translation>
    </message>
    <message>
        <source>No participants yet. Add or import them on the Participants page; their Norwegian goals and test results are followed here.</source>
        <translation>Ingen deltakere ennå. Legg til eller importer dem på siden Deltakere; norskmål og prøveresultater følges opp her.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>Co&amp;rrect result…</source>
        <translation>&amp;Rett resultat…</translation>
    </message>
    <message>
        <source>Delete res&amp;ult…</source>
        <translation>Slett res&amp;ultat…</translation>
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
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per dato</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Prøver</translation>
    </message>
    <message>
        <source>Export overview</source>
        <translation>Eksporter oversikt</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 vises</translation>
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
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Goal
met</source>
        <translation>Norskmål
nådd</translation>
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
        <source>Category</source>
        <translation>Kategori</translation>
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
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>You have unsaved changes in %1.</source>
        <translation>Du har ulagrede endringer i %1.</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Du har ulagrede endringer.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Vil du lagre dem før du går videre?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>Brukerveiledning</translation>
    </message>
    <message>
        <source>The user guide was not found: %1</source>
        <translation>Fant ikke brukerveiledningen: %1</translation>
    </message>
</context>
</TS>
