"""The Qt application. This issue ships a placeholder window; the full journal
window comes with the desktop-app issue."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from journal_app import __version__
from journal_app.paths import default_vault_path


class PlaceholderWindow(QMainWindow):
    def __init__(self, vault: Path) -> None:
        super().__init__()
        # The title names the app only: never journal content.
        self.setWindowTitle(self.tr("PSW Journal"))
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("PSW Journal"))
        heading.setAccessibleName(self.tr("PSW Journal"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        text = QLabel(
            self.tr(
                "The desktop journal is on its way. Until then, use the command line:\n"
                "psw-journal init, add, list, search, show, backup and verify.\n\n"
                "Vault: {path}"
            ).format(path=vault)
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.resize(560, 260)


def run_app(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PSW Journal")
    app.setApplicationVersion(__version__)
    vault = Path(args.vault).expanduser() if args.vault else default_vault_path()
    window = PlaceholderWindow(vault)
    window.show()
    return app.exec()
