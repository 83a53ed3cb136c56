"""A page that scrolls up and down when it is taller than the screen, never sideways.
Its size hint is the whole page (Qt's scroll area asks for a small fixed box), so a
dialog fitted to it (gui/window_fit.py) shows everything when the screen has room and
scrolls only when it has not; its narrowest is the page's narrowest plus the scroll
bar, so text is wrapped to fit instead of running off to the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QVBoxLayout, QWidget


class VerticalScrollArea(QScrollArea):
    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # No tab stop of its own: Tab goes to the page's controls, and the area
        # scrolls to show the one with focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page's layout changed (a message shown): say that this area's size hint
        # changed too, so the dialog around it is laid out (and fitted) again. Qt
        # stops at the viewport, and the dialog would never hear of it.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            self._tell_the_window()
        return super().eventFilter(watched, event)

    def _tell_the_window(self) -> None:
        # At once, not by the posted requests that climb one parent per round of
        # events: a window that grows to fit (gui/window_fit.py) is then taller before
        # this area lays the page out, so no scroll bar flashes up (with the page
        # still its old width, running under it) while the window has room.
        window = self.window()
        if window is self or not window.isVisible():
            return
        widget: QWidget | None = self.parentWidget()
        while widget is not None and widget is not window:
            widget.updateGeometry()  # each layout on the way up asks its hint again
            widget = widget.parentWidget()
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LayoutRequest))

    def _bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def _frame(self) -> int:
        return 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        page = self.widget()
        if page is None:
            return super().sizeHint()
        hint = page.sizeHint()
        width = hint.width()
        height = page.heightForWidth(width) if page.hasHeightForWidth() else hint.height()
        # Room for the scroll bar, so the page keeps its width when one appears.
        return QSize(
            width + self._bar_width() + self._frame(), max(height, hint.height()) + self._frame()
        )

    def minimumSizeHint(self) -> QSize:
        page = self.widget()
        if page is None:
            return super().minimumSizeHint()
        least = page.minimumSizeHint().width()
        lines = self.fontMetrics().height() * 6
        return QSize(least + self._bar_width() + self._frame(), lines + self._frame())


def scrolling_page(content: QWidget, buttons: QWidget, parent: QWidget | None = None) -> QWidget:
    """A dialog page: `content` scrolling up and down when the screen is too short
    for it, `buttons` always in view below. Tab goes through the content, then the
    buttons."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(VerticalScrollArea(content), 1)
    layout.addWidget(buttons)
    return page
