"""The last line of defence: an unexpected error becomes a friendly dialog with a
copyable report, and a note in the log. Neither ever holds the exception's message,
which might quote journal text; only where the error happened and its type."""

from __future__ import annotations

import logging
import platform
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from journal_app import __version__
from journal_app.logsetup import content_free_traceback

log = logging.getLogger(__name__)

LogPathGetter = Callable[[], "Path | None"]


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def _tr(text: str) -> str:
    """For texts held in variables (marked with QT_TRANSLATE_NOOP where written)."""
    return translate("crash", text)


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and those it was raised from or during, oldest first."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and not any(current is s for s in seen) and len(seen) < 10:
        seen.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return list(reversed(seen))


def _without_home(text: str) -> str:
    # File paths may carry the worker's login name; the report does not need it.
    try:
        home = str(Path.home())
    except (OSError, RuntimeError):
        return text
    return text.replace(home, "~") if len(home) > 1 else text


def build_report(exc: BaseException) -> str:
    """A report for support: versions, platform and the traceback without messages."""
    try:
        import PySide6

        pyside = PySide6.__version__
    except (ImportError, AttributeError):
        pyside = "?"
    traces = "\n\nDuring or because of that:\n".join(content_free_traceback(e) for e in _chain(exc))
    lines = [
        f"PSW Journal {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {pyside}",
        f"Platform {platform.platform()}",
        "",
        _without_home(traces),
    ]
    return "\n".join(lines)


class CrashReporter(QObject):
    """Owns the hooks. Errors from other threads travel to the GUI thread by signal."""

    _raised = Signal(object)

    def __init__(self, log_path_getter: LogPathGetter) -> None:
        super().__init__()
        self._log_path = log_path_getter
        self._showing = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._raised.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Put back the hooks that were there before (for tests)."""
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if issubclass(exc_type, KeyboardInterrupt):
                sys.__excepthook__(exc_type, exc or exc_type(), tb)
                return
            self.handle(_exception(exc_type, exc, tb))
        except BaseException:  # a hook that raised would hide the first error
            _last_resort(exc_type)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        try:
            if args.exc_type is SystemExit:
                return  # a thread asked to stop: not an error (as the default hook)
            exc = _exception(args.exc_type, args.exc_value, args.exc_traceback)
            self._log(exc)
            self._raised.emit(exc)  # queued to the GUI thread when raised elsewhere
        except BaseException:
            _last_resort(args.exc_type)

    def handle(self, exc: BaseException) -> None:
        """Log the error without its message, then tell the worker."""
        self._log(exc)
        self._show(exc)

    def _log(self, exc: BaseException) -> None:
        log.error("unexpected error\n%s", build_report(exc))

    @Slot(object)
    def _show(self, exc: BaseException) -> None:
        try:
            app = QApplication.instance()
            if app is None or not isinstance(app, QApplication):
                _last_resort(type(exc), self._safe_log_path())
                return
            if self._showing:
                return  # one dialog at a time; the log has every error
            self._showing = True
            try:
                show_crash_dialog(build_report(exc), self._safe_log_path())
            finally:
                self._showing = False
        except BaseException:
            _last_resort(type(exc))

    def _safe_log_path(self) -> Path | None:
        try:
            return self._log_path()
        except Exception:
            return None


def show_crash_dialog(report: str, log_path: Path | None, parent=None) -> QMessageBox:
    """The friendly dialog; "Copy report" copies without closing it."""
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("crash", "PSW Journal"))
    box.setText(translate("crash", "Something went wrong."))
    info = translate(
        "crash",
        "Your saved entries are safe. If you were typing, check that your last "
        "words are still there.\n\nIf this keeps happening, copy the report and send "
        "it to whoever supports the app. It holds no journal text.",
    )
    if log_path is not None:
        info += "\n\n" + translate("crash", "A note was also written to the log: {path}").format(
            path=log_path
        )
    box.setInformativeText(info)
    box.setDetailedText(report)
    copy = box.addButton(translate("crash", "Copy report"), QMessageBox.ButtonRole.ActionRole)
    copy.setAccessibleName(translate("crash", "Copy the error report"))
    # QMessageBox closes on any button; keep it open so the worker can still read it.
    copy.clicked.disconnect()

    def copy_report() -> None:
        QApplication.clipboard().setText(report)
        copy.setText(translate("crash", "Copied"))

    copy.clicked.connect(copy_report)
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.setAccessibleName(translate("crash", "Something went wrong"))
    box.exec()
    return box


def _exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> BaseException:
    if exc is None:
        exc = exc_type.__new__(exc_type)
    if tb is not None and exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    return exc


def _last_resort(exc_type: type[BaseException] | None, log_path: Path | None = None) -> None:
    try:
        name = getattr(exc_type, "__name__", "error")
        where = f"; see the log at {log_path}" if log_path else ""
        print(f"psw-journal: something went wrong ({name}){where}", file=sys.stderr)
    except BaseException:  # stderr may be closed; nothing more to do
        pass


_installed: CrashReporter | None = None


def install_exception_hook(log_path_getter: LogPathGetter) -> CrashReporter:
    """Route uncaught errors (main and worker threads) to the log and a dialog."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    _installed = CrashReporter(log_path_getter)
    _installed.install()
    return _installed
