<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn">
<context>
    <name>About</name>
    <message>
        <source>Plans, attendance, tests and benefit for the Introduction Programme.</source>
        <translation>Planar, oppmøte, prøver og stønad i introduksjonsprogrammet.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Licences: IntroDesk is free software (EUPL 1.2). It uses Qt for Python (PySide6 %1, LGPLv3), SQLAlchemy and Alembic (MIT), ReportLab (BSD), openpyxl (MIT) and the Noto fonts (SIL Open Font License).</source>
        <translation>Lisensar: IntroDesk er fri programvare (EUPL 1.2). Han brukar Qt for Python (PySide6 %1, LGPLv3), SQLAlchemy og Alembic (MIT), ReportLab (BSD), openpyxl (MIT) og Noto-skriftene (SIL Open Font License).</translation>
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
        <translation>Mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tys</translation>
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
        <translation>Planlagt, ikkje registrert</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Locked month</source>
        <translation>Låst månad</translation>
    </message>
    <message>
        <source>Planned: %1 h</source>
        <translation>Planlagt: %1 t</translation>
    </message>
    <message>
        <source>Locked month: read-only</source>
        <translation>Låst månad: kan ikkje endrast</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltakar</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Total attended</source>
        <translation>Sum oppmøte</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Førre veke</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Neste veke ▶</translation>
    </message>
    <message>
        <source>Show the participants of one adviser</source>
        <translation>Vis deltakarane til éin rettleiar</translation>
    </message>
    <message>
        <source>Show one participant</source>
        <translation>Vis éin deltakar</translation>
    </message>
    <message>
        <source>All &amp;present as planned</source>
        <translation>Alle til &amp;stades som planlagt</translation>
    </message>
    <message>
        <source>&amp;Copy last week</source>
        <translation>&amp;Kopier førre veke</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Lagre (Ctrl+S)</translation>
    </message>
    <message>
        <source>No one to register this week. Participants appear here when they have a plan with activities in the week: make plans on the Plans page.</source>
        <translation>Ingen å registrere denne veka. Deltakarar blir viste her når dei har ein plan med tiltak i veka: lag planar på sida Planar.</translation>
    </message>
    <message>
        <source>Type hours (6 or 7,5), an absence code for the whole planned day (ug, fe, eg, sm, sb, vp, up …), or a code and hours (ug 2). Enter moves down, Delete clears.</source>
        <translation>Skriv timar (6 eller 7,5), ein fråværskode for heile den planlagde dagen (ug, fe, eg, sm, sb, vp, up …), eller kode og timar (ug 2). Enter flyttar ned, Delete tømmer.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation>Rettleiar:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deltakar:</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Alle rettleiarar</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Alle deltakarar</translation>
    </message>
    <message>
        <source>Week %1: %2–%3</source>
        <translation>Veke %1: %2–%3</translation>
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
        <translation>%1 ulagra endring(ar)</translation>
    </message>
    <message>
        <source>%1 day(s) filled as planned</source>
        <translation>%1 dag(ar) fylt ut som planlagt</translation>
    </message>
    <message>
        <source>%1 day(s) copied from last week</source>
        <translation>%1 dag(ar) kopiert frå førre veke</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagra.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endra</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Sletta</translation>
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
        <translation>Pålogging kopla</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Retta</translation>
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
        <translation>Godteke som manglande</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Rettleiar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Attendance week</source>
        <translation>Oppmøteveke</translation>
    </message>
    <message>
        <source>Benefit adjustment</source>
        <translation>Etterrekning av stønad</translation>
    </message>
    <message>
        <source>Benefit month</source>
        <translation>Stønadsmånad</translation>
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
        <translation>Anna inntekt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltakar</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Planversjon</translation>
    </message>
    <message>
        <source>Programme event</source>
        <translation>Programhending</translation>
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
        <translation>Fritak frå opplæring</translation>
    </message>
    <message>
        <source>Training leave</source>
        <translation>Permisjon frå opplæring</translation>
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
        <translation>Resultat på statsborgarprøva</translation>
    </message>
    <message>
        <source>Social studies test result</source>
        <translation>Resultat på samfunnskunnskapsprøva</translation>
    </message>
    <message>
        <source>Test exemption</source>
        <translation>Fritak frå prøve</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternamn</translation>
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
        <translation>Løyve</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>Dato for løyve</translation>
    </message>
    <message>
        <source>Settlement date</source>
        <translation>Busetjingsdato</translation>
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
        <translation>Delferdigheit</translation>
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
        <translation>Høgaste poengsum</translation>
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
        <translation>Heimel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngiving</translation>
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
        <translation>Minutt</translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation>Minutt til stades</translation>
    </message>
    <message>
        <source>Minutes absent</source>
        <translation>Minutt fråvær</translation>
    </message>
    <message>
        <source>Times saved</source>
        <translation>Gonger lagra</translation>
    </message>
    <message>
        <source>Absence code</source>
        <translation>Fråverskode</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation>Kommunenamn</translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>Written standard of documents</source>
        <translation>Målform i dokument</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt namn</translation>
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
        <translation>alle deltakarar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Participant id</source>
        <translation>Deltakar-id</translation>
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
        <translation>Kven</translation>
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
        <translation>Gammal verdi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Ny verdi</translation>
    </message>
    <message>
        <source>Participant id: a number, or empty for everyone</source>
        <translation>Deltakar-id: eit tal, eller tomt for alle</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 endringar</translation>
    </message>
</context>
<context>
    <name>BenefitPage</name>
    <message>
        <source>Lock month</source>
        <translation>Lås månaden</translation>
    </message>
    <message>
        <source>Accept missing registrations…</source>
        <translation>Godta manglande registreringar …</translation>
    </message>
    <message>
        <source>Other income…</source>
        <translation>Anna inntekt …</translation>
    </message>
    <message>
        <source>Stop programme…</source>
        <translation>Stans programmet …</translation>
    </message>
    <message>
        <source>Decision letter and deduction statement…</source>
        <translation>Vedtaksbrev og trekkoppgåve …</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
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
        <translation>Namn</translation>
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
        <translation>Ingen stønad denne månaden. Stønaden blir rekna ut for deltakarar i programmet (signert plan) ut frå registrert oppmøte.</translation>
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
        <translation>Open: ikkje sendt til løn enno</translation>
    </message>
    <message>
        <source>deduction needs a decision</source>
        <translation>trekket krev vedtak</translation>
    </message>
    <message>
        <source>days missing registration: %1</source>
        <translation>dagar utan registrering: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Utan vedtak</translation>
    </message>
    <message>
        <source>Select a participant in the list first.</source>
        <translation>Vel ein deltakar i lista først.</translation>
    </message>
    <message>
        <source>Locked: %1 participant(s), net total %2</source>
        <translation>Låst: %1 deltakar(ar), netto totalt %2</translation>
    </message>
    <message>
        <source>Say why the missing registrations are accepted.</source>
        <translation>Skriv kvifor dei manglande registreringane blir godtekne.</translation>
    </message>
    <message>
        <source>Accept missing registrations</source>
        <translation>Godta manglande registreringar</translation>
    </message>
    <message>
        <source>Why are they accepted?</source>
        <translation>Kvifor blir dei godtekne?</translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation>Beløpet er ikkje eit tal.</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Anna inntekt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount for the month (0 removes it)</source>
        <translation>Beløp for månaden (0 fjernar det)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Rettleiar</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar att</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>FORFALLE</translation>
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
        <translation>Rettleiar:</translation>
    </message>
    <message>
        <source>Permit:</source>
        <translation>Løyve:</translation>
    </message>
    <message>
        <source>Permit date:</source>
        <translation>Løyve gitt:</translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation>Busett:</translation>
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
        <translation>Grunngiving:</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Fristar:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>utført</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>{days} dagar att</translation>
    </message>
    <message>
        <source>(none: no settlement or request date)</source>
        <translation>(ingen: manglar busetjings- eller oppmodingsdato)</translation>
    </message>
    <message>
        <source>Recognition: {hint}</source>
        <translation>Godkjenning: {hint}</translation>
    </message>
    <message>
        <source>Participant {id}: {count} events</source>
        <translation>Deltakar {id}: {count} hendingar</translation>
    </message>
    <message>
        <source>Participant {id}: {count} event</source>
        <translation>Deltakar {id}: {count} hending</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Skreiv {file}</translation>
    </message>
    <message>
        <source>Benefit {month} ({state}): {count} participants</source>
        <translation>Stønad {month} ({state}): {count} deltakarar</translation>
    </message>
    <message>
        <source>Benefit {month} ({state}): {count} participant</source>
        <translation>Stønad {month} ({state}): {count} deltakar</translation>
    </message>
    <message>
        <source>{count} days missing registration</source>
        <translation>{count} dagar utan registrering</translation>
    </message>
    <message>
        <source>{count} day missing registration</source>
        <translation>{count} dag utan registrering</translation>
    </message>
    <message>
        <source>Locked {month}: {count} participants, net total {net} kr.</source>
        <translation>Låste {month}: {count} deltakarar, netto totalt {net} kr.</translation>
    </message>
    <message>
        <source>Locked {month}: {count} participant, net total {net} kr.</source>
        <translation>Låste {month}: {count} deltakar, netto totalt {net} kr.</translation>
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
        <translation>Registrert for deltakar {id}: {event}.</translation>
    </message>
    <message>
        <source>Changed event {event_id} of participant {id}: {event}.</source>
        <translation>Endra hending {event_id} for deltakar {id}: {event}.</translation>
    </message>
    <message>
        <source>{hours} h attended</source>
        <translation>{hours} t til stades</translation>
    </message>
    <message>
        <source>Registered participant {id} on {date}: {what}.</source>
        <translation>Registrerte deltakar {id} {date}: {what}.</translation>
    </message>
    <message>
        <source>Spread over the day&apos;s planned elements in plan order: {parts}.</source>
        <translation>Fordelt på dei planlagde elementa for dagen i rekkjefølgja i planen: {parts}.</translation>
    </message>
    <message>
        <source>The month is locked: {count} adjustment line booked in the next open month.</source>
        <translation>Månaden er låst: {count} korreksjonslinje ført i neste opne månad.</translation>
    </message>
    <message>
        <source>The month is locked: {count} adjustment lines booked in the next open month.</source>
        <translation>Månaden er låst: {count} korreksjonslinjer ført i neste opne månad.</translation>
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
        <translation>åtvaring</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>brot</translation>
    </message>
    <message>
        <source>No absence findings {start}–{end}.</source>
        <translation>Ingen fråversfunn {start}–{end}.</translation>
    </message>
    <message>
        <source>participant {id}</source>
        <translation>deltakar {id}</translation>
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
        <translation>{count} deltakar</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} deltakarar</translation>
    </message>
    <message>
        <source>{file}: {rows} for {people} valid; nothing written (--dry-run).</source>
        <translation>{file}: {rows} for {people} er gyldige; ingenting skrive (--dry-run).</translation>
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
        <translation>{count} korreksjonslinje ført for låste månader.</translation>
    </message>
    <message>
        <source>{count} adjustment lines booked for locked months.</source>
        <translation>{count} korreksjonslinjer ført for låste månader.</translation>
    </message>
    <message>
        <source>No missing registrations in {month}.</source>
        <translation>Ingen manglande registreringar i {month}.</translation>
    </message>
    <message>
        <source>participant {id} {date} {element}: {planned} h planned, {registered} h registered</source>
        <translation>deltakar {id} {date} {element}: {planned} t planlagt, {registered} t registrert</translation>
    </message>
    <message>
        <source>Accepted {count} day without registration for participant {id} in {month}.</source>
        <translation>Godtok {count} dag utan registrering for deltakar {id} i {month}.</translation>
    </message>
    <message>
        <source>Accepted {count} days without registration for participant {id} in {month}.</source>
        <translation>Godtok {count} dagar utan registrering for deltakar {id} i {month}.</translation>
    </message>
    <message>
        <source>{count} problem in {file}; nothing was imported.</source>
        <translation>{count} feil i {file}; ingenting vart importert.</translation>
    </message>
    <message>
        <source>{count} problems in {file}; nothing was imported.</source>
        <translation>{count} feil i {file}; ingenting vart importert.</translation>
    </message>
    <message>
        <source>locked (as paid)</source>
        <translation>låst (som utbetalt)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>participant {id}: net {net} kr</source>
        <translation>deltakar {id}: netto {net} kr</translation>
    </message>
    <message>
        <source>DECISION REQUIRED</source>
        <translation>VEDTAK KREVST</translation>
    </message>
    <message>
        <source>introdesk: interrupted</source>
        <translation>introdesk: avbrote</translation>
    </message>
    <message>
        <source>cannot use the data folder: {reason}</source>
        <translation>kan ikkje bruke datamappa: {reason}</translation>
    </message>
    <message>
        <source>the input is nested too deeply; nothing was changed</source>
        <translation>inndataa er nøsta for djupt; ingenting vart endra</translation>
    </message>
    <message>
        <source>unexpected {kind}; nothing more was done. A report without personal data: {saved}</source>
        <translation>uventa feil ({kind}); ingenting meir vart gjort. Ein rapport utan personopplysningar: {saved}</translation>
    </message>
    <message>
        <source>(could not be saved)</source>
        <translation>(kunne ikkje lagrast)</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}</source>
        <translation>Skreiv {rows} rader til {path}</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>ingen periode</translation>
    </message>
    <message>
        <source>(not available yet: needs {needs})</source>
        <translation>(ikkje tilgjengeleg enno: treng {needs})</translation>
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
        <translation>Sette {kind} {amount} kr for deltakar {id} i {month}.</translation>
    </message>
    <message>
        <source>Added {participants} synthetic participants and {advisers} advisers.</source>
        <translation>La til {participants} syntetiske deltakarar og {advisers} rettleiarar.</translation>
    </message>
    <message>
        <source>Registered {count} synthetic attendance rows for the past 8 weeks.</source>
        <translation>Registrerte {count} syntetiske oppmøterader for dei siste 8 vekene.</translation>
    </message>
    <message>
        <source>Dry run: {count} participant in {file} is valid; nothing was written.</source>
        <translation>Prøvekøyring: {count} deltakar i {file} er gyldig; ingenting vart skrive.</translation>
    </message>
    <message>
        <source>Dry run: {count} participants in {file} are valid; nothing was written.</source>
        <translation>Prøvekøyring: {count} deltakarar i {file} er gyldige; ingenting vart skrive.</translation>
    </message>
    <message>
        <source>Would add {count} new adviser.</source>
        <translation>Ville ha lagt til {count} ny rettleiar.</translation>
    </message>
    <message>
        <source>Would add {count} new advisers.</source>
        <translation>Ville ha lagt til {count} nye rettleiarar.</translation>
    </message>
    <message>
        <source>Added {count} participant from {file}.</source>
        <translation>La til {count} deltakar frå {file}.</translation>
    </message>
    <message>
        <source>Added {count} participants from {file}.</source>
        <translation>La til {count} deltakarar frå {file}.</translation>
    </message>
    <message>
        <source>Added {count} new adviser: {names}.</source>
        <translation>La til {count} ny rettleiar: {names}.</translation>
    </message>
    <message>
        <source>Added {count} new advisers: {names}.</source>
        <translation>La til {count} nye rettleiarar: {names}.</translation>
    </message>
    <message>
        <source>Participant {id}: adviser {adviser}</source>
        <translation>Deltakar {id}: rettleiar {adviser}</translation>
    </message>
    <message>
        <source>; shared with {names}</source>
        <translation>; delt med {names}</translation>
    </message>
    <message>
        <source>Wrote {count} plan to {folder}</source>
        <translation>Skreiv {count} plan til {folder}</translation>
    </message>
    <message>
        <source>Wrote {count} plans to {folder}</source>
        <translation>Skreiv {count} planar til {folder}</translation>
    </message>
    <message>
        <source>; {count} participant without a plan.</source>
        <translation>; {count} deltakar utan plan.</translation>
    </message>
    <message>
        <source>; {count} participants without a plan.</source>
        <translation>; {count} deltakarar utan plan.</translation>
    </message>
    <message>
        <source>Participant {id}, plan version {version}:</source>
        <translation>Deltakar {id}, planversjon {version}:</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>ingen funn</translation>
    </message>
    <message>
        <source>{file}: a valid plan for participant {id} with {count} element; nothing written (--dry-run).</source>
        <translation>{file}: ein gyldig plan for deltakar {id} med {count} element; ingenting skrive (--dry-run).</translation>
    </message>
    <message>
        <source>{file}: a valid plan for participant {id} with {count} elements; nothing written (--dry-run).</source>
        <translation>{file}: ein gyldig plan for deltakar {id} med {count} element; ingenting skrive (--dry-run).</translation>
    </message>
    <message>
        <source>Imported {file} as draft version {version} for participant {id} ({count} element).</source>
        <translation>Importerte {file} som utkast versjon {version} for deltakar {id} ({count} element).</translation>
    </message>
    <message>
        <source>Imported {file} as draft version {version} for participant {id} ({count} elements).</source>
        <translation>Importerte {file} som utkast versjon {version} for deltakar {id} ({count} element).</translation>
    </message>
    <message>
        <source>Signed plan version {version} for participant {id} on {date} by {by}; in the programme from {start}.</source>
        <translation>Signerte planversjon {version} for deltakar {id} {date} av {by}; i programmet frå {start}.</translation>
    </message>
    <message>
        <source>Removed event {event_id}.</source>
        <translation>Fjerna hending {event_id}.</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Lagra {file}</translation>
    </message>
    <message>
        <source>Open read-only: you can read, not change.</source>
        <translation>Opna skriveverna: du kan lese, ikkje endre.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestått</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>ikkje bestått</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
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
        <translation>statsborgarskap</translation>
    </message>
    <message>
        <source>(best/goal per sub-skill: listening, reading, writing, oral; PR (permanent residence) and citizenship cover only the language and test parts)</source>
        <translation>(beste/mål per delferdigheit: lytting, lesing, skriving, munnleg; PO (permanent opphaldsløyve) og statsborgarskap gjeld berre språk- og prøvekrava)</translation>
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
        <translation>Munn</translation>
    </message>
    <message>
        <source> (registered {level})</source>
        <translation> (påmeld {level})</translation>
    </message>
    <message>
        <source>{date} social-studies test ({version}, {test_language}): {score}/{max}, {outcome}</source>
        <translation>{date} samfunnskunnskapsprøva ({version}, {test_language}): {score}/{max}, {outcome}</translation>
    </message>
    <message>
        <source>{date} exemption from {kind}: {basis}</source>
        <translation>{date} fritak frå {kind}: {basis}</translation>
    </message>
    <message>
        <source>Recorded for participant {id}: {result}</source>
        <translation>Registrert for deltakar {id}: {result}</translation>
    </message>
    <message>
        <source>Corrected {result}</source>
        <translation>Retta {result}</translation>
    </message>
    <message>
        <source>Deleted {result}</source>
        <translation>Sletta {result}</translation>
    </message>
    <message>
        <source>Would add {count} result</source>
        <translation>Ville ha lagt til {count} resultat</translation>
    </message>
    <message>
        <source>Would add {count} results</source>
        <translation>Ville ha lagt til {count} resultat</translation>
    </message>
    <message>
        <source>Added {count} result</source>
        <translation>La til {count} resultat</translation>
    </message>
    <message>
        <source>Added {count} results</source>
        <translation>La til {count} resultat</translation>
    </message>
    <message>
        <source> from {count} row</source>
        <translation> frå {count} rad</translation>
    </message>
    <message>
        <source> from {count} rows</source>
        <translation> frå {count} rader</translation>
    </message>
    <message>
        <source>; {count} already on record.</source>
        <translation>; {count} var registrerte frå før.</translation>
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
        <translation>mål ikkje nådd</translation>
    </message>
    <message>
        <source>Nobody is enrolled in training.</source>
        <translation>Ingen er melde på opplæring.</translation>
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
        <translation>stansa</translation>
    </message>
    <message>
        <source>Enrolled participant {id} in {programme} from {date}</source>
        <translation>Melde deltakar {id} på {programme} frå {date}</translation>
    </message>
    <message>
        <source> in class {code}</source>
        <translation> i klasse {code}</translation>
    </message>
    <message>
        <source>Training of participant {id}: {state} from {date}.</source>
        <translation>Opplæringa til deltakar {id}: {state} frå {date}.</translation>
    </message>
    <message>
        <source>Exemption from {kind} registered for participant {id}.</source>
        <translation>Fritak frå {kind} registrert for deltakar {id}.</translation>
    </message>
    <message>
        <source>Exemption from {kind} registered for participant {id} (no legal basis: it will be warned about).</source>
        <translation>Fritak frå {kind} registrert for deltakar {id} (utan heimel: det vil bli varsla om det).</translation>
    </message>
    <message>
        <source>Approved leave of {count} day registered for participant {id}.</source>
        <translation>Innvilga permisjon på {count} dag registrert for deltakar {id}.</translation>
    </message>
    <message>
        <source>Approved leave of {count} days registered for participant {id}.</source>
        <translation>Innvilga permisjon på {count} dagar registrert for deltakar {id}.</translation>
    </message>
    <message>
        <source>No classes yet (create one with &apos;introdesk training classes create&apos;).</source>
        <translation>Ingen klassar enno (opprett ein med &apos;introdesk training classes create&apos;).</translation>
    </message>
    <message>
        <source>Created class {code} ({name}).</source>
        <translation>Oppretta klasse {code} ({name}).</translation>
    </message>
    <message>
        <source>Participant {id} is in class {code} from {date}.</source>
        <translation>Deltakar {id} er i klasse {code} frå {date}.</translation>
    </message>
    <message>
        <source>Participant {id} moved to class {code} from {date}.</source>
        <translation>Deltakar {id} flytta til klasse {code} frå {date}.</translation>
    </message>
    <message>
        <source>{count} member</source>
        <translation>{count} medlem</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} medlemer</translation>
    </message>
    <message>
        <source>{count} lesson a week</source>
        <translation>{count} time i veka</translation>
    </message>
    <message>
        <source>{count} lessons a week</source>
        <translation>{count} timar i veka</translation>
    </message>
    <message>
        <source>Registered {count} lesson for class {code} in week {week}</source>
        <translation>Registrerte {count} time for klasse {code} i veke {week}</translation>
    </message>
    <message>
        <source>Registered {count} lessons for class {code} in week {week}</source>
        <translation>Registrerte {count} timar for klasse {code} i veke {week}</translation>
    </message>
    <message>
        <source> ({count} absence).</source>
        <translation> ({count} fråvær).</translation>
    </message>
    <message>
        <source> ({count} absences).</source>
        <translation> ({count} fråvær).</translation>
    </message>
    <message>
        <source>Sign-in sheet for class {code}, {start} – {end}, written to {file}.</source>
        <translation>Oppmøteliste for klasse {code}, {start} – {end}, skriven til {file}.</translation>
    </message>
    <message>
        <source>Roles, grants and policies are in place ({count} statements).</source>
        <translation>Roller, rettar og reglar er på plass ({count} setningar).</translation>
    </message>
    <message>
        <source>{login} no longer holds the role {role}.</source>
        <translation>{login} har ikkje lenger rolla {role}.</translation>
    </message>
    <message>
        <source>Database {database} is up to date ({revision}).</source>
        <translation>Databasen {database} er oppdatert ({revision}).</translation>
    </message>
    <message>
        <source>Upgraded {database} from {before} to {after}.</source>
        <translation>Oppgraderte {database} frå {before} til {after}.</translation>
    </message>
    <message>
        <source>Backup of the old version: {file}</source>
        <translation>Tryggingskopi av den gamle versjonen: {file}</translation>
    </message>
    <message>
        <source>made by a newer IntroDesk; this version will not change it</source>
        <translation>laga av ein nyare IntroDesk; denne versjonen endrar han ikkje</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <source>needs &apos;introdesk db upgrade&apos;</source>
        <translation>treng &apos;introdesk db upgrade&apos;</translation>
    </message>
    <message>
        <source>database:</source>
        <translation>database:</translation>
    </message>
    <message>
        <source>current:</source>
        <translation>noverande:</translation>
    </message>
    <message>
        <source>head:</source>
        <translation>nyaste:</translation>
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
        <translation>(ingen enno)</translation>
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
        <translation>dagleg</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>ved avslutting</translation>
    </message>
    <message>
        <source>Database {database} is sound ({details}).</source>
        <translation>Databasen {database} er i orden ({details}).</translation>
    </message>
    <message>
        <source>Database {database} has problems:</source>
        <translation>Databasen {database} har problem:</translation>
    </message>
    <message>
        <source>Backup written to {file} and checked: sound.</source>
        <translation>Tryggingskopi skriven til {file} og kontrollert: i orden.</translation>
    </message>
    <message>
        <source>Backup written to {file} and checked: NOT sound.</source>
        <translation>Tryggingskopi skriven til {file} og kontrollert: IKKJE i orden.</translation>
    </message>
    <message>
        <source>Backups of {database} in {folder}:</source>
        <translation>Tryggingskopiar av {database} i {folder}:</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>Restored {database} from {file}; the copy checked sound.</source>
        <translation>Gjenoppretta {database} frå {file}; kopien vart kontrollert og er i orden.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as {file}</source>
        <translation>Fila han erstatta, vart teken vare på som {file}</translation>
    </message>
    <message>
        <source>{table}: {count} rows, sha256 {checksum}… matches</source>
        <translation>{table}: {count} rader, sha256 {checksum}… stemmer</translation>
    </message>
    <message>
        <source>Copied {rows} rows in {tables} tables; {database} was not changed.</source>
        <translation>Kopierte {rows} rader i {tables} tabellar; {database} vart ikkje endra.</translation>
    </message>
    <message>
        <source>Added participant {id}: {name}</source>
        <translation>La til deltakar {id}: {name}</translation>
    </message>
    <message>
        <source>Dry run: {name} can be added; nothing was written.</source>
        <translation>Prøvekøyring: {name} kan leggjast til; ingenting vart skrive.</translation>
    </message>
