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
    <name>Errors</name>
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
        <source>This part of IntroDesk is not built yet. It will come in a later version; until then, nothing here is saved or computed.</source>
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
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
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
        <source>Database upgraded; the old version was backed up to %1</source>
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
    <name>ParticipantsPage</name>
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
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, number or adviser (Ctrl+F)</source>
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
        <source>This user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time IntroDesk starts.</source>
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
        <source>Goal
met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
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
</TS>
