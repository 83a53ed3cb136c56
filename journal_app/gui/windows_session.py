"""Windows: hear the screen lock and sleep, with ctypes only (no pywin32).

Windows tells a window about its session through WM_WTSSESSION_CHANGE once the
window has asked with WTSRegisterSessionNotification (wtsapi32), and tells every
top-level window that the machine is about to sleep with WM_POWERBROADCAST /
PBT_APMSUSPEND. Qt hands both to a native event filter as "windows_generic_MSG"
with a pointer to the MSG. A hidden native window (never shown) is the one that
registers, so the watch does not depend on which dialog or window is open.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication
from PySide6.QtGui import QWindow

log = logging.getLogger(__name__)

WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0
EVENT_TYPE = b"windows_generic_MSG"


class MSG(ctypes.Structure):
    """Win32's MSG, as Qt passes it (WPARAM is pointer-sized unsigned, LPARAM signed)."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
    )


def lock_reason(message: int, wparam: int) -> str | None:
    """Why a Windows message means the journal should lock, or None."""
    if message == WM_WTSSESSION_CHANGE:
        return {
            WTS_SESSION_LOCK: "the Windows session was locked",
            WTS_CONSOLE_DISCONNECT: "the user switched away (fast user switching)",
            WTS_REMOTE_DISCONNECT: "the remote desktop session was disconnected",
        }.get(wparam)
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "Windows is going to sleep"
    return None


class LockMessageFilter(QAbstractNativeEventFilter):
    """Calls `on_lock(reason)` for the messages above; lets every message through."""

    def __init__(self, on_lock: Callable[[str], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        try:
            kind = event_type.data() if hasattr(event_type, "data") else bytes(event_type)
            if kind == EVENT_TYPE and message:
                msg = MSG.from_address(int(message))
                reason = lock_reason(msg.message, msg.wParam)
                if reason is not None:
                    self._on_lock(reason)
        except Exception as exc:  # a filter must never break the event loop
            log.info("could not read a native message: %s", type(exc).__name__)
        return False, 0


class WindowsSessionWatcher:
    """Installs the filter and registers a hidden native window for session changes."""

    def __init__(self, on_lock: Callable[[str], None], wtsapi: Any = None) -> None:
        self.filter = LockMessageFilter(on_lock)
        self.registered = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self.filter)
        self._window = QWindow()
        self._hwnd = int(self._window.winId())  # creates the native window, unshown
        try:
            self._wtsapi = wtsapi if wtsapi is not None else ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            self.registered = bool(
                self._wtsapi.WTSRegisterSessionNotification(
                    ctypes.c_void_p(self._hwnd), NOTIFY_FOR_THIS_SESSION
                )
            )
        except (OSError, AttributeError) as exc:
            log.info("cannot hear the Windows screen lock: %s", type(exc).__name__)
        log.info("listening for Windows sleep%s", " and screen lock" if self.registered else "")

    def close(self) -> None:
        if self.registered:
            self._wtsapi.WTSUnRegisterSessionNotification(ctypes.c_void_p(self._hwnd))
            self.registered = False
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self.filter)
        self._window.destroy()