</context>
<context>
    <name>CompetenceTab</name>
    <message>
        <source>Highest education</source>
        <translation>Høgaste utdanning</translation>
    </message>
    <message>
        <source>Completed upper secondary (GSU list)</source>
        <translation>Fullført vidaregåande (GSU-lista)</translation>
    </message>
    <message>
        <source>Career guidance on</source>
        <translation>Karriererettleiing</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Career guidance recommendation</source>
        <translation>Tilråding frå karriererettleiing</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?

Everything saved after the backup was made is taken out; the current file is kept as a safety copy in the backup folder.</source>
        <translation>Erstatte databasen med tryggingskopien %1?

Alt som er lagra etter at kopien vart teken, blir borte; den noverande fila blir teken vare på som ein sikringskopi i mappa for tryggingskopiar.</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>Databasen er gjenoppretta frå %1.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.</source>
        <translation>Fila han erstatta, er teken vare på som %1.</translation>
    </message>
    <message>
        <source>A server database is restored with the server&apos;s own tools (pg_restore).</source>
        <translation>Ein serverdatabase blir gjenoppretta med serveren sine eigne verktøy (pg_restore).</translation>
    </message>
    <message>
        <source>IntroDesk backups (*.sqlite3);;All files (*)</source>
        <translation>IntroDesk-tryggingskopiar (*.sqlite3);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett frå tryggingskopi …</translation>
    </message>
    <message>
        <source>The database failed its integrity check and is open read-only: nothing can be saved until it is restored from a backup.</source>
        <translation>Databasen bestod ikkje integritetskontrollen og er opna skriveverna: ingenting kan lagrast før han er gjenoppretta frå ein tryggingskopi.</translation>
    </message>
    <message>
        <source>Newest good backup: %1.</source>
        <translation>Nyaste gode tryggingskopi: %1.</translation>
    </message>
    <message>
        <source>No good backup was found in the backup folder.</source>
        <translation>Fann ingen god tryggingskopi i mappa for tryggingskopiar.</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Gjenopprett denne kopien …</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Vel ein tryggingskopi …</translation>
    </message>
    <message>
        <source>The database needs an upgrade by an administrator. Until then it is open read-only: you can read, but nothing can be saved.</source>
        <translation>Databasen må oppgraderast av ein administrator. Fram til då er han opna skriveverna: du kan lese, men ingenting kan lagrast.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>This was changed by someone else after you opened it. Nothing was saved; what you typed is kept: check it against that change and save again.</source>
        <translation>Dette vart endra av ein annan etter at du opna det. Ingenting vart lagra; det du skreiv, er teke vare på: sjekk det mot endringa og lagre igjen.</translation>
    </message>
    <message>
        <source>This was changed by {actor} at {when} after you opened it. Nothing was saved; what you typed is kept: check it against that change and save again.</source>
        <translation>Dette vart endra av {actor} {when} etter at du opna det. Ingenting vart lagra; det du skreiv, er teke vare på: sjekk det mot endringa og lagre igjen.</translation>
    </message>
    <message>
        <source>The database {database} was made by a newer version of IntroDesk (schema {schema}). This version understands up to {head}. Install the newer IntroDesk; the database has not been changed.</source>
        <translation>Databasen {database} er laga av ein nyare versjon av IntroDesk (skjema {schema}). Denne versjonen forstår skjema til og med {head}. Installer den nyare IntroDesk; databasen er ikkje endra.</translation>
    </message>
    <message>
        <source>This participant has no plan yet</source>
        <translation>Deltakaren har ingen plan enno</translation>
    </message>
    <message>
        <source>Plans are not available in this version</source>
        <translation>Planar er ikkje tilgjengelege i denne versjonen</translation>
    </message>
    <message>
        <source>The benefit is not available in this version</source>
        <translation>Introduksjonsstønad er ikkje tilgjengeleg i denne versjonen</translation>
    </message>
    <message>
        <source>The municipality&apos;s name is not set: fill it in under Settings before printing</source>
        <translation>Namnet på kommunen er ikkje fylt ut: fyll det ut under Innstillingar før du skriv ut</translation>
    </message>
    <message>
        <source>No document labels in language {language}; choose one of: {choices}</source>
        <translation>Dokumenta finst ikkje på språket {language}; vel eitt av: {choices}</translation>
    </message>
    <message>
        <source>Cannot write the decision letter: the participant has no {missing}</source>
        <translation>Kan ikkje lage vedtaksbrevet: deltakaren manglar {missing}</translation>
    </message>
    <message>
        <source>Cannot write the certificate: the participant has no programme start</source>
        <translation>Kan ikkje lage deltakarbeviset: deltakaren har ingen programstart</translation>
    </message>
    <message>
        <source>No benefit was computed for this participant for {month}</source>
        <translation>Det er ikkje rekna ut stønad for deltakaren for {month}</translation>
    </message>
    <message>
        <source>A deduction statement needs a month (YYYY-MM)</source>
        <translation>Ei trekkoppstilling treng ein månad (ÅÅÅÅ-MM)</translation>
    </message>
    <message>
        <source>An attendance sheet needs at least one participant</source>
        <translation>Ei frammøteliste treng minst éin deltakar</translation>
    </message>
    <message>
        <source>Unknown document {name}; choose one of: {choices}</source>
        <translation>Ukjent dokument {name}; vel eitt av: {choices}</translation>
    </message>
    <message>
        <source>No participant with id {id}</source>
        <translation>Ingen deltakar med id {id}</translation>
    </message>
    <message>
        <source>An absence needs a number of hours above zero</source>
        <translation>Eit fråvær treng eit tal timar over null</translation>
    </message>
    <message>
        <source>Hours of absence need an absence code</source>
        <translation>Timar fråvær treng ein fråværskode</translation>
    </message>
    <message>
        <source>Give the hours attended, or an absence code and its hours</source>
        <translation>Skriv timane til stades, eller ein fråværskode og timane</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an absence code</source>
        <translation>«{text}» er ikkje ein fråværskode</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours</source>
        <translation>«{text}» er ikkje eit tal timar</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours between 0 and 24</source>
        <translation>«{text}» er ikkje eit tal timar mellom 0 og 24</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: write hours, an absence code, or a code and hours</source>
        <translation>«{text}»: skriv timar, ein fråværskode, eller ein kode og timar</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: nothing is planned that day; give the hours absent</source>
        <translation>«{text}»: ingenting er planlagt den dagen; skriv timane med fråvær</translation>
    </message>
    <message>
        <source>No plan version with id {id}</source>
        <translation>Fann ingen planversjon med id {id}</translation>
    </message>
    <message>
        <source>Unknown element code: {codes}</source>
        <translation>Ukjend tiltakskode: {codes}</translation>
    </message>
    <message>
        <source>Say who signs the plan</source>
        <translation>Skriv kven som signerer planen</translation>
    </message>
    <message>
        <source>A revision needs a reason</source>
        <translation>Ein revisjon treng ei grunngiving</translation>
    </message>
    <message>
        <source>Participant {id} has no signed plan to revise</source>
        <translation>Deltakar {id} har ingen signert plan å revidere</translation>
    </message>
    <message>
        <source>A signed plan version cannot be deleted</source>
        <translation>Ein signert planversjon kan ikkje slettast</translation>
    </message>
    <message>
        <source>The plan has no element number {number}</source>
        <translation>Planen har ikkje tiltak nummer {number}</translation>
    </message>
    <message>
        <source>An element cannot end before it starts</source>
        <translation>Eit tiltak kan ikkje slutte før det startar</translation>
    </message>
    <message>
        <source>{month} is already locked</source>
        <translation>{month} er allereie låst</translation>
    </message>
    <message>
        <source>The amount of another benefit cannot be negative</source>
        <translation>Beløpet for ei anna yting kan ikkje vere negativt</translation>
    </message>
    <message>
        <source>No programme event with id {id}</source>
        <translation>Fann inga programhending med id {id}</translation>
    </message>
    <message>
        <source>Participant {id} is not enrolled in training</source>
        <translation>Deltakar {id} er ikkje registrert i opplæringa</translation>
    </message>
    <message>
        <source>No class &apos;{class_code}&apos;</source>
        <translation>Fann ingen klasse «{class_code}»</translation>
    </message>
    <message>
        <source>Participant {id} is not in a class</source>
        <translation>Deltakar {id} går ikkje i nokon klasse</translation>
    </message>
    <message>
        <source>Class {class_code} has no lessons in its timetable</source>
        <translation>Klassen {class_code} har ingen timar i timeplanen</translation>
    </message>
    <message>
        <source>No adviser &apos;{adviser}&apos;</source>
        <translation>Fann ingen rettleiar «{adviser}»</translation>
    </message>
    <message>
        <source>An adviser needs a user name and a full name</source>
        <translation>Ein rettleiar treng eit brukarnamn og eit fullt namn</translation>
    </message>
    <message>
        <source>An adviser with user name &apos;{username}&apos; already exists</source>
        <translation>Det finst allereie ein rettleiar med brukarnamnet «{username}»</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} er ikkje ei fil</translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself</source>
        <translation>Tryggingskopien som skal gjenopprettast, kan ikkje vere sjølve databasen</translation>
    </message>
    <message>
        <source>{path} does not exist yet; there is nothing to back up</source>
        <translation>{path} finst ikkje enno; det er ingenting å ta tryggingskopi av</translation>
    </message>
    <message>
        <source>{dato}: the programme ended on {annen}</source>
        <translation>{dato}: programmet vart avslutta {annen}</translation>
    </message>
    <message>
        <source>{dato}: before the programme start</source>
        <translation>{dato}: før programstart</translation>
    </message>
    <message>
        <source>{dato}: there is already a decision ({annen})</source>
        <translation>{dato}: det finst allereie eit vedtak ({annen})</translation>
    </message>
    <message>
        <source>{dato}: the programme cannot start before a decision</source>
        <translation>{dato}: programmet kan ikkje starte før det er gjort vedtak</translation>
    </message>
    <message>
        <source>{dato}: the programme already started {annen}</source>
        <translation>{dato}: programmet starta allereie {annen}</translation>
    </message>
    <message>
        <source>{dato}: there is no decision to end</source>
        <translation>{dato}: det finst ikkje noko vedtak å avslutte</translation>
    </message>
    <message>
        <source>{dato}: before the last event ({annen})</source>
        <translation>{dato}: før siste hending ({annen})</translation>
    </message>
    <message>
        <source>{dato}: the programme is stopped from {annen}</source>
        <translation>{dato}: programmet er stansa frå {annen}</translation>
    </message>
    <message>
        <source>{dato}: overlaps leave already recorded</source>
        <translation>{dato}: overlappar permisjon som allereie er registrert</translation>
    </message>
    <message>
        <source>{dato}: already stopped from {annen}</source>
        <translation>{dato}: allereie stansa frå {annen}</translation>
    </message>
    <message>
        <source>{dato}: the participant is on leave that day</source>
        <translation>{dato}: deltakaren har permisjon denne dagen</translation>
    </message>
    <message>
        <source>{dato}: the programme is not stopped</source>
        <translation>{dato}: programmet er ikkje stansa</translation>
    </message>
    <message>
        <source>A stop needs a reason</source>
        <translation>Ein stans må ha ei grunngiving</translation>
    </message>
    <message>
        <source>The leave cannot end before it starts</source>
        <translation>Permisjonen kan ikkje slutte før han byrjar</translation>
    </message>
    <message>
        <source>Another user is saving; try again in a moment. Nothing was saved.</source>
        <translation>Ein annan brukar lagrar no; prøv igjen om ei lita stund. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The database server cannot be reached (it stopped or the network is down); nothing was saved. Try again when it is back.</source>
        <translation>Databaseserveren svarar ikkje (han har stoppa, eller nettverket er nede); ingenting vart lagra. Prøv igjen når han er tilbake.</translation>
    </message>
    <message>
        <source>A value is outside what the database can store; nothing saved</source>
        <translation>Ein verdi er utanfor det databasen kan lagre; ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database refused the request ({kind})</source>
        <translation>Databasen avviste førespurnaden ({kind})</translation>
    </message>
    <message>
        <source>The database file cannot be written (the file or its folder is read-only); nothing was saved</source>
        <translation>Det går ikkje å skrive til databasefila (fila eller mappa er skriveverna); ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database file is damaged; nothing was saved. Run &apos;introdesk db check&apos; and restore a backup (&apos;introdesk db backups&apos;, &apos;introdesk db restore --from FILE&apos;)</source>
        <translation>Databasefila er skadd; ingenting vart lagra. Køyr «introdesk db check» og gjenopprett ein tryggingskopi («introdesk db backups», «introdesk db restore --from FIL»)</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation>Disken er full; ingenting vart lagra</translation>
    </message>
    <message>
        <source>A record with the same {columns} already exists; nothing saved</source>
        <translation>Det finst allereie ein post med same {columns}; ingenting vart lagra</translation>
    </message>
    <message>
        <source>A record with the same key already exists; nothing saved</source>
        <translation>Det finst allereie ein post med same nøkkel; ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database refused the change ({detail}); nothing saved</source>
        <translation>Databasen avviste endringa ({detail}); ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database file cannot be opened; nothing was saved</source>
        <translation>Databasefila kan ikkje opnast; ingenting vart lagra</translation>
    </message>
    <message>
        <source>A text is longer than the database allows; nothing saved</source>
        <translation>Ein tekst er lengre enn databasen tillèt; ingenting vart lagra</translation>
    </message>
    <message>
        <source>A text is longer than the database allows ({limit} characters); nothing saved</source>
        <translation>Ein tekst er lengre enn databasen tillèt ({limit} teikn); ingenting vart lagra</translation>
    </message>
    <message>
        <source>A number or date is outside what the database can store</source>
        <translation>Eit tal eller ein dato er utanfor det databasen kan lagre</translation>
    </message>
    <message>
        <source>The database refused the change (a rule between records)</source>
        <translation>Databasen avviste endringa (ein regel mellom postar)</translation>
    </message>
    <message>
        <source>The database is read-only; nothing was saved</source>
        <translation>Databasen er skriveverna; ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database server is out of disk or memory; nothing was saved</source>
        <translation>Databaseserveren er tom for disk eller minne; ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database server refused the request (SQLSTATE {state})</source>
        <translation>Databaseserveren avviste førespurnaden (SQLSTATE {state})</translation>
    </message>
    <message>
        <source>The database {database} failed its check and is open read-only; nothing was saved. Restore a good backup: &apos;introdesk db backups&apos;, then &apos;introdesk db restore --from FILE&apos;</source>
        <translation>Databasen {database} bestod ikkje kontrollen og er opna skriveverna; ingenting vart lagra. Gjenopprett ein god tryggingskopi: «introdesk db backups», deretter «introdesk db restore --from FIL»</translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}</source>
        <translation>Til-datoen {end} er før frå-datoen {start}</translation>
    </message>
    <message>
        <source>{month} cannot be locked: {count} participant(s) have planned days without registration. Register them on the Attendance page, or accept them with “Accept missing registrations…”. Participant id and days:
{days}</source>
        <translation>{month} kan ikkje låsast: {count} deltakar(ar) har planlagde dagar utan registrering. Registrer dei på sida Oppmøte, eller godta dei med «Godta manglande registreringar …». Deltakar-id og dagar:
{days}</translation>
    </message>
    <message>
        <source>A number is too large for the database; nothing was saved</source>
        <translation>Eit tal er for stort for databasen; ingenting vart lagra</translation>
    </message>
    <message>
        <source>Backup retention must keep at least the latest copy</source>
        <translation>Oppbevaringa av tryggingskopiar må ta vare på minst den nyaste kopien</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name</source>
        <translation>{path} finst allereie; vel eit anna filnamn</translation>
    </message>
    <message>
        <source>Backup failed: {detail}</source>
        <translation>Tryggingskopieringa mislukkast: {detail}</translation>
    </message>
    <message>
        <source>The backup copy failed its check: {problems}</source>
        <translation>Tryggingskopien bestod ikkje kontrollen: {problems}</translation>
    </message>
    <message>
        <source>{path} is empty, not a backup</source>
        <translation>{path} er tom og ikkje ein tryggingskopi</translation>
    </message>
    <message>
        <source>Restore failed, the database was not changed: {detail}</source>
        <translation>Gjenopprettinga mislukkast, databasen er ikkje endra: {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} er ei mappe, ikkje ei databasefil</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Kan ikkje lese {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is not an IntroDesk database (not a SQLite file)</source>
        <translation>{path} er ikkje ein IntroDesk-database (ikkje ei SQLite-fil)</translation>
    </message>
    <message>
        <source>Give a reason for the correction or deletion</source>
        <translation>Skriv ei grunngiving for rettinga eller slettinga</translation>
    </message>
    <message>
        <source>No test result or exemption {ref}</source>
        <translation>Fann ikkje prøveresultat eller fritak {ref}</translation>
    </message>
    <message>
        <source>A correction keeps the kind of result ({ref}); delete it and record the right one</source>
        <translation>Ei retting held på typen resultat ({ref}); slett det og registrer det rette</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Endra av ein annan</translation>
    </message>
    <message>
        <source>Database made by a newer IntroDesk</source>
        <translation>Databasen er laga av ein nyare IntroDesk</translation>
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
        <translation>Finst ikkje</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Dette går ikkje</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noko gjekk gale</translation>
    </message>
    <message>
        <source>IntroDesk stopped an action</source>
        <translation>IntroDesk stoppa ei handling</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action. Nothing was half-saved: changes are saved whole or not at all.</source>
        <translation>Ein uventa feil stoppa den siste handlinga. Ingenting vart halvvegs lagra: endringar blir lagra heilt eller ikkje i det heile.</translation>
    </message>
    <message>
        <source>A report without personal data was saved to:</source>
        <translation>Ein feilrapport utan personopplysningar er lagra i:</translation>
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
        <translation>lytting/lesing/skriving/munnleg, t.d. B1/B1/A2/B1</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Grunngiving for overstyringa</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants from %1</source>
        <translation>Importer deltakarar frå %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Permit type</source>
        <translation>Løyvetype</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Rettleiar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The file has %1 problem(s). Nothing will be imported until they are corrected in the file.</source>
        <translation>Fila har %1 feil. Ingenting blir importert før feila er retta i fila.</translation>
    </message>
    <message>
        <source>%1 participants are ready to be imported.</source>
        <translation>%1 deltakarar er klare til å importerast.</translation>
    </message>
    <message>
        <source>New advisers will be added: %1.</source>
        <translation>Nye rettleiarar blir lagde til: %1.</translation>
    </message>
    <message>
        <source>Warnings: %1.</source>
        <translation>Åtvaringar: %1.</translation>
    </message>
    <message>
        <source>Import %1 participants</source>
        <translation>Importer %1 deltakarar</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Referred</source>
        <translation>Tilvist</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Kartlagd</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Vedtak gjort</translation>
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
        <translation>Stansa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbrote</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ferie</translation>
    </message>
    <message>
        <source>Self-certified illness</source>
        <translation>Eigenmelding</translation>
    </message>
    <message>
        <source>Illness with doctor&apos;s certificate</source>
        <translation>Sjukdom med legeerklæring</translation>
    </message>
    <message>
        <source>Sick child</source>
        <translation>Sjukt barn</translation>
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
        <translation>Langvarig sjukdom (permisjon)</translation>
    </message>
    <message>
        <source>Unpaid leave</source>
        <translation>Ulønt permisjon</translation>
    </message>
    <message>
        <source>Invalid absence</source>
        <translation>Ugyldig fråvær</translation>
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
        <translation>Avsluttande prøve i norsk</translation>
    </message>
    <message>
        <source>Social-studies test</source>
        <translation>Avsluttande prøve i samfunnskunnskap</translation>
    </message>
    <message>
        <source>75 hours</source>
        <translation>75 timar</translation>
    </message>
    <message>
        <source>50 hours</source>
        <translation>50 timar</translation>
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
        <translation>Munnleg</translation>
    </message>
    <message>
        <source>below A1</source>
        <translation>under A1</translation>
    </message>
    <message>
        <source>No Norskprøven results yet</source>
        <translation>Ingen resultat frå Norskprøven enno</translation>
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
        <source>Database upgraded; the old version was backed up to %1</source>
        <translation>Databasen er oppgradert; den gamle versjonen er tryggingskopiert til %1</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>Dagleg tryggingskopi er laga: %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planar</translation>
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
        <translation>Rapportar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Stønad</translation>
    </message>
    <message>
        <source>This part of IntroDesk is not built yet. It will come in a later version; until then, nothing here is saved or computed.</source>
        <translation>Denne delen av IntroDesk er ikkje laga enno. Han kjem i ein seinare versjon; til då blir ingenting her lagra eller rekna ut.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opnar databasen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Open database file…</source>
        <translation>&amp;Opne databasefil …</translation>
    </message>
    <message>
        <source>&amp;Connect to database server…</source>
        <translation>&amp;Kopla til databaseserver …</translation>
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
        <translation>&amp;Brukarrettleiing og snøggtastar</translation>
    </message>
    <message>
        <source>&amp;About IntroDesk</source>
        <translation>&amp;Om IntroDesk</translation>
    </message>
    <message>
        <source>Open database file</source>
        <translation>Opne databasefil</translation>
    </message>
    <message>
        <source>IntroDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>IntroDesk-databasar (*.sqlite3 *.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>one PC: roles are not enforced</source>
        <translation>éin PC: roller blir ikkje handheva</translation>
    </message>
    <message>
        <source>shared server, signed in as %1</source>
        <translation>felles server, logga inn som %1</translation>
    </message>
    <message>
        <source>health details and case notes are not shown to your role</source>
        <translation>helseopplysningar og saksnotat blir ikkje viste for rolla di</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{what} was changed by {actor} at {when} after you opened it. Nothing was saved; your input is kept: check it against that change and save again.</source>
        <translation>Dette vart endra av {actor} {when} etter at du opna det. Ingenting vart lagra; det du skreiv er teke vare på: sjekk det mot endringa og lagra igjen.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else after you opened it. Nothing was saved; your input is kept: check it against that change and save again.</source>
        <translation>Dette vart endra av ein annan etter at du opna det. Ingenting vart lagra; det du skreiv er teke vare på: sjekk det mot endringa og lagra igjen.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing was saved; your input is kept: reload the record and apply your changes again.</source>
        <translation>Ein annan lagra denne posten etter at du opna han. Ingenting vart lagra; det du skreiv er teke vare på: hent posten på nytt og gjer endringane dine igjen.</translation>
    </message>
    <message>
        <source>The database {database} was made by a newer version of IntroDesk (schema {schema}). This version understands up to {head}. Install the newer IntroDesk; the database has not been changed.</source>
        <translation>Databasen {database} er laga av ein nyare versjon av IntroDesk (skjema {schema}). Denne versjonen forstår skjema til og med {head}. Installer den nyare IntroDesk; databasen er ikkje endra.</translation>
    </message>
    <message>
        <source>This participant has no plan yet</source>
        <translation>Deltakaren har ingen plan enno</translation>
    </message>
    <message>
        <source>Plans are not available in this version: this participant has no plan yet</source>
        <translation>Planar finst ikkje i denne versjonen: deltakaren har ingen plan enno</translation>
    </message>
    <message>
        <source>The benefit is not available in this version</source>
        <translation>Introduksjonsstønad er ikkje tilgjengeleg i denne versjonen</translation>
    </message>
    <message>
        <source>The municipality&apos;s name is not set: fill it in under Settings before printing</source>
        <translation>Namnet på kommunen er ikkje fylt ut: fyll det ut under Innstillingar før du skriv ut</translation>
    </message>
    <message>
        <source>No document labels in language {language}; choose one of: {choices}</source>
        <translation>Dokumenta finst ikkje på språket {language}; vel eitt av: {choices}</translation>
    </message>
    <message>
        <source>Cannot write the decision letter: the participant has no {missing}</source>
        <translation>Kan ikkje lage vedtaksbrevet: deltakaren manglar {missing}</translation>
    </message>
    <message>
        <source>Cannot write the certificate: the participant has no programme start</source>
        <translation>Kan ikkje lage deltakarbeviset: deltakaren har ingen programstart</translation>
    </message>
    <message>
        <source>No benefit was computed for this participant for {month}</source>
        <translation>Det er ikkje rekna ut stønad for deltakaren for {month}</translation>
    </message>
    <message>
        <source>A deduction statement needs a month (YYYY-MM)</source>
        <translation>Ei trekkoppstilling treng ein månad (ÅÅÅÅ-MM)</translation>
    </message>
    <message>
        <source>An attendance sheet needs at least one participant</source>
        <translation>Ei frammøteliste treng minst éin deltakar</translation>
    </message>
    <message>
        <source>Unknown document {name}; choose one of: {choices}</source>
        <translation>Ukjent dokument {name}; vel eitt av: {choices}</translation>
    </message>
    <message>
        <source>No participant with id {id}</source>
        <translation>Ingen deltakar med id {id}</translation>
    </message>
    <message>
        <source>A number is too large for the database; nothing was saved</source>
        <translation>Eit tal er for stort for databasen; ingenting vart lagra</translation>
    </message>
    <message>
        <source>Backup retention must keep at least the latest copy</source>
        <translation>Oppbevaringa av tryggingskopiar må ta vare på minst den nyaste kopien</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name</source>
        <translation>{path} finst allereie; vel eit anna filnamn</translation>
    </message>
    <message>
        <source>Backup failed: {detail}</source>
        <translation>Tryggingskopieringa mislukkast: {detail}</translation>
    </message>
    <message>
        <source>The backup copy failed its check: {problems}</source>
        <translation>Tryggingskopien bestod ikkje kontrollen: {problems}</translation>
    </message>
    <message>
        <source>{path} is empty, not a backup</source>
        <translation>{path} er tom og ikkje ein tryggingskopi</translation>
    </message>
    <message>
        <source>Restore failed, the database was not changed: {detail}</source>
        <translation>Gjenopprettinga mislukkast, databasen er ikkje endra: {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} er ei mappe, ikkje ei databasefil</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Kan ikkje lese {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is not an IntroDesk database (not a SQLite file)</source>
        <translation>{path} er ikkje ein IntroDesk-database (ikkje ei SQLite-fil)</translation>
    </message>
    <message>
        <source>{month} cannot be locked: {count} participant(s) have planned days without registration (register them, or accept them with &apos;introdesk attendance accept-missing&apos;)
{details}</source>
        <translation>{month} kan ikkje låsast: {count} deltakar(ar) har planlagde dagar utan registrering (registrer dei, eller godta dei med «introdesk attendance accept-missing»)
{details}</translation>
    </message>
    <message>
        <source>Another user is saving; try again in a moment. Nothing was saved.</source>
        <translation>Ein annan brukar lagrar no; prøv igjen om ei lita stund. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The database server cannot be reached (it stopped or the network is down); nothing was saved. Try again when it is back.</source>
        <translation>Databaseserveren svarar ikkje (han har stoppa, eller nettverket er nede); ingenting vart lagra. Prøv igjen når han er tilbake.</translation>
    </message>
    <message>
        <source>A value is outside what the database can store; nothing saved</source>
        <translation>Ein verdi er utanfor det databasen kan lagre; ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database refused the request ({kind})</source>
        <translation>Databasen avviste førespurnaden ({kind})</translation>
    </message>
    <message>
        <source>The database file cannot be written (the file or its folder is read-only); nothing was saved</source>
        <translation>Det går ikkje å skrive til databasefila (fila eller mappa er skriveverna); ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database file is damaged; nothing was saved. Run &apos;introdesk db check&apos; and restore a backup (&apos;introdesk db backups&apos;, &apos;introdesk db restore --from FILE&apos;)</source>
        <translation>Databasefila er skadd; ingenting vart lagra. Køyr «introdesk db check» og gjenopprett ein tryggingskopi («introdesk db backups», «introdesk db restore --from FIL»)</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation>Disken er full; ingenting vart lagra</translation>
    </message>
    <message>
        <source>A record with the same {columns} already exists; nothing saved</source>
        <translation>Det finst allereie ein post med same {columns}; ingenting vart lagra</translation>
    </message>
    <message>
        <source>A record with the same key already exists; nothing saved</source>
        <translation>Det finst allereie ein post med same nøkkel; ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database refused the change ({detail}); nothing saved</source>
        <translation>Databasen avviste endringa ({detail}); ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database file cannot be opened; nothing was saved</source>
        <translation>Databasefila kan ikkje opnast; ingenting vart lagra</translation>
    </message>
    <message>
        <source>A text is longer than the database allows; nothing saved</source>
        <translation>Ein tekst er lengre enn databasen tillèt; ingenting vart lagra</translation>
    </message>
    <message>
        <source>A text is longer than the database allows ({limit} characters); nothing saved</source>
        <translation>Ein tekst er lengre enn databasen tillèt ({limit} teikn); ingenting vart lagra</translation>
    </message>
    <message>
        <source>A number or date is outside what the database can store</source>
        <translation>Eit tal eller ein dato er utanfor det databasen kan lagre</translation>
    </message>
    <message>
        <source>The database refused the change (a rule between records)</source>
        <translation>Databasen avviste endringa (ein regel mellom postar)</translation>
    </message>
    <message>
        <source>The database is read-only; nothing was saved</source>
        <translation>Databasen er skriveverna; ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database server is out of disk or memory; nothing was saved</source>
        <translation>Databaseserveren er tom for disk eller minne; ingenting vart lagra</translation>
    </message>
    <message>
        <source>The database server refused the request (SQLSTATE {state})</source>
        <translation>Databaseserveren avviste førespurnaden (SQLSTATE {state})</translation>
    </message>
    <message>
        <source>The database {database} failed its check and is open read-only; nothing was saved. Restore a good backup: &apos;introdesk db backups&apos;, then &apos;introdesk db restore --from FILE&apos;</source>
        <translation>Databasen {database} bestod ikkje kontrollen og er opna skriveverna; ingenting vart lagra. Gjenopprett ein god tryggingskopi: «introdesk db backups», deretter «introdesk db restore --from FIL»</translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}</source>
        <translation>Til-datoen {end} er før frå-datoen {start}</translation>
    </message>
    <message>
        <source>An absence needs a number of hours above zero</source>
        <translation>Eit fråvær treng eit tal timar over null</translation>
    </message>
    <message>
        <source>Hours of absence need an absence code</source>
        <translation>Timar fråvær treng ein fråværskode</translation>
    </message>
    <message>
        <source>Give the hours attended, or an absence code and its hours</source>
        <translation>Skriv timane til stades, eller ein fråværskode og timane</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an absence code</source>
        <translation>«{text}» er ikkje ein fråværskode</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours</source>
        <translation>«{text}» er ikkje eit tal timar</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours between 0 and 24</source>
        <translation>«{text}» er ikkje eit tal timar mellom 0 og 24</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: write hours, an absence code, or a code and hours</source>
        <translation>«{text}»: skriv timar, ein fråværskode, eller ein kode og timar</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: nothing is planned that day; give the hours absent</source>
        <translation>«{text}»: ingenting er planlagt den dagen; skriv timane med fråvær</translation>
    </message>
    <message>
        <source>No plan version with id {id}</source>
        <translation>Fann ingen planversjon med id {id}</translation>
    </message>
    <message>
        <source>Unknown element code: {codes}</source>
        <translation>Ukjend tiltakskode: {codes}</translation>
    </message>
    <message>
        <source>Say who signs the plan</source>
        <translation>Skriv kven som signerer planen</translation>
    </message>
    <message>
        <source>A revision needs a reason</source>
        <translation>Ein revisjon treng ei grunngiving</translation>
    </message>
    <message>
        <source>Participant {id} has no signed plan to revise</source>
        <translation>Deltakar {id} har ingen signert plan å revidere</translation>
    </message>
    <message>
        <source>A signed plan version cannot be deleted</source>
        <translation>Ein signert planversjon kan ikkje slettast</translation>
    </message>
    <message>
        <source>The plan has no element number {number}</source>
        <translation>Planen har ikkje tiltak nummer {number}</translation>
    </message>
    <message>
        <source>An element cannot end before it starts</source>
        <translation>Eit tiltak kan ikkje slutte før det startar</translation>
    </message>
    <message>
        <source>{month} is already locked</source>
        <translation>{month} er allereie låst</translation>
    </message>
    <message>
        <source>The amount of another benefit cannot be negative</source>
        <translation>Beløpet for ei anna yting kan ikkje vere negativt</translation>
    </message>
    <message>
        <source>No programme event with id {id}</source>
        <translation>Fann inga programhending med id {id}</translation>
    </message>
    <message>
        <source>Participant {id} is not enrolled in training</source>
        <translation>Deltakar {id} er ikkje registrert i opplæringa</translation>
    </message>
    <message>
        <source>No class &apos;{class_code}&apos;</source>
        <translation>Fann ingen klasse «{class_code}»</translation>
    </message>
    <message>
        <source>Participant {id} is not in a class</source>
        <translation>Deltakar {id} går ikkje i nokon klasse</translation>
    </message>
    <message>
        <source>Class {class_code} has no lessons in its timetable</source>
        <translation>Klassen {class_code} har ingen timar i timeplanen</translation>
    </message>
    <message>
        <source>No adviser &apos;{adviser}&apos;</source>
        <translation>Fann ingen rettleiar «{adviser}»</translation>
    </message>
    <message>
        <source>An adviser needs a user name and a full name</source>
        <translation>Ein rettleiar treng eit brukarnamn og eit fullt namn</translation>
    </message>
    <message>
        <source>An adviser with user name &apos;{username}&apos; already exists</source>
        <translation>Det finst allereie ein rettleiar med brukarnamnet «{username}»</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} er ikkje ei fil</translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself</source>
        <translation>Tryggingskopien som skal gjenopprettast, kan ikkje vere sjølve databasen</translation>
    </message>
    <message>
        <source>{path} does not exist yet; there is nothing to back up</source>
        <translation>{path} finst ikkje enno; det er ingenting å ta tryggingskopi av</translation>
    </message>
    <message>
        <source>{kind} {day}: the programme ended on {other}</source>
        <translation>{kind} {dato}: programmet vart avslutta {annen}</translation>
    </message>
    <message>
        <source>{kind} {day}: before the programme start</source>
        <translation>{kind} {dato}: før programstart</translation>
    </message>
    <message>
        <source>{kind} {day}: there is already a decision ({other})</source>
        <translation>{kind} {dato}: det finst alt eit vedtak ({annen})</translation>
    </message>
    <message>
        <source>{kind} {day}: the programme cannot start before a decision</source>
        <translation>{kind} {dato}: programmet kan ikkje starte før eit vedtak</translation>
    </message>
    <message>
        <source>{kind} {day}: the programme already started {other}</source>
        <translation>{kind} {dato}: programmet starta alt {annen}</translation>
    </message>
    <message>
        <source>{kind} {day}: there is no decision to end</source>
        <translation>{kind} {dato}: det finst ikkje noko vedtak å avslutte</translation>
    </message>
    <message>
        <source>{kind} {day}: before the last event ({other})</source>
        <translation>{kind} {dato}: før siste hending ({annen})</translation>
    </message>
    <message>
        <source>{kind} {day}: the programme is stopped from {other}</source>
        <translation>{kind} {dato}: programmet er stansa frå {annen}</translation>
    </message>
    <message>
        <source>{kind} {day}: overlaps leave already recorded</source>
        <translation>{kind} {dato}: overlappar permisjon som alt er registrert</translation>
    </message>
    <message>
        <source>{kind} {day}: already stopped from {other}</source>
        <translation>{kind} {dato}: alt stansa frå {annen}</translation>
    </message>
    <message>
        <source>{kind} {day}: the participant is on leave that day</source>
        <translation>{kind} {dato}: deltakaren har permisjon den dagen</translation>
    </message>
    <message>
        <source>{kind} {day}: the programme is not stopped</source>
        <translation>{kind} {dato}: programmet er ikkje stansa</translation>
    </message>
    <message>
        <source>--reason: a stop needs a reason</source>
        <translation>--reason: ein stans må ha ei grunngiving</translation>
    </message>
    <message>
        <source>--to: the leave cannot end before it starts</source>
        <translation>--to: permisjonen kan ikkje slutte før han byrjar</translation>
    </message>
    <message>
        <source>Give a reason for the correction or deletion</source>
        <translation>Skriv ei grunngiving for rettinga eller slettinga</translation>
    </message>
    <message>
        <source>No test result or exemption {ref}</source>
        <translation>Fann ikkje prøveresultat eller fritak {ref}</translation>
    </message>
    <message>
        <source>A correction keeps the kind of result ({ref}); delete it and record the right one</source>
        <translation>Ei retting held på typen resultat ({ref}); slett det og registrer det rette</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation>{option}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)</source>
        <translation>«{text}» er ikkje ein dato (skriv DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD, t.d. 21.12.2026)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is an impossible date</source>
        <translation>«{text}» er ein umogleg dato</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (write YYYY-MM, e.g. 2026-10)</source>
        <translation>«{text}» er ikkje ein månad (skriv ÅÅÅÅ-MM, t.d. 2026-10)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is outside the years {first}–{last}</source>
        <translation>«{text}» er utanfor åra {first}–{last}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a week (write YYYY-Www, e.g. 2026-W48)</source>
        <translation>«{text}» er ikkje ei veke (skriv ÅÅÅÅ-Wvv, t.d. 2026-W48)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: no such week</source>
        <translation>«{text}»: den veka finst ikkje</translation>
    </message>
    <message>
        <source>Unknown absence code: &apos;{code_given}&apos;</source>
        <translation>Ukjend fråværskode: «{code_given}»</translation>
    </message>
    <message>
        <source>{day}: the plan has several elements that day ({elements}); name one with --element</source>
        <translation>{day}: planen har fleire element den dagen ({elements}); vel eitt med --element</translation>
    </message>
    <message>
        <source>{month} is locked (sent to payroll); a change must be registered as a correction (--correction), which books an adjustment in the next open month</source>
        <translation>{month} er låst (send til løn); ei endring må registrerast som ein korreksjon (--correction), som blir ført som ei justering i neste opne månad</translation>
    </message>
    <message>
        <source>Locked months are read-only: {months}</source>
        <translation>Låste månader kan ikkje endrast: {months}</translation>
    </message>
    <message>
        <source>The audit log is for team leaders and administrators; your login holds neither role</source>
        <translation>Endringsloggen er for teamleiarar og administratorar; innlogginga di har ingen av dei rollene</translation>
    </message>
    <message>
        <source>This is a server database. Back it up and restore it with the server&apos;s own tools, for example pg_dump --format=custom and pg_restore</source>
        <translation>Dette er ein serverdatabase. Ta tryggleikskopi av han og gjenopprett han med serveren sine eigne verktøy, til dømes pg_dump --format=custom og pg_restore</translation>
    </message>
    <message>
        <source>{backup} failed its check and was not restored: {problems}</source>
        <translation>{backup} stod ikkje kontrollen og vart ikkje gjenoppretta: {problems}</translation>
    </message>
    <message>
        <source>The restored file failed its check: {problems}</source>
        <translation>Den gjenoppretta fila stod ikkje kontrollen: {problems}</translation>
    </message>
    <message>
        <source>The restored file failed its check: {problems}. The previous file was kept as {safety}</source>
        <translation>Den gjenoppretta fila stod ikkje kontrollen: {problems}. Den førre fila er teken vare på som {safety}</translation>
    </message>
    <message>
        <source>The amount of another benefit must be a number of kroner up to {maximum} a month</source>
        <translation>Beløpet for ei anna yting må vere eit tal kroner opp til {maximum} i månaden</translation>
    </message>
    <message>
        <source>Participant {id} has no birth date: the rate cannot be found</source>
        <translation>Deltakar {id} har ingen fødselsdato: satsen kan ikkje finnast</translation>
    </message>
    <message>
        <source>No adviser with the login &apos;{login}&apos; (add it with &apos;introdesk admin users add LOGIN --role adviser&apos;)</source>
        <translation>Ingen rettleiar med innlogginga «{login}» (legg henne til med «introdesk admin users add LOGIN --role adviser»)</translation>
    </message>
    <message>
        <source>Give the responsible adviser (--adviser LOGIN), --share-with LOGIN, or both</source>
        <translation>Oppgi ansvarleg rettleiar (--adviser LOGIN), --share-with LOGIN, eller begge</translation>
    </message>
    <message>
        <source>No participant {id}</source>
        <translation>Ingen deltakar {id}</translation>
    </message>
    <message>
        <source>Only team leaders and administrators move a participant to another adviser&apos;s caseload; you can share your own participants with --share-with</source>
        <translation>Berre teamleiarar og administratorar flyttar ein deltakar til saksmengda til ein annan rettleiar; du kan dele dine eigne deltakarar med --share-with</translation>
    </message>
    <message>
        <source>You can share only participants in your own caseload; ask their adviser or a team leader</source>
        <translation>Du kan berre dele deltakarar i dine eigne saker; spør rettleiaren deira eller ein teamleiar</translation>
    </message>
    <message>
        <source>Participant {id} is already in class {class_code}</source>
        <translation>Deltakar {id} er alt i klasse {class_code}</translation>
    </message>
    <message>
        <source>This is a server database. Back it up with the server&apos;s own tools, for example: pg_dump --format=custom --file=introdesk.dump &lt;database&gt;</source>
        <translation>Dette er ein serverdatabase. Ta tryggleikskopi med serveren sine eigne verktøy, til dømes: pg_dump --format=custom --file=introdesk.dump &lt;database&gt;</translation>
    </message>
    <message>
        <source>The backup file must not be the database itself</source>
        <translation>Tryggleikskopien kan ikkje vere sjølve databasen</translation>
    </message>
    <message>
        <source>Copy from a SQLite file: give it with --database FILE</source>
        <translation>Kopier frå ei SQLite-fil: oppgi henne med --database FIL</translation>
    </message>
    <message>
        <source>The database {database} failed its check and was not changed: {problems}. Restore a good backup with &apos;introdesk db restore --from FILE&apos;</source>
        <translation>Databasen {database} stod ikkje kontrollen og vart ikkje endra: {problems}. Gjenopprett ein god tryggleikskopi med «introdesk db restore --from FIL»</translation>
    </message>
    <message>
        <source>No participant &apos;{text}&apos; (give the id or the national id)</source>
        <translation>Ingen deltakar «{text}» (oppgi id eller fødselsnummer)</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: fila finst ikkje</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kan ikkje lesast ({reason})</translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text</source>
        <translation>{path}: er ikkje UTF-8-tekst</translation>
    </message>
    <message>
        <source>{path}: not valid JSON: {detail}</source>
        <translation>{path}: ikkje gyldig JSON: {detail}</translation>
    </message>
    <message>
        <source>not valid JSON: {detail}</source>
        <translation>ikkje gyldig JSON: {detail}</translation>
    </message>
    <message>
        <source>Participant {id} has no plan</source>
        <translation>Deltakar {id} har ingen plan</translation>
    </message>
    <message>
        <source>Participant {id} has no plan version {version}</source>
        <translation>Deltakar {id} har ingen planversjon {version}</translation>
    </message>
    <message>
        <source>Plan version {version} is signed and cannot be changed; revise it to make a new version</source>
        <translation>Planversjon {version} er signert og kan ikkje endrast; revider han for å lage ein ny versjon</translation>
    </message>
    <message>
        <source>Participant {id} has no draft plan to sign</source>
        <translation>Deltakar {id} har ikkje noko planutkast å signere</translation>
    </message>
    <message>
        <source>Participant {id} has no draft plan to sign (version {version} is already signed)</source>
        <translation>Deltakar {id} har ikkje noko planutkast å signere (versjon {version} er alt signert)</translation>
    </message>
    <message>
        <source>Version {version} is already a draft revision; edit that one</source>
        <translation>Versjon {version} er alt eit utkast til revisjon; rediger det</translation>
    </message>
    <message>
        <source>Plan version {version} has {count} error(s) and cannot be signed: {rules}</source>
        <translation>Planversjon {version} har {count} feil og kan ikkje signerast: {rules}</translation>
    </message>
    <message>
        <source>--reason: unknown exit reason &apos;{reason}&apos; (use {codes})</source>
        <translation>--reason: ukjend avslutningsårsak «{reason}» (bruk {codes})</translation>
    </message>
    <message>
        <source>programme event {id}: a {kind} cannot become a {new_kind}</source>
        <translation>programhending {id}: ein {kind} kan ikkje bli ein {new_kind}</translation>
    </message>
    <message>
        <source>--year: &apos;{text}&apos; is not a year (use YYYY)</source>
        <translation>--year: «{text}» er ikkje eit år (bruk ÅÅÅÅ)</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to er før --from</translation>
    </message>
    <message>
        <source>--from and --to must be given together</source>
        <translation>--from og --to må oppgjevast saman</translation>
    </message>
    <message>
        <source>give only one of --month, --year or --from/--to</source>
        <translation>oppgi berre éin av --month, --year eller --from/--to</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; needs {accepted}</source>
        <translation>rapporten «{name}» treng {godtatt}</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; takes no period</source>
        <translation>rapporten «{name}» tek ingen periode</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; takes {accepted}, not {given}</source>
        <translation>rapporten «{name}» tek {godtatt}, ikkje {given}</translation>
    </message>
    <message>
        <source>unknown report &apos;{name}&apos; (one of: {names})</source>
        <translation>ukjend rapport «{name}» (ein av: {names})</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; is not available yet: needs {needs}</source>
        <translation>rapporten «{name}» er ikkje tilgjengeleg enno: treng {needs}</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; needs a period</source>
        <translation>rapporten «{name}» treng ein periode</translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; does not take a {kind} period</source>
        <translation>rapporten «{name}» tek ikkje ein periode av typen {kind}</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;: use one of {roles}</source>
        <translation>Ukjend rolle «{role}»: bruk ei av {roles}</translation>
    </message>
    <message>
        <source>&apos;{login}&apos; is not a usable login name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos;, &apos;-&apos;)</source>
        <translation>«{login}» kan ikkje brukast som innloggingsnamn (bokstavar, siffer, &apos;.&apos;, &apos;_&apos;, &apos;@&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>Roles and logins are used on a PostgreSQL server only; this database is a SQLite file on one PC, where every user of the PC may do everything</source>
        <translation>Roller og innloggingar blir berre brukte på ein PostgreSQL-server; denne databasen er ei SQLite-fil på éin PC, der alle som bruker PC-en kan gjere alt</translation>
    </message>
    <message>
        <source>{login} does not hold the role {role}</source>
        <translation>{login} har ikkje rolla {role}</translation>
    </message>
    <message>
        <source>The server refused this for your login ({reason}). Nothing was changed; run it as a database superuser or an IntroDesk administrator.</source>
        <translation>Serveren avviste dette for innlogginga di ({reason}). Ingenting vart endra; køyr det som superbrukar av databasen eller som IntroDesk-administrator.</translation>
    </message>
    <message>
        <source>The server refused this: {reason}. Nothing was changed.</source>
        <translation>Serveren avviste dette: {reason}. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{name}&apos; (known: {known})</source>
        <translation>Ukjend innstilling «{name}» (kjende: {known})</translation>
    </message>
    <message>
        <source>Unknown setting: {names}</source>
        <translation>Ukjend innstilling: {names}</translation>
    </message>
    <message>
        <source>Participant {id} is already enrolled in training</source>
        <translation>Deltakar {id} er alt skriven inn i opplæring</translation>
    </message>
    <message>
        <source>Backup retention must be four whole numbers: latest, daily, weekly, monthly (for example 10,14,8,12)</source>
        <translation>Oppbevaring av tryggleikskopiar må vere fire heile tal: siste, daglege, vekentlege, månadlege (til dømes 10,14,8,12)</translation>
    </message>
    <message>
        <source>Cannot use the backup folder {folder}: {reason}</source>
        <translation>Kan ikkje bruke mappa for tryggleikskopiar {folder}: {reason}</translation>
    </message>
    <message>
        <source>Another user or program is using the database; close it there and try again</source>
        <translation>Ein annan brukar eller eit anna program bruker databasen; lukk han der og prøv igjen</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} finst ikkje</translation>
    </message>
    <message>
        <source>{target} is not empty ({tables}…): copy only into a new, empty database. Nothing was changed.</source>
        <translation>{target} er ikkje tom ({tables}…): kopier berre til ein ny, tom database. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The copy goes to a PostgreSQL server: give a postgresql:// URL</source>
        <translation>Kopien skal til ein PostgreSQL-server: oppgi ei postgresql://-adresse</translation>
    </message>
    <message>
        <source>{path} is at schema {current}, this program at {head}: upgrade it first with &apos;introdesk db upgrade&apos; (it keeps a backup), then copy</source>
        <translation>{path} har skjema {current}, dette programmet {head}: oppgrader han først med «introdesk db upgrade» (han tek ein tryggleikskopi), og kopier så</translation>
    </message>
    <message>
        <source>The copy of {table} does not match the original ({copied} rows against {expected}); nothing was copied</source>
        <translation>Kopien av {table} stemmer ikkje med originalen ({copied} rader mot {expected}); ingenting vart kopiert</translation>
    </message>
    <message>
        <source>No database given</source>
        <translation>Ingen database oppgitt</translation>
    </message>
    <message>
        <source>Not a database address: {detail}</source>
        <translation>Ikkje ei databaseadresse: {detail}</translation>
    </message>
    <message>
        <source>IntroDesk works with SQLite files and PostgreSQL servers, not &apos;{backend}&apos; databases</source>
        <translation>IntroDesk verkar med SQLite-filer og PostgreSQL-serverar, ikkje «{backend}»-databasar</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {reason}</source>
        <translation>Kan ikkje opne databasen {database}: {reason}</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {kind}</source>
        <translation>Kan ikkje bruke databasen {database}: {kind}</translation>
    </message>
    <message>
        <source>The program has no database migrations</source>
        <translation>Programmet har ingen databasemigreringar</translation>
    </message>
    <message>
        <source>{database} is not an IntroDesk database</source>
        <translation>{database} er ikkje ein IntroDesk-database</translation>
    </message>
    <message>
        <source>{database} has tables but is not an IntroDesk database</source>
        <translation>{database} har tabellar, men er ikkje ein IntroDesk-database</translation>
    </message>
    <message>
        <source>The database {database} needs an upgrade by an administrator (schema {current}, this version of IntroDesk needs {head}). Nothing was changed.</source>
        <translation>Databasen {database} må oppgraderast av ein administrator (skjema {current}, denne versjonen av IntroDesk treng {head}). Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The database {database} needs an upgrade by an administrator (schema {current}, this version of IntroDesk uses {head}).</source>
        <translation>Databasen {database} må oppgraderast av ein administrator (skjema {current}, denne versjonen av IntroDesk bruker {head}).</translation>
    </message>
    <message>
        <source>{reason} It is open read-only until then; nothing was saved.</source>
        <translation>{reason} Han er opna skriveverna til då; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Your database login is not allowed to do this (its roles on the server do not include it). Nothing was changed.</source>
        <translation>Databaseinnlogginga di har ikkje lov til dette (rollene ho har på serveren omfattar det ikkje). Ingenting vart endra.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>må fyllast ut</translation>
    </message>
    <message>
        <source>is required (or national_id)</source>
        <translation>må fyllast ut (eller national_id)</translation>
    </message>
    <message>
        <source>required column is missing (or national_id)</source>
        <translation>påkravd kolonne manglar (eller national_id)</translation>
    </message>
    <message>
        <source>no participant with id &apos;{text}&apos;</source>
        <translation>ingen deltakar med id «{text}»</translation>
    </message>
    <message>
        <source>no participant with this national id</source>
        <translation>ingen deltakar med dette fødselsnummeret</translation>
    </message>
    <message>
        <source>belongs to another participant than participant_id</source>
        <translation>høyrer til ein annan deltakar enn participant_id</translation>
    </message>
    <message>
        <source>{month} is locked (sent to payroll)</source>
        <translation>{month} er låst (send til løn)</translation>
    </message>
    <message>
        <source>is not a number of hours between 0 and 24</source>
        <translation>er ikkje eit tal timar mellom 0 og 24</translation>
    </message>
    <message>
        <source>is required (above 0) with an absence code</source>
        <translation>må fyllast ut (over 0) når det er ein fråværskode</translation>
    </message>
    <message>
        <source>is required when absence hours are given</source>
        <translation>må fyllast ut når fråværstimar er oppgitt</translation>
    </message>
    <message>
        <source>give attended hours, an absence, or both</source>
        <translation>oppgi timar til stades, eit fråvær eller begge</translation>
    </message>
    <message>
        <source>the plan has several elements that day ({elements})</source>
        <translation>planen har fleire element den dagen ({elements})</translation>
    </message>
    <message>
        <source>the same day and element as row {row}</source>
        <translation>same dag og element som rad {row}</translation>
    </message>
    <message>
        <source>must have 11 digits</source>
        <translation>må ha 11 siffer</translation>
    </message>
    <message>
        <source>may contain digits only</source>
        <translation>kan berre innehalde siffer</translation>
    </message>
    <message>
        <source>check digits do not match (typing error?)</source>
        <translation>kontrollsiffera stemmer ikkje (skrivefeil?)</translation>
    </message>
    <message>
        <source>the birth date in the number is impossible</source>
        <translation>fødselsdatoen i nummeret er umogleg</translation>
    </message>
    <message>
        <source>the birth date in the number lies in the future</source>
        <translation>fødselsdatoen i nummeret ligg fram i tid</translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation>er ikkje gyldig</translation>
    </message>
    <message>
        <source>does not match the birth date in the national id</source>
        <translation>stemmer ikkje med fødselsdatoen i fødselsnummeret</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>ligg fram i tid</translation>
    </message>
    <message>
        <source>is before the birth date</source>
        <translation>er før fødselsdatoen</translation>
    </message>
    <message>
        <source>{option} must be a whole number from {low} to {high}</source>
        <translation>{option} må vere eit heiltal frå {low} til {high}</translation>
    </message>
    <message>
        <source>must be a number of children from 0 to 30</source>
        <translation>må vere eit tal barn frå 0 til 30</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>er ikkje ei e-postadresse</translation>
    </message>
    <message>
        <source>is not an end-goal group code</source>
        <translation>er ikkje ein kode for sluttmålgruppe</translation>
    </message>
    <message>
        <source>give a reason for the chosen goal (integreringsloven §§ 13–14)</source>
        <translation>oppgi ei grunngiving for det valde målet (integreringslova §§ 13–14)</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>er lengre enn {limit} teikn</translation>
    </message>
    <message>
        <source>duplicate number (also on row {row})</source>
        <translation>nummeret står to gonger (også på rad {row})</translation>
    </message>
    <message>
        <source>is required when there is no national id</source>
        <translation>må fyllast ut når det ikkje er noko fødselsnummer</translation>
    </message>
    <message>
        <source>already in the database</source>
        <translation>finst alt i databasen</translation>
    </message>
    <message>
        <source>already belongs to another participant</source>
        <translation>høyrer alt til ein annan deltakar</translation>
    </message>
    <message>
        <source>cannot be changed here</source>
        <translation>kan ikkje endrast her</translation>
    </message>
    <message>
        <source>is not another participant</source>
        <translation>er ikkje ein annan deltakar</translation>
    </message>
    <message>
        <source>unknown permit type (use refugee, resettlement, humanitarian, collective_protection, family_immigration, independent or other): &apos;{text}&apos;</source>
        <translation>ukjend type løyve (bruk refugee, resettlement, humanitarian, collective_protection, family_immigration, independent eller other): «{text}»</translation>
    </message>
    <message>
        <source>unknown regime (use integration_act, introduction_act or chapter_6a): &apos;{text}&apos;</source>
        <translation>ukjend regelverk (bruk integration_act, introduction_act eller chapter_6a): «{text}»</translation>
    </message>
    <message>
        <source>unknown education level (use none, primary_partial, primary, upper_secondary or higher): &apos;{text}&apos;</source>
        <translation>ukjend utdanningsnivå (bruk none, primary_partial, primary, upper_secondary eller higher): «{text}»</translation>
    </message>
    <message>
        <source>unknown sex (use F, M or K): &apos;{text}&apos;</source>
        <translation>ukjend kjønn (bruk F, M eller K): «{text}»</translation>
    </message>
    <message>
        <source>unknown status (use referred, mapped, decided, in_programme, on_leave, stopped, completed or interrupted): &apos;{text}&apos;</source>
        <translation>ukjend status (bruk referred, mapped, decided, in_programme, on_leave, stopped, completed eller interrupted): «{text}»</translation>
    </message>
    <message>
        <source>unknown programme (use introduction, training or both): &apos;{text}&apos;</source>
        <translation>ukjend program (bruk introduction, training eller both): «{text}»</translation>
    </message>
    <message>
        <source>give participant_id or national_id</source>
        <translation>oppgi participant_id eller national_id</translation>
    </message>
    <message>
        <source>applies to writing and oral only</source>
        <translation>gjeld berre skriftleg og munnleg</translation>
    </message>
    <message>
        <source>give score or passed</source>
        <translation>oppgi poengsum eller bestått</translation>
    </message>
    <message>
        <source>the {version} test has {tasks} scored tasks, not {given}</source>
        <translation>{version}-prøva har {tasks} poenggjevande oppgåver, ikkje {given}</translation>
    </message>
    <message>
        <source>give passed yes/no for this date</source>
        <translation>oppgi bestått ja/nei for denne datoen</translation>
    </message>
    <message>
        <source>the legal basis is required</source>
        <translation>heimelen må fyllast ut</translation>
    </message>
    <message>
        <source>no participant with id {id}</source>
        <translation>ingen deltakar med id {id}</translation>
    </message>
    <message>
        <source>The database {path} does not exist. Check the name, or create it with &apos;introdesk --database FILE db upgrade&apos;</source>
        <translation>Databasen {path} finst ikkje. Sjekk namnet, eller opprett han med «introdesk --database FIL db upgrade»</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: er ei mappe, ikkje ei fil</translation>
    </message>
    <message>
        <source>{name}: the file is larger than {megabytes} MB</source>
        <translation>{name}: fila er større enn {megabytes} MB</translation>
    </message>
    <message>
        <source>{name}: the workbook unpacks to {megabytes} MB; refused as unsafe</source>
        <translation>{name}: arbeidsboka blir pakka ut til {megabytes} MB; avvist som utrygg</translation>
    </message>
    <message>
        <source>{name}: the workbook declares XML entities; refused as unsafe</source>
        <translation>{name}: arbeidsboka deklarerer XML-entitetar; avvist som utrygg</translation>
    </message>
    <message>
        <source>{name}: cannot be read as an .xlsx workbook</source>
        <translation>{name}: kan ikkje lesast som ei .xlsx-arbeidsbok</translation>
    </message>
    <message>
        <source>{source}: nested deeper than {levels} levels; refused</source>
        <translation>{source}: nøsta djupare enn {levels} nivå; avvist</translation>
    </message>
    <message>
        <source>{source}: nested too deeply; refused</source>
        <translation>{source}: nøsta for djupt; avvist</translation>
    </message>
    <message>
        <source>{name}: no sheet named &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>{name}: ikkje noko ark med namnet «{sheet}» (ark: {sheets})</translation>
    </message>
    <message>
        <source>{name}:{line}: a cell is longer than {kib} KiB</source>
        <translation>{name}:{line}: ei celle er lengre enn {kib} KiB</translation>
    </message>
    <message>
        <source>{name}:{line}: not a readable CSV file ({detail})</source>
        <translation>{name}:{line}: ikkje ei lesbar CSV-fil ({detail})</translation>
    </message>
    <message>
        <source>{name}: --sheet applies to .xlsx files only</source>
        <translation>{name}: --sheet gjeld berre .xlsx-filer</translation>
    </message>
    <message>
        <source>{name}: use an .xlsx or .csv file</source>
        <translation>{name}: bruk ei .xlsx- eller .csv-fil</translation>
    </message>
    <message>
        <source>{source}: the file is empty</source>
        <translation>{source}: fila er tom</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name ending in .xlsx</source>
        <translation>{path}: er ei mappe; oppgi eit filnamn som sluttar på .xlsx</translation>
    </message>
    <message>
        <source>{path}: cannot write there ({reason})</source>
        <translation>{path}: kan ikkje skrive dit ({reason})</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten vart avbroten; inga fil vart skriven.</translation>
    </message>
    <message>
        <source>is required (a date such as 2026-01-05)</source>
        <translation>må fyllast ut (ein dato som 2026-01-05)</translation>
    </message>
    <message>
        <source>{value} is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)</source>
        <translation>{value} er ikkje ein dato (skriv DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD, t.d. 21.12.2026)</translation>
    </message>
    <message>
        <source>must be a number of hours</source>
        <translation>må vere eit tal timar</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} er ikkje eit tal</translation>
    </message>
    <message>
        <source>must be between 0 and 24</source>
        <translation>må vere mellom 0 og 24</translation>
    </message>
    <message>
        <source>lies before {field}</source>
        <translation>ligg før {field}</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>er ikkje eit kjent felt</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>må innehalde eitt JSON-objekt</translation>
    </message>
    <message>
        <source>is required (the participant&apos;s id or national id)</source>
        <translation>må fyllast ut (id-en eller fødselsnummeret til deltakaren)</translation>
    </message>
    <message>
        <source>must be an object {shape}</source>
        <translation>må vere eit objekt {shape}</translation>
    </message>
    <message>
        <source>must be a list of {shape}</source>
        <translation>må vere ei liste med {shape}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>må vere ein av {choices}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>må vere tekst</translation>
    </message>
    <message>
        <source>must be an object with a level per sub-skill</source>
        <translation>må vere eit objekt med eit nivå per delferdigheit</translation>
    </message>
    <message>
        <source>is required (a list of elements)</source>
        <translation>må fyllast ut (ei liste med element)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>må vere eit objekt</translation>
    </message>
    <message>
        <source>{value} is not an element code in the catalogue</source>
        <translation>{value} er ikkje ein elementkode i katalogen</translation>
    </message>
    <message>
        <source>is required, e.g. {example}</source>
        <translation>må fyllast ut, t.d. {example}</translation>
    </message>
    <message>
        <source>is read from the programme events: record the event</source>
        <translation>blir lese frå programhendingane: registrer hendinga</translation>
    </message>
    <message>
        <source>follows the programme events (decision, start, leave, stop, end): record the event instead</source>
        <translation>følgjer programhendingane (vedtak, start, permisjon, stans, avslutning): registrer hendinga i staden</translation>
    </message>
    <message>
        <source>the leave cannot end before it begins</source>
        <translation>permisjonen kan ikkje slutte før han byrjar</translation>
    </message>
    <message>
        <source>must be completed or stopped</source>
        <translation>må vere fullført eller stansa</translation>
    </message>
    <message>
        <source>lies before the start of the training</source>
        <translation>ligg før opplæringa starta</translation>
    </message>
    <message>
        <source>must be Monday to Friday</source>
        <translation>må vere måndag til fredag</translation>
    </message>
    <message>
        <source>must be 1 to 600</source>
        <translation>må vere 1 til 600</translation>
    </message>
    <message>
        <source>class {class_code} already exists</source>
        <translation>klassen {class_code} finst alt</translation>
    </message>
    <message>
        <source>lies before the person joined the class</source>
        <translation>ligg før personen byrja i klassen</translation>
    </message>
    <message>
        <source>the person joined their present class on {day}; a move must be dated after that</source>
        <translation>personen byrja i den noverande klassen sin {day}; eit byte må daterast etter det</translation>
    </message>
    <message>
        <source>{where} is not in the week</source>
        <translation>{where} er ikkje i veka</translation>
    </message>
    <message>
        <source>{where} is given twice</source>
        <translation>{where} er oppgitt to gonger</translation>
    </message>
    <message>
        <source>{where}: must be 1 to 600</source>
        <translation>{where}: må vere 1 til 600</translation>
    </message>
    <message>
        <source>{where}: participant {id} is not in the class that day</source>
        <translation>{where}: deltakar {id} er ikkje i klassen den dagen</translation>
    </message>
    <message>
        <source>{where}: minutes present must be 0 to {minutes}</source>
        <translation>{where}: minutt til stades må vere 0 til {minutes}</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>er ikkje eit endeleg tal</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>er for stort</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>er ikkje eit tal</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; er ikkje eit heiltal</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number from 0</source>
        <translation>&apos;{text}&apos; er ikkje eit heiltal frå 0</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>kan ikkje vere negativt</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no (write ja/nei, yes/no, true/false or 1/0)</source>
        <translation>&apos;{text}&apos; er ikkje ja eller nei (skriv ja/nei, yes/no, true/false eller 1/0)</translation>
    </message>
    <message>
        <source>is empty (write yes or no)</source>
        <translation>er tomt (skriv ja eller nei)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a level (under A1, A1, A2, B1, B2, C1)</source>
        <translation>&apos;{text}&apos; er ikkje eit nivå (under A1, A1, A2, B1, B2, C1)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a CEFR level (A1, A2, B1, B2, C1)</source>
        <translation>&apos;{text}&apos; er ikkje eit CEFR-nivå (A1, A2, B1, B2, C1)</translation>
    </message>
    <message>
        <source>give four levels: listening/reading/writing/oral, e.g. B1/B1/A2/B1</source>
        <translation>oppgi fire nivå: lytting/lesing/skriving/munnleg, t.d. B1/B1/A2/B1</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a sub-skill (listening, reading, writing, oral)</source>
        <translation>&apos;{text}&apos; er ikkje ei delferdigheit (listening, reading, writing, oral, eller lytting, lesing, skriving, munnleg)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a test ({choices})</source>
        <translation>&apos;{text}&apos; er ikkje ei prøve ({choices})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a registration level (A1-A2, A2-B1, B1-B2)</source>
        <translation>&apos;{text}&apos; er ikkje eit påmeldingsnivå (A1-A2, A2-B1, B1-B2)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an exemption kind ({choices})</source>
        <translation>&apos;{text}&apos; er ikkje ein type fritak ({choices})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a version (75h or 50h)</source>
        <translation>&apos;{text}&apos; er ikkje ein versjon (75h eller 50h)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a language code (for example nb, ar, ti, uk)</source>
        <translation>&apos;{text}&apos; er ikkje ein språkkode (til dømes nb, ar, ti, uk)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a result reference (as &apos;tests history&apos; shows it, for example norskproven:12 or exemption:3)</source>
        <translation>&apos;{text}&apos; er ikkje ein resultatreferanse (slik &apos;tests history&apos; viser han, til dømes norskproven:12 eller exemption:3)</translation>
    </message>
    <message>
        <source>is required for this test</source>
        <translation>må oppgjevast for denne prøva</translation>
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
        <translation>må vere fire siffer (t.d. 0301)</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation>må vere eit heiltal frå {low} til {high}</translation>
    </message>
    <message>
        <source>must be nb, nn or en</source>
        <translation>må vere nb, nn eller en</translation>
    </message>
    <message>
        <source>must be nb (bokmål) or nn (nynorsk)</source>
        <translation>må vere nb (bokmål) eller nn (nynorsk)</translation>
    </message>
    <message>
        <source>must be monthly or biweekly</source>
        <translation>må vere monthly (månadleg) eller biweekly (kvar andre veke)</translation>
    </message>
