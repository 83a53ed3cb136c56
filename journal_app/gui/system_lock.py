"""Lock the journal when the machine sleeps or the screen locks, where we can hear it
(SECURITY.md: "a laptop left open"). Qt reports an application being suspended
(mostly on mobile); on Linux, logind and the screen saver say so on D-Bus; on
Windows, session and power messages do (gui/windows_session.py). Where a bus is
missing (CI, containers) the watcher stays quiet. macOS tells apps only through
NSWorkspace notifications, which need PyObjC: there the idle auto-lock is what
locks the journal (README, "Platforms")."""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

try:  # PySide6-Essentials ships QtDBus on Linux; other builds may not
    from PySide6 import QtDBus
except ImportError:  # pragma: no cover - depends on the platform's wheel
    QtDBus = None  # type: ignore[assignment]

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"

# (service, path, interface, signal, slot). An empty service or path matches any,
# so desktops that publish the screen saver under other paths are heard too.
_SYSTEM_SIGNALS = ((LOGIN1, LOGIN1_PATH, f"{LOGIN1}.Manager", "PrepareForSleep", "sleep"),)
_SESSION_SIGNALS = (
    ("", "", "org.freedesktop.ScreenSaver", "ActiveChanged", "screen"),
    ("", "", "org.gnome.ScreenSaver", "ActiveChanged", "screen"),
)
_SLOTS = {
    "sleep": SLOT("_on_prepare_for_sleep(bool)"),
    "screen": SLOT("_on_screensaver_active(bool)"),
    "lock": SLOT("_on_session_lock()"),
}


def logind_session_path(session_id: str) -> str:
    """The object path logind gives a session (sd_bus_path_encode's escaping)."""
    out = []
    for i, ch in enumerate(session_id):
        if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)):
            out.append(ch)
        else:
            out.extend(f"_{byte:02x}" for byte in ch.encode())
    return f"{LOGIN1_PATH}/session/{''.join(out) or '_'}"


class SystemLockWatcher(QObject):
    """Emits `should_lock` when the system is about to sleep or the screen locks, and
    `woke` when it is back."""

    should_lock = Signal()
    woke = Signal()  # the system came back from sleep (where logind says so)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        use_dbus: bool = True,
        system_bus: Any = None,
        session_bus: Any = None,
        windows: bool | None = None,
        wtsapi: Any = None,
    ) -> None:
        super().__init__(parent)
        self.listening: list[str] = []  # what we hear, for the log and tests
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.on_application_state_changed)
        if use_dbus and (system_bus is not None or session_bus is not None or _linux()):
            self._connect_dbus(system_bus, session_bus)
        self.windows_watcher = None
        if sys.platform == "win32" if windows is None else windows:
            self._watch_windows(wtsapi)

    # --- Windows ----------------------------------------------------------------------

    def _watch_windows(self, wtsapi: Any) -> None:
        try:
            from journal_app.gui.windows_session import WindowsSessionWatcher

            self.windows_watcher = WindowsSessionWatcher(self._on_windows_lock, wtsapi)
            self.listening.append("windows sleep")
            if self.windows_watcher.registered:
                self.listening.append("windows session lock")
        except Exception as exc:  # never a reason for the app not to start
            log.info("cannot watch Windows sleep and screen lock: %s", type(exc).__name__)

    def _on_windows_lock(self, reason: str) -> None:
        log.info("lock: %s", reason)
        self.should_lock.emit()

    # --- Qt ---------------------------------------------------------------------------

    @Slot(Qt.ApplicationState)
    def on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            log.info("lock: the application is being suspended")
            self.should_lock.emit()

    # --- D-Bus ------------------------------------------------------------------------

    def _connect_dbus(self, system_bus: Any, session_bus: Any) -> None:
        if QtDBus is None:
            log.info("no QtDBus: cannot hear system sleep or screen lock")
            return
        try:
            system = system_bus or QtDBus.QDBusConnection.systemBus()
            session = session_bus or QtDBus.QDBusConnection.sessionBus()
            signals = list(_SYSTEM_SIGNALS)
            session_id = os.environ.get("XDG_SESSION_ID")
            if session_id:
                path = logind_session_path(session_id)
                signals.append((LOGIN1, path, f"{LOGIN1}.Session", "Lock", "lock"))
            self._listen(system, "system", signals)
            self._listen(session, "session", _SESSION_SIGNALS)
        except Exception as exc:  # a broken bus must never stop the app starting
            log.info("D-Bus unavailable (%s): no lock on sleep or screen lock", type(exc).__name__)

    def _listen(self, bus: Any, name: str, signals: Any) -> None:
        if not bus.isConnected():
            log.info("no D-Bus %s bus: cannot hear its lock signals", name)
            return
        heard = []
        for service, path, interface, signal, slot in signals:
            if bus.connect(service, path, interface, signal, self, _SLOTS[slot]):
                heard.append(f"{interface}.{signal}")
            else:
                log.info("could not listen for %s.%s on the %s bus", interface, signal, name)
        self.listening.extend(heard)
        log.info("listening on the %s bus for %s", name, ", ".join(heard) or "nothing")

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            log.info("lock: the system is going to sleep")
            self.should_lock.emit()
        else:
            self.woke.emit()  # timers did not count the time asleep: check them now

    @Slot(bool)
    def _on_screensaver_active(self, active: bool) -> None:
        if active:
            log.info("lock: the screen saver started")
            self.should_lock.emit()

    @Slot()
    def _on_session_lock(self) -> None:
        log.info("lock: the login session was locked")
        self.should_lock.emit()


def _linux() -> bool:
    return sys.platform.startswith("linux") or "bsd" in sys.platform
