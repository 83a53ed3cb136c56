"""The pictures of the windows before a journal is open: the first-run wizard (its
pages, a generated passphrase, the recovery key typed wrongly, closing early), the
unlock window (a wrong passphrase) and recovery by key."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from stage import PASSPHRASE, Stage, catch_modal, pump, wait_until


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


def recovery(key: str) -> Callable[[Stage], object]:
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