</context>
<context>
    <name>OpenServer</name>
    <message>
        <source>Connect to a database server</source>
        <translation>Kopla til ein databaseserver</translation>
    </message>
    <message>
        <source>Server address, for example
postgresql://user@server/introdesk</source>
        <translation>Serveradresse, til dømes
postgresql://brukar@server/introdesk</translation>
    </message>
</context>
<context>
    <name>ParticipantDocuments</name>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Select a participant in the list first.</source>
        <translation>Vel ein deltakar i lista først.</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Dokument…</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
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
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Utanlandske kvalifikasjonar og godkjenning (HK-dir, realkompetanse)</translation>
    </message>
    <message>
        <source>Foreign qualifications</source>
        <translation>Utanlandske kvalifikasjonar</translation>
    </message>
    <message>
        <source>row %1: years must be a number</source>
        <translation>rad %1: år må vere eit tal</translation>
    </message>
    <message>
        <source>row %1: not a date (dd.mm.yyyy)</source>
        <translation>rad %1: ikkje ein dato (dd.mm.åååå)</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltakar</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Rediger deltakar</translation>
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
        <translation>Mål og reglar</translation>
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
        <source>Not a date: write dd.mm.yyyy.</source>
        <translation>Ikkje ein dato: skriv dd.mm.åååå.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to save (%1).</source>
        <translation>Rett felta som er merkte med raudt, for å lagre (%1).</translation>
    </message>
    <message>
        <source>A national ID number has 11 digits.</source>
        <translation>Eit fødselsnummer har 11 siffer.</translation>
    </message>
    <message>
        <source>Digits only, please.</source>
        <translation>Berre siffer.</translation>
    </message>
    <message>
        <source>The check digits do not match: check the number for typing errors.</source>
        <translation>Kontrollsifra stemmer ikkje: sjekk nummeret for skrivefeil.</translation>
    </message>
    <message>
        <source>The birth date in the number is impossible or in the future.</source>
        <translation>Fødselsdatoen i nummeret er umogleg eller fram i tid.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Må fyllast ut.</translation>
    </message>
    <message>
        <source>Lies in the future.</source>
        <translation>Ligg fram i tid.</translation>
    </message>
    <message>
        <source>Is before the birth date.</source>
        <translation>Er før fødselsdatoen.</translation>
    </message>
    <message>
        <source>Does not match the birth date in the national ID.</source>
        <translation>Stemmer ikkje med fødselsdatoen i fødselsnummeret.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Ikkje ei e-postadresse.</translation>
    </message>
    <message>
        <source>Give a reason for the chosen goal.</source>
        <translation>Skriv ei grunngiving for det valde målet.</translation>
    </message>
    <message>
        <source>Already belongs to another participant.</source>
        <translation>Høyrer allereie til ein annan deltakar.</translation>
    </message>
    <message>
        <source>Right and duty</source>
        <translation>Rett og plikt</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristar</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>utført %1</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dagar over fristen</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 dagar att</translation>
    </message>
    <message>
        <source>not relevant in this phase</source>
        <translation>ikkje aktuell i denne fasen</translation>
    </message>
    <message>
        <source>unknown (no education level)</source>
        <translation>ukjend (utdanningsnivå manglar)</translation>
    </message>
    <message>
        <source>Recommended end goal</source>
        <translation>Tilrådd sluttmål</translation>
    </message>
    <message>
        <source>Recommended Norwegian goal</source>
        <translation>Tilrådd norskmål</translation>
    </message>
    <message>
        <source>listening/reading/writing/oral</source>
        <translation>lytting/lesing/skriving/munnleg</translation>
    </message>
