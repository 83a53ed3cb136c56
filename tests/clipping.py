"""What "nothing is clipped" means, for tests of a window shown on screen.

A visible label, field, button, check box, radio button, combo box or spin box is
clipped when it is smaller than its minimum size hint (for a word-wrapped label:
lower than the height its text needs at its width; for a combo box: narrower than
the text it shows needs, and asking for no more), or when part of it lies outside
the window, or, inside a scroll area, outside the viewport's width (up and down is
what scrolling is for; sideways is not). A window is too big when it does not fit the screen's free
area. A visible horizontal scroll bar means something needs a sideways scroll; so
does a list or table with its horizontal scroll bar turned off and rows wider than it,
and a scroll area's page wider than its viewport (its right edge runs under the
vertical scroll bar)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

CHECKED = (QLabel, QLineEdit, QPushButton, QCheckBox, QRadioButton, QComboBox, QAbstractSpinBox)
# The parts composite controls are built of (a spin box's or combo box's own line
# edit) are sized by their control, which is checked itself.
COMPOSITE = (QAbstractSpinBox, QComboBox)


def describe(widget: QWidget) -> str:
    """A name a failing test can be read by: the object name, class and text."""
    text = ""
    for getter in ("text", "currentText", "placeholderText"):
        if hasattr(widget, getter):
            text = str(getattr(widget, getter)())[:40]
            if text:
                break
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__} {name!r} {text!r}"


def _scroll_area(widget: QWidget, window: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area the widget scrolls inside (below the window), if any."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return grand
        parent = grand
    return None


def _inside_item_view(widget: QWidget, window: QWidget) -> bool:
    """Editors and index widgets in a table or list are the view's to size."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _too_small(widget: QWidget) -> str:
    size = widget.size()
    if isinstance(widget, QLabel) and widget.wordWrap():
        need = widget.heightForWidth(size.width())
        if need > size.height():
            return f"{size.width()}x{size.height()} needs height {need}"
        return ""
    if isinstance(widget, QComboBox) and (why := _elided(widget)):
        return why
    least: QSize = widget.minimumSizeHint()
    if least.isValid() and (size.width() < least.width() or size.height() < least.height()):
        return f"{size.width()}x{size.height()} < minimum {least.width()}x{least.height()}"
    return ""


def _elided(combo: QComboBox) -> str:
    """The combo box cuts off the text it shows, and asks for no more room than it
    has (sized to a few characters, say). One that asks for enough but is given less
    for lack of room shortens its choice on purpose (the open list shows it whole), as
    does one that keeps a set width for a very long choice and shows that choice whole
    as its tool tip (the reflection editor's model)."""
    need = _combo_text_width(combo)
    if combo.width() >= need or combo.sizeHint().width() >= need:
        return ""
    if combo.toolTip() and combo.toolTip() == combo.currentText():
        return ""
    return f"{combo.width()} wide, its text {combo.currentText()!r} needs {need} (elided)"


def _combo_text_width(combo: QComboBox) -> int:
    """The width the combo box needs to show the text it shows now in full, measured
    as Qt measures a combo box sized to its contents."""
    text = combo.currentText()
    if not text:
        return 0
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    width = combo.fontMetrics().boundingRect(text).width()
    if not combo.itemIcon(combo.currentIndex()).isNull():
        width += combo.iconSize().width() + 4
    contents = QSize(width, combo.fontMetrics().height())
    return (
        combo.style()
        .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)
        .width()
    )


def _cut_off(widget: QWidget, window: QWidget) -> str:
    """Part of the widget outside the window, or outside its scroll area's width."""
    area = _scroll_area(widget, window)
    if area is None:
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not window.rect().contains(rect):
            return f"at {rect.getRect()} outside the window {window.rect().getRect()}"
        return ""
    viewport = area.viewport()
    rect = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
    if rect.left() < 0 or rect.right() > viewport.width() - 1:
        return f"at x {rect.left()}..{rect.right()} beyond the scroll area's {viewport.width()}"
    return ""


