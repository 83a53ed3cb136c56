"""Every picture, by name: a function of the stage that returns the QImage to save.
The main window's sections are found by their key (main_window.SECTIONS), never by
their place in the side bar; dialogs are opened the way the app opens them."""

from __future__ import annotations

from collections.abc import Callable

from shots_start import (
    first_run,
    first_run_generated,
    first_run_key,
    first_run_key_wrong,
    first_run_leave,
    recovery,
    unlock,
    unlock_wrong,
)
from stage import Stage, catch_modal, pump, settle, shown_path


def _window(stage: Stage):
    """The main window on the demo journal, at the size the app gives it."""
    from journal_app.gui.main_window import MainWindow

    for window in stage.windows:
        if isinstance(window, MainWindow):
            return window
    window = MainWindow(stage.session)
    window.show()
    stage.windows.append(window)
    pump(stage.app)
    return window


def _section(stage: Stage, key: str):
    from journal_app.gui.widgets.sidebar import section_row

    window = _window(stage)
    searched = bool(window.records.search.text())
    window.records.search.clear()
    window.sidebar.setCurrentRow(section_row(key))
    if searched:
        settle(stage.app, 0.25)  # the search runs after a short pause in typing
    pump(stage.app)
    return window


def _first_row(window) -> None:
    records = window.records
    if records.model.rowCount():
        records.list.setCurrentIndex(records.model.index(0))


def _open(stage: Stage, window, kind: str) -> None:
    """Open one of the demo's records by choosing it in the list, as a worker would."""
    records = window.records
    row = records.model.row_of(stage.ids[kind])
    if row < 0:  # not in the list as filtered: open it directly
        records.open_record(stage.session.reader.get(stage.ids[kind]))
    else:
        index = records.model.index(row)
        records.list.setCurrentIndex(index)
        records.list.scrollTo(index)
    pump(stage.app)


def _grab_section(key: str) -> Callable[[Stage], object]:
    def shot(stage: Stage):
        window = _section(stage, key)
        if window.pages.currentWidget() is window.records:
            _first_row(window)
            pump(stage.app)
        return window.grab().toImage()

    return shot


def calendar(stage: Stage):
    """The Calendar on the busiest day of the last four weeks (the demo's entries are
    dated back from today), so the month has marks and the day's list has entries."""
    from datetime import date

    window = _section(stage, "calendar")
    today = date.today()
    recent = [r.date for r in stage.session.reader.records() if 0 <= (today - r.date).days < 28]
    if recent:
        window.calendar.select_day(max(set(recent), key=lambda d: (recent.count(d), d)))
    pump(stage.app)
    return window.grab().toImage()


def _open_in_timeline(
    kind: str, edit: bool, scroll_to: str | None = None
) -> Callable[[Stage], object]:
    """One of the demo's entries chosen in the Timeline: as it opens, to read, or in
    its editor (as after Edit, Enter or a double-click), scrolled down to the group
    named `scroll_to` (its object name) if given: that type's own fields, rather than
    the title, tags and share level every editor starts with."""

    def shot(stage: Stage):
        window = _section(stage, "timeline")
        _open(stage, window, kind)
        if not edit:
            return window.grab().toImage()
        window.records.edit_current()
        pump(stage.app)
        editor = window.records.entry.editor
        if scroll_to:
            from PySide6.QtWidgets import QWidget

            group = editor.findChild(QWidget, scroll_to)
            bar = editor.scroll.verticalScrollBar()
            bar.setValue(group.mapTo(editor.scroll.widget(), group.rect().topLeft()).y() - 8)
            pump(stage.app)
        image = window.grab().toImage()
        window.records.done_editing()  # nothing was typed: back to reading
        pump(stage.app)
        return image

    return shot


def search(stage: Stage):
    window = _section(stage, "timeline")
    window.records.search.setText("walk")
    settle(stage.app, 0.3)
    _first_row(window)
    pump(stage.app)
    return window.grab().toImage()


def new_reflection(stage: Stage):
    from journal_app.domain.records import RecordType

    window = _section(stage, "timeline")
    window.new_record(RecordType.REFLECTION)
    pump(stage.app)
    image = window.grab().toImage()
    _open(stage, window, "reflection")  # leaves the untouched form: nothing is saved
    return image


