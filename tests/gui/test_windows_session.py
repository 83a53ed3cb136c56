"""Windows' screen lock and sleep reach the journal's lock (gui/windows_session.py):
the messages Windows sends are built here byte for byte as a MSG and handed to the
filter as Qt would; registration is checked against a stand-in for wtsapi32."""

from __future__ import annotations

import ctypes

import pytest
from PySide6.QtCore import QByteArray

from journal_app.gui.system_lock import SystemLockWatcher
from journal_app.gui.windows_session import (
    MSG,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    LockMessageFilter,
    lock_reason,
)

WTS_SESSION_UNLOCK = 0x8
PBT_APMRESUMEAUTOMATIC = 0x12
WM_PAINT = 0x000F


@pytest.mark.parametrize(
    ("message", "wparam", "locks"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, True),
        (WM_WTSSESSION_CHANGE, 0x2, True),  # console disconnect: switch user
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, False),
        (WM_POWERBROADCAST, PBT_APMSUSPEND, True),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, False),
        (WM_PAINT, WTS_SESSION_LOCK, False),
    ],
)
def test_which_messages_lock(message, wparam, locks):
    assert (lock_reason(message, wparam) is not None) == locks


def _deliver(message_filter: LockMessageFilter, message: int, wparam: int, kind: bytes):
    msg = MSG(hwnd=None, message=message, wParam=wparam, lParam=0)
    return message_filter.nativeEventFilter(QByteArray(kind), ctypes.addressof(msg))


def test_the_filter_reads_the_msg_qt_passes(qapp):
    heard = []
    message_filter = LockMessageFilter(heard.append)
    assert _deliver(
        message_filter, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, b"windows_generic_MSG"
    ) == (False, 0)  # never swallowed
    _deliver(message_filter, WM_POWERBROADCAST, PBT_APMSUSPEND, b"windows_generic_MSG")
    _deliver(message_filter, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, b"windows_generic_MSG")
    _deliver(message_filter, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, b"xcb_generic_event_t")
    assert heard == ["the Windows session was locked", "Windows is going to sleep"]
    assert message_filter.nativeEventFilter(QByteArray(b"windows_generic_MSG"), 0) == (False, 0)


class FakeWtsApi:
    def __init__(self, ok: bool = True) -> None:
        self.ok = ok
        self.calls: list[tuple[str, int]] = []

    def WTSRegisterSessionNotification(self, hwnd, flags):
        self.calls.append(("register", flags))
        return 1 if self.ok else 0

    def WTSUnRegisterSessionNotification(self, hwnd):
        self.calls.append(("unregister", 0))
        return 1


def test_the_watcher_locks_the_session_on_windows_messages(qtbot, qapp):
    api = FakeWtsApi()
    watcher = SystemLockWatcher(use_dbus=False, windows=True, wtsapi=api)
    assert api.calls == [("register", 0)]  # NOTIFY_FOR_THIS_SESSION
    assert "windows session lock" in watcher.listening
    with qtbot.waitSignal(watcher.should_lock, timeout=1000):
        _deliver(
            watcher.windows_watcher.filter,
            WM_WTSSESSION_CHANGE,
            WTS_SESSION_LOCK,
            b"windows_generic_MSG",
        )
    watcher.windows_watcher.close()
    assert api.calls[-1] == ("unregister", 0)


def test_a_refused_registration_still_hears_sleep(qtbot, qapp):
    watcher = SystemLockWatcher(use_dbus=False, windows=True, wtsapi=FakeWtsApi(ok=False))
    assert watcher.listening == ["windows sleep"]
    with qtbot.waitSignal(watcher.should_lock, timeout=1000):
        _deliver(
            watcher.windows_watcher.filter,
            WM_POWERBROADCAST,
            PBT_APMSUSPEND,
            b"windows_generic_MSG",
        )
    watcher.windows_watcher.close()


def test_msg_matches_win32_layout():
    """Offsets as in WinUser.h on 64-bit Windows (and here, an LP64 system, the
    pointer-sized fields land the same)."""
    if ctypes.sizeof(ctypes.c_void_p) != 8:
        pytest.skip("64-bit layout")
    assert MSG.message.offset == 8
    assert MSG.wParam.offset == 16
    assert MSG.lParam.offset == 24
