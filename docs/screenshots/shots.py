"""Every picture, by name: a function of the stage that returns the QImage to save.
The main window's sections are found by their key (main_window.SECTIONS), never by
their place in the side bar; dialogs are opened the way the app opens them."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from stage import PASSPHRASE, Stage, catch_modal, pump, settle, wait_until


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


def _open_in_timeline(kind: str, edit: bool) -> Callable[[Stage], object]:
    """One of the demo's entries chosen in the Timeline: as it opens, to read, or in
    its editor (as after Edit, Enter or a double-click)."""

    def shot(stage: Stage):
        window = _section(stage, "timeline")
        _open(stage, window, kind)
        if not edit:
            return window.grab().toImage()
        window.records.edit_current()
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


# --- before the journal is open ----------------------------------------------------------


def _shown(stage: Stage, dialog):
    dialog.show()
    stage.windows.append(dialog)
    pump(stage.app)
    return dialog


_new_paths = itertools.count()


def _first_run(stage: Stage):
    from journal_app.gui.dialogs.create_vault import CreateVaultDialog

    path = stage.folder / f"first-run-{next(_new_paths)}.pswvault"
    return _shown(stage, CreateVaultDialog(stage.new_session(path)))


def first_run(stage: Stage):
    return _first_run(stage).grab().toImage()


def first_run_generated(stage: Stage):
    dialog = _first_run(stage)
    dialog.fields.generate()
    pump(stage.app)
    return dialog.grab().toImage()


def _first_run_key(stage: Stage):
    """The first-run wizard's second page, showing a new recovery key."""
    dialog = _first_run(stage)
    dialog.fields.fill(PASSPHRASE)
    pump(stage.app)
    dialog.continue_button.click()
    wait_until(stage.app, lambda: bool(dialog.recovery_key_shown()))
    pump(stage.app)
    return dialog


def first_run_key(stage: Stage):
    dialog = _first_run_key(stage)
    image = dialog.grab().toImage()
    dialog._leave()  # the key is not needed again
    return image


def first_run_key_wrong(stage: Stage):
    """The recovery key's last group typed wrongly."""
    dialog = _first_run_key(stage)
    dialog.key_panel.last_group_edit.setText("ABCDE")
    pump(stage.app)
    image = dialog.grab().toImage()
    dialog._leave()
    return image


def first_run_leave(stage: Stage):
    """Closing before the recovery key was confirmed asks first."""
    dialog = _first_run_key(stage)
    image = catch_modal(stage.app, dialog.reject)
    dialog._leave()
    return image


def _unlock(stage: Stage):
    from journal_app.gui.dialogs.unlock import UnlockDialog

    return _shown(stage, UnlockDialog(stage.new_session(stage.locked_path)))


def unlock(stage: Stage):
    return _unlock(stage).grab().toImage()


def unlock_wrong(stage: Stage):
    dialog = _unlock(stage)
    dialog.passphrase_edit.setText("violet lantern orchard")
    dialog.unlock_button.click()
    wait_until(stage.app, lambda: dialog.error_label.isVisible())
    pump(stage.app)
    return dialog.grab().toImage()


def _recovery(key: str) -> Callable[[Stage], object]:
    def shot(stage: Stage):
        dialog = _unlock(stage)
        dialog.forgot_button.click()
        wait_until(stage.app, lambda: dialog.recovery_dialog is not None)
        recovery_dialog = dialog.recovery_dialog
        recovery_dialog.key_edit.setText(key)
        pump(stage.app)
        image = recovery_dialog.grab().toImage()
        recovery_dialog.reject()
        return image

    return shot


# Drawn the same in every theme and size: made once, as <name>-light-100.png.
ONCE = {"pack-pdf"}


def all_shots() -> dict[str, Callable[[Stage], object]]:
    """Every picture by name, in the order they are taken: one per side-bar section
    (by its key), the main window's other states, its dialogs, then the windows
    before the journal is open."""
    from journal_app.gui.widgets.sidebar import SECTIONS

    shots = {key: _grab_section(key) for key, *_rest in SECTIONS}
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
        "new-reflection": new_reflection,
        "file-menu": _menu(0),
        "edit-menu": _menu(1),
        "delete-question": delete_question,
        "preferences": _from_menu("show_preferences"),
        "history": history,
        "trash": _from_menu("show_trash"),
        "share-history": _from_menu("show_share_history"),
        "pack": pack,
        "pack-export": pack_export,
        "pack-pdf": pack_pdf,
        "cloud-warning": cloud_warning,
        "change-passphrase": _from_menu("change_passphrase"),
        "new-recovery-key": _from_menu("make_new_recovery_key"),
        "shortcuts": _from_menu("show_shortcuts"),
        "about": _from_menu("show_about"),
        "first-run": first_run,
        "first-run-generated": first_run_generated,
        "first-run-key": first_run_key,
        "first-run-key-wrong": first_run_key_wrong,
        "first-run-leave": first_run_leave,
        "unlock": unlock,
        "unlock-wrong": unlock_wrong,
        "recovery": _recovery(""),
        "recovery-typing": _recovery("7KQ2M-XW4RT-HB9"),
    }