NOTE_WORDS = (
    "Walk-and-talk with R. by the canal\n"
    "They set the pace today. I noticed how much I wanted to fill the silences; "
    "when I didn't, R. said more about what helps on the bad mornings.\n"
    "Next time: let the quiet be."
)


def quick_note(stage: Stage):
    """File > Quick note with a few words in it. They are put in without typing, so
    nothing is saved: the demo journal stays as the other pictures show it."""
    window = _section(stage, "timeline")
    note = window.show_quick_note()
    note.text.blockSignals(True)
    note.text.setPlainText(NOTE_WORDS)
    note.text.blockSignals(False)
    note.status.setText(note.tr("Saved"))
    pump(stage.app)
    image = note.grab().toImage()
    note.reject()  # nothing typed: nothing to save
    pump(stage.app)
    return image


SPELLING_WORDS = (
    "The group went quieter than usual after the break.\n"
    "I recieve so much from watching people find their own words. I noticed I "
    "wanted to organise the silence away, so I waited."
)


def spelling(stage: Stage):
    """A new reflection with a misspelling underlined and its right-click menu open:
    the suggestions, Add to my dictionary, Ignore in this entry, then the usual edit
    actions. The words are put in without typing, so nothing is saved."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QPlainTextEdit

    from journal_app.domain.records import RecordType

    window = _section(stage, "timeline")
    window.new_record(RecordType.REFLECTION)
    pump(stage.app)
    stage.session.spelling.checker.prepare_suggestions()  # the app builds it in the background
    editor = window.records.entry.editor
    field = editor.findChild(QPlainTextEdit, "field_description")
    field.blockSignals(True)  # no edit reaches the entry: nothing is saved
    field.setPlainText(SPELLING_WORDS)
    field.blockSignals(False)
    bar = editor.scroll.verticalScrollBar()
    bar.setValue(field.mapTo(editor.scroll.widget(), QPoint(0, 0)).y() - 80)
    pump(stage.app)
    cursor = field.textCursor()
    cursor.setPosition(SPELLING_WORDS.index("recieve") + 3)
    point = field.cursorRect(cursor).bottomLeft()
    menu = stage.session.spelling.menu_for(field, point)
    menu.popup(field.viewport().mapToGlobal(point))
    pump(stage.app)
    origin = window.mapToGlobal(QPoint(0, 0))
    place = menu.geometry().translated(-origin)
    area = QRect(field.mapTo(window, QPoint(0, 0)), field.size()).united(place)
    area = area.adjusted(-16, -16, 16, 16) & window.rect()
    image = window.grab(area).toImage()
    painter = QPainter(image)
    painter.drawImage(place.topLeft() - area.topLeft(), menu.grab().toImage())
    painter.end()
    menu.hide()
    menu.deleteLater()
    _open(stage, window, "reflection")  # leaves the untouched form: nothing is saved
    return image


def finished_session(stage: Stage):
    """File > I just finished a session: the one question before the reflection."""
    window = _section(stage, "timeline")
    dialog = window.finished_session()
    dialog.choose("group")
    pump(stage.app)
    image = dialog.grab().toImage()
    dialog.reject()
    pump(stage.app)
    return image


def _menu(place: int) -> Callable[[Stage], object]:
    """A menu of the menu bar (0: File, 1: Edit, ...), opened under its title."""

    def shot(stage: Stage):
        window = _section(stage, "timeline")
        _open(stage, window, "history")  # an entry with versions: all of Edit applies
        bar = window.menuBar()
        action = bar.actions()[place]
        menu = action.menu()
        menu.popup(window.mapToGlobal(bar.actionGeometry(action).bottomLeft()))
        pump(stage.app)
        image = menu.grab().toImage()
        menu.hide()
        return image

    return shot


def new_menu(stage: Stage):
    """File > New open, with the worker's own template among the kinds of entry: both
    menus drawn over the corner of the window they open from."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QPainter

    window = _section(stage, "timeline")
    bar = window.menuBar()
    file_action = bar.actions()[0]
    file_menu = file_action.menu()
    file_menu.popup(window.mapToGlobal(bar.actionGeometry(file_action).bottomLeft()))
    pump(stage.app)
    new_action = window.new_menu.menuAction()
    file_menu.setActiveAction(new_action)
    new_place = file_menu.actionGeometry(new_action)
    window.new_menu.popup(file_menu.mapToGlobal(new_place.topRight()))
    pump(stage.app)
    origin = window.mapToGlobal(QPoint(0, 0))
    menus = [file_menu, window.new_menu]
    places = [m.geometry().translated(-origin) for m in menus]
    area = QRect(0, 0, 1, 1)
    for place in places:
        area = area.united(place)
    area = area.adjusted(0, 0, 24, 24)  # a little of the window beyond the menus
    image = window.grab(area).toImage()
    painter = QPainter(image)
    for menu, place in zip(menus, places, strict=True):
        painter.drawImage(place.topLeft() - area.topLeft(), menu.grab().toImage())
    painter.end()
    window.new_menu.hide()
    file_menu.hide()
    pump(stage.app)
    return image


