"""A number of hours from 0 to 1000 in whole or half hours, or not recorded (the
lowest step, shown as words): a training entry's hours."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from journal_app.domain.field_values import MAX_HOURS

_UNSET = -0.5  # the step below 0: "Not recorded"


class HoursBox(QDoubleSpinBox):
    """Up and Down step by half an hour; a typed value between halves (7.3) is put
    to the nearest half when the field is left."""

    def __init__(self, unset_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setSingleStep(0.5)
        self.setRange(_UNSET, MAX_HOURS)
        self.setSpecialValueText(unset_text)
        self.setValue(_UNSET)

    def hours(self) -> int | float | None:
        """The hours shown (7 or 7.5), or None when not recorded."""
        value = self.value()
        if value < 0:
            return None
        value = round(value * 2) / 2
        return int(value) if value.is_integer() else value

    def set_hours(self, hours: object) -> None:
        ok = isinstance(hours, int | float) and not isinstance(hours, bool)
        self.setValue(float(hours) if ok else _UNSET)

    def validate(self, text: str, pos: int) -> object:
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Acceptable and text != self.specialValueText():
            value = self.valueFromText(text)
            if value >= 0 and not float(value * 2).is_integer():
                return (QValidator.State.Intermediate, text, pos)
        return result

    def fixup(self, text: str) -> str:
        value = self.valueFromText(text)
        return self.textFromValue(max(0.0, round(value * 2) / 2))
