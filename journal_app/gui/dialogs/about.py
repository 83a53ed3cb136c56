"""Help > About: the version, the licence, what the app protects and what it cannot,
and where each of its files lives (with a button to open the folder)."""

from __future__ import annotations

import html
import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app import __version__
from journal_app.gui.settings import AppSettings
from journal_app.gui.window_fit import keep_fitted
from journal_app.paths import log_dir

LICENCE = "Proprietary"  # as in pyproject.toml


class AboutDialog(QDialog):
    def __init__(
        self, vault_path: Path, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About PSW Journal"))
        self.setAccessibleName(self.tr("About PSW Journal"))
        icon = QLabel(self)
        app_icon = QApplication.windowIcon()
        if not app_icon.isNull():
            icon.setPixmap(app_icon.pixmap(64, 64))
        title = QLabel(f"<h2>PSW Journal {html.escape(__version__)}</h2>", self)
        title.setObjectName("about_title")
        summary = QLabel(
            self.tr(
                "An encrypted, offline journal for mental-health Peer Support Workers: "
                "reflections, disclosure decisions, supervision notes, check-ins and the "
                "supervision pack you choose to share."
            ),
            self,
        )
        summary.setWordWrap(True)
        licence = QLabel(
            self.tr("Licence: {licence}. All rights reserved.").format(licence=LICENCE), self
        )
        licence.setObjectName("about_licence")
        built = QLabel(
            self.tr("Qt {qt}, PySide6 {pyside}, Python {python} on {system}").format(
                qt=qVersion(),
                pyside=pyside_version,
                python=platform.python_version(),
                system=platform.system() or sys.platform,
            ),
            self,
        )
        safety = QLabel(
            self.tr(
                "Everything you write is encrypted on disk. While the journal is unlocked "
                "it is readable by anyone at this computer, and Python cannot wipe memory: "
                "lock it (Ctrl+L) when you step away, and keep your recovery key safe."
            ),
            self,
        )
        safety.setWordWrap(True)

        self.places = {
            "journal": vault_path,
            "backups": settings.backup_folder,
            "settings": Path(settings.file_name),
            "log": log_dir(),
        }
        labels = {
            "journal": self.tr("Your journal (encrypted)"),
            "backups": self.tr("Automatic backups (encrypted)"),
            "settings": self.tr("App preferences (no journal text)"),
            "log": self.tr("Error log (no journal text)"),
        }
        grid = QGridLayout()
        for row, (key, path) in enumerate(self.places.items()):
            name = QLabel(labels[key], self)
            where = QLabel(str(path), self)
            where.setObjectName(f"about_{key}")
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setAccessibleName(labels[key])
            where.setWordWrap(True)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(where, row, 1)
        grid.setColumnStretch(1, 1)
        places_title = QLabel(self.tr("<b>Where your files are</b>"), self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_folder = QPushButton(self.tr("&Open the journal's folder"), self)
        self.open_folder.setAutoDefault(False)
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.clicked.connect(self._open_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QGridLayout()
        top.addWidget(icon, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(title, 0, 1)
        top.addWidget(summary, 1, 1)
        top.setColumnStretch(1, 1)
        layout.addLayout(top)
        for widget in (licence, built, safety, places_title):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # About 90 characters wide, then as tall as the wrapped text needs.
        self.resize(self.fontMetrics().averageCharWidth() * 90, 1)
        keep_fitted(self)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.places["journal"].parent)))