def coverage(stage: Stage):
    """Insights' second page: competence coverage over the last 12 months."""
    window = _section(stage, "insights")
    insights = window.insights
    insights.tabs.setCurrentWidget(insights.coverage)
    pump(stage.app)
    image = window.grab().toImage()
    insights.tabs.setCurrentIndex(0)  # the charts again, for the Insights picture
    pump(stage.app)
    return image


def about(stage: Stage):
    """Help > About, its paths shown under /home/sam rather than the temporary folder
    the demo's home sits in (the dialog is the app's; only the picture's words change)."""
    from PySide6.QtWidgets import QLabel

    from journal_app.gui.window_fit import fit_to_contents

    def home_shown(dialog) -> None:
        for label in dialog.findChildren(QLabel):
            if label.objectName().startswith("about_"):
                label.setText(shown_path(stage, label.text()))
        dialog.resize(dialog.width(), 1)  # as tall as the shorter paths need
        fit_to_contents(dialog)

    return _from_menu("show_about", home_shown)(stage)


def delete_question(stage: Stage):
    window = _section(stage, "timeline")
    _open(stage, window, "reflection")
    return catch_modal(stage.app, window.delete_current)  # answered No: nothing deleted


def _from_menu(method: str, prepare=None) -> Callable[[Stage], object]:
    """A dialog the main window opens (Preferences, Trash, ...), as it opens it."""

    def shot(stage: Stage):
        window = _section(stage, "timeline")
        return catch_modal(stage.app, getattr(window, method), prepare)

    return shot


def preferences_reminders(stage: Stage):
    """Preferences scrolled to its Reminders group, with the reflection and check-in
    reminders on, on a desktop with a system tray (offscreen has none)."""
    from PySide6.QtWidgets import QScrollArea

    from journal_app.gui import tray
    from journal_app.services.reminders import ReminderSettings

    settings = stage.session.settings
    before = settings.reminders
    settings.reminders = ReminderSettings(reflect=True, checkin=True)
    shown_tray = tray.tray_available
    tray.tray_available = lambda: True

    def to_reminders(dialog) -> None:
        area = dialog.findChild(QScrollArea)
        area.ensureWidgetVisible(dialog.reminders_box, 0, 0)

    try:
        window = _section(stage, "timeline")
        return catch_modal(stage.app, window.show_preferences, to_reminders)
    finally:
        tray.tray_available = shown_tray
        settings.reminders = before


def history(stage: Stage):
    window = _section(stage, "timeline")
    _open(stage, window, "history")

    def compare(dialog) -> None:
        dialog.list.setCurrentRow(1)
        if hasattr(dialog, "compare"):
            dialog.compare.setChecked(True)

    return catch_modal(stage.app, window.show_history, compare)


def pack(stage: Stage):
    window = _section(stage, "timeline")

    return catch_modal(stage.app, window.show_pack, _six_weeks)


def _six_weeks(dialog) -> None:
    """The last six weeks with the wellbeing chart: a pack with something to check."""
    from PySide6.QtCore import QDate

    dialog.date_from.setDate(QDate.currentDate().addDays(-42))
    dialog.wellbeing.setChecked(True)
    dialog.rebuild()


def pack_export(stage: Stage):
    """The question before a pack with possible identifying details is written."""
    from journal_app.gui.dialogs.pack_export import confirm_findings

    window = _section(stage, "timeline")
    return catch_modal(stage.app, lambda: confirm_findings(window, 1))


