"""Tab reaches every control: in each main window section and each dialog
(tests/gui/scenes.py), pressing Tab again and again visits every enabled, visible
control that takes focus from the keyboard before it comes round to the first again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget

from gui.scenes import Stage, app_dialogs, scenes


def _inner_part(widget: QWidget) -> bool:
    """The line edit inside a spin, date or combo box: its box takes the focus."""
    parent = widget.parentWidget()
    return parent is not None and (
        parent.inherits("QAbstractSpinBox") or parent.inherits("QComboBox")
    )


def tab_stops(window: QWidget) -> list[QWidget]:
    """What Tab should reach in `window`, as Qt decides what may take focus."""
    stops = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy():
            continue
        if _inner_part(widget):
            continue
        stops.append(widget)
    return stops


CONTROLS = (
    "QAbstractButton",
    "QLineEdit",
    "QAbstractSpinBox",
    "QComboBox",
    "QSlider",
    "QPlainTextEdit",
    "QTextEdit",
    "QAbstractItemView",
)


def out_of_reach(window: QWidget) -> list[QWidget]:
    """Controls shown and enabled that Tab can never reach: they take no keyboard focus."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.window() is window
        and widget.isVisible()
        and widget.isEnabled()
        and any(widget.inherits(kind) for kind in CONTROLS)
        and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.focusProxy()
        and not _inner_part(widget)
        and not widget.inherits("QHeaderView")  # a table's header: its rows are reached
    ]


def _stop(widget: QWidget | None) -> QWidget | None:
    while widget is not None and _inner_part(widget):
        widget = widget.parentWidget()
    return widget


def tab_round(window: QWidget, presses: int) -> list[QWidget]:
    """The controls focused by pressing Tab from the one focused now, in order, until
    the focus comes back to where it started (or `presses` run out)."""
    stops = tab_stops(window)
    if _stop(window.focusWidget()) not in stops:  # nothing, or a container, has focus
        window.focusNextChild()
    start = _stop(window.focusWidget())
    visited = [start]
    before = start
    for _ in range(presses):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        focused = _stop(window.focusWidget())
        # A date box keeps the focus while Tab steps through its day, month and year:
        # the round is over only when the focus comes back to the start from elsewhere.
        if focused is start and before is not start:
            break
        if focused is not before:
            visited.append(focused)
        before = focused
    return visited


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    name = widget.objectName() or widget.accessibleName() or text
    return f"{type(widget).__name__}:{name}"


def _group(button: QWidget, among: list[QWidget]) -> list[QWidget]:
    """The exclusive group of radio buttons `button` is in (Qt puts only the chosen one
    in the Tab chain; the arrow keys move within the group)."""
    if not isinstance(button, QAbstractButton) or not button.isCheckable():
        return []
    if button.group() is not None and button.group().exclusive():
        return [b for b in button.group().buttons() if b in among]
    if button.autoExclusive():
        return [
            w
            for w in among
            if isinstance(w, QAbstractButton)
            and w.autoExclusive()
            and w.parentWidget() is button.parentWidget()
        ]
    return []


def unreached(window: QWidget) -> list[str]:
    # A first round settles what focus itself changes (the list opens its first
    # entry when it gets the focus, which replaces the editor), then the real one.
    tab_round(window, 3 * len(tab_stops(window)) + 10)
    stops = tab_stops(window)
    visited = tab_round(window, 3 * len(stops) + 10)
    controls = stops + out_of_reach(window)
    missing = []
    for widget in controls:
        if widget in visited or any(w in visited for w in _group(widget, controls)):
            continue
        reason = "" if widget in stops else " (takes no keyboard focus)"
        missing.append(describe(widget) + reason)
    return missing


@pytest.mark.slow
def test_tab_reaches_every_control_of_every_window(qtbot, tmp_path):
    stage = Stage(tmp_path, lambda condition: qtbot.waitUntil(condition, timeout=20_000))
    problems = {}
    opened: set[type] = set()
    try:
        for scene in scenes(stage):
            window = scene.open(stage)
            opened.add(type(window))
            qtbot.wait(10)
            missing = unreached(window)
            if missing:
                problems[scene.name] = missing
            stage.close_open()
    finally:
        stage.shut()
    report = "\n".join(f"{scene}: {', '.join(missing)}" for scene, missing in problems.items())
    assert not problems, "Tab never reaches:\n" + report
    # Every dialog the app defines was among the scenes (so the AT-SPI walk has it too).
    assert sorted(d.__name__ for d in app_dialogs() - opened) == []
