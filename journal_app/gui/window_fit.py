"""Dialogs that grow to fit what they show. A message, a note or a strength line that
appears after the dialog opened needs room; Qt does not make a window taller on its
own when a word-wrapped label appears, so the layout squashes the fields instead.
`keep_fitted` grows the window (never shrinks it) to its size hint and to the height
its contents need at its width, within the screen's free area. Large windows with
tables and previews (the pack, version history, the main window) ask for a size of
their own instead: `keep_on_screen` gives them that size or the screen's, whichever
is smaller."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def screen_room(widget: QWidget) -> QRect:
    """The free area of the screen the widget is on (the primary screen before it is
    shown): the most a window may take."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def _most(window: QWidget) -> QSize:
    """The largest size the window may take: the screen's free area less its frame."""
    room = screen_room(window)
    frame = window.frameGeometry().size() - window.geometry().size()
    return QSize(max(1, room.width() - frame.width()), max(1, room.height() - frame.height()))


def fitted_size(window: QWidget) -> QSize:
    """The size `window` should have: at least its current size and its size hint, as
    tall as its contents need at that width, and no larger than the screen allows."""
    most = _most(window)
    most_width, most_height = most.width(), most.height()
    hint = window.sizeHint()
    width = min(max(window.width(), hint.width(), window.minimumWidth()), most_width)
    needed = window.heightForWidth(width) if window.hasHeightForWidth() else -1
    height = max(window.height(), needed, hint.height() if needed < 0 else 0)
    height = max(height, window.minimumHeight())
    return QSize(width, min(height, most_height))


def fit_to_contents(window: QWidget) -> None:
    """Grow `window` now so nothing in it is squashed or cut off (once it is shown:
    before that, Qt sizes it to its hint when it first shows)."""
    if not window.isVisible():
        return
    layout = window.layout()
    if layout is not None:
        layout.activate()
    size = fitted_size(window)
    if size != window.size():
        window.resize(size)
    _keep_on_screen(window)


def _keep_on_screen(window: QWidget) -> None:
    """Move a grown window back inside the screen's free area if it now pokes out."""
    if not window.isWindow():
        return
    room = screen_room(window)
    frame = window.frameGeometry()
    dx = min(0, room.right() - frame.right())
    dy = min(0, room.bottom() - frame.bottom())
    if dx or dy:
        window.move(max(room.left(), frame.left() + dx), max(room.top(), frame.top() + dy))


def bound_to_screen(window: QWidget) -> None:
    """Shrink `window` now, if need be, to fit the screen's free area, and move it
    back inside (once it is shown: before that its frame is not known)."""
    if not window.isVisible():
        return
    size = window.size().boundedTo(_most(window))
    if size != window.size():
        window.resize(size)
    _keep_on_screen(window)


class _Fitter(QObject):
    """Refits its window (its parent) whenever the window's layout is asked to lay
    out again. It keeps no Python reference to the window: a dialog closed after
    exec() is left to Python's garbage collector, which may clear this filter's
    attributes before Qt has stopped sending it the dialog's last events."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show)
            and not getattr(self, "busy", False)
            and isinstance(watched, QWidget)
            and watched is self.parent()
        ):
            self.busy = True
            try:
                self.fit(watched)
            finally:
                self.busy = False
        return False

    def fit(self, window: QWidget) -> None:
        fit_to_contents(window)


class _ScreenBound(_Fitter):
    """Keeps its window within the screen, at the size it was given or less."""

    def fit(self, window: QWidget) -> None:
        bound_to_screen(window)


def keep_fitted(window: QWidget) -> None:
    """From now on, grow `window` whenever its contents need more room (a message or
    note shown, a page changed), and now if it is already shown."""
    window.installEventFilter(_Fitter(window))
    fit_to_contents(window)


def keep_on_screen(window: QWidget, wanted: QSize) -> None:
    """Give `window` the size `wanted`, or less where the screen is smaller (its
    frame counted once it is shown)."""
    window.resize(wanted.boundedTo(_most(window)))
    window.installEventFilter(_ScreenBound(window))
