"""A label a screen reader reads for a control that has none on screen.

On Linux, Qt's AT-SPI bridge names a combo box by its current value ("Any tag") and
leaves its label to the "labelled by" relation, which it takes from a QLabel whose
buddy the combo box is; setAccessibleName alone is not spoken there. A control laid
out without a visible label (the record list's filters) gets a hidden buddy label
here: nothing changes on screen, and Orca says "Filter by tag, combo box, Any tag".
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def spoken_label(widget: QWidget, text: str) -> QLabel:
    """Name `widget` as `text` for every platform's screen reader (its accessible name,
    and on Linux the label relation). Call once the widget has its parent."""
    parent = widget.parentWidget()
    assert parent is not None, "the label is found among the widget's siblings"
    widget.setAccessibleName(text)
    label = QLabel(text, parent)
    label.setBuddy(widget)
    label.hide()  # the relation holds while hidden; the screen shows no extra words
    return label