</context>
<context>
    <name>ParticipantLabels</name>
    <message>
        <source>Unknown (missing facts)</source>
        <translation>Ukjend (manglar opplysningar)</translation>
    </message>
    <message>
        <source>Right and duty</source>
        <translation>Rett og plikt</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Berre rett</translation>
    </message>
    <message>
        <source>May be offered</source>
        <translation>Kan tilbydast</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ikkje omfatta</translation>
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
        <translation>Kollektivt vern</translation>
    </message>
    <message>
        <source>Family immigration</source>
        <translation>Familieinnvandring</translation>
    </message>
    <message>
        <source>Independent permit</source>
        <translation>Sjølvstendig løyve</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <source>Family of a labour immigrant</source>
        <translation>Familie til arbeidsinnvandrar</translation>
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
        <translation>Anna</translation>
    </message>
    <message>
        <source>Integration Act (2021)</source>
        <translation>Integreringslova (2021)</translation>
    </message>
    <message>
        <source>Introduction Act (before 2021)</source>
        <translation>Introduksjonslova (før 2021)</translation>
    </message>
    <message>
        <source>Chapter 6A</source>
        <translation>Kapittel 6A</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>Ingen skulegang</translation>
    </message>
    <message>
        <source>Some primary school</source>
        <translation>Delar av grunnskule</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Grunnskule</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Vidaregåande</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Høgare utdanning</translation>
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
        <translation>Kvalifisering for høgare utdanning eller arbeid</translation>
    </message>
    <message>
        <source>Complete upper secondary</source>
        <translation>Fullført vidaregåande opplæring</translation>
    </message>
    <message>
        <source>Work or primary school</source>
        <translation>Arbeid eller grunnskule</translation>
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
        <translation>Toårsgrensa</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Ikkje søkt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Søkt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjend</translation>
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
        <translation>&amp;Del med rettleiar…</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Del…</translation>
    </message>
    <message>
        <source>Let another adviser see the selected participant</source>
        <translation>La ein annan rettleiar sjå den valde deltakaren</translation>
    </message>
    <message>
        <source>Share with adviser</source>
        <translation>Del med rettleiar</translation>
    </message>
    <message>
        <source>Select a participant in the list first.</source>
        <translation>Vel ein deltakar i lista først.</translation>
    </message>
    <message>
        <source>Let this adviser see %1 too:</source>
        <translation>La denne rettleiaren òg sjå %1:</translation>
    </message>
    <message>
        <source>%1 is now shared with %2.</source>
        <translation>%1 er no delt med %2.</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dagar over fristen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Rettleiar</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Busett</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Neste frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar att</translation>
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
        <source>Search by name, number or adviser (Ctrl+F)</source>
        <translation>Søk på namn, nummer eller rettleiar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Rettleiar</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusar</translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation>Alle fristar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Frist innan 14 dagar</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverte</translation>
    </message>
    <message>
        <source>No participants yet. Add one with “New…”, or import a list from Excel or CSV with “Import…”.</source>
        <translation>Ingen deltakarar enno. Legg til med «Ny…», eller importer ei liste frå Excel eller CSV med «Importer…».</translation>
    </message>
    <message>
        <source>Right-click to choose the columns shown</source>
        <translation>Høgreklikk for å velje kolonnar</translation>
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
        <translation>Programhen&amp;dingar…</translation>
    </message>
    <message>
        <source>Decision, start, leave, stop, resumption and end of the selected participant&apos;s programme</source>
        <translation>Vedtak, oppstart, permisjon, stans, gjenopptaking og avslutning av programmet for vald deltakar</translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation>Alle rettleiarar</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltakar</numerusform>
            <numerusform>%n deltakarar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 blir viste</translation>
    </message>
    <message>
        <source>Archive participant</source>
        <translation>Arkiver deltakar</translation>
    </message>
    <message>
        <source>Archive %1? The participant disappears from the list but nothing is deleted; archived participants are shown with “Show archived”.</source>
        <translation>Arkivere %1? Deltakaren forsvinn frå lista, men ingenting blir sletta; arkiverte deltakarar blir viste med «Vis arkiverte».</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer deltakarar</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Rekneark (*.xlsx *.csv)</translation>
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
        <translation>Deltakarbevis</translation>
    </message>
    <message>
        <source>Deduction statement</source>
        <translation>Oversikt over trekk</translation>
    </message>
    <message>
        <source>Documents for %1</source>
        <translation>Dokument for %1</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Language beside Norwegian:</source>
        <translation>&amp;Språk ved sida av norsk:</translation>
    </message>
    <message>
        <source>Preview is not available on this computer; you can still save.</source>
        <translation>Førehandsvising er ikkje tilgjengeleg på denne datamaskina; du kan likevel lagre.</translation>
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
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Kunne ikkje lagre %1: %2</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ikkje skrive ut</translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation>Kunne ikkje skrive ut: %1</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <source>Given name *</source>
        <translation>Førenamn *</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Etternamn *</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Føretrekt namn</translation>
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
        <translation>Statsborgarskap</translation>
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
        <translation>Treng tolk</translation>
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
        <translation>Mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tys</translation>
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
        <translation>Lau</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Plan element</source>
        <translation>Tiltak i planen</translation>
    </message>
    <message>
        <source>Counted hours: a 45-minute Norwegian or social-studies lesson counts 75 minutes.</source>
        <translation>Teljande timar: ein undervisningstime på 45 minutt i norsk eller samfunnskunnskap tel 75 minutt.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Timar per dag</translation>
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
        <translation>Deltakar:</translation>
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
        <translation>Må reviderast</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Hours</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>Write a number of hours from 0 to 24.</source>
        <translation>Skriv eit tal timar frå 0 til 24.</translation>
    </message>
    <message>
        <source>Remove element</source>
        <translation>Fjern tiltak</translation>
    </message>
    <message>
        <source>Remove %1 (%2 – %3) from the draft?</source>
        <translation>Fjerne %1 (%2 – %3) frå utkastet?</translation>
    </message>
    <message>
        <source>Cannot sign yet</source>
        <translation>Kan ikkje signerast enno</translation>
    </message>
    <message>
        <source>Sign plan</source>
        <translation>Signer plan</translation>
    </message>
    <message>
        <source>Signed by (adviser):</source>
        <translation>Signert av (rettleiar):</translation>
    </message>
    <message>
        <source>Revise plan</source>
        <translation>Revider plan</translation>
    </message>
    <message>
        <source>Why is the plan revised? (The signed version stays as it is.)</source>
        <translation>Kvifor blir planen revidert? (Den signerte versjonen blir ståande som han er.)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>No findings: the plan is full time, year round and complete.</source>
        <translation>Ingen funn: planen er på fulltid, heilårleg og komplett.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 feil, %2 åtvaring(ar), %3 merknad(er)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versjonar</translation>
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
        <translation>Grunngiving / endring</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <source>Upper-secondary education</source>
        <translation>Vidaregåande opplæring</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Høgare utdanning</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Grunnskule</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
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
        <translation>Munnleg</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Åtvaring</translation>
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
        <translation>Fjerna %1: %2</translation>
    </message>
    <message>
        <source>Changed %1: %2 → %3</source>
        <translation>Endra %1: %2 → %3</translation>
    </message>
    <message>
        <source>signed %1 by %2</source>
        <translation>signert %1 av %2</translation>
    </message>
    <message>
        <source>Version %1 of %2: %3</source>
        <translation>Versjon %1 av %2: %3</translation>
    </message>
    <message>
        <source>(an older draft)</source>
        <translation>(eit eldre utkast)</translation>
    </message>
    <message>
        <source>The plan has errors (see Findings). Correct them before the plan and the integration contract are signed.</source>
        <translation>Planen har feil (sjå Funn). Rett dei før planen og integreringskontrakten blir signerte.</translation>
    </message>
    <message>
        <source>Sign version %1 and the integration contract today? A signed version can never be changed; later changes are made as a revision. The participant is in the programme from %2.</source>
        <translation>Signere versjon %1 og integreringskontrakten i dag? Ein signert versjon kan aldri endrast; seinare endringar blir gjorde som ein revisjon. Deltakaren er i programmet frå %2.</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Vekeplan</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Førre veke</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Neste veke</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Veka som startar</translation>
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
        <translation>Flytt ei veke tidlegare</translation>
    </message>
    <message>
        <source>Move a week later</source>
        <translation>Flytt ei veke seinare</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>veke %1</translation>
    </message>
    <message>
        <source>Counted hours every such weekday from %1 to %2</source>
        <translation>Teljande timar kvar slik vekedag frå %1 til %2</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>heilagdag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Total this week</source>
        <translation>Sum denne veka</translation>
    </message>
    <message>
        <source>Plan and goals</source>
        <translation>Plan og mål</translation>
    </message>
    <message>
        <source>Why the goals differ from the recommendation</source>
        <translation>Kvifor måla avvik frå tilrådinga</translation>
    </message>
    <message>
        <source>Save plan details</source>
        <translation>Lagre plandetaljar</translation>
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
        <translation>Grunngiving for mål</translation>
    </message>
    <message>
        <source>The plan cannot end before it starts.</source>
        <translation>Planen kan ikkje slutte før han startar.</translation>
    </message>
    <message>
        <source>A new plan starts next Monday and runs for the longest ordinary period the rules allow for this participant, with the recommended Norwegian goal filled in. Change the period and goals afterwards.</source>
        <translation>Ein ny plan startar neste måndag og varer den lengste ordinære perioden reglane gir denne deltakaren, med tilrådd norskmål fylt ut. Periode og mål kan endrast etterpå.</translation>
    </message>
    <message>
        <source>&amp;Create plan</source>
        <translation>&amp;Opprett plan</translation>
    </message>
    <message>
        <source>No participants yet: add or import them on the Participants page</source>
        <translation>Ingen deltakarar enno: legg til eller importer dei på sida Deltakarar</translation>
    </message>
    <message>
        <source>No plan yet for %1</source>
        <translation>Ingen plan enno for %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeEvents</name>
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
        <translation>Gjenopptaking</translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation>Avbrot</translation>
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
        <translation>Eigen langvarig sjukdom</translation>
    </message>
    <message>
        <source>Child&apos;s long-term illness</source>
        <translation>Langvarig sjukdom hos barn</translation>
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
        <translation>Anna permisjon</translation>
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
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Declined or did not turn up</source>
        <translation>Takka nei eller møtte ikkje</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anna årsak</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
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
        <translation>Grunngiving</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Programme events: %1</source>
        <translation>Programhendingar: %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hending</translation>
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
        <source>&amp;Change…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Each event is saved at once and checked against the ones before it (integreringsloven §§ 19–20, integreringsforskriften § 16).</source>
        <translation>Kvar hending blir lagra med ein gong og kontrollert mot hendingane før henne (integreringslova §§ 19–20, integreringsforskrifta § 16).</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>med stønad</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>utan stønad</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Fjern hending</translation>
    </message>
    <message>
        <source>Remove this event recorded by mistake? This is logged.</source>
        <translation>Fjerne denne hendinga, som vart registrert ved ein feil? Dette blir logga.</translation>
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
        <translation>Rettleiar</translation>
    </message>
    <message>
        <source>Permit type</source>
        <translation>Løyvetype</translation>
    </message>
    <message>
        <source>Permit granted</source>
        <translation>Løyve gitt</translation>
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
        <translation>Busetjingskommune</translation>
    </message>
    <message>
        <source>Settlement date</source>
        <translation>Busetjingsdato</translation>
    </message>
    <message>
        <source>First settled in Norway on</source>
        <translation>Første gong busett i Noreg</translation>
    </message>
    <message>
        <source>The first settlement in any Norwegian municipality: the two years of integreringsloven § 8 count from it. Empty: the settlement date above.</source>
        <translation>Første busetjing i ein norsk kommune: dei to åra i integreringslova § 8 blir rekna frå ho. Tomt: busetjingsdatoen over.</translation>
    </message>
    <message>
        <source>Asked to take part on</source>
        <translation>Bad om å delta</translation>
    </message>
    <message>
        <source>Settled by agreement with IMDi</source>
        <translation>Busett etter avtale med IMDi</translation>
    </message>
    <message>
        <source>Children under 18</source>
        <translation>Barn under 18</translation>
    </message>
    <message>
        <source>Expecting a child</source>
        <translation>Ventar barn</translation>
    </message>
    <message>
        <source>Lives with parents</source>
        <translation>Bur med foreldre</translation>
    </message>
    <message>
        <source>Spouse or cohabitant (participant id)</source>
        <translation>Ektefelle eller sambuar (deltakar-ID)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The participant id of a spouse or cohabitant who also takes part: without children, each gets 5/6 of the rate (integreringsloven § 20).</source>
        <translation>Deltakar-ID til ektefelle eller sambuar som også deltek: utan barn får kvar 5/6 av satsen (integreringslova § 20).</translation>
    </message>
    <message>
        <source>Competence mapped on</source>
        <translation>Kompetanse kartlagd</translation>
    </message>
    <message>
        <source>Decision made on</source>
        <translation>Vedtak gjort</translation>
    </message>
    <message>
        <source>Programme started on</source>
        <translation>Program starta</translation>
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
        <translation>Trekk for fråvær</translation>
    </message>
    <message>
        <source>Other benefit</source>
        <translation>Anna yting</translation>
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
        <translation>Deltakar-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Vekedag</translation>
    </message>
    <message>
        <source>Planned (hours)</source>
        <translation>Planlagt (timar)</translation>
    </message>
    <message>
        <source>Attended (hours)</source>
        <translation>Møtt (timar)</translation>
    </message>
    <message>
        <source>Valid absence (hours)</source>
        <translation>Gyldig fråvær (timar)</translation>
    </message>
    <message>
        <source>Invalid absence (hours)</source>
        <translation>Ugyldig fråvær (timar)</translation>
    </message>
    <message>
        <source>Not registered (hours)</source>
        <translation>Ikkje registrert (timar)</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Løn</translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Pay type</source>
        <translation>Lønsart</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timar</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Amount (NOK)</source>
        <translation>Beløp (kr)</translation>
    </message>
    <message>
        <source>Decision required</source>
        <translation>Vedtak krevst</translation>
    </message>
    <message>
        <source>Registration missing</source>
        <translation>Manglar registrering</translation>
    </message>
    <message>
        <source>The payment cannot be negative</source>
        <translation>Utbetalinga kan ikkje bli negativ</translation>
    </message>
    <message>
        <source>No decision on the programme</source>
        <translation>Ikkje vedtak om introduksjonsprogram</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristar</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Rettleiar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline for</source>
        <translation>Frist gjeld</translation>
    </message>
    <message>
        <source>Runs from</source>
        <translation>Går frå</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar att</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskriden</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Competence mapping within {months} months of settlement or of the request to take part (Integration Act § 12).</source>
        <translation>Kompetansekartlegging innan {months} månader etter busetjing eller førespurnad om deltaking (integreringslova § 12).</translation>
    </message>
    <message>
        <source>Decision on the Introduction Programme within {months} months of settlement or of the request to take part (Integration Act § 12).</source>
        <translation>Vedtak om introduksjonsprogram innan {months} månader etter busetjing eller førespurnad om deltaking (integreringslova § 12).</translation>
    </message>
    <message>
        <source>The programme must start within {months} months of settlement or of the request to take part (Integration Act § 12).</source>
        <translation>Programmet skal starte seinast {months} månader etter busetjing eller førespurnad om deltaking (integreringslova § 12).</translation>
    </message>
    <message>
        <source>The decision must be made while the participant has lived less than 2 years in a Norwegian municipality, counted from the first settlement (Integration Act § 8).</source>
        <translation>Vedtak må gjerast medan deltakaren har budd under 2 år i ein norsk kommune, rekna frå første busetjing (integreringslova § 8).</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Saksmengd</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>With overdue deadline</source>
        <translation>Med overskriden frist</translation>
    </message>
    <message>
        <source>(no adviser)</source>
        <translation>(utan rettleiar)</translation>
    </message>
    <message>
        <source>Below A1</source>
        <translation>Under A1</translation>
    </message>
    <message>
        <source>(unknown participant {id})</source>
        <translation>(ukjend deltakar {id})</translation>
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
        <translation>Delferdigheit</translation>
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
        <translation>Endring i nivå (steg)</translation>
    </message>
    <message>
        <source>Social studies ({version})</source>
        <translation>Samfunnskunnskap ({version})</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation>Planlagd sluttdato</translation>
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
        <translation>Hovudaktivitet etter avslutning</translation>
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
        <translation>Karriererettleiing gjennomført</translation>
    </message>
    <message>
        <source>Integration contract</source>
        <translation>Integreringskontrakt</translation>
    </message>
    <message>
        <source>Planned duration (months)</source>
        <translation>Planlagd varigheit (månader)</translation>
    </message>
    <message>
        <source>Actual duration (months)</source>
        <translation>Faktisk varigheit (månader)</translation>
    </message>
    <message>
        <source>Extension (months)</source>
        <translation>Forlenging (månader)</translation>
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
        <translation>NIR: manglar eller for seint</translation>
    </message>
    <message>
        <source>exit reason missing</source>
        <translation>avslutningsårsak manglar</translation>
    </message>
    <message>
        <source>end goal missing</source>
        <translation>sluttmål manglar</translation>
    </message>
    <message>
        <source>national ID number missing</source>
        <translation>fødselsnummer manglar</translation>
    </message>
    <message>
        <source>not registered by the deadline</source>
        <translation>ikkje registrert innan fristen</translation>
    </message>
    <message>
        <source>registered after the deadline</source>
        <translation>registrert etter fristen</translation>
    </message>
    <message>
        <source>Plan exists</source>
        <translation>Plan finst</translation>
    </message>
    <message>
        <source>Plan signed</source>
        <translation>Plan signert</translation>
    </message>
    <message>
        <source>End goal set</source>
        <translation>Sluttmål sett</translation>
    </message>
    <message>
        <source>Full time valid</source>
        <translation>Fulltid gyldig</translation>
    </message>
    <message>
        <source>Mandatory elements</source>
        <translation>Obligatoriske element</translation>
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
        <translation>Manglar</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Timar opplæring</translation>
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
        <translation>Gjennomførte timar norsk</translation>
    </message>
    <message>
        <source>Hours completed in social studies</source>
        <translation>Gjennomførte timar samfunnskunnskap</translation>
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
        <translation>Lærar</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Startar kl.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fag</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutt</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>Minutes present</source>
        <translation>Minutt til stades</translation>
    </message>
    <message>
        <source>Teaching hours (45 min)</source>
        <translation>Undervisningstimar (45 min)</translation>
    </message>
    <message>
        <source>Programme hours</source>
        <translation>Programtimar</translation>
    </message>
    <message>
        <source>Training deadlines</source>
        <translation>Fristar opplæring</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varsel</translation>
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
        <translation>Parametrar</translation>
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
        <translation>Laga</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Laga av</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>Tal på rader</translation>
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
        <translation>Frå</translation>
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
        <translation>Deltakar × dag: planlagde timar og timar med oppmøte, gyldig og ugyldig fråvær.</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Lønsgrunnlag</translation>
    </message>
    <message>
        <source>One row per participant and pay component of the month&apos;s introduction benefit.</source>
        <translation>Éi rad per deltakar og lønsart i introduksjonsstønaden for månaden.</translation>
    </message>
    <message>
        <source>Test results and progress</source>
        <translation>Prøveresultat og progresjon</translation>
    </message>
    <message>
        <source>Norskprøven, social studies and citizenship results, against the Norwegian goal.</source>
        <translation>Resultat frå Norskprøven, samfunnskunnskapsprøven og statsborgarprøven, målte mot norskmålet.</translation>
    </message>
    <message>
        <source>Start deadlines</source>
        <translation>Fristar ved oppstart</translation>
    </message>
    <message>
        <source>Open mapping, decision and programme-start deadlines: days left and overdue. A period keeps deadlines due in it.</source>
        <translation>Opne fristar for kartlegging, vedtak og programstart: dagar att og overskridne fristar. Ein periode viser berre fristar som går ut i perioden.</translation>
    </message>
    <message>
        <source>Caseload per adviser</source>
        <translation>Saksmengd per rettleiar</translation>
    </message>
    <message>
        <source>Per adviser: participants by status and right/duty category, and overdue deadlines.</source>
        <translation>Per rettleiar: deltakarar etter status og kategori for rett og plikt, og overskridne fristar.</translation>
    </message>
    <message>
        <source>Outcomes and exits (NIR)</source>
        <translation>Resultat og avslutningar (NIR)</translation>
    </message>
    <message>
        <source>Exits by reason, end goals, planned vs actual duration, extensions; flags data missing for NIR or registered later than 2 months.</source>
        <translation>Avslutningar etter årsak, sluttmål, planlagd og faktisk varigheit, forlengingar; markerer opplysningar som manglar i NIR eller er registrerte seinare enn 2 månader.</translation>
    </message>
    <message>
        <source>Supervision readiness</source>
        <translation>Klar for tilsyn</translation>
    </message>
    <message>
        <source>Per participant: plan exists and is signed, end goal, full time, mandatory elements, mapping, career guidance, contract.</source>
        <translation>Per deltakar: plan finst og er signert, sluttmål, fulltid, obligatoriske element, kartlegging, karriererettleiing, kontrakt.</translation>
    </message>
    <message>
        <source>Training hours per year (NIR)</source>
        <translation>Timar i norskopplæring per år (NIR)</translation>
    </message>
    <message>
        <source>Per participant and year: hours completed in Norwegian and social studies, programme, category, start, deadline and goal, with the register&apos;s field names.</source>
        <translation>Per deltakar og år: gjennomførte timar i norsk og samfunnskunnskap, program, kategori, oppstart, frist og norskmål, med feltnamna til registeret.</translation>
    </message>
    <message>
        <source>Class attendance</source>
        <translation>Oppmøte i klassane</translation>
    </message>
    <message>
        <source>Per class, lesson and member: date, subject, minutes, present or absent, counted hours.</source>
        <translation>Per klasse, time og deltakar: dato, fag, minutt, til stades eller fråverande, talde timar.</translation>
    </message>
    <message>
        <source>Training deadlines</source>
        <translation>Fristar i norskopplæringa</translation>
    </message>
    <message>
        <source>Participants in training: deadline, days left, overdue, goal met and warnings.</source>
        <translation>Deltakarar i opplæring: frist, dagar att, overskriden, norskmål nådd og varsel.</translation>
    </message>
    <message>
        <source>registered attendance</source>
        <translation>registrert oppmøte</translation>
    </message>
    <message>
        <source>the monthly benefit calculation</source>
        <translation>den månadlege utrekninga av introduksjonsstønad</translation>
    </message>
    <message>
        <source>registered test results</source>
        <translation>registrerte prøveresultat</translation>
    </message>
    <message>
        <source>programme exits and plans with end goals</source>
        <translation>avslutningar og planar med sluttmål</translation>
    </message>
    <message>
        <source>integration plans, their signatures and the integration contract</source>
        <translation>integreringsplanar, signaturane på dei og integreringskontrakten</translation>
    </message>
    <message>
        <source>training records and lessons</source>
        <translation>opplæringsopplysningar og undervisningstimar</translation>
    </message>
    <message>
        <source>classes and lesson attendance</source>
        <translation>klassar og oppmøte i timane</translation>
    </message>
    <message>
        <source>training records</source>
        <translation>opplæringsopplysningar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
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
        <translation>Opne mappa</translation>
    </message>
    <message>
        <source>(not available yet)</source>
        <translation>(ikkje tilgjengeleg enno)</translation>
    </message>
    <message>
        <source>Not available yet: this report needs %1.</source>
        <translation>Ikkje tilgjengeleg enno: denne rapporten treng %1.</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Frå – til</translation>
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
        <translation>Skriv %1 …</translation>
    </message>
    <message>
        <source>%1 rows written…</source>
        <translation>%1 rader skrivne …</translation>
    </message>
    <message>
        <source>Saving report</source>
        <translation>Lagrar rapport</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2</source>
        <translation>Lagra %1 rader i %2</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Avbrote: inga fil vart skriven.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Municipality (shared by all users of this database)</source>
        <translation>Kommunen (felles for alle som brukar denne databasen)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation>Kommunenamn</translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>Revise signed plans every (months)</source>
        <translation>Revider signerte planar kvar (månad)</translation>
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
        <translation>Målform i dokument</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Denne brukaren</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Språk i programmet</translation>
    </message>
    <message>
        <source>Unit on documents</source>
        <translation>Eining på dokument</translation>
    </message>
    <message>
        <source>Phone on documents</source>
        <translation>Telefon på dokument</translation>
    </message>
    <message>
        <source>E-mail on documents</source>
        <translation>E-post på dokument</translation>
    </message>
    <message>
        <source>Logo on documents (PNG or JPEG)</source>
        <translation>Logo på dokument (PNG eller JPEG)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Choose the municipality&apos;s logo</source>
        <translation>Vel logoen til kommunen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilete (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The new language is used the next time IntroDesk starts.</source>
        <translation>Det nye språket blir brukt neste gong IntroDesk startar.</translation>
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
        <translation>Stansa frå</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngiving</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Could not read or write a file: %1</source>
        <translation>Kunne ikkje lese eller skrive ei fil: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryt …</translation>
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
        <translation>Kvifor (blir lagra i endringsloggen)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grunngiving</translation>
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
        <translation>Slette dette resultatet? Det tel ikkje lenger mot mål og krav.
%1</translation>
    </message>
    <message>
        <source>Correct test result</source>
        <translation>Rett prøveresultat</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Lagre rettinga</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikkje oppgitt</translation>
    </message>
    <message>
        <source>Sub-s&amp;kill</source>
        <translation>&amp;Ferdigheit</translation>
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
        <translation>&amp;Heimel</translation>
    </message>
</context>
<context>
    <name>TestsPage</name>
    <message>
        <source>unknown</source>
        <translation>ukjend</translation>
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
        <translation>ikkje sett mål</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Rettleiar</translation>
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
        <translation>Dagar att</translation>
    </message>
    <message>
        <source>Permanent residence (language)</source>
        <translation>Permanent opphald (språk)</translation>
    </message>
    <message>
        <source>Citizenship (language)</source>
        <translation>Statsborgarskap (språk)</translation>
    </message>
    <message>
        <source>Search by name or adviser (Ctrl+F)</source>
        <translation>Søk på namn eller rettleiar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only below goal with deadline within</source>
        <translation>Berre under mål med frist innan</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Eksporter til Excel …</translation>
    </message>
    <message>
        <source>No participants yet. Add or import them on the Participants page; their Norwegian goals and test results are followed here.</source>
        <translation>Ingen deltakarar enno. Legg til eller importer dei på sida Deltakarar; norskmål og prøveresultat blir følgde opp her.</translation>
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
        <translation>frå planen</translation>
    </message>
    <message>
        <source>set by the adviser</source>
        <translation>sett av rettleiar</translation>
    </message>
    <message>
        <source>recommended for the education background</source>
        <translation>tilrådd ut frå utdanningsbakgrunn</translation>
    </message>
    <message>
        <source>none (education background missing)</source>
        <translation>ingen (utdanningsbakgrunn manglar)</translation>
    </message>
    <message>
        <source>Training deadline: %1 · Norwegian goal: %2</source>
        <translation>Frist for opplæring: %1 · norskmål: %2</translation>
    </message>
    <message>
        <source>Hours completed: Norwegian %1, social studies %2</source>
        <translation>Gjennomførte timar: norsk %1, samfunnskunnskap %2</translation>
    </message>
    <message>
        <source>Duty to sit the final tests: Norwegian %1, social studies %2</source>
        <translation>Plikt til avsluttande prøver: norsk %1, samfunnskunnskap %2</translation>
    </message>
    <message>
        <source>Language part of permanent residence: %1 · citizenship: %2</source>
        <translation>Språkdelen av permanent opphald: %1 · statsborgarskap: %2</translation>
    </message>
    <message>
        <source>Covers only the language and test requirements, not the other conditions; UDI decides.</source>
        <translation>Gjeld berre krava til norsk og prøver, ikkje dei andre vilkåra; UDI avgjer.</translation>
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
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 blir viste</translation>
    </message>
    <message>
        <source>Record a result</source>
        <translation>Registrer eit resultat</translation>
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
        <translation>Statsborgarprøven</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikkje oppgitt</translation>
    </message>
    <message>
        <source>75 hours</source>
        <translation>75 timar</translation>
    </message>
    <message>
        <source>50 hours</source>
        <translation>50 timar</translation>
    </message>
    <message>
        <source>Language code of the test, for example nb, ar, ti, uk</source>
        <translation>Språkkode for prøva, til dømes nb, ar, ti, uk</translation>
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
        <translation>&amp;Ferdigheit</translation>
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
        <translation>ikkje bestått</translation>
    </message>
</context>
<context>
    <name>TrainingDialogs</name>
    <message>
        <source>Monday</source>
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tysdag</translation>
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
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>&amp;Lærar</translation>
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
        <translation>Minutt</translation>
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
        <translation>&amp;Frå</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Opplæringsopplysningar</translation>
    </message>
    <message>
        <source>e.g. integreringsloven § 29</source>
        <translation>t.d. integreringslova § 29</translation>
    </message>
    <message>
        <source>Register &amp;exemption</source>
        <translation>Registrer &amp;fritak</translation>
    </message>
    <message>
        <source>Exemption from</source>
        <translation>Fritak frå</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Heimel</translation>
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
        <translation>Frå</translation>
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
        <translation>Godkjend permisjon</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Avbrote</translation>
    </message>
    <message>
        <source>E&amp;nd training…</source>
        <translation>&amp;Avslutt opplæringa…</translation>
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
        <translation>Avslutt opplæringa</translation>
    </message>
    <message>
        <source>End this person&apos;s training? This is recorded in the log.</source>
        <translation>Vil du avslutte opplæringa for denne personen? Dette blir registrert i loggen.</translation>
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
        <translation>Avsluttande prøve i norsk</translation>
    </message>
    <message>
        <source>Social-studies test</source>
        <translation>Prøve i samfunnskunnskap</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Mon</source>
        <translation>Mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tys</translation>
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
        <translation>Lau</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>Present %1 of %2 minutes</source>
        <translation>Til stades %1 av %2 minutt</translation>
    </message>
    <message>
        <source>Right and duty</source>
        <translation>Rett og plikt</translation>
    </message>
    <message>
        <source>Duty only (pays)</source>
        <translation>Berre plikt (betaler sjølv)</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Berre rett</translation>
    </message>
    <message>
        <source>Neither (may buy a course)</source>
        <translation>Verken rett eller plikt (kan kjøpe kurs)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <source>Not enrolled in training</source>
        <translation>Ikkje registrert i opplæring</translation>
    </message>
    <message>
        <source>Deadline near, goal not met</source>
        <translation>Frist nær, norskmål ikkje nådd</translation>
    </message>
    <message>
        <source>Deadline passed, goal not met</source>
        <translation>Frist ute, norskmål ikkje nådd</translation>
    </message>
    <message>
        <source>Social-studies hours short</source>
        <translation>For få timar samfunnskunnskap</translation>
    </message>
    <message>
        <source>Norwegian test not taken</source>
        <translation>Avsluttande prøve i norsk manglar</translation>
    </message>
    <message>
        <source>Social-studies test not taken</source>
        <translation>Prøve i samfunnskunnskap manglar</translation>
    </message>
    <message>
        <source>Exemption without legal basis</source>
        <translation>Fritak utan heimel</translation>
    </message>
    <message>
        <source>Category unknown (permit missing)</source>
        <translation>Ukjend kategori (løyve manglar)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lærar</translation>
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
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Norwegian
hours</source>
        <translation>Timar
norsk</translation>
    </message>
    <message>
        <source>Social-studies
hours</source>
        <translation>Timar
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
        <translation>Varsel</translation>
    </message>
    <message>
        <source>Hours and warnings</source>
        <translation>Timar og varsel</translation>
    </message>
    <message>
        <source>&amp;New class…</source>
        <translation>&amp;Ny klasse…</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>Legg til &amp;deltakar…</translation>
    </message>
    <message>
        <source>&amp;Move to class…</source>
        <translation>&amp;Flytt til klasse…</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassar</translation>
    </message>
    <message>
        <source>Members today</source>
        <translation>Deltakarar i dag</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Fø&amp;rre veke</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>Neste &amp;veke ▶</translation>
    </message>
    <message>
        <source>&amp;Save week</source>
        <translation>&amp;Lagre veke</translation>
    </message>
    <message>
        <source>Keys: P or T = present, A or F = absent, digits = minutes present, Delete = clear, Ctrl+S = save the week.</source>
        <translation>Tastar: T eller P = til stades, F eller A = fråvær, tal = minutt til stades, Delete = tøm, Ctrl+S = lagre veka.</translation>
    </message>
    <message>
        <source>Training &amp;record…</source>
        <translation>Opplærings&amp;opplysningar…</translation>
    </message>
    <message>
        <source>Exemptions, approved leave and the end of the training</source>
        <translation>Fritak, godkjend permisjon og avslutning av opplæringa</translation>
    </message>
    <message>
        <source>No classes yet: make one with “New class…”.</source>
        <translation>Ingen klassar enno: opprett ein med «Ny klasse…».</translation>
    </message>
    <message>
        <source>Week %1 (%2–%3)</source>
        <translation>Veke %1 (%2–%3)</translation>
    </message>
    <message>
        <source>Choose a person in the table to see the warnings in full.</source>
        <translation>Vel ein person i tabellen for å sjå varsla i heilskap.</translation>
    </message>
    <message>
        <source>Not saved yet (Ctrl+S).</source>
        <translation>Ikkje lagra enno (Ctrl+S).</translation>
    </message>
    <message>
        <source>Unsaved attendance</source>
        <translation>Oppmøte er ikkje lagra</translation>
    </message>
    <message>
        <source>The attendance entered for this week is not saved. Discard it?</source>
        <translation>Oppmøtet du har ført for denne veka, er ikkje lagra. Vil du forkaste det?</translation>
    </message>
    <message>
        <source>Saved %1 lesson(s).</source>
        <translation>Lagra %1 time(ar).</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Legg til deltakar</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltakar</translation>
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
        <translation>Ulagra endringar</translation>
    </message>
    <message>
        <source>You have unsaved changes in %1.</source>
        <translation>Du har ulagra endringar i %1.</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Du har ulagra endringar.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Vil du lagre dei før du går vidare?</translation>
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
        <translation>Brukarrettleiing</translation>
    </message>
    <message>
        <source>The user guide was not found: %1</source>
        <translation>Fann ikkje brukarrettleiinga: %1</translation>
    </message>
</context>
</TS>
