<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/about.py" line="38"/>
        <location filename="../../journal_app/gui/dialogs/about.py" line="39"/>
        <source>About PSW Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/about.py" line="48"/>
        <source>An encrypted, offline journal for mental-health Peer Support Workers: reflections, disclosure decisions, supervision notes, check-ins and the supervision pack you choose to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/about.py" line="56"/>
        <source>Licence: {licence}. All rights reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/about.py" line="60"/>
        <source>Qt {qt}, PySide6 {pyside}, Python {python} on {system}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/about.py" line="70"/>
        <source>Everything you write is encrypted on disk. While the journal is unlocked it is readable by anyone at this computer, and Python cannot wipe memory: lock it (Ctrl+L) when you step away, and keep your recovery key safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/about.py" line="85"/>
        <source>Your journal (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/about.py" line="86"/>
        <source>Automatic backups (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/about.py" line="87"/>
        <source>App preferences (no journal text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/about.py" line="88"/>
        <source>Error log (no journal text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/about.py" line="101"/>
        <source>&lt;b&gt;Where your files are&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/about.py" line="104"/>
        <source>&amp;Open the journal&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsBoard</name>
    <message>
        <location filename="../../journal_app/gui/widgets/actions_board.py" line="153"/>
        <source>Actions board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/actions_board.py" line="162"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/actions_board.py" line="170"/>
        <source>Actions from supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/actions_board.py" line="172"/>
        <source>Overdue actions come first. Press F2 or Enter to change a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/actions_board.py" line="192"/>
        <source>No actions yet. Actions agreed in supervision notes appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/actions_board.py" line="257"/>
        <source>{open} open, {overdue} of them overdue; {done} done, {dropped} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/actions_board.py" line="259"/>
        <source>{open} open, {done} done, {dropped} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/actions_board.py" line="278"/>
        <source>The status was not changed. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="34"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="35"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="36"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="97"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="98"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="99"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="100"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="101"/>
        <source>From supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="131"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="133"/>
        <source>Overdue: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="137"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/actions_model.py" line="141"/>
        <source>{date}, {supervisor}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="93"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="94"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="95"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="100"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="100"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="100"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="100"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="122"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="124"/>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="125"/>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="127"/>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="131"/>
        <source>Arrow keys move between cells; type, or press F2, to change one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../journal_app/gui/app.py" line="186"/>
        <source>Unfinished files were left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/app.py" line="188"/>
        <source>An export that was stopped part-way left these unfinished files, which could not be removed. They are not encrypted and hold journal text: delete them yourself.

{files}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="39"/>
        <source>%n byte(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="41"/>
        <source>{0} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="42"/>
        <source>{0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="56"/>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="61"/>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="63"/>
        <source>Certificates, letters and other files kept with this entry, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="68"/>
        <source>No files attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="69"/>
        <source>&amp;Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="71"/>
        <source>Attach a certificate, a letter or feedback (20 MB at most), encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="73"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="74"/>
        <source>Open the file in the program your computer uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="75"/>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="76"/>
        <source>Save a copy of the file (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="77"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="80"/>
        <source>Take the file off this entry (it can be brought back until the trash is emptied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="85"/>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="139"/>
        <source>{name} ({size}, added {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="186"/>
        <source>{name} was taken off this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="200"/>
        <source>Attach a file to this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="207"/>
        <source>The file was not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="234"/>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="239"/>
        <source>The file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="240"/>
        <source>A private copy for viewing could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="250"/>
        <source>Save a copy of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="255"/>
        <source>The copy of the file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="261"/>
        <source>The file was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="270"/>
        <source>The file was not taken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/attachments_panel.py" line="282"/>
        <source>The file was not brought back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_grid.py" line="227"/>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="61"/>
        <source>1 reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="62"/>
        <source>{n} reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="65"/>
        <source>1 disclosure decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="66"/>
        <source>{n} disclosure decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="69"/>
        <source>supervision held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="70"/>
        <source>{n} supervisions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="73"/>
        <source>1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="74"/>
        <source>{n} check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="77"/>
        <source>1 training entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="78"/>
        <source>{n} training entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="81"/>
        <source>1 development goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="82"/>
        <source>{n} development goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="85"/>
        <source>1 Wellness Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="86"/>
        <source>{n} Wellness Action Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="92"/>
        <source>1 action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="93"/>
        <source>{n} actions due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="96"/>
        <source>1 action overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="97"/>
        <source>{n} actions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="100"/>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="101"/>
        <source>Disclosure decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="102"/>
        <source>Supervision held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="103"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="104"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="105"/>
        <source>Development goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="106"/>
        <source>Wellness Action Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="136"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="140"/>
        <source>supervision booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="143"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="150"/>
        <source>Supervision booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/calendar_model.py" line="151"/>
        <source>Actions due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="57"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="64"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="65"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="66"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="67"/>
        <source>Show this month, today chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="86"/>
        <source>This day&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="92"/>
        <source>Nothing written, booked or due on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="94"/>
        <source>What the marks mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="113"/>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="224"/>
        <source>{day}: {n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="241"/>
        <source>{kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="247"/>
        <source>Supervision booked with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="248"/>
        <source>Supervision booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="251"/>
        <source>(no words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="253"/>
        <source>Action done: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="255"/>
        <source>Action dropped: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="257"/>
        <source>Action overdue: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/calendar_view.py" line="258"/>
        <source>Action due: {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="49"/>
        <source>PSW Journal — Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="51"/>
        <source>PSW Journal — Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="67"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="70"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="73"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="82"/>
        <source>Also make a new recovery &amp;key (the one you have now stops working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="85"/>
        <source>Also make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="92"/>
        <source>This change also makes a new recovery key. Your journal was set up by an earlier version of PSW Journal, or its recovery key was changed outside the app, so the key you have cannot be carried over to the new encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="102"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="107"/>
        <source>Make a new recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="109"/>
        <source>Change pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="117"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="123"/>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="125"/>
        <source>Your journal gets a new recovery key, and the one you have now stops opening it. Your passphrase stays the same. Everything is encrypted again under a new key, which takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="130"/>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="132"/>
        <source>Everything in your journal is encrypted again under a new key, which takes a few seconds. From then on only the new passphrase (or your recovery key) opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="140"/>
        <source>Copies made before today, such as your backups, still open with the passphrase and recovery key they had when they were made. Delete the backups you no longer need, or keep them somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="201"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="209"/>
        <source>Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/change_passphrase.py" line="213"/>
        <source>Your journal is encrypted under its new key. This new recovery key is shown only this once: print it or write it down, or save it as a PDF on a USB stick, and keep it away from this laptop. The old recovery key now opens only copies made before today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinEditor</name>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="17"/>
        <source>How am I today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="18"/>
        <source>A quick check-in: any score can stay unset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="23"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="23"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="23"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="26"/>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="27"/>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="28"/>
        <source>Very stressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="29"/>
        <source>1 is calm, 10 is very stressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="31"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="31"/>
        <source>Drained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="31"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="39"/>
        <source>Anything on your mind, or what would help today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/checkin.py" line="40"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../../journal_app/gui/widgets/choice_list.py" line="127"/>
        <source>{id} (not in the current list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/choice_list.py" line="130"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/choice_list.py" line="176"/>
        <source>{name} ({count} chosen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudWarning</name>
    <message>
        <location filename="../../journal_app/gui/cloud_warning.py" line="26"/>
        <source>PSW Journal — A folder in the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/cloud_warning.py" line="27"/>
        <source>{folder} is a folder that {service} copies to the cloud. On a work laptop that is often your employer&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/cloud_warning.py" line="34"/>
        <source>Anyone who can open that {service} account could read it. A folder on this computer that is not synced, or a USB stick, keeps it with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/cloud_warning.py" line="39"/>
        <source>&amp;Choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/cloud_warning.py" line="40"/>
        <source>&amp;Save there anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandsMixin</name>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="65"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="66"/>
        <location filename="../../journal_app/gui/main_commands.py" line="87"/>
        <location filename="../../journal_app/gui/main_commands.py" line="232"/>
        <source>The entry could not be saved: put right what the editor shows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="86"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="93"/>
        <source>New recovery key made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="93"/>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="121"/>
        <location filename="../../journal_app/gui/main_commands.py" line="130"/>
        <location filename="../../journal_app/gui/main_commands.py" line="136"/>
        <location filename="../../journal_app/gui/main_commands.py" line="167"/>
        <source>Preferences not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="153"/>
        <source>Delete older versions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="155"/>
        <source>Keep only the last {n} earlier version(s) of each entry? This deletes {doomed} older version(s) for good now, and more as you write. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="163"/>
        <source>The version history was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="171"/>
        <source>Deleting older versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="177"/>
        <source>{n} older version(s) deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="179"/>
        <source>Version history setting saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="205"/>
        <source>Edit the entry, then open the supervision pack again: your choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="231"/>
        <source>Version history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_commands.py" line="247"/>
        <source>Earlier version restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernsGroup</name>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="54"/>
        <source>Boundaries and safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="60"/>
        <source>Tick a box if this came up: each opens a few short prompts. Roles, not names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="70"/>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="71"/>
        <source>This involved a boundary question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="77"/>
        <source>What was asked of me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="78"/>
        <source>In outline: what you were asked or offered, without names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="80"/>
        <source>Was it within my role?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="84"/>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="85"/>
        <source>What you said or did, and how you held the boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="88"/>
        <source>By role: my supervisor, the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="89"/>
        <source>Who I talked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="95"/>
        <source>Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="96"/>
        <source>This involved a safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="101"/>
        <source>Follow your organisation&apos;s safeguarding procedure first. Here, note only roles and dates: no names of the person or anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="108"/>
        <source>Did I follow the procedure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="111"/>
        <source>A role: safeguarding lead, team manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="113"/>
        <source>Reported to (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="117"/>
        <source>I need a debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="118"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="119"/>
        <source>Offered on the first page of a supervision pack this entry is shared in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="169"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="170"/>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="171"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="172"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="174"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="183"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="190"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="197"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="199"/>
        <source>The concern was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection_concerns.py" line="201"/>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="29"/>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="40"/>
        <source>Competence coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="32"/>
        <source>What you recorded for each area of the HEE competence framework: entries that name it, hours of training and development goals. It counts what you wrote down; it is not a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="42"/>
        <source>Each competence area with what you recorded, then the areas not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="61"/>
        <source>Not touched in the last 3 months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="62"/>
        <source>Not touched in the last 12 months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="63"/>
        <source>Not touched yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="70"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="72"/>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="77"/>
        <source>1 hour of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="79"/>
        <source>{hours} hours of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="83"/>
        <source>1 active goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="83"/>
        <source>{n} active goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="84"/>
        <source>1 goal achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="84"/>
        <source>{n} goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="85"/>
        <source>1 goal dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="85"/>
        <source>{n} goals dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="92"/>
        <source>1 other goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/coverage_view.py" line="94"/>
        <source>{n} other goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="43"/>
        <source>PSW Journal — Create your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="56"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="60"/>
        <source>Co&amp;ntinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="62"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="70"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="72"/>
        <source>Your journal is encrypted with this passphrase. Nobody else, including IT, can open it without the passphrase or your recovery key. Several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="114"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="116"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="123"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="125"/>
        <source>If you forget your passphrase, this key is the only way back into your journal. It is shown only this once. Print it or write it down, or save it as a PDF on a USB stick, and keep it away from this laptop. Not in a folder that syncs to the cloud (OneDrive, iCloud, Dropbox): anyone with the key and a copy of the journal could read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/create_vault.py" line="161"/>
        <source>PSW Journal — Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomSections</name>
    <message>
        <location filename="../../journal_app/gui/editors/custom_sections.py" line="64"/>
        <source>Add a section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopmentRecordDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="67"/>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="68"/>
        <source>Development record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="86"/>
        <source>Your training, development goals and competence coverage for any period, for an appraisal or a job application. Each entry shows at its own share level (Summary or Full); private entries are never included (private training is only counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="107"/>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="318"/>
        <source>Possible identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="114"/>
        <source>The file you export is not encrypted: anyone who has it can read it. Keep it somewhere safe, and delete it when it has done its job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="131"/>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="132"/>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="134"/>
        <source>Prepared for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="135"/>
        <source>For example: my appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="137"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="144"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="145"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="146"/>
        <source>&amp;Prepared for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="147"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="163"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="165"/>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="72"/>
        <source>Export the development record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="167"/>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="168"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="235"/>
        <source>Nothing is shared from this period yet: the record will say so. Share a training entry or a goal as Summary or Full to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="239"/>
        <source>1 training entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="241"/>
        <source>{n} training entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="242"/>
        <source>1 development goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="244"/>
        <source>{n} development goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="246"/>
        <source>It will hold {training} and {goals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="251"/>
        <source>The competence coverage also counts the areas named by {n} other shared entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="258"/>
        <source>No identifying details found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="262"/>
        <source>1 possible identifying detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="265"/>
        <source>{n} possible identifying details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="269"/>
        <source>{kind}: {text}, in {where}. Instead: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="330"/>
        <source>File &gt; Share history lists what you have shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="333"/>
        <source>This journal is open read-only, so the development record is not in its share history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="339"/>
        <source>The development record was written to this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="73"/>
        <source>The development record is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="297"/>
        <source>The development record was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="298"/>
        <source>{reason}

Your journal is unchanged; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="306"/>
        <source>Writing the development record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="313"/>
        <source>1 possible identifying detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="315"/>
        <source>{n} possible identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="321"/>
        <source>They are listed in this window, each with a stand-in you could use. Export anyway only if you are sure they are safe to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="324"/>
        <source>&amp;Go back and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="325"/>
        <source>Export &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/development_record.py" line="338"/>
        <source>Development record written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureEditor</name>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="24"/>
        <source>Whose needs does it serve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="25"/>
        <source>Is it relevant to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="26"/>
        <source>Am I ready and steady to share it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="27"/>
        <source>How much is enough?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="28"/>
        <source>Will the focus stay on them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="29"/>
        <source>Would I be fine if it were repeated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="30"/>
        <source>Does policy allow it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="31"/>
        <source>What adjustments do I want?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="32"/>
        <source>Who needs to know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="33"/>
        <source>What does the policy say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="37"/>
        <source>The decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="40"/>
        <source>There is no pressure to share every time: not sharing is a choice worth recording too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="50"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="51"/>
        <source>Partly shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="52"/>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="54"/>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="65"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="56"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="61"/>
        <source>With someone I support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="62"/>
        <source>With my team or employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="63"/>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="70"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="72"/>
        <source>The considerations offered below follow the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="80"/>
        <source>What was or was not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="82"/>
        <source>In outline: the part of your story you shared or held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="88"/>
        <source>Build trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="89"/>
        <source>Instil hope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="90"/>
        <source>Normalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="91"/>
        <source>Model recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="92"/>
        <source>Show empathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="93"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="97"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="97"/>
        <source>Tick any that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="101"/>
        <source>If the purpose was something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="102"/>
        <source>Other purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="110"/>
        <source>What I weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="112"/>
        <source>A short answer to any of these is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="117"/>
        <source>At work, sharing is your choice too: you decide what to share, with whom and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="179"/>
        <source>Afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="183"/>
        <source>How it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="184"/>
        <source>What you noticed in them; keep it to the moment, not their story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="188"/>
        <source>How I felt after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="189"/>
        <source>Steady, exposed, relieved? Anything you need to look after yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="193"/>
        <source>What I learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/disclosure.py" line="194"/>
        <source>What would you keep, or do differently, next time?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDrafts</name>
    <message>
        <location filename="../../journal_app/gui/entry_drafts.py" line="72"/>
        <source>This text could not be saved before the journal locked or closed. It is back in the editor: check the highlighted field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPane</name>
    <message>
        <location filename="../../journal_app/gui/entry_pane.py" line="86"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/entry_pane.py" line="87"/>
        <source>Edit this entry (Ctrl+E, Enter or a double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/entry_pane.py" line="89"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/entry_pane.py" line="90"/>
        <source>Save and go back to reading (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/entry_pane.py" line="134"/>
        <source>Choose a record to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/entry_pane.py" line="137"/>
        <source>Choose a record, or press Ctrl+N to write a reflection (File &gt; New for the others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/entry_pane.py" line="153"/>
        <source>Training towards it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/entry_pane.py" line="316"/>
        <source>This journal is open read-only: nothing you change here can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/entry_pane.py" line="326"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/entry_pane.py" line="361"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/entry_pane.py" line="372"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../journal_app/gui/editors/field_errors.py" line="64"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/field_errors.py" line="64"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/field_errors.py" line="65"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/field_errors.py" line="66"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/field_errors.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/field_errors.py" line="68"/>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/field_errors.py" line="70"/>
        <source>{label}, item {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/field_errors.py" line="79"/>
        <source>⚠ {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="27"/>
        <source>jrnl JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="28"/>
        <source>Day One JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="29"/>
        <source>Markdown notes (*.md *.markdown *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="53"/>
        <source>Import a folder of Markdown notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="60"/>
        <source>Import entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="70"/>
        <source>the import was cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="78"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="75"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="85"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="112"/>
        <source>{n} entries were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="89"/>
        <source>Skipped, because they are links that lead out of the folder: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="131"/>
        <source>Back up the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="133"/>
        <source>Journal backups (*.pswbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="155"/>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="152"/>
        <source>The backup was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="104"/>
        <source>Nothing new was imported: all {n} entries in the file were already in the journal (imported before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="110"/>
        <source>1 entry was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="114"/>
        <source>1 entry was already in the journal (imported before) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="118"/>
        <source>{n} were already in the journal (imported before) and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="143"/>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="144"/>
        <source>The backup is encrypted and opens with the same passphrase and recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="166"/>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="168"/>
        <source>Journal backups (*.pswbackup *)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="174"/>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="175"/>
        <source>The passphrase the journal had when this backup was made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="187"/>
        <source>Where should the restored journal go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="196"/>
        <source>{n} entries were restored to {path}. Your journal is unchanged. To open the restored one, start PSW Journal with --vault {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="202"/>
        <source>Restore finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="212"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="214"/>
        <source>Restore the backup in place of the journal you have open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="217"/>
        <source>Nothing is deleted: your journal as it is now is kept beside it in {folder}, renamed with today&apos;s date, and opens with its own passphrase. Or restore the backup to a separate file and leave this journal as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="225"/>
        <source>&amp;Replace with the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="228"/>
        <source>Restore to a &amp;separate file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="252"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="248"/>
        <source>Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="261"/>
        <source>{n} problem(s) were found in the backup: the damaged entries are set aside and everything else was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="290"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="291"/>
        <source>{n} entries were restored. The journal locks now: unlock it with the passphrase the backup was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="303"/>
        <source>The backup was not put in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="306"/>
        <source>The restored copy is at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="318"/>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="319"/>
        <source>These files will not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="321"/>
        <source>Anyone who can open the folder can read every entry, including private ones. Use this to keep a copy any program can read, or to move your journal; for a safe copy use Back up instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="329"/>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="332"/>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="342"/>
        <source>Choose a new or empty folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="351"/>
        <source>The exported entries are not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="360"/>
        <source>1 entry was written to the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="362"/>
        <source>{n} entries were written to the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="369"/>
        <source>The files are not encrypted: anyone who can open the folder can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="380"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="377"/>
        <source>Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/file_actions.py" line="366"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWritten</name>
    <message>
        <location filename="../../journal_app/gui/file_written.py" line="42"/>
        <source>in the folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="40"/>
        <source>Change them in the entry (Edit this entry keeps your choices for this pack), or show the entry as Private or Summary here. Press Enter on a row to find it in the preview and its entry in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="49"/>
        <source>Possible identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="51"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="51"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="51"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="51"/>
        <source>Suggested stand-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="78"/>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="109"/>
        <source>No identifying details found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="101"/>
        <source>Identifying details check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="103"/>
        <source>1 possible identifying detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="105"/>
        <source>{n} possible identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="152"/>
        <source>Checking the pack for identifying details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/findings_list.py" line="157"/>
        <source>The check runs on the pack shown in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishedSessionDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/finished_session.py" line="28"/>
        <location filename="../../journal_app/gui/dialogs/finished_session.py" line="29"/>
        <source>I just finished a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/finished_session.py" line="32"/>
        <source>Which kind of session was it? A reflection opens with that filled in, written with the model you used last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/finished_session.py" line="39"/>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/finished_session.py" line="55"/>
        <source>&amp;Write the reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/finished_session.py" line="68"/>
        <source>&amp;One-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/finished_session.py" line="69"/>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/finished_session.py" line="70"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/finished_session.py" line="71"/>
        <source>&amp;Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/finished_session.py" line="72"/>
        <source>O&amp;ther</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowThroughLine</name>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="37"/>
        <source>Open my Wellness Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="40"/>
        <source>Hide this for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="43"/>
        <source>It comes back only if things change. Preferences can turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="56"/>
        <source>A gentle reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="80"/>
        <source>Your last few check-ins have been hard ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="82"/>
        <source>A crisis session can stay with you for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="84"/>
        <source>A crisis session and some hard check-ins: go gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="88"/>
        <source>ask for restorative time at your supervision on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="93"/>
        <source>ask for restorative time in your next supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="96"/>
        <source>talk to {name}, your alternative contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="101"/>
        <source>look at your Wellness Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="104"/>
        <source>call your employer&apos;s assistance line ({line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="111"/>
        <source>{some} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/follow_through_line.py" line="112"/>
        <source>{opening} If it would help, you could {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <location filename="../../journal_app/gui/editors/form_builder.py" line="303"/>
        <source>Themes and competence areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/form_builder.py" line="310"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/form_builder.py" line="312"/>
        <source>Space ticks the highlighted theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/form_builder.py" line="295"/>
        <source>Competence areas (HEE framework)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/form_builder.py" line="255"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/form_builder.py" line="280"/>
        <source>Competence areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/form_builder.py" line="297"/>
        <source>Grouped by domain: Right arrow opens a domain, Space ticks an area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalChoices</name>
    <message>
        <location filename="../../journal_app/gui/editors/growth_links.py" line="17"/>
        <source>{name} (achieved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/growth_links.py" line="18"/>
        <source>{name} (dropped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="21"/>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="25"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="26"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="27"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="29"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="33"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="33"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="36"/>
        <source>Getting there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="40"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="41"/>
        <source>What you will do to get there, one step a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="45"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="46"/>
        <source>What you have done so far, and what helped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="55"/>
        <source>Training towards it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="59"/>
        <source>Training towards this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="69"/>
        <source>No training counts towards this goal yet. In a training entry, tick this goal under Development goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="76"/>
        <source>{day}: {name} ({hours} h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="81"/>
        <source>{count} training entries, {hours} hours in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/goal.py" line="85"/>
        <source>1 training entry, {hours} hours in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadingsEdit</name>
    <message>
        <location filename="../../journal_app/gui/widgets/template_headings.py" line="62"/>
        <source>Add a &amp;heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/template_headings.py" line="64"/>
        <source>Add a heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="52"/>
        <location filename="../../journal_app/gui/dialogs/history.py" line="53"/>
        <source>Version history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="57"/>
        <source>Each save keeps the version it replaced. Restoring an earlier version keeps the current one here too, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="65"/>
        <source>Versions of this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="72"/>
        <source>&amp;Compare with the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="74"/>
        <source>Compare with the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="81"/>
        <source>The selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="88"/>
        <source>&amp;Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="90"/>
        <location filename="../../journal_app/gui/dialogs/history.py" line="236"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="91"/>
        <source>&amp;Delete older versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="93"/>
        <location filename="../../journal_app/gui/dialogs/history.py" line="264"/>
        <source>Delete older versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="97"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="149"/>
        <source>Revision {n} · Damaged: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="152"/>
        <source>Current version — saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="153"/>
        <source>Saved {when} · revision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="172"/>
        <source>This earlier version is damaged: the file was changed or damaged where it is kept, so it cannot be read or restored. The current version and the other versions are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="187"/>
        <source>This version reads the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="203"/>
        <source>Your preferences keep no earlier versions of entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="204"/>
        <source>No earlier versions yet: one is kept each time you change this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="210"/>
        <source>&lt;s style=&quot;background-color:{deleted}&quot;&gt;Struck through&lt;/s&gt;: only in this version. &lt;u style=&quot;background-color:{inserted}&quot;&gt;Underlined&lt;/u&gt;: only in the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="238"/>
        <source>Make the version saved {when} the current one? The text you have now is kept in the history, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="250"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="255"/>
        <source>The version saved {when} is the current one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="266"/>
        <source>Delete the {n} earlier version(s) of this entry for good? Only the current version stays. Use this when an earlier version holds something that must go, such as a name written by mistake.

This cannot be undone. Backups made before now still hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="279"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/history.py" line="283"/>
        <source>{n} earlier version(s) deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="29"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="30"/>
        <source>Summary shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="31"/>
        <source>Shared in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="53"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="54"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="55"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="58"/>
        <source>Share level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="63"/>
        <source>Bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="64"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="75"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="93"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="100"/>
        <source>Competence areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="104"/>
        <source>1 development goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="106"/>
        <source>{n} development goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="108"/>
        <source>Counts towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="113"/>
        <source>Shared title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="115"/>
        <source>Shared summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/version_text.py" line="132"/>
        <source>due {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityNote</name>
    <message>
        <location filename="../../journal_app/gui/widgets/identity_note.py" line="22"/>
        <source>Identifying details note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/identity_note.py" line="37"/>
        <source>“{text}” ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/identity_note.py" line="41"/>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/identity_note.py" line="44"/>
        <source>This entry may identify someone: {found}. People you support are best named by initials or a pseudonym; a supervision pack checks again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="55"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="64"/>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="64"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="64"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="69"/>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="71"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="80"/>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="100"/>
        <source>Themes per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="80"/>
        <source>No themes recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="83"/>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="103"/>
        <source>Disclosure decisions per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="83"/>
        <source>No disclosure decisions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="86"/>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="106"/>
        <source>Competence areas touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="86"/>
        <source>No competence areas recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="88"/>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="97"/>
        <source>Mood, stress and energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="89"/>
        <source>Show each competence &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="90"/>
        <source>Show each competence area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="101"/>
        <source>How many entries named each theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="104"/>
        <source>Moments when sharing lived experience was weighed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="108"/>
        <source>How often entries named areas of the HEE competence framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="116"/>
        <source>Insights charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="119"/>
        <source>Insights pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="120"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="121"/>
        <source>Competence coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="181"/>
        <source>Nothing recorded in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="194"/>
        <source>Your check-in scores from 1 to 10 (a day&apos;s check-ins averaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="196"/>
        <source>Weekly averages of your check-in scores, from 1 to 10; the shading shows each week&apos;s lowest to highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="200"/>
        <source>Monthly averages of your check-in scores, from 1 to 10; the shading shows each month&apos;s lowest to highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="207"/>
        <source>No check-ins in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="232"/>
        <source>Other themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="241"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="242"/>
        <source>Partly shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="243"/>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="244"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/insights_view.py" line="258"/>
        <source>Not in the current list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityMixin</name>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="45"/>
        <source>{n} entry(ies) could not be read: the file was damaged or changed there. They are set aside, not shown, and nothing else is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="52"/>
        <source>{n} entry(ies) were changed outside PSW Journal (an older version was put back, or one was replaced). They are shown as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="59"/>
        <source>Entries or earlier versions were removed from the journal file, or put back from an older copy, outside PSW Journal. &apos;psw-journal verify&apos; names what it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="65"/>
        <source>The journal&apos;s key slots were changed outside PSW Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="69"/>
        <source>The journal file was changed outside PSW Journal: {what}. You can read and copy your entries, but nothing can be saved to this file. A backup leaves out what PSW Journal does not define: back up now (File &gt; Back up), then restore that backup (File &gt; Restore a backup) to go on writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="81"/>
        <source>The last automatic backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="94"/>
        <source>The journal failed a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="98"/>
        <source>Your other entries are safe and you can go on working. To get the entries back, restore a recent backup (File &gt; Restore a backup): the journal as it is now is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="106"/>
        <source>Your entries can still be read. To go on writing, back up now and restore that backup, or restore a recent backup (File &gt; Restore a backup): the journal as it is now is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="112"/>
        <source>Entry ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="117"/>
        <source>Bring back their last good versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="120"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="124"/>
        <source>{n} of them have earlier versions that can still be read: you can bring those back now (the damaged text cannot be read anyway), or restore a recent backup (File &gt; Restore a backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="144"/>
        <location filename="../../journal_app/gui/main_integrity.py" line="154"/>
        <source>Not brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="148"/>
        <source>Bringing entries back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_integrity.py" line="157"/>
        <source>{n} entry(ies) brought back from their last good version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalTray</name>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="63"/>
        <source>&amp;Quick note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="64"/>
        <source>&amp;Open PSW Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="65"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="67"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="69"/>
        <location filename="../../journal_app/gui/tray.py" line="93"/>
        <source>PSW Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_entries_table.py" line="181"/>
        <source>In this pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <location filename="../../journal_app/gui/widgets/charts.py" line="81"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/charts.py" line="81"/>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/charts.py" line="81"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/charts.py" line="82"/>
        <source>Wellbeing trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/charts.py" line="83"/>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/charts.py" line="118"/>
        <source>{count} points from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/charts.py" line="127"/>
        <source>{name}: average {avg}, {start} at the start and {end} at the end, lowest {low}, highest {high}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="27"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="28"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="31"/>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="37"/>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="43"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="47"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="48"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="49"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="50"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="70"/>
        <source>PSW Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="101"/>
        <source>Read-only journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="109"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="110"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="235"/>
        <source>This journal is open read-only: its file or its folder cannot be written (read-only media such as a locked USB stick or a read-only share, or no permission to write there). You can read, search, back up and export it; nothing can be changed or added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="299"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="301"/>
        <source>Move this entry to the trash? It is kept there for {days} days; Edit &gt; Trash brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="309"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="312"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="319"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="324"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="356"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_window.py" line="358"/>
        <source>This entry could not be saved (see the message above it). Quit anyway? It will be kept as a draft and shown next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenusMixin</name>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="54"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="56"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="59"/>
        <source>&amp;Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="62"/>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="66"/>
        <source>&amp;Disclosure decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="69"/>
        <source>New disclosure decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="73"/>
        <source>&amp;Supervision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="76"/>
        <source>New supervision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="80"/>
        <source>&amp;Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="83"/>
        <source>New check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="87"/>
        <source>&amp;Ending of a peer relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="92"/>
        <source>New ending of a peer relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="102"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="105"/>
        <source>New training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="109"/>
        <source>Development &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="114"/>
        <source>&amp;Wellness Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="118"/>
        <source>Q&amp;uick note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="121"/>
        <source>I &amp;just finished a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="124"/>
        <source>Supervision &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="125"/>
        <source>Export &amp;development record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="126"/>
        <source>Share &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="128"/>
        <source>&amp;Import entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="130"/>
        <source>Import a &amp;folder of Markdown notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="132"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="133"/>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="134"/>
        <source>E&amp;xport everything, not encrypted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="136"/>
        <source>Change pass&amp;phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="138"/>
        <source>Make a new recovery &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="142"/>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="144"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="145"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="146"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="147"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="149"/>
        <source>&amp;Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="151"/>
        <source>Done editing: save and read the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="152"/>
        <source>&amp;Delete entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="153"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="169"/>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="171"/>
        <source>&amp;Version history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="185"/>
        <source>My &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="189"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="193"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="204"/>
        <source>Calendar: the month before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="206"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="207"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="208"/>
        <source>&amp;About PSW Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/main_menus.py" line="226"/>
        <source>{name} (my template)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="153"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="154"/>
        <source>Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="155"/>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="157"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="163"/>
        <source>Passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="164"/>
        <source>&amp;Generate a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="166"/>
        <source>Generate a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="179"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="182"/>
        <source>Con&amp;firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="227"/>
        <source>Write this passphrase down and keep it somewhere safe until you know it by heart. It is shown now so that you can copy it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="257"/>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="259"/>
        <source>✓ The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="261"/>
        <source>✗ The passphrases do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnTemplatesDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="44"/>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="45"/>
        <source>My templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="48"/>
        <source>Your own headings for a reflection, each with a prompt if you like. File &gt; New offers them beside the built-in ones. Entries written with a template keep their headings if you change, rename or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="58"/>
        <source>Your templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="63"/>
        <source>No templates yet: make one with New template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="65"/>
        <source>&amp;New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="66"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="67"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="69"/>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="82"/>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="86"/>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="93"/>
        <source>Headings and their prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="99"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="104"/>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="218"/>
        <source>Rename template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="219"/>
        <source>New name for “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="238"/>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="240"/>
        <source>Delete the template “{name}”? Entries written with it keep their headings and text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="275"/>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/own_templates.py" line="276"/>
        <source>{reason}

Close without saving this template?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackActionsList</name>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_actions_list.py" line="76"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_actions_list.py" line="78"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_actions_list.py" line="80"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_actions_list.py" line="82"/>
        <source>agreed {day}, a private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_actions_list.py" line="84"/>
        <source>agreed {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackChoices</name>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="42"/>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="43"/>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="49"/>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="50"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="51"/>
        <source>Your supervisor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="54"/>
        <source>Include the &amp;wellbeing chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="55"/>
        <source>Include the wellbeing chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="58"/>
        <source>Include my Wellness Action &amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="60"/>
        <source>Include my Wellness Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="66"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="67"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="68"/>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="85"/>
        <source>&amp;Chart their scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="88"/>
        <source>Share the private check-ins of this period as scores in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_choices.py" line="128"/>
        <source>{n} check-in(s) in this period are private, so the chart leaves them out. Shared as a summary, a check-in gives only its scores to the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="102"/>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="103"/>
        <source>Supervision pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="170"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="173"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="175"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="177"/>
        <source>Export the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="179"/>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="180"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="186"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="187"/>
        <source>Compact: each thing once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="188"/>
        <source>Complete: every detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="190"/>
        <source>La&amp;yout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="269"/>
        <source>Correct the period to see the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="375"/>
        <source>Writing the supervision pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="381"/>
        <source>File &gt; Share history lists what you have shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="384"/>
        <source>This journal is open read-only, so the pack is not in its share history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="389"/>
        <source>The pack was written to this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="372"/>
        <source>The pack was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="388"/>
        <source>Supervision pack written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack.py" line="397"/>
        <source>{reason}

Your journal is unchanged; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="21"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="22"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="26"/>
        <source>ODT (LibreOffice, Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="27"/>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="31"/>
        <source>HTML (web page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="32"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="36"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="37"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="51"/>
        <source>Possible identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="46"/>
        <source>1 possible identifying detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="48"/>
        <source>{n} possible identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="53"/>
        <source>They are listed under the preview, each with a stand-in you could use. Export anyway only if you are sure they are safe to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="58"/>
        <source>&amp;Go back and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="59"/>
        <source>Export &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="79"/>
        <source>Export the supervision pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="80"/>
        <source>The supervision pack is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="109"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/pack_export.py" line="110"/>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackEntriesModel</name>
    <message>
        <location filename="../../journal_app/gui/models/pack_entries.py" line="31"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/pack_entries.py" line="32"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/pack_entries.py" line="33"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/pack_entries.py" line="110"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/pack_entries.py" line="110"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/pack_entries.py" line="110"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/pack_entries.py" line="110"/>
        <source>In this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/pack_entries.py" line="168"/>
        <source>The entry&apos;s own share level. Press F2 to change it for this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/pack_entries.py" line="169"/>
        <source>Changed for this pack only; the entry itself is set to {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/pack_entries.py" line="176"/>
        <source>In this pack: {level}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackEntriesPanel</name>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_entries_panel.py" line="24"/>
        <source>&amp;Entries in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_entries_panel.py" line="26"/>
        <source>Private entries never appear. Summary shows the date, type, title, themes, competence areas and your shared summary. Full shows everything, with a supervision note&apos;s actions. Disclosure decisions shared as a summary appear only as counts, check-ins only as scores in the chart. A change here applies to this pack only, never to the entry: press F2 (or P, S, F) to change a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_entries_panel.py" line="37"/>
        <source>Entries in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_entries_panel.py" line="39"/>
        <source>No entries in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_entries_panel.py" line="49"/>
        <source>&amp;Actions in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_entries_panel.py" line="51"/>
        <source>Open actions from every supervision note you share, from any period, and those done in this one. Untick one to leave it out of this pack; a private note&apos;s actions appear only if you tick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_entries_panel.py" line="57"/>
        <source>Actions in this pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackPreviewPanel</name>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_preview_panel.py" line="33"/>
        <source>Pre&amp;view: exactly what will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_preview_panel.py" line="36"/>
        <source>Preview of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_preview_panel.py" line="45"/>
        <source>&amp;Edit this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/pack_preview_panel.py" line="47"/>
        <source>Edit the entry this detail is in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodError</name>
    <message>
        <location filename="../../journal_app/gui/widgets/period_error.py" line="22"/>
        <source>&quot;To&quot; is before &quot;From&quot;: choose a &quot;To&quot; date on or after the start of the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="65"/>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="66"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="100"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="101"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="108"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="111"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="113"/>
        <source>Lock after this many minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="114"/>
        <source>&amp;Never lock automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="115"/>
        <source>Never lock automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="121"/>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="126"/>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="130"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="128"/>
        <source>&amp;Back up when the journal locks or closes (at most once a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="133"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="134"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="136"/>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="143"/>
        <source>Backups are encrypted and open with the passphrase of the day they were made, or your recovery key. Seven daily, four weekly and twelve monthly copies are kept. A folder on another drive also survives a lost disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="152"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="167"/>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="175"/>
        <source>PSW Journal — Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="177"/>
        <source>Other people who use this computer can open this folder. Your backups stay encrypted there, but anyone who can read them could try passphrases against them; a folder only you can open is better. The folder&apos;s permissions are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="185"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="187"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="189"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="190"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="191"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="196"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="197"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="200"/>
        <source>{size} pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="203"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="204"/>
        <source>Te&amp;xt size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="208"/>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="209"/>
        <source>Kept encrypted in your journal, never in the app&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="212"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="213"/>
        <source>As it should appear on supervision packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="221"/>
        <source>Your na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="222"/>
        <source>&amp;Supervisors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="229"/>
        <source>Words the check leaves alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="231"/>
        <source>One per line: a ward, a group, a service or a place you work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="240"/>
        <source>The check before a pack is written flags capitalised words that look like a person&apos;s name. Words here (and well-known services such as the Hearing Voices Network or the Mental Health Act) are never flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="247"/>
        <source>&amp;Not names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="257"/>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="259"/>
        <source>Say so when the last supervision was longer ago than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="261"/>
        <source>Supervision &amp;gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="265"/>
        <source>The supervision pack and the Supervision section say so when the last supervision was longer ago than this, or none is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="278"/>
        <source>Looking after yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="280"/>
        <source>&amp;Offer a gentle line on Today after hard days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="283"/>
        <source>Offer a gentle line on Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="288"/>
        <source>Your employer&apos;s assistance line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="290"/>
        <source>e.g. Employee Assistance Programme, 0800 000 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="294"/>
        <source>After three low check-ins in a row or a crisis session, Today offers one calm line with your own next steps: restorative time in supervision, your alternative contact, your Wellness Action Plan and this number. Kept encrypted in your journal; it shows only on your screen, never in a pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="304"/>
        <source>&amp;Assistance line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="311"/>
        <source>Version history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="313"/>
        <source>Keep &amp;every earlier version of each entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="315"/>
        <source>Keep every earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="316"/>
        <source>&amp;Keep only the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="318"/>
        <source>Keep only a number of earlier versions of each entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="322"/>
        <source>0 (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="324"/>
        <source>Earlier versions to keep of each entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="331"/>
        <source>versions of each entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="334"/>
        <source>A lower number deletes older versions for good; you are asked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="350"/>
        <source>Never lock automatically?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/preferences.py" line="352"/>
        <source>If you leave your computer unlocked, anyone who sits down at it could read your journal.

Lock it yourself with Ctrl+L whenever you step away. Turn off automatic locking anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../journal_app/gui/workers.py" line="199"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/workers.py" line="205"/>
        <source>Stopping safely…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickNoteDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="58"/>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="59"/>
        <source>Quick note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="64"/>
        <source>A few words while it is fresh. Saved as you type, as a private reflection dated today; the first line is its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="72"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="74"/>
        <source>Saved as you type, as a private reflection dated today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="78"/>
        <source>What happened, how it felt, what you noticed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="94"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="99"/>
        <source>&amp;Open as a full reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="102"/>
        <source>Go on in the reflection editor, with models, context and themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="108"/>
        <source>Save and close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="151"/>
        <source>This note could not be saved before the journal locked or closed. It is back here, and is saved again as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="160"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="188"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/quick_note.py" line="193"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickWritingMixin</name>
    <message>
        <location filename="../../journal_app/gui/main_quick_writing.py" line="66"/>
        <source>Your quick note could not be saved. It is kept, encrypted, and opens again with File &gt; Quick note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../journal_app/gui/widgets/reading_view.py" line="42"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reading_view.py" line="43"/>
        <source>Summary shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reading_view.py" line="44"/>
        <source>Shared in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reading_view.py" line="79"/>
        <source>Entry, to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reading_view.py" line="80"/>
        <source>Press Enter or Ctrl+E to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reading_view.py" line="107"/>
        <source>to bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="94"/>
        <source>Problem with this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="104"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="125"/>
        <source>About this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="130"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="133"/>
        <source>A few words to find it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="134"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="137"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="137"/>
        <source>Separate with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="158"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="159"/>
        <source>Stays in your journal: never in a supervision pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="162"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="164"/>
        <source>The pack shows the date, type, title (or the shared title below), themes, competence areas and your shared summary, never what you wrote here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="170"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="171"/>
        <source>The pack shows everything in this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="178"/>
        <source>Share: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="185"/>
        <source>Share level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="189"/>
        <source>Title when shared as a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="191"/>
        <source>Optional: a title without names or details, for the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="196"/>
        <source>Shared title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="198"/>
        <source>Used instead of the title wherever this entry is shared as a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="201"/>
        <source>Bring this to my next supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="203"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="210"/>
        <source>Shared summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="213"/>
        <source>What you learnt, in a sentence or two: no names or case facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="218"/>
        <source>What you would share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/base.py" line="221"/>
        <source>Your learning, not the story or case facts. A pack shows it for an entry shared as a summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="39"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="40"/>
        <source>Summary shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="41"/>
        <source>Shared in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="45"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="46"/>
        <source>Disclosure decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="47"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="48"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="49"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="50"/>
        <source>Development goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="51"/>
        <source>Wellness Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="109"/>
        <source>{kind} on {date}: {title}. {share}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="124"/>
        <source>No note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/models/record_list.py" line="125"/>
        <source>Nothing written yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPane</name>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="46"/>
        <source>Search every word you wrote (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="47"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="55"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="59"/>
        <source>Filter by kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="60"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="61"/>
        <source>Filter by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="62"/>
        <source>Filter by share level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="64"/>
        <source>Filter by date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="65"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="66"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="70"/>
        <source>Any kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="73"/>
        <source>Any share level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="75"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="76"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="77"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="106"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="159"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="160"/>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="199"/>
        <source>Searching older entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="200"/>
        <source>Opening your entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="207"/>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_list_pane.py" line="207"/>
        <source>No records here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordName</name>
    <message>
        <location filename="../../journal_app/gui/record_names.py" line="15"/>
        <source>mood {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_names.py" line="16"/>
        <source>stress {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_names.py" line="17"/>
        <source>energy {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_names.py" line="21"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_names.py" line="22"/>
        <source>partly shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_names.py" line="23"/>
        <source>not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_names.py" line="40"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_names.py" line="42"/>
        <source>with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_names.py" line="46"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_names.py" line="48"/>
        <source>{n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/record_names.py" line="51"/>
        <source>{kind} · {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="115"/>
        <source>PSW Journal — Recover with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="117"/>
        <source>Set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="124"/>
        <source>Type the recovery key you printed or wrote down when you set up the journal (spaces, dashes and small letters are fine), then choose a new passphrase. Your entries are kept and the recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="133"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="140"/>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="146"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="153"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="162"/>
        <source>Set new pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="165"/>
        <source>Set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="170"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="214"/>
        <source>✗ Character {n}, “{character}”, is not in a recovery key: it has only the letters A to Z, digits, spaces and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="218"/>
        <source>8 groups of 5 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="221"/>
        <source>✗ Group {n} has {length} characters; each group has 5. Check it against your copy of the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="225"/>
        <source>{n} of 40 characters so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="227"/>
        <source>✓ That is the right length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="229"/>
        <source>✗ That is longer than a recovery key ({n} of 40).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="55"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="67"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="69"/>
        <source>Save recovery key as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="73"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="73"/>
        <source>Print recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="76"/>
        <source>Recovery key PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="81"/>
        <source>Last group of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="88"/>
        <source>Recovery key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="91"/>
        <source>To check that you have kept it, type its &amp;last group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="146"/>
        <source>✓ That matches the last group. Your key is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="149"/>
        <source>✗ That is group {n} of {last}. Type the last group, group {last}: the five characters after the last dash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="153"/>
        <source>✗ That does not match the last group (group {last} of {last}). Check each character against the key above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="171"/>
        <source>You have not confirmed your recovery key. It will not be shown again, and without it a forgotten passphrase means the journal cannot be opened.

Leave anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="192"/>
        <source>Save recovery key (a USB stick you keep safe is best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="193"/>
        <source>PSW Journal recovery key.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="194"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="201"/>
        <source>With this key and a copy of the journal, anyone can read your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="207"/>
        <source>The PDF could not be saved there: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="210"/>
        <source>PSW Journal — Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/recovery_key_panel.py" line="213"/>
        <source>Saved as {name}. Keep it off this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="62"/>
        <source>Journal file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="63"/>
        <source>Created: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="66"/>
        <source>This key opens your journal if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="68"/>
        <source>Keep it somewhere safe and away from the laptop: anyone with this key and the journal file can read your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="91"/>
        <source>PSW Journal recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/recovery.py" line="105"/>
        <source>Print recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="56"/>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="61"/>
        <source>Supervision preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="62"/>
        <source>Ending of a peer relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="63"/>
        <source>Your own template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="70"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="71"/>
        <source>What happened, in outline? Your part; initials, not names or case facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="74"/>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="75"/>
        <source>What were you thinking and feeling before, during and after?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="78"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="79"/>
        <source>What went well and what was harder? Notice your strengths too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="82"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="84"/>
        <source>What helped or got in the way? What does it tell you about your practice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="88"/>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="89"/>
        <source>What have you learnt? What else could you have done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="92"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="93"/>
        <source>What will you do next time, and what support or training would help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="96"/>
        <source>What?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="98"/>
        <source>What happened, and what was your part in it? The outline, not the case facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="102"/>
        <source>So what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="103"/>
        <source>What does it mean for you? What did you feel, and what did you learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="106"/>
        <source>Now what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="107"/>
        <source>What will you do differently, and what support do you need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="110"/>
        <location filename="../../journal_app/gui/editors/reflection.py" line="159"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="111"/>
        <source>Write freely about what you noticed, felt and learnt, not case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="114"/>
        <source>What happened, or what was the feedback?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="115"/>
        <source>In outline, without anything that could identify someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="118"/>
        <source>What did you learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="119"/>
        <source>About the work, and about yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="122"/>
        <source>How did or will you change your practice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="123"/>
        <source>One or two concrete changes are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="54"/>
        <source>Six steps from what happened to an action plan (Gibbs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="55"/>
        <source>What? So what? Now what? (Driscoll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="58"/>
        <source>Four questions: what happened, what I learnt, what I will change, how it fits my role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="126"/>
        <source>How does it fit your role and values as a peer support worker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="128"/>
        <source>Which peer support values does it touch: hope, mutuality, choice, lived experience shared with care? Is it within your role?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="133"/>
        <source>What I want to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="134"/>
        <source>The topics, questions or decisions you want time for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="137"/>
        <source>What is going well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="138"/>
        <source>Your strengths, and what you are proud of since last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="141"/>
        <source>Support I need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="142"/>
        <source>Advice, training, time, or someone to listen: what would help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="145"/>
        <source>How was it marked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="146"/>
        <source>How did you mark the ending: a last session, looking back at progress?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="149"/>
        <source>What next support is in place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="150"/>
        <source>Who or what supports them now? Name services, not personal details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="153"/>
        <source>How it felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="154"/>
        <source>How did the ending feel for you, and what do you need now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="162"/>
        <source>Written reflections are not legally privileged: they could be asked for, so write about learning and feelings, not case facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="177"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="178"/>
        <source>A structure for your thoughts; switch at any time, nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="201"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="202"/>
        <source>Partly planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="203"/>
        <source>Unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="205"/>
        <location filename="../../journal_app/gui/editors/reflection.py" line="265"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="210"/>
        <source>Was the ending planned?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="211"/>
        <source>Abrupt endings can come as a shock; note how this one came about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="219"/>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="229"/>
        <source>Your sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="230"/>
        <source>Your own headings, each with its own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="242"/>
        <source>Sections from another model stay shown while they hold text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="257"/>
        <source>Context and mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="259"/>
        <source>One-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="260"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="261"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="262"/>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="263"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="266"/>
        <source>Session kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="269"/>
        <source>e.g. community hub, ward, home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="270"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="272"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="272"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="276"/>
        <source>Mood after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/reflection.py" line="278"/>
        <source>1 is very low, 10 is very good; leave it unset if you prefer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="29"/>
        <source>Time to reflect on today&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="30"/>
        <source>Time for your weekly check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="31"/>
        <source>Your next supervision is coming up: a good time to get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="34"/>
        <source>No supervision is booked, and it has been a while since the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="37"/>
        <source>Is your next supervision booked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="38"/>
        <source>You have actions past their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/tray.py" line="39"/>
        <source>Time to look over your actions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersBox</name>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="76"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="81"/>
        <source>Remind me to &amp;reflect after sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="82"/>
        <source>Reflect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="83"/>
        <source>Reflect reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="86"/>
        <source>Remind me of my weekly &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="88"/>
        <source>Check-in day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="92"/>
        <source>Check-in reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="95"/>
        <source>Remind me about &amp;supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="99"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="101"/>
        <source>Remind me when the next supervision is this many days away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="105"/>
        <source>When the next one is &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="111"/>
        <source>or when none is booked and your supervision gap (above) has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="116"/>
        <source>Supervision check on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="118"/>
        <source>Supervision reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="125"/>
        <source>Remind me of &amp;actions past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="126"/>
        <source>Actions check on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="127"/>
        <source>Actions reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="131"/>
        <source>Start PSW Journal when I &amp;log in, locked, in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="134"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="140"/>
        <source>A reminder shows a notification that never holds words from your journal; clicking it opens the right place (after the passphrase, if locked). Reminders come while the app is running, locked or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="146"/>
        <source>This desktop has no system tray, so reminders cannot be shown and the app cannot wait there at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="168"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/reminders_box.py" line="173"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreSlider</name>
    <message>
        <location filename="../../journal_app/gui/widgets/score.py" line="82"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/score.py" line="83"/>
        <source>Leave this score unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/score.py" line="109"/>
        <source>Clear {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/score.py" line="218"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/score.py" line="227"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/score.py" line="229"/>
        <source>Score from 1 to 10: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../journal_app/gui/session.py" line="154"/>
        <source>Setting up your journal&apos;s encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/session.py" line="189"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/session.py" line="205"/>
        <source>Setting your new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/session.py" line="255"/>
        <source>Checking your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/session.py" line="246"/>
        <source>Encrypting your journal again under the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/session.py" line="272"/>
        <source>Looking for the newest good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/session.py" line="537"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareHistoryDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="40"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="41"/>
        <source>ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="42"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="43"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="85"/>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="86"/>
        <source>Share history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="92"/>
        <source>Every supervision pack and development record you exported, newest first. Only the file&apos;s name is kept here, not where you saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="101"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="102"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="103"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="104"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="105"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="106"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="108"/>
        <source>Packs shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="124"/>
        <source>Entries in the selected pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="127"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="127"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="127"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="127"/>
        <source>Shared as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="130"/>
        <source>Entries in the selected pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="144"/>
        <source>Nothing shared yet. Supervision packs you export are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="151"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="174"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="179"/>
        <source>{format}, development record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="182"/>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="232"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="236"/>
        <source>(damaged, cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="197"/>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="245"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="197"/>
        <location filename="../../journal_app/gui/dialogs/share_history.py" line="245"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/shortcuts.py" line="31"/>
        <location filename="../../journal_app/gui/dialogs/shortcuts.py" line="32"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/shortcuts.py" line="35"/>
        <source>Search by action or key, e.g. lock or Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/shortcuts.py" line="36"/>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/shortcuts.py" line="39"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/shortcuts.py" line="43"/>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/shortcuts.py" line="44"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/shortcuts.py" line="44"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/shortcuts.py" line="70"/>
        <location filename="../../journal_app/gui/dialogs/shortcuts.py" line="71"/>
        <source>No shortcut matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/shortcuts.py" line="76"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="140"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="185"/>
        <source>{section}, {n} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="187"/>
        <source>{section}, 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/sidebar.py" line="189"/>
        <source>{section}, {n} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../journal_app/gui/spelling.py" line="177"/>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/spelling.py" line="180"/>
        <source>Add “{word}” to my dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/spelling.py" line="183"/>
        <source>Ignore “{word}” in this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/spelling.py" line="211"/>
        <source>Not added to your dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../journal_app/gui/widgets/bar_charts.py" line="78"/>
        <source>Totals over {n} months, {first} to {last}: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/bar_charts.py" line="84"/>
        <source>Busiest month: {month}, with {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <location filename="../../journal_app/gui/widgets/actions_board.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="57"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="66"/>
        <source>Passphrase strength advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="123"/>
        <source>Use at least {n} characters, for example four or more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="127"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="128"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="129"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="130"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="131"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="134"/>
        <source>Strength: {level}. Strong enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/strength_meter.py" line="136"/>
        <source>Strength: {level}. Not strong enough yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionBanner</name>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_banner.py" line="25"/>
        <source>Supervision reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_banner.py" line="30"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_banner.py" line="31"/>
        <source>Dismiss the supervision reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_banner.py" line="56"/>
        <source>Your next supervision is today, {when}. Entries marked to bring: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_banner.py" line="59"/>
        <source>Your next supervision is tomorrow, {when}. Entries marked to bring: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_banner.py" line="62"/>
        <source>Your next supervision is on {when}. Entries marked to bring: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionEditor</name>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="48"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="57"/>
        <source>Name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="58"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="69"/>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="70"/>
        <source>Alternative contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="71"/>
        <source>Peer supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="72"/>
        <source>External supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="74"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="76"/>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="81"/>
        <source>Restorative: support for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="82"/>
        <source>Formative: learning and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="83"/>
        <source>Normative: standards and accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="87"/>
        <source>Looking after you: the emotional impact of the work, your wellbeing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="90"/>
        <source>Learning and development: skills, knowledge, training needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="92"/>
        <source>Standards, policy, boundaries and the quality of the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="98"/>
        <source>Functions covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="100"/>
        <source>After Proctor&apos;s model; tick any the session covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="103"/>
        <location filename="../../journal_app/gui/editors/supervision.py" line="106"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="103"/>
        <location filename="../../journal_app/gui/editors/supervision.py" line="106"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="104"/>
        <source>My wellbeing before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="107"/>
        <source>My wellbeing after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="112"/>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="121"/>
        <source>Fill from records marked for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="131"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="132"/>
        <source>What you want to bring; records marked for supervision can fill it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="141"/>
        <source>What was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="142"/>
        <source>The main points, and what you take from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="146"/>
        <source>Support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="147"/>
        <source>Support, training or time offered to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="156"/>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="160"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="174"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="181"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="188"/>
        <source>Next supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="190"/>
        <source>Next supervision is booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/supervision.py" line="192"/>
        <source>Next supervision date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionLogView</name>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_log_view.py" line="21"/>
        <source>Supervision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_log_view.py" line="27"/>
        <source>Please note: {alert}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_log_view.py" line="34"/>
        <source>No supervision recorded in the last {months} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_log_view.py" line="39"/>
        <source>1 supervision session in the last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_log_view.py" line="41"/>
        <source>{n} supervision sessions in the last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_log_view.py" line="48"/>
        <source>about every {weeks} weeks (longest gap {longest} weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_log_view.py" line="53"/>
        <source>restorative in {r} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_log_view.py" line="55"/>
        <source>last on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_log_view.py" line="57"/>
        <source>next booked for {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervision_log_view.py" line="59"/>
        <source>next not booked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorsEdit</name>
    <message>
        <location filename="../../journal_app/gui/widgets/supervisors_edit.py" line="30"/>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervisors_edit.py" line="41"/>
        <source>New supervisor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervisors_edit.py" line="42"/>
        <source>Add a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervisors_edit.py" line="43"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervisors_edit.py" line="45"/>
        <source>Add supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervisors_edit.py" line="48"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/supervisors_edit.py" line="50"/>
        <source>Remove the selected supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <location filename="../../journal_app/gui/widgets/tag_edit.py" line="42"/>
        <source>e.g. endings, boundaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="87"/>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="88"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="125"/>
        <source>Next steps for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="143"/>
        <source>Here is what might help next. Take it at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="145"/>
        <source>Nothing is waiting for you. Write whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="162"/>
        <source>Opening your entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="185"/>
        <source>“{title}” is kept as a draft and has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="189"/>
        <source>An entry is kept as a draft and has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="191"/>
        <source>An entry is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="191"/>
        <source>Go to the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="194"/>
        <source>1 action is past its due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="196"/>
        <source>{n} actions are past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="198"/>
        <source>Mark what is done, or bring it to your next supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="199"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="203"/>
        <source>Supervision is today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="205"/>
        <source>Supervision is tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="207"/>
        <source>Supervision in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="208"/>
        <source>{when}. Entries marked to bring: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="209"/>
        <source>Prepare for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="212"/>
        <source>Had a session today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="214"/>
        <source>A few lines while it is fresh: what happened, how it felt, what you learnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="216"/>
        <source>I just finished a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="220"/>
        <source>You have not checked in yet. Mood, stress and energy take a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="222"/>
        <source>Your last check-in was {n} days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="224"/>
        <source>How are you doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="224"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="227"/>
        <source>No supervision is booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="229"/>
        <source>Note the date of your next supervision in a supervision note, and it will be shown here as it comes near.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/today_view.py" line="232"/>
        <source>Open supervision notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="20"/>
        <source>The training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="24"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="25"/>
        <source>Shadowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="26"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="27"/>
        <source>E-learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="28"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="29"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="31"/>
        <location filename="../../journal_app/gui/editors/training.py" line="44"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="33"/>
        <source>Kind of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="36"/>
        <source>Who ran it, or where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="37"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="45"/>
        <source>in whole or half hours, up to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="48"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="59"/>
        <source>What I take from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="63"/>
        <source>What I learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="64"/>
        <source>The ideas or skills you want to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="68"/>
        <source>How I will use it in practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="69"/>
        <source>One thing you will do differently, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="80"/>
        <source>Development goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="86"/>
        <source>Counts towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="88"/>
        <source>Tick the goals this training helps with; its hours count towards them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/training.py" line="92"/>
        <source>No development goals yet: File, New, Development goal adds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="41"/>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="42"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="45"/>
        <source>Deleted entries wait here for {days} days, then are deleted for good. They are not shown, searched or put in a supervision pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="53"/>
        <source>Entries in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="58"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="60"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="62"/>
        <source>&amp;Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="92"/>
        <source>{kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="96"/>
        <source>{date} · {name} · {days} days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="124"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="130"/>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="132"/>
        <source>Delete the {n} entries in the trash for good? This cannot be undone.

Backups made before now still hold them (encrypted): to be rid of them everywhere, delete those backups too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="146"/>
        <source>Deleting for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/trash.py" line="143"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="39"/>
        <source>PSW Journal — Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="41"/>
        <source>Unlock your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="49"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="55"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="58"/>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="60"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="65"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="72"/>
        <source>F&amp;orgot passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="74"/>
        <source>Forgot passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="83"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="86"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="92"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="170"/>
        <source>{problem}

None of the automatic backups opens with this passphrase and passes its checks. Nothing was changed. A backup made before a passphrase change opens with the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="180"/>
        <source>The journal file failed its checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="182"/>
        <source>{problem}

The newest automatic backup that opens with this passphrase and passes its checks holds {n} entries, the last saved {when}. Put it in the journal&apos;s place? The journal file as it is now is kept beside it, renamed, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="200"/>
        <source>The backup whose entries were last saved {when} is now your journal ({n} entries). The file that failed is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="216"/>
        <source>at a time the backup does not record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="217"/>
        <source>on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="168"/>
        <source>No backup could be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/dialogs/unlock.py" line="198"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WellnessPlanEditor</name>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="19"/>
        <source>My Wellness Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="22"/>
        <source>Yours to write and to keep: it never goes into a supervision pack unless you tick it for that pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="32"/>
        <source>What keeps me well at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="33"/>
        <source>Routines, breaks, people or things that help you stay well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="37"/>
        <source>Early signs that I am not coping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="38"/>
        <source>What you, or others, might notice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="42"/>
        <source>Triggers at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="43"/>
        <source>Situations that can make things harder for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="47"/>
        <source>Support I would like from my manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="48"/>
        <source>What would help, and how you would like to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="52"/>
        <source>If I become unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="53"/>
        <source>What you would like to happen, and what you would rather did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="57"/>
        <source>Who to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="58"/>
        <source>People and services you would like contacted, by role or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="65"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="70"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/wellness_plan.py" line="70"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingPreferences</name>
    <message>
        <location filename="../../journal_app/gui/widgets/writing_preferences.py" line="12"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/writing_preferences.py" line="13"/>
        <source>&amp;Underline spelling mistakes (UK English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/writing_preferences.py" line="15"/>
        <source>Underline spelling mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/writing_preferences.py" line="19"/>
        <source>Right-click an underlined word for suggestions, to add it to your own dictionary or to ignore it in that entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/writing_preferences.py" line="29"/>
        <source>Your dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/writing_preferences.py" line="31"/>
        <source>One per line: names and words of your own the checker should accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/writing_preferences.py" line="38"/>
        <source>Kept encrypted in your journal, never in the app&apos;s settings. Delete a line to take a word out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/writing_preferences.py" line="44"/>
        <source>Your &amp;dictionary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DueDelegate</name>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="48"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="49"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_HeadingRow</name>
    <message>
        <location filename="../../journal_app/gui/widgets/template_headings.py" line="22"/>
        <source>Heading {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/template_headings.py" line="28"/>
        <source>A question to start from (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/template_headings.py" line="29"/>
        <source>Prompt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/widgets/template_headings.py" line="32"/>
        <source>Remove heading {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../journal_app/gui/editors/custom_sections.py" line="32"/>
        <source>Heading {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/custom_sections.py" line="39"/>
        <source>Text {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/editors/custom_sections.py" line="42"/>
        <source>Remove section {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StatusDelegate</name>
    <message>
        <location filename="../../journal_app/gui/editors/actions_table.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../journal_app/gui/crash.py" line="159"/>
        <source>PSW Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/crash.py" line="160"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/crash.py" line="161"/>
        <source>Your saved entries are safe. If you were typing, check that your last words are still there.

If this keeps happening, copy the report and send it to whoever supports the app. It holds no journal text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/crash.py" line="168"/>
        <source>A note was also written to the log: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/crash.py" line="173"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/crash.py" line="174"/>
        <source>Copy the error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/crash.py" line="180"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/crash.py" line="186"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="17"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="18"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="19"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="20"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="21"/>
        <source>Share level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="22"/>
        <source>Bring to supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="23"/>
        <source>Shared title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="24"/>
        <source>Shared summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="25"/>
        <location filename="../../journal_app/gui/field_labels.py" line="103"/>
        <source>The entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="26"/>
        <source>Reflective model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="27"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="28"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="29"/>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="30"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="31"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="32"/>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="33"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="34"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="35"/>
        <source>So what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="36"/>
        <source>Now what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="37"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="38"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="39"/>
        <location filename="../../journal_app/gui/field_labels.py" line="69"/>
        <source>What I learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="40"/>
        <source>How my practice changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="41"/>
        <source>Fit with my role and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="42"/>
        <source>What I want to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="43"/>
        <source>What is going well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="44"/>
        <source>Support I need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="45"/>
        <source>Was the ending planned?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="46"/>
        <source>How was it marked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="47"/>
        <source>What next support is in place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="48"/>
        <source>How it felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="49"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="50"/>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="51"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="52"/>
        <source>Mood afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="53"/>
        <source>A boundary question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="54"/>
        <source>What was asked of me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="55"/>
        <source>Was it within my role?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="56"/>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="57"/>
        <source>Who I talked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="58"/>
        <source>A safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="59"/>
        <source>Did I follow the procedure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="60"/>
        <source>Reported to (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="61"/>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="62"/>
        <source>I need a debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="63"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="64"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="65"/>
        <source>Other purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="66"/>
        <source>What I weighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="67"/>
        <source>How it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="68"/>
        <source>How I felt after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="70"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="71"/>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="72"/>
        <source>Functions covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="73"/>
        <source>My wellbeing before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="74"/>
        <source>My wellbeing after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="75"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="76"/>
        <source>What was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="77"/>
        <source>Support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="78"/>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="79"/>
        <source>Next supervision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="80"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="81"/>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="82"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="83"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="84"/>
        <source>Kind of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="85"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="86"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="87"/>
        <source>How I will use it in practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="88"/>
        <source>Counts towards goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="89"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="91"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="92"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="93"/>
        <source>What keeps me well at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="94"/>
        <source>Early signs that I am not coping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="95"/>
        <source>Triggers at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="96"/>
        <source>Support I would like from my manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="97"/>
        <source>If I become unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="98"/>
        <source>Who to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="99"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="100"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="101"/>
        <source>Competences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="104"/>
        <source>Entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="105"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="106"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="107"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="108"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="109"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="110"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="111"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="113"/>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="114"/>
        <source>Headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="116"/>
        <source>The word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="117"/>
        <source>Your dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="122"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="123"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="90"/>
        <location filename="../../journal_app/gui/field_labels.py" line="124"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="125"/>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="126"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="127"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="129"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/field_labels.py" line="143"/>
        <source>{label}, item {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="33"/>
        <source>Please check {field}: it must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="34"/>
        <source>Please check {field}: {value} is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="37"/>
        <source>Please check {field}: it is too long ({count} characters, at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="41"/>
        <source>Please check {field}: it is too large ({count} characters of text; an entry holds at most {limit}). Split it into more than one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="46"/>
        <source>The entry is too large ({count} characters of text in all, at most {limit}). Split it into more than one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="51"/>
        <source>Please check {field}: it holds a character that cannot be saved (a NUL or a broken Unicode character). Delete it, or paste the text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="56"/>
        <source>Please check {field}: it is not in the form this field takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="59"/>
        <source>Please check {field}: it must be a whole number from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="62"/>
        <source>Please check {field}: it is not one of the choices this field offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="65"/>
        <source>Please check {field}: it is either ticked or not (true or false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="68"/>
        <source>{field} is not something this kind of entry holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="71"/>
        <source>Please fill in {field}: it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="72"/>
        <source>Please check {field}: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="73"/>
        <source>Please check {field}: an action needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="74"/>
        <source>Please check {field}: an entry has at most {limit} tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="77"/>
        <source>Please check {field}: a tag has at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="80"/>
        <source>{field} does not match the entry being edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="81"/>
        <source>An entry&apos;s kind cannot be changed: add a new entry of the other kind instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="85"/>
        <source>The period ends before it starts: choose a later {field} date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="88"/>
        <source>This is too long to write as {format} ({count} characters, at most {limit}). Nothing was saved. Choose a shorter period, or share some entries as a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="93"/>
        <source>{path} must be a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="94"/>
        <source>{name} is larger than 20 MB, the most a file attached to an entry may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="97"/>
        <source>Please check {field}: it must be one file name, without folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="100"/>
        <source>Please check {field}: it must be a number of hours from 0 to {limit}, in whole or half hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="105"/>
        <source>Please check {field}: it is not an entry&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="106"/>
        <source>Please check {field}: that development goal is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="109"/>
        <source>You already have a Wellness Action Plan: open it and edit it instead. Its earlier versions stay in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="114"/>
        <source>Only supervision notes have actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="115"/>
        <source>That action is no longer in the note: it was changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="119"/>
        <source>You already have a template called {name}: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="122"/>
        <source>A template needs at least one heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="123"/>
        <source>Please check {field}: at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="124"/>
        <source>Please check {field}: the template already has the heading {heading}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="127"/>
        <source>There is no template called {name}: it may have been renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="130"/>
        <source>You can keep at most {limit} templates: delete one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="134"/>
        <source>Please check {field}: your dictionary takes one word at a time, no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="137"/>
        <source>Your dictionary holds at most {limit} words: remove some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="145"/>
        <source>{file} could not be imported: line {line} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="148"/>
        <source>{file} is a zip archive: unzip it, then import the .json file inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="151"/>
        <source>{file} could not be imported: it is not valid JSON at line {line}, column {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="155"/>
        <source>{file} could not be imported: its JSON is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="158"/>
        <source>{file} could not be imported: its JSON holds a value too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="161"/>
        <source>{file} is not a {what} export: it has no list of entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="164"/>
        <source>{place} is not in the form the export uses, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="167"/>
        <source>{place}: its text is not text, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="170"/>
        <source>{place}: its creation date is missing or cannot be read, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="174"/>
        <source>{place}: its time of day cannot be read, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="177"/>
        <source>{file} has no .md, .markdown or .txt files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="180"/>
        <source>{file} could not be imported: the front matter opened on line 1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="184"/>
        <source>{file} could not be imported: front matter line {line} is not &apos;key: value&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="188"/>
        <source>{place} could not be imported, so nothing was: {cause}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="194"/>
        <source>{file} is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="195"/>
        <source>{file} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="196"/>
        <source>{file} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="197"/>
        <source>{format} is not a kind of file PSW Journal imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="208"/>
        <source>This journal was written by a newer PSW Journal (file format {version}); this version reads up to format {latest}. Install the newer PSW Journal to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="216"/>
        <source>{file} is open in another program (an antivirus scan, a backup or sync tool such as OneDrive, or a viewer), so nothing was changed. Close that program or wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="230"/>
        <source>Entry {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="235"/>
        <source>That passphrase does not open this journal. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="238"/>
        <source>That recovery key does not open this journal. Check each group of five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="241"/>
        <source>That passphrase is too easy to guess. Use at least 12 characters, for example a generated passphrase of several words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="246"/>
        <source>Please check {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="247"/>
        <source>That is not possible here: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="248"/>
        <source>The file could not be imported ({detail}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="268"/>
        <source>Your writing could not be saved: {detail}. It is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="271"/>
        <source>The disk is full, so this could not be written; nothing already saved was changed. Free some space (empty the bin, move large files elsewhere), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="277"/>
        <source>Permission to write there was refused (read-only media, or a folder you may not change), so this could not be written; nothing already saved was changed. Choose another folder, or ask whoever looks after this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="283"/>
        <source>Nothing could be saved to the journal file: {detail}. What you typed is still on screen: copy it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="288"/>
        <source>Most entries do not open with the key this journal file&apos;s header gives: the header may come from an older copy of the file. Open it with the recovery key, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="294"/>
        <source>The journal file is damaged: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="295"/>
        <source>There is no journal file there: it was moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="298"/>
        <source>A file is already in the way, so nothing was changed: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="301"/>
        <source>This file cannot be opened as a PSW Journal: {detail}. A newer PSW Journal may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="305"/>
        <source>This journal could not be upgraded to this version&apos;s file format, so it was left as it was: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="310"/>
        <source>The journal file&apos;s passphrase settings look damaged, so it was not opened: {detail}. The recovery key still opens the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="315"/>
        <source>The passphrase was changed in another PSW Journal window or by the command line since this one was unlocked, so nothing was saved. Lock the journal and unlock it with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="326"/>
        <source>The journal is locked: unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="329"/>
        <source>The journal file has a problem: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="330"/>
        <source>That entry or version is no longer in the journal (it was deleted or restored meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="334"/>
        <source>That entry is damaged and cannot be read, so nothing was done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="338"/>
        <source>Stopped before it was finished: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="341"/>
        <source>That could not be done: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="251"/>
        <source>This journal is already open in another PSW Journal window, or the command line is writing to it. Switch to that window and lock it (Ctrl+L) or close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="203"/>
        <source>{file} is not a PSW Journal file: it is neither a journal nor a backup of one, so nothing was opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="257"/>
        <source>This entry was changed in another PSW Journal window or by the command line since you opened it, so it was not saved over. Your text is still in the editor: copy it somewhere, then open the entry again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="263"/>
        <source>This journal is open read-only: its file or its folder cannot be written (read-only media, or no permission to write there). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="321"/>
        <source>Your entries could not all be opened ({detail}), so the journal was locked; nothing in it was changed. Close other programs, then unlock it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journal_app/gui/messages.py" line="344"/>
        <source>Something went wrong ({kind}). Your saved entries are safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
