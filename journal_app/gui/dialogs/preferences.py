"""Preferences: auto-lock, look and text size, spell checking, the reminders and
starting at login (kept in Qt settings or the platform's login entry, nothing personal),
and the worker's and supervisors' names, the gentle follow-through line and the
employer's assistance line, how many earlier versions each entry keeps and the worker's
own dictionary (kept encrypted in the vault by the caller, through SaveSettings,
SetHistoryLimit and SetDictionary; never in Qt settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.gui.file_places import folder_or_start
from journal_app.gui.settings import DEFAULT_AUTO_LOCK_MINUTES, AppSettings
from journal_app.gui.widgets.reminders_box import RemindersBox
from journal_app.gui.widgets.supervisors_edit import SupervisorsEdit
from journal_app.gui.widgets.vertical_scroll import VerticalScrollArea
from journal_app.gui.widgets.writing_preferences import WritingPreferences
from journal_app.gui.window_fit import keep_fitted
from journal_app.paths import open_to_others
from journal_app.services.follow_through import (
    ASSISTANCE_LINE,
    ASSISTANCE_LINE_LIMIT,
    FOLLOW_THROUGH,
    assistance_line,
    is_on,
)
from journal_app.services.journal import DISPLAY_NAME, MAX_HISTORY_LIMIT, SUPERVISORS
from journal_app.services.supervision_log import GAP_RANGE, GAP_SETTING, gap_weeks
from journal_app.services.vocabulary import ALLOWED_WORDS

FONT_SIZES = (9, 10, 11, 12, 13, 14, 16, 18, 20, 24)


class PreferencesDialog(QDialog):
    def __init__(
        self,
        settings: AppSettings,
        personal: dict[str, Any],
        parent: QWidget | None = None,
        history_limit: int | None = None,
        tray_available: bool | None = None,
        dictionary: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self._personal = dict(personal)  # keeps keys this dialog does not edit

        # The groups scroll up and down when the screen is too short for them all
        # (large text, a small screen); the buttons stay in view.
        page = QWidget(self)
        groups = QVBoxLayout(page)
        groups.setContentsMargins(0, 0, 0, 0)
        groups.addWidget(self._security_box(settings.auto_lock_minutes))
        groups.addWidget(self._backup_box(settings))
        groups.addWidget(self._appearance_box(settings.theme, settings.font_size))
        self.writing = WritingPreferences(settings.spell_check, dictionary or [], self)
        self.spell_check = self.writing.spell_check
        groups.addWidget(self.writing)
        groups.addWidget(self._personal_box(personal))
        groups.addWidget(self._looking_after_box(personal))
        groups.addWidget(self._history_box(history_limit))
        if tray_available is None:
            from journal_app.gui.tray import tray_available as tray_shown

            tray_available = tray_shown()
        self._started_at_login = settings.starts_at_login()
        self.reminders_box = RemindersBox(
            settings.reminders, self._started_at_login, tray_available, self
        )
        groups.addWidget(self.reminders_box)
        groups.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(VerticalScrollArea(page))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        layout.addWidget(buttons)
        keep_fitted(self)  # as tall as the groups need, within the screen

    # --- building ---------------------------------------------------------------------

    def _security_box(self, minutes: int) -> QGroupBox:
        box = QGroupBox(self.tr("Locking"), self)
        self.lock_minutes = QSpinBox(box)
        self.lock_minutes.setRange(1, 120)
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setValue(minutes if minutes > 0 else DEFAULT_AUTO_LOCK_MINUTES)
        self.lock_minutes.setAccessibleName(self.tr("Lock after this many minutes idle"))
        self.never_lock = QCheckBox(self.tr("&Never lock automatically"), box)
        self.never_lock.setAccessibleName(self.tr("Never lock automatically"))
        self.never_lock.setChecked(minutes == 0)
        self.lock_minutes.setEnabled(minutes != 0)
        # clicked, not toggled: only the worker's own click asks for confirmation.
        self.never_lock.clicked.connect(self._never_lock_clicked)
        form = QFormLayout(box)
        form.addRow(self.tr("&Lock when idle for:"), self.lock_minutes)
        form.addRow("", self.never_lock)
        return box

    def _backup_box(self, settings: AppSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Automatic backups"), self)
        self.auto_backup = QCheckBox(
            self.tr("&Back up when the journal locks or closes (at most once a day)"), box
        )
        self.auto_backup.setAccessibleName(self.tr("Automatic backups"))
        self.auto_backup.setChecked(settings.auto_backup)
        self.backup_folder = QLineEdit(str(settings.backup_folder), box)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        choose = QPushButton(self.tr("C&hoose…"), box)
        choose.setObjectName("chooseBackupFolderButton")
        choose.setAccessibleName(self.tr("Choose the backup folder"))
        choose.clicked.connect(self._choose_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(choose)
        note = QLabel(
            self.tr(
                "Backups are encrypted and open with the passphrase of the day they were "
                "made, or your recovery key. Seven daily, four weekly and twelve monthly "
                "copies are kept. A folder on another drive also survives a lost disk."
            ),
            box,
        )
        note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.auto_backup)
        folder_label = QLabel(self.tr("&Folder:"), box)
        folder_label.setBuddy(self.backup_folder)
        form.addRow(folder_label, folder_row)
        form.addRow(note)
        self.auto_backup.toggled.connect(self.backup_folder.setEnabled)
        self.auto_backup.toggled.connect(choose.setEnabled)
        self.backup_folder.setEnabled(settings.auto_backup)
        choose.setEnabled(settings.auto_backup)
        return box

    def _choose_backup_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for automatic backups"),
            folder_or_start(self.backup_folder.text()),
        )
        if folder:
            self.backup_folder.setText(folder)
            if open_to_others(Path(folder)):
                QMessageBox.information(
                    self,
                    self.tr("PSW Journal — Backup folder"),
                    self.tr(
                        "Other people who use this computer can open this folder. Your "
                        "backups stay encrypted there, but anyone who can read them could "
                        "try passphrases against them; a folder only you can open is "
                        "better. The folder's permissions are left as they are."
                    ),
                )

    def _appearance_box(self, theme: str, font_size: int) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"), self)
        self.theme = QComboBox(box)
        self.theme.setAccessibleName(self.tr("Theme"))
        for label, value in (
            (self.tr("Same as the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.font_size = QComboBox(box)
        self.font_size.setAccessibleName(self.tr("Text size"))
        self.font_size.addItem(self.tr("System default"), 0)
        sizes = sorted(set(FONT_SIZES) | ({font_size} if font_size > 0 else set()))
        for size in sizes:
            self.font_size.addItem(self.tr("{size} pt").format(size=size), size)
        self.font_size.setCurrentIndex(max(0, self.font_size.findData(font_size)))
        form = QFormLayout(box)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Te&xt size:"), self.font_size)
        return box

    def _personal_box(self, personal: dict[str, Any]) -> QGroupBox:
        box = QGroupBox(self.tr("Names"), self)
        note = QLabel(self.tr("Kept encrypted in your journal, never in the app's settings."), box)
        note.setWordWrap(True)
        self.display_name = QLineEdit(str(personal.get(DISPLAY_NAME) or ""), box)
        self.display_name.setAccessibleName(self.tr("Your name"))
        self.display_name.setPlaceholderText(self.tr("As it should appear on supervision packs"))

        self.supervisors_edit = SupervisorsEdit(personal.get(SUPERVISORS) or [], box)
        self.supervisors = self.supervisors_edit.list
        self.supervisor_entry = self.supervisors_edit.entry

        form = QFormLayout(box)
        form.addRow(note)
        form.addRow(self.tr("Your na&me:"), self.display_name)
        supervisors_label = QLabel(self.tr("&Supervisors:"), box)
        supervisors_label.setBuddy(self.supervisors)
        form.addRow(supervisors_label, self.supervisors_edit)

        # Places, services and groups the identifying-details check should not flag.
        self.allowed_words = QPlainTextEdit(box)
        self.allowed_words.setObjectName("allowed_words")
        self.allowed_words.setAccessibleName(self.tr("Words the check leaves alone"))
        self.allowed_words.setPlaceholderText(
            self.tr("One per line: a ward, a group, a service or a place you work with")
        )
        self.allowed_words.setPlainText(
            "\n".join(str(w) for w in personal.get(ALLOWED_WORDS) or [] if str(w).strip())
        )
        self.allowed_words.setTabChangesFocus(True)
        self.allowed_words.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        allowed_note = QLabel(
            self.tr(
                "The check before a pack is written flags capitalised words that look like a "
                "person's name. Words here (and well-known services such as the Hearing "
                "Voices Network or the Mental Health Act) are never flagged."
            ),
            box,
        )
        allowed_note.setWordWrap(True)
        allowed_label = QLabel(self.tr("&Not names:"), box)
        allowed_label.setBuddy(self.allowed_words)
        form.addRow(allowed_label, self.allowed_words)
        form.addRow("", allowed_note)

        # Supervision: how long between sessions before the pack and the app say so.
        self.gap_weeks = QSpinBox(box)
        self.gap_weeks.setObjectName("supervision_gap_weeks")
        self.gap_weeks.setRange(*GAP_RANGE)
        self.gap_weeks.setValue(gap_weeks(personal))
        self.gap_weeks.setSuffix(self.tr(" weeks"))
        self.gap_weeks.setAccessibleName(
            self.tr("Say so when the last supervision was longer ago than")
        )
        gap_label = QLabel(self.tr("Supervision &gap:"), box)
        gap_label.setBuddy(self.gap_weeks)
        gap_note = QLabel(
            self.tr(
                "The supervision pack and the Supervision section say so when the last "
                "supervision was longer ago than this, or none is booked."
            ),
            box,
        )
        gap_note.setWordWrap(True)
        form.addRow(gap_label, self.gap_weeks)
        form.addRow("", gap_note)
        return box

    def _looking_after_box(self, personal: dict[str, Any]) -> QGroupBox:
        """The Today home's gentle line after low check-ins or a crisis session, and
        the employer's assistance line it names (both kept encrypted in the vault)."""
        box = QGroupBox(self.tr("Looking after yourself"), self)
        self.follow_through = QCheckBox(
            self.tr("&Offer a gentle line on Today after hard days"), box
        )
        self.follow_through.setObjectName("follow_through_on")
        self.follow_through.setAccessibleName(self.tr("Offer a gentle line on Today"))
        self.follow_through.setChecked(is_on(personal))
        self.assistance_line = QLineEdit(assistance_line(personal), box)
        self.assistance_line.setObjectName("assistance_line")
        self.assistance_line.setMaxLength(ASSISTANCE_LINE_LIMIT)
        self.assistance_line.setAccessibleName(self.tr("Your employer's assistance line"))
        self.assistance_line.setPlaceholderText(
            self.tr("e.g. Employee Assistance Programme, 0800 000 0000")
        )
        note = QLabel(
            self.tr(
                "After three low check-ins in a row or a crisis session, Today offers one "
                "calm line with your own next steps: restorative time in supervision, your "
                "alternative contact, your Wellness Action Plan and this number. Kept "
                "encrypted in your journal; it shows only on your screen, never in a pack."
            ),
            box,
        )
        note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.follow_through)
        line_label = QLabel(self.tr("&Assistance line:"), box)
        line_label.setBuddy(self.assistance_line)
        form.addRow(line_label, self.assistance_line)
        form.addRow(note)
        return box

    def _history_box(self, limit: int | None) -> QGroupBox:
        box = QGroupBox(self.tr("Version history"), self)
        self.keep_all_versions = QRadioButton(
            self.tr("Keep &every earlier version of each entry"), box
        )
        self.keep_all_versions.setAccessibleName(self.tr("Keep every earlier version"))
        self.keep_some_versions = QRadioButton(self.tr("&Keep only the last"), box)
        self.keep_some_versions.setAccessibleName(
            self.tr("Keep only a number of earlier versions of each entry")
        )
        self.versions_kept = QSpinBox(box)
        self.versions_kept.setRange(0, MAX_HISTORY_LIMIT)
        self.versions_kept.setSpecialValueText(self.tr("0 (none)"))
        self.versions_kept.setValue(limit if limit is not None else 20)
        self.versions_kept.setAccessibleName(self.tr("Earlier versions to keep of each entry"))
        self.versions_kept.setEnabled(limit is not None)
        (self.keep_some_versions if limit is not None else self.keep_all_versions).setChecked(True)
        self.keep_some_versions.toggled.connect(self.versions_kept.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.keep_some_versions)
        row.addWidget(self.versions_kept)
        row.addWidget(QLabel(self.tr("versions of each entry"), box))
        row.addStretch(1)
        note = QLabel(
            self.tr("A lower number deletes older versions for good; you are asked first."),
            box,
        )
        note.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.keep_all_versions)
        column.addLayout(row)
        column.addWidget(note)
        return box

    # --- behaviour --------------------------------------------------------------------

    def _never_lock_clicked(self, checked: bool) -> None:
        if checked:
            answer = QMessageBox.warning(
                self,
                self.tr("Never lock automatically?"),
                self.tr(
                    "If you leave your computer unlocked, anyone who sits down at it "
                    "could read your journal.\n\nLock it yourself with Ctrl+L whenever "
                    "you step away. Turn off automatic locking anyway?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.never_lock.setChecked(False)
                checked = False
        self.lock_minutes.setEnabled(not checked)

    # --- results ----------------------------------------------------------------------

    def auto_lock_minutes(self) -> int:
        """Minutes idle before locking; 0 is never (only after the worker confirmed)."""
        return 0 if self.never_lock.isChecked() else self.lock_minutes.value()

    def apply(self, settings: AppSettings) -> None:
        """Write the non-personal preferences to Qt settings."""
        settings.auto_lock_minutes = self.auto_lock_minutes()
        settings.theme = str(self.theme.currentData())
        settings.font_size = int(self.font_size.currentData())
        settings.auto_backup = self.auto_backup.isChecked()
        settings.spell_check = self.spell_check.isChecked()
        folder = self.backup_folder.text().strip()
        settings.backup_folder = Path(folder).expanduser() if folder else None
        settings.reminders = self.reminders_box.reminders()
        settings.sync()

    def start_at_login(self) -> bool | None:
        """The start-at-login choice when the worker changed it (None: unchanged), for
        the caller to apply with AppSettings.set_start_at_login."""
        chosen = self.reminders_box.start_at_login.isChecked()
        return chosen if chosen != self._started_at_login else None

    def dictionary_words(self) -> list[str] | None:
        """The worker's own dictionary as edited here, or None if it was not changed
        (for the caller to store with SetDictionary)."""
        return self.writing.words() if self.writing.words_changed() else None

    def history_limit(self) -> int | None:
        """Earlier versions to keep of each entry (None: all), for the caller to apply
        with Journal.set_history_limit after asking about any it deletes."""
        return self.versions_kept.value() if self.keep_some_versions.isChecked() else None

    def personal_settings(self) -> dict[str, Any]:
        """The vault's personal settings with the names from this dialog, for the
        caller to store with Journal.save_settings."""
        values = dict(self._personal)
        values[DISPLAY_NAME] = " ".join(self.display_name.text().split())
        values[SUPERVISORS] = self.supervisors_edit.names()
        words = (" ".join(line.split()) for line in self.allowed_words.toPlainText().splitlines())
        allowed = list(dict.fromkeys(word for word in words if word))
        if allowed or ALLOWED_WORDS in values:  # no empty key for a worker who never used it
            values[ALLOWED_WORDS] = allowed
        if self.gap_weeks.value() != gap_weeks(values) or GAP_SETTING in values:
            values[GAP_SETTING] = self.gap_weeks.value()
        if self.follow_through.isChecked() != is_on(values) or FOLLOW_THROUGH in values:
            values[FOLLOW_THROUGH] = self.follow_through.isChecked()
        line = " ".join(self.assistance_line.text().split())
        if line or ASSISTANCE_LINE in values:
            values[ASSISTANCE_LINE] = line
        return values
