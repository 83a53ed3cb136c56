"""Text made safe to show: control characters typed, pasted or imported (a jrnl or Day
One export can hold any) are drawn as visible symbols, never passed to a terminal
that would act on them (ESC starts an escape sequence that can rewrite the screen
or the window title) nor written into a Markdown or HTML pack. JSON output keeps the
text exactly."""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, and the C1 controls.
_CONTROLS = re.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]")
_MULTILINE_KEEP = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]")  # and CR


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␛ for ESC
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # a C1 control has no picture


def printable(text: str, multiline: bool = True) -> str:
    """`text` with control characters as visible symbols; tabs, and with `multiline`
    line breaks (LF, CR), are kept."""
    pattern = _MULTILINE_KEEP if multiline else _CONTROLS
    return pattern.sub(_picture, text)
