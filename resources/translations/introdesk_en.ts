<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <source>Plans, attendance, tests and benefit for the Introduction Programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences: IntroDesk is free software (EUPL 1.2). It uses Qt for Python (PySide6 %1, LGPLv3), SQLAlchemy and Alembic (MIT), ReportLab (BSD), openpyxl (MIT) and the Noto fonts (SIL Open Font License).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IntroDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned, not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked month: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the participants of one adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;present as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one to register this week. Participants appear here when they have a plan with activities in the week: make plans on the Plans page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type hours (6 or 7,5), an absence code for the whole planned day (ug, fe, eg, sm, sb, vp, up …), or a code and hours (ug 2). Enter moves down, Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no registration on %2 (%3 h planned, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unsaved change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day(s) filled as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day(s) copied from last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norskprøven result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social studies test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written standard of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant id: a number, or empty for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitPage</name>
    <message>
        <source>Lock month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept missing registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other income…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision letter and deduction statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benefit for this month. The benefit is computed for participants in the programme (a signed plan) from their registered attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked (as paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: not yet sent to payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deduction needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days missing registration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a participant in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: %1 participant(s), net total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the missing registrations are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept missing registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are they accepted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount for the month (0 removes it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>introdesk: interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the data folder: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is nested too deeply; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected {kind}; nothing more was done. A report without personal data: {saved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norw. goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: no settlement or request date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id}: {count} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id}: {count} event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit {month} ({state}): {count} participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit {month} ({state}): {count} participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days missing registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} day missing registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked {month}: {count} participants, net total {net} kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked {month}: {count} participant, net total {net} kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {actor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for participant {id}: {event}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed event {event_id} of participant {id}: {event}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered participant {id} on {date}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread over the day&apos;s planned elements in plan order: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is locked: {count} adjustment line booked in the next open month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is locked: {count} adjustment lines booked in the next open month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No absence findings {start}–{end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {rows} for {people} valid; nothing written (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {rows} for {people}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} adjustment line booked for locked months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} adjustment lines booked for locked months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No missing registrations in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant {id} {date} {element}: {planned} h planned, {registered} h registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted {count} day without registration for participant {id} in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted {count} days without registration for participant {id} in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problem in {file}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problems in {file}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked (as paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant {id}: net {net} kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECISION REQUIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {kind} {amount} kr for participant {id} in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {participants} synthetic participants and {advisers} advisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered {count} synthetic attendance rows for the past 8 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: {count} participant in {file} is valid; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: {count} participants in {file} are valid; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {count} new adviser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {count} new advisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} participant from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} participants from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} new adviser: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} new advisers: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id}: adviser {adviser}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; shared with {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} plan to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} plans to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} participant without a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} participants without a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id}, plan version {version}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a valid plan for participant {id} with {count} element; nothing written (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a valid plan for participant {id} with {count} elements; nothing written (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file} as draft version {version} for participant {id} ({count} element).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file} as draft version {version} for participant {id} ({count} elements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed plan version {version} for participant {id} on {date} by {by}; in the programme from {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed event {event_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only: you can read, not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(best/goal per sub-skill: listening, reading, writing, oral; PR (permanent residence) and citizenship cover only the language and test parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (registered {level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} social-studies test ({version}, {test_language}): {score}/{max}, {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} exemption from {kind}: {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for participant {id}: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {count} result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {count} results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from {count} row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from {count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} already on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is enrolled in training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Introduction Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian and social-studies training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Introduction Programme, then training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled participant {id} in {programme} from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in class {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of participant {id}: {state} from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption from {kind} registered for participant {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption from {kind} registered for participant {id} (no legal basis: it will be warned about).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved leave of {count} day registered for participant {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved leave of {count} days registered for participant {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classes yet (create one with &apos;introdesk training classes create&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created class {code} ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} is in class {code} from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} moved to class {code} from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lesson a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lessons a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered {count} lesson for class {code} in week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered {count} lessons for class {code} in week {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({count} absence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({count} absences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet for class {code}, {start} – {end}, written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not available yet: needs {needs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, grants and policies are in place ({count} statements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} no longer holds the role {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database {database} is up to date ({revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded {database} from {before} to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of the old version: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer IntroDesk; this version will not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &apos;introdesk db upgrade&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database {database} is sound ({details}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database {database} has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {file} and checked: sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {file} and checked: NOT sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of {database} in {folder}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {database} from {file}; the copy checked sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced was kept as {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: {count} rows, sha256 {checksum}… matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {rows} rows in {tables} tables; {database} was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added participant {id}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: {name} can be added; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompetenceTab</name>
    <message>
        <source>Highest education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed upper secondary (GSU list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career guidance on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career guidance recommendation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>The database needs an upgrade by an administrator. Until then it is open read-only: you can read, but nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?

Everything saved after the backup was made is taken out; the current file is kept as a safety copy in the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server database is restored with the server&apos;s own tools (pg_restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IntroDesk backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed its integrity check and is open read-only: nothing can be saved until it is restored from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest good backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found in the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>This was changed by someone else after you opened it. Nothing was saved; what you typed is kept: check it against that change and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was changed by {actor} at {when} after you opened it. Nothing was saved; what you typed is kept: check it against that change and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {database} was made by a newer version of IntroDesk (schema {schema}). This version understands up to {head}. Install the newer IntroDesk; the database has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant has no plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans are not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benefit is not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s name is not set: fill it in under Settings before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document labels in language {language}; choose one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the decision letter: the participant has no {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the certificate: the participant has no programme start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benefit was computed for this participant for {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deduction statement needs a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attendance sheet needs at least one participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document {name}; choose one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An absence needs a number of hours above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of absence need an absence code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hours attended, or an absence code and its hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an absence code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours between 0 and 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: write hours, an absence code, or a code and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: nothing is planned that day; give the hours absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan version with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown element code: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who signs the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} has no signed plan to revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed plan version cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no element number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An element cannot end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} is already locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of another benefit cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme event with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} is not enrolled in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class &apos;{class_code}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} is not in a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class {class_code} has no lessons in its timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adviser &apos;{adviser}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adviser needs a user name and a full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adviser with user name &apos;{username}&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist yet; there is nothing to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: the programme ended on {annen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: before the programme start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: there is already a decision ({annen})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: the programme cannot start before a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: the programme already started {annen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: there is no decision to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: before the last event ({annen})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: the programme is stopped from {annen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: overlaps leave already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: already stopped from {annen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: the participant is on leave that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dato}: the programme is not stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stop needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leave cannot end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user is saving; try again in a moment. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached (it stopped or the network is down); nothing was saved. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is outside what the database can store; nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the request ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written (the file or its folder is read-only); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged; nothing was saved. Run &apos;introdesk db check&apos; and restore a backup (&apos;introdesk db backups&apos;, &apos;introdesk db restore --from FILE&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with the same {columns} already exists; nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with the same key already exists; nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change ({detail}); nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text is longer than the database allows; nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text is longer than the database allows ({limit} characters); nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number or date is outside what the database can store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change (a rule between records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server is out of disk or memory; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refused the request (SQLSTATE {state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {database} failed its check and is open read-only; nothing was saved. Restore a good backup: &apos;introdesk db backups&apos;, then &apos;introdesk db restore --from FILE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} cannot be locked: {count} participant(s) have planned days without registration. Register them on the Attendance page, or accept them with “Accept missing registrations…”. Participant id and days:
{days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is too large for the database; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup retention must keep at least the latest copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy failed its check: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty, not a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed, the database was not changed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an IntroDesk database (not a SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the correction or deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test result or exemption {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction keeps the kind of result ({ref}); delete it and record the right one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database made by a newer IntroDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IntroDesk stopped an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action. Nothing was half-saved: changes are saved whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report without personal data was saved to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>End goal (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian goal (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening/reading/writing/oral, e.g. B1/B1/A2/B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 problem(s). Nothing will be imported until they are corrected in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants are ready to be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New advisers will be added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-certified illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness with doctor&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave during pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth leave (mother)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth leave (father/co-mother)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term illness (leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-studies training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-studies test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below A1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Norskprøven results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of IntroDesk is not built yet. It will come in a later version; until then, nothing here is saved or computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to database server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide and shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IntroDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IntroDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one PC: roles are not enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared server, signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health details and case notes are not shown to your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded; the old version was backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{what} was changed by {actor} at {when} after you opened it. Nothing was saved; your input is kept: check it against that change and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was changed by someone else after you opened it. Nothing was saved; your input is kept: check it against that change and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Nothing was saved; your input is kept: reload the record and apply your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {database} was made by a newer version of IntroDesk (schema {schema}). This version understands up to {head}. Install the newer IntroDesk; the database has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant has no plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans are not available in this version: this participant has no plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benefit is not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s name is not set: fill it in under Settings before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document labels in language {language}; choose one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the decision letter: the participant has no {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the certificate: the participant has no programme start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benefit was computed for this participant for {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deduction statement needs a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attendance sheet needs at least one participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document {name}; choose one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is too large for the database; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup retention must keep at least the latest copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy failed its check: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty, not a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed, the database was not changed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an IntroDesk database (not a SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} cannot be locked: {count} participant(s) have planned days without registration (register them, or accept them with &apos;introdesk attendance accept-missing&apos;)
{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user is saving; try again in a moment. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached (it stopped or the network is down); nothing was saved. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is outside what the database can store; nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the request ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written (the file or its folder is read-only); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged; nothing was saved. Run &apos;introdesk db check&apos; and restore a backup (&apos;introdesk db backups&apos;, &apos;introdesk db restore --from FILE&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with the same {columns} already exists; nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with the same key already exists; nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change ({detail}); nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text is longer than the database allows; nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text is longer than the database allows ({limit} characters); nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number or date is outside what the database can store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change (a rule between records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server is out of disk or memory; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refused the request (SQLSTATE {state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {database} failed its check and is open read-only; nothing was saved. Restore a good backup: &apos;introdesk db backups&apos;, then &apos;introdesk db restore --from FILE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An absence needs a number of hours above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of absence need an absence code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hours attended, or an absence code and its hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an absence code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of hours between 0 and 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: write hours, an absence code, or a code and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: nothing is planned that day; give the hours absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan version with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown element code: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who signs the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} has no signed plan to revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed plan version cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no element number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An element cannot end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} is already locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of another benefit cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme event with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} is not enrolled in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class &apos;{class_code}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} is not in a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class {class_code} has no lessons in its timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adviser &apos;{adviser}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adviser needs a user name and a full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adviser with user name &apos;{username}&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist yet; there is nothing to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: the programme ended on {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: before the programme start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: there is already a decision ({other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: the programme cannot start before a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: the programme already started {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: there is no decision to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: before the last event ({other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: the programme is stopped from {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: overlaps leave already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: already stopped from {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: the participant is on leave that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {day}: the programme is not stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason: a stop needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: the leave cannot end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the correction or deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test result or exemption {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction keeps the kind of result ({ref}); delete it and record the right one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is an impossible date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (write YYYY-MM, e.g. 2026-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is outside the years {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a week (write YYYY-Www, e.g. 2026-W48)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: no such week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown absence code: &apos;{code_given}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: the plan has several elements that day ({elements}); name one with --element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} is locked (sent to payroll); a change must be registered as a correction (--correction), which books an adjustment in the next open month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked months are read-only: {months}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is for team leaders and administrators; your login holds neither role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a server database. Back it up and restore it with the server&apos;s own tools, for example pg_dump --format=custom and pg_restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup} failed its check and was not restored: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored file failed its check: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored file failed its check: {problems}. The previous file was kept as {safety}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of another benefit must be a number of kroner up to {maximum} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} has no birth date: the rate cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adviser with the login &apos;{login}&apos; (add it with &apos;introdesk admin users add LOGIN --role adviser&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the responsible adviser (--adviser LOGIN), --share-with LOGIN, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only team leaders and administrators move a participant to another adviser&apos;s caseload; you can share your own participants with --share-with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can share only participants in your own caseload; ask their adviser or a team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} is already in class {class_code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a server database. Back it up with the server&apos;s own tools, for example: pg_dump --format=custom --file=introdesk.dump &lt;database&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file must not be the database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from a SQLite file: give it with --database FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {database} failed its check and was not changed: {problems}. Restore a good backup with &apos;introdesk db restore --from FILE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant &apos;{text}&apos; (give the id or the national id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not valid JSON: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} has no plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} has no plan version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan version {version} is signed and cannot be changed; revise it to make a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} has no draft plan to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} has no draft plan to sign (version {version} is already signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} is already a draft revision; edit that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan version {version} has {count} error(s) and cannot be signed: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason: unknown exit reason &apos;{reason}&apos; (use {codes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme event {id}: a {kind} cannot become a {new_kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: &apos;{text}&apos; is not a year (use YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to must be given together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give only one of --month, --year or --from/--to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; needs {accepted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; takes no period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; takes {accepted}, not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &apos;{name}&apos; (one of: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; is not available yet: needs {needs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; needs a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report &apos;{name}&apos; does not take a {kind} period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;: use one of {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{login}&apos; is not a usable login name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and logins are used on a PostgreSQL server only; this database is a SQLite file on one PC, where every user of the PC may do everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} does not hold the role {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this for your login ({reason}). Nothing was changed; run it as a database superuser or an IntroDesk administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &apos;{name}&apos; (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {id} is already enrolled in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup retention must be four whole numbers: latest, daily, weekly, monthly (for example 10,14,8,12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the backup folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user or program is using the database; close it there and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is not empty ({tables}…): copy only into a new, empty database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy goes to a PostgreSQL server: give a postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is at schema {current}, this program at {head}: upgrade it first with &apos;introdesk db upgrade&apos; (it keeps a backup), then copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of {table} does not match the original ({copied} rows against {expected}); nothing was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a database address: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IntroDesk works with SQLite files and PostgreSQL servers, not &apos;{backend}&apos; databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has no database migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} is not an IntroDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} has tables but is not an IntroDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {database} needs an upgrade by an administrator (schema {current}, this version of IntroDesk needs {head}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {database} needs an upgrade by an administrator (schema {current}, this version of IntroDesk uses {head}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} It is open read-only until then; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database login is not allowed to do this (its roles on the server do not include it). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (or national_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing (or national_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no participant with id &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no participant with this national id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to another participant than participant_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} is locked (sent to payroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number of hours between 0 and 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (above 0) with an absence code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when absence hours are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give attended hours, an absence, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has several elements that day ({elements})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same day and element as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may contain digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check digits do not match (typing error?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date in the number is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date in the number lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the birth date in the national id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} must be a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of children from 0 to 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an end-goal group code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a reason for the chosen goal (integreringsloven §§ 13–14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate number (also on row {row})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when there is no national id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already belongs to another participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not another participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown permit type (use refugee, resettlement, humanitarian, collective_protection, family_immigration, independent or other): &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown regime (use integration_act, introduction_act or chapter_6a): &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown education level (use none, primary_partial, primary, upper_secondary or higher): &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sex (use F, M or K): &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status (use referred, mapped, decided, in_programme, on_leave, stopped, completed or interrupted): &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown programme (use introduction, training or both): &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give participant_id or national_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies to writing and oral only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give score or passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {version} test has {tasks} scored tasks, not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give passed yes/no for this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal basis is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no participant with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} does not exist. Check the name, or create it with &apos;introdesk --database FILE db upgrade&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the file is larger than {megabytes} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the workbook unpacks to {megabytes} MB; refused as unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the workbook declares XML entities; refused as unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot be read as an .xlsx workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: nested deeper than {levels} levels; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: nested too deeply; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no sheet named &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}:{line}: a cell is longer than {kib} KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}:{line}: not a readable CSV file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: --sheet applies to .xlsx files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: use an .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name ending in .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot write there ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (a date such as 2026-01-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies before {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (the participant&apos;s id or national id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with a level per sub-skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (a list of elements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an element code in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read from the programme events: record the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows the programme events (decision, start, leave, stop, end): record the event instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leave cannot end before it begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be completed or stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies before the start of the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be Monday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class {class_code} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies before the person joined the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person joined their present class on {day}; a move must be dated after that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not in the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: must be 1 to 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: participant {id} is not in the class that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: minutes present must be 0 to {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no (write ja/nei, yes/no, true/false or 1/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (write yes or no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a level (under A1, A1, A2, B1, B2, C1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a CEFR level (A1, A2, B1, B2, C1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give four levels: listening/reading/writing/oral, e.g. B1/B1/A2/B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a sub-skill (listening, reading, writing, oral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a test ({choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a registration level (A1-A2, A2-B1, B1-B2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an exemption kind ({choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a version (75h or 50h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a language code (for example nb, ar, ti, uk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a result reference (as &apos;tests history&apos; shows it, for example norskproven:12 or exemption:3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for this test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --score or --passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision date or programme start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be four digits (e.g. 0301)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be nb, nn or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be nb (bokmål) or nn (nynorsk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be monthly or biweekly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenServer</name>
    <message>
        <source>Connect to a database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address, for example
postgresql://user@server/introdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDocuments</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a participant in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>A national ID number has 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits do not match: check the number for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number is impossible or in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the birth date in the national ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the chosen goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already belongs to another participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (A1–C1 or mother tongue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign qualifications and recognition (HK-dir, realkompetanse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write dd.mm.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: years must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: not a date (dd.mm.yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red to save (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right and duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not relevant in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no education level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended end goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended Norwegian goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening/reading/writing/oral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantLabels</name>
    <message>
        <source>Unknown (missing facts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right and duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resettlement refugee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Humanitarian grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family of a labour immigrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEA or Nordic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Act (2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction Act (before 2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter 6A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify for higher education or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete upper secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work or primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-year window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HK-dir vocational approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior learning (realkompetanse)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantSharing</name>
    <message>
        <source>&amp;Share with adviser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let another adviser see the selected participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a participant in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this adviser see %1 too:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now shared with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, number or adviser (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants yet. Add one with “New…”, or import a list from Excel or CSV with “Import…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose the columns shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme e&amp;vents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision, start, leave, stop, resumption and end of the selected participant&apos;s programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All advisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? The participant disappears from the list but nothing is deleted; archived participants are shown with “Show archived”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Integration plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language beside Norwegian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview is not available on this computer; you can still save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <source>Given name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID (fødselsnummer/D-number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUF number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanElementDialog</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted hours: a 45-minute Norwegian or social-studies lesson counts 75 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revise…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-secondary education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the goals differ from the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan starts next Monday and runs for the longest ordinary period the rules allow for this participant, with the recommended Norwegian goal filled in. Change the period and goals afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants yet: add or import them on the Participants page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add element…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change element…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a week earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a week later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an older draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted hours every such weekday from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a number of hours from 0 to 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2 – %3) from the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has errors (see Findings). Correct them before the plan and the integration contract are signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by (adviser):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign version %1 and the integration contract today? A signed version can never be changed; later changes are made as a revision. The participant is in the programme from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the plan revised? (The signed version stays as it is.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the plan is full time, year round and complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEvents</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own long-term illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s long-term illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave to take a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined or did not turn up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each event is saved at once and checked against the ones before it (integreringsloven §§ 19–20, integreringsforskriften § 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this event recorded by mistake? This is logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First settled in Norway on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first settlement in any Norwegian municipality: the two years of integreringsloven § 8 count from it. Empty: the settlement date above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to take part on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by agreement with IMDi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expecting a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives with parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse or cohabitant (participant id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant id of a spouse or cohabitant who also takes part: without children, each gets 5/6 of the rate (integreringsloven § 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence mapped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme started on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Introduction Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training in Norwegian and social studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction Programme, then training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction for absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid absence (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid absence (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (NOK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision on the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence mapping within {months} months of settlement or of the request to take part (Integration Act § 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on the Introduction Programme within {months} months of settlement or of the request to take part (Integration Act § 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme must start within {months} months of settlement or of the request to take part (Integration Act § 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision must be made while the participant has lived less than 2 years in a Norwegian municipality, counted from the first settlement (Integration Act § 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With overdue deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no adviser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below A1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown participant {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in level (steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social studies ({version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main activity after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence mapping done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career guidance done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned duration (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual duration (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIR registration deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in NIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIR: missing or late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit reason missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end goal missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national ID number missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered by the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End goal set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full time valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours completed in Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours completed in social studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour target in social studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching hours (45 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Attendance per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant × day: planned, attended, valid and invalid absence hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per participant and pay component of the month&apos;s introduction benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norskprøven, social studies and citizenship results, against the Norwegian goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open mapping, decision and programme-start deadlines: days left and overdue. A period keeps deadlines due in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload per adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per adviser: participants by status and right/duty category, and overdue deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes and exits (NIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits by reason, end goals, planned vs actual duration, extensions; flags data missing for NIR or registered later than 2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per participant: plan exists and is signed, end goal, full time, mandatory elements, mapping, career guidance, contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training hours per year (NIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per participant and year: hours completed in Norwegian and social studies, programme, category, start, deadline and goal, with the register&apos;s field names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class, lesson and member: date, subject, minutes, present or absent, counted hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in training: deadline, days left, overdue, goal met and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly benefit calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme exits and plans with end goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration plans, their signatures and the integration contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training records and lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes and lesson attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not available yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet: this report needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Municipality (shared by all users of this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise signed plans every (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written standard of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo on documents (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the municipality&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time IntroDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Stop the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Could not read or write a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestResultDialog</name>
    <message>
        <source>Why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this result? It no longer counts toward goals and readiness.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-s&amp;kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestsPage</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (best / goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent residence (language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship (language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norskprøven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norskprøven C1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-studies test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statsborgerprøven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code of the test, for example nb, ar, ti, uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-s&amp;kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or adviser (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only below goal with deadline within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants yet. Add or import them on the Participants page; their Norwegian goals and test results are followed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete res&amp;ult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by the adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended for the education background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (education background missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training deadline: %1 · Norwegian goal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours completed: Norwegian %1, social studies %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty to sit the final tests: Norwegian %1, social studies %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language part of permanent residence: %1 · citizenship: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers only the language and test requirements, not the other conditions; UDI decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDialogs</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. integreringsloven § 29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1, deadline: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this person&apos;s training? This is recorded in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-studies training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian final test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-studies test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Right and duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty only (pays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither (may buy a course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline near, goal not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline passed, goal not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-studies hours short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian test not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-studies test not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption without legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category unknown (permit missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian
hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-studies
hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal
met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present %1 of %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: P or T = present, A or F = absent, digits = minutes present, Delete = clear, Ctrl+S = save the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions, approved leave and the end of the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classes yet: make one with “New class…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person in the table to see the warnings in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance entered for this week is not saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 lesson(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide was not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
