"""Keep journal text from lingering on the clipboard (SECURITY.md: "plaintext leaking
beside the vault"): text copied from the app is cleared 30 seconds later if the
clipboard still holds it, and straight away when the journal locks."""

from __future__ import annotations

import hashlib
import logging
import sys

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

log = logging.getLogger(__name__)

CLEAR_AFTER_MS = 30_000

# Hints that ask clipboard history and managers (Windows Win+V and cloud clipboard,
# macOS pasteboard managers, KDE Klipper) not to keep a copy, as KeePassXC does.
# Only possible for text the app puts there itself (copy_text).
if sys.platform == "win32":
    _PRIVATE_HINTS: tuple[tuple[str, bytes], ...] = (
        ("ExcludeClipboardContentFromMonitorProcessing", b"1"),
        ("CanIncludeInClipboardHistory", b"\x00\x00\x00\x00"),
        ("CanUploadToCloudClipboard", b"\x00\x00\x00\x00"),
    )
elif sys.platform == "darwin":
    _PRIVATE_HINTS = (("application/x-nspasteboard-concealed-type", b"secret"),)
else:
    _PRIVATE_HINTS = (("x-kde-passwordManagerHint", b"secret"),)


def _digest(text: str) -> bytes:
    # Remember a digest, not the text: the guard must not hold journal text itself.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Clears text copied from the app after `timeout_ms` if it is still there."""

    def __init__(
        self,
        clipboard: QClipboard | None = None,
        timeout_ms: int = CLEAR_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._pending: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._expire)
        # Anything that lands on the clipboard while the app has focus came from
        # the app (Ctrl+C in an editor, a context menu's Copy): guard it.
        self._clipboard.dataChanged.connect(self._clipboard_changed)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, milliseconds: int) -> None:
        """For tests: clear after this many milliseconds instead of 30 seconds."""
        self._timer.setInterval(milliseconds)

    @property
    def is_pending(self) -> bool:
        """True while copied text is waiting to be cleared."""
        return self._pending is not None

    def copy_text(self, text: str) -> None:
        """Put `text` on the clipboard with hints that keep it out of clipboard
        history, and clear it later."""
        mime = QMimeData()
        mime.setText(text)
        for fmt, value in _PRIVATE_HINTS:
            mime.setData(fmt, value)
        self._clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self.copied(text)

    @Slot(str)
    def copied(self, text: str) -> None:
        """Text from the app is on the clipboard: clear it after the timeout."""
        if not text:
            return
        self._pending = _digest(text)
        self._timer.start()

    @Slot()
    def on_lock(self) -> None:
        """The journal is locking: clear now what the app put on the clipboard."""
        self._timer.stop()
        owned = self._clipboard.ownsClipboard()
        if owned or self._still_there():
            self._clear(QClipboard.Mode.Clipboard)
        # X11/Wayland primary selection: text selected in an editor is pasteable
        # with the middle button until something else is selected.
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clear(QClipboard.Mode.Selection)
        self._pending = None

    def _still_there(self) -> bool:
        if self._pending is None:
            return False
        return _digest(self._clipboard.text(QClipboard.Mode.Clipboard)) == self._pending

    def _expire(self) -> None:
        if self._still_there():
            self._clear(QClipboard.Mode.Clipboard)
            log.info("cleared copied text from the clipboard")
        self._pending = None

    def _clear(self, mode: QClipboard.Mode) -> None:
        self._pending = None
        self._clipboard.clear(mode)

    @Slot()
    def _clipboard_changed(self) -> None:
        text = self._clipboard.text(QClipboard.Mode.Clipboard)
        if not text:
            return  # cleared (perhaps by us) or not text
        if self._clipboard.ownsClipboard() or _app_is_active():
            self.copied(text)
        elif self._pending is not None and not self._still_there():
            # Something else was copied elsewhere: nothing of ours is left to clear.
            self._timer.stop()
            self._pending = None


def _app_is_active() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