def clipped(window: QWidget) -> list[str]:
    """Every visible control of the window that is clipped, described; [] when none."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CHECKED) or not widget.isVisible():
            continue
        if widget.window() is not window or _inside_item_view(widget, window):
            continue
        if isinstance(widget.parentWidget(), COMPOSITE):
            continue
        why = _too_small(widget) or _cut_off(widget, window)
        if why:
            problems.append(f"{describe(widget)}: {why}")
    return problems


def _sideways(area: QAbstractScrollArea) -> bool:
    """The horizontal scroll bar shows, or a list or table has turned it off while
    its rows are still wider than it (their ends are then out of reach)."""
    bar = area.horizontalScrollBar()
    return bar.isVisible() or (isinstance(area, QAbstractItemView) and bar.maximum() > 0)


def sideways_scrolling(window: QWidget) -> list[str]:
    """Each scroll area in the window that scrolls sideways (see _sideways)."""
    return [
        f"{describe(area)} scrolls sideways"
        for area in window.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.window() is window and _sideways(area)
    ]


def wider_than_viewport(window: QWidget) -> list[str]:
    """Each scroll area whose page is wider than the part of it on view: with the
    horizontal scroll bar off, the page's right edge is out of reach (under the
    vertical scroll bar, when that shows)."""
    problems = []
    for area in window.findChildren(QScrollArea):
        page = area.widget()
        if page is None or not area.isVisible() or area.window() is not window:
            continue
        if page.width() > area.viewport().width():
            bar = " beside a vertical scroll bar" if area.verticalScrollBar().isVisible() else ""
            problems.append(
                f"{describe(area)}: page {page.width()} wide in a viewport "
                f"{area.viewport().width()} wide{bar}"
            )
    return problems


def needless_scrolling(window: QWidget, room: QSize) -> list[str]:
    """Each page that scrolls up and down (gui/widgets/vertical_scroll.py) although
    the window could still grow taller on the screen."""
    from journal_app.gui.widgets.vertical_scroll import VerticalScrollArea

    if window.frameGeometry().height() >= room.height() - 2:
        return []
    return [
        f"{describe(area)} scrolls though the screen has room"
        for area in window.findChildren(VerticalScrollArea)
        if area.isVisible() and area.verticalScrollBar().isVisible()
    ]


def too_big(window: QWidget, room: QSize) -> str:
    """Why the window (with its frame) does not fit `room`; '' when it does."""
    size = window.frameGeometry().size()
    if size.width() > room.width() or size.height() > room.height():
        return f"{window.objectName() or type(window).__name__} is {size.width()}x{size.height()}"
    return ""


def layout_problems(window: QWidget, room: QSize) -> list[str]:
    """All of the above for one shown window."""
    problems = clipped(window) + sideways_scrolling(window) + wider_than_viewport(window)
    problems += needless_scrolling(window, room)
    big = too_big(window, room)
    return problems + ([f"{big}, more than {room.width()}x{room.height()}"] if big else [])


def settle() -> None:
    """Let Qt lay out again after a change: each posted layout request may post the
    next one up the widget tree, so deliver them until the window is at rest."""
    settle_watching(None, QSize())


def settle_watching(window: QWidget | None, room: QSize) -> list[str]:
    """`settle`, looking at the window's scroll areas after each round of events: what
    they show on the way (painted, so seen) counts too, not only where they come to
    rest. A page that runs under its scroll bar, or a scroll bar that flashes up while
    the window still has room to grow, for a moment, is reported once each."""
    from PySide6.QtWidgets import QApplication

    seen: list[str] = []
    for _ in range(6):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        if window is not None:
            for problem in wider_than_viewport(window) + needless_scrolling(window, room):
                if problem not in seen:
                    seen.append(problem)
    return seen