def cloud_warning(stage: Stage):
    """The question before a plain file goes into a folder a sync client copies."""
    from pathlib import Path

    from journal_app.gui.cloud_warning import confirm_plain_file_location

    window = _section(stage, "timeline")
    path = Path.home() / "OneDrive - Example Trust" / "Documents" / "supervision-pack.pdf"
    what = "The supervision pack is not encrypted."
    return catch_modal(stage.app, lambda: confirm_plain_file_location(window, path, what))


def pack_pdf(stage: Stage):
    """Page two of the PDF the pack dialog would write (pdftoppm draws it)."""
    import subprocess

    from PySide6.QtGui import QImage

    from journal_app.export.formats import write_document

    window = _section(stage, "timeline")
    packs: list = []

    def keep(dialog) -> None:
        _six_weeks(dialog)
        packs.append(dialog.pack)

    catch_modal(stage.app, window.show_pack, keep)
    pdf = stage.folder / "pack.pdf"
    write_document(packs[0].document, "pdf", pdf)
    page = stage.folder / "pack-page"
    command = ["pdftoppm", "-r", "60", "-png", "-f", "2", "-l", "2", "-singlefile"]
    subprocess.run([*command, str(pdf), str(page)], check=True)
    return QImage(str(page.with_suffix(".png")))


# Drawn the same in every theme and size: made once, as <name>-light-100.png.
ONCE = {"pack-pdf"}


def all_shots() -> dict[str, Callable[[Stage], object]]:
    """Every picture by name, in the order they are taken: one per side-bar section
    (by its key), the main window's other states, its dialogs, then the windows
    before the journal is open."""
    from journal_app.gui.widgets.sidebar import SECTIONS

    shots = {key: _grab_section(key) for key, *_rest in SECTIONS}
    shots["calendar"] = calendar
    return shots | {
        "search": search,
        "reflection-reading": _open_in_timeline("reflection", edit=False),
        "reflection-editor": _open_in_timeline("reflection", edit=True),
        "disclosure-reading": _open_in_timeline("disclosure", edit=False),
        "disclosure-editor": _open_in_timeline("disclosure", edit=True),
        "supervision-reading": _open_in_timeline("supervision", edit=False),
        "supervision-editor": _open_in_timeline("supervision", edit=True),
        "checkin-reading": _open_in_timeline("checkin", edit=False),
        "checkin-editor": _open_in_timeline("checkin", edit=True),
        "training-reading": _open_in_timeline("training", edit=False),
        "training-editor": _open_in_timeline("training", edit=True, scroll_to="group_training"),
        "goal-reading": _open_in_timeline("goal", edit=False),
        "goal-editor": _open_in_timeline("goal", edit=True, scroll_to="group_goal"),
        "wellness-plan-reading": _open_in_timeline("wellness_plan", edit=False),
        "wellness-plan-editor": _open_in_timeline(
            "wellness_plan", edit=True, scroll_to="group_wellness_plan"
        ),
        "coverage": coverage,
        "new-reflection": new_reflection,
        "quick-note": quick_note,
        "spelling": spelling,
        "finished-session": finished_session,
        "file-menu": _menu(0),
        "new-menu": new_menu,
        "edit-menu": _menu(1),
        "delete-question": delete_question,
        "preferences": _from_menu("show_preferences"),
        "preferences-reminders": preferences_reminders,
        "history": history,
        "trash": _from_menu("show_trash"),
        "share-history": _from_menu("show_share_history"),
        "pack": pack,
        "pack-export": pack_export,
        "pack-pdf": pack_pdf,
        "cloud-warning": cloud_warning,
        "change-passphrase": _from_menu("change_passphrase"),
        "new-recovery-key": _from_menu("make_new_recovery_key"),
        "own-templates": _from_menu("show_own_templates"),
        "shortcuts": _from_menu("show_shortcuts"),
        "about": about,
        "first-run": first_run,
        "first-run-generated": first_run_generated,
        "first-run-key": first_run_key,
        "first-run-key-wrong": first_run_key_wrong,
        "first-run-leave": first_run_leave,
        "unlock": unlock,
        "unlock-wrong": unlock_wrong,
        "recovery": recovery(""),
        "recovery-typing": recovery("7KQ2M-XW4RT-HB9"),
    }
