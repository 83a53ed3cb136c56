"""Every control a keyboard can reach has a name a screen reader can say. In process
and quick, beside the AT-SPI walk under Xvfb (test_atspi_tree.py, slow) that proves it
as a screen reader meets it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from gui.scenes import Stage, scenes
from journal_app.domain.records import RecordType


def spoken_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text()
    buddies = [
        label
        for label in widget.window().findChildren(QLabel)
        if label.buddy() is widget and label.text()
    ]
    return buddies[0].text() if buddies else ""


def unnamed_focusable(window: QWidget) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = widget.parent()
        if parent is not None and (
            parent.inherits("QAbstractSpinBox") or parent.inherits("QComboBox")
        ):
            continue  # the line edit inside a spin, date or combo box speaks for its box
        if widget.inherits("QScrollBar") or widget.inherits("QTabBar"):
            continue
        if not spoken_name(widget):
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def test_every_focusable_control_is_named(session, open_window):
    window = open_window(session)
    problems = {}
    for record_type in RecordType:
        window.new_record(record_type)
        missing = unnamed_focusable(window)
        if missing:
            problems[record_type.value] = missing
    for key in ("today", "actions", "calendar", "insights"):
        window.show_section(key)
        missing = unnamed_focusable(window)
        if missing:
            problems[f"section {key}"] = missing
    session.lock()
    assert problems == {}


def unlabelled_combo_boxes(window: QWidget) -> list[str]:
    """On Linux Qt names a combo box by its value and reads its label only from a
    QLabel buddy (see gui/widgets/spoken_label.py): each shown one needs a buddy."""
    labelled = {label.buddy() for label in window.findChildren(QLabel)}
    return [
        f"QComboBox:{box.objectName() or box.accessibleName()} has no buddy label"
        for box in window.findChildren(QComboBox)
        if box.isVisibleTo(window) and box not in labelled
    ]


def test_every_window_names_its_controls(qtbot, tmp_path):
    """Each scene of tests/gui/scenes.py: every dialog, section and editor."""
    stage = Stage(tmp_path, lambda condition: qtbot.waitUntil(condition, timeout=20_000))
    problems = {}
    try:
        for scene in scenes(stage):
            window = scene.open(stage)
            missing = unnamed_focusable(window) + unlabelled_combo_boxes(window)
            if missing:
                problems[scene.name] = missing
            stage.close_open()
    finally:
        stage.shut()
    assert problems == {}


def test_record_list_names_every_type_as_the_domain_does():
    from journal_app.domain.records import TYPE_LABELS
    from journal_app.gui.models.record_list import TYPE_NAMES

    assert TYPE_NAMES == TYPE_LABELS
