"""The calm look: warm light and dark palettes with readable contrast, check boxes and
radio buttons that reach 3:1 against their background in any palette (they nearly
vanished in dark mode), high contrast left to the system, and every window opening in
dark mode. Contrast is computed from the palette and, for the indicators, measured on
what the style actually draws (the strongest pixel, never a pixel-exact image)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QWidget,
)

from journal_app.gui import theme
from journal_app.gui.calm_style import (
    NON_TEXT_CONTRAST,
    CalmStyle,
    contrast_ratio,
    indicator_colours,
)
from journal_app.gui.theme import apply_theme, dark_palette, is_dark, light_palette

R = QPalette.ColorRole


def _grey_dark() -> QPalette:
    """The dark palette before this pass, where Fusion's radio buttons nearly vanished."""
    palette = QPalette()
    for role, colour in (
        (R.Window, "#242426"),
        (R.WindowText, "#e8e8e8"),
        (R.Base, "#3a3a3e"),
        (R.Text, "#e8e8e8"),
        (R.Button, "#3e3e42"),
        (R.ButtonText, "#e8e8e8"),
        (R.Highlight, "#4080d6"),
        (R.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _high_contrast(dark: bool) -> QPalette:
    ink, paper = ("#ffffff", "#000000") if dark else ("#000000", "#ffffff")
    palette = QPalette()
    for role in (R.Window, R.Base, R.Button):
        palette.setColor(role, QColor(paper))
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(role, QColor(ink))
    palette.setColor(R.Highlight, QColor("#1aebff" if dark else "#37006e"))
    palette.setColor(R.HighlightedText, QColor(paper if dark else "#ffffff"))
    return palette


PALETTES = {
    "light": light_palette,
    "dark": dark_palette,
    "old grey dark": _grey_dark,
    "high contrast dark": lambda: _high_contrast(True),
    "high contrast light": lambda: _high_contrast(False),
}


@pytest.fixture
def themed(qapp) -> Iterator:
    """apply_theme for the test, and the system's look again after it."""
    yield lambda name, size=0: apply_theme(qapp, name, size)
    apply_theme(qapp, "system", 0)


@pytest.mark.parametrize("make", [light_palette, dark_palette], ids=["light", "dark"])
def test_the_palettes_read_easily(make):
    p = make()
    assert contrast_ratio(p.color(R.Text), p.color(R.Base)) >= 7  # AAA for body text
    assert contrast_ratio(p.color(R.WindowText), p.color(R.Window)) >= 7
    assert contrast_ratio(p.color(R.ButtonText), p.color(R.Button)) >= 7
    assert contrast_ratio(p.color(R.HighlightedText), p.color(R.Highlight)) >= 4.5
    assert contrast_ratio(p.color(R.PlaceholderText), p.color(R.Base)) >= 4.5
    assert contrast_ratio(p.color(R.Link), p.color(R.Base)) >= 4.5
    assert contrast_ratio(p.color(R.ToolTipText), p.color(R.ToolTipBase)) >= 7
    # Warm, not grey: red leads blue in the window and the fields.
    for role in (R.Window, R.Base):
        assert p.color(role).red() > p.color(role).blue()


def test_contrast_ratio_matches_wcag():
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#123456"), QColor("#123456")) == 1


@pytest.mark.parametrize("name", list(PALETTES))
def test_indicator_colours_reach_three_to_one_on_any_palette(name):
    p = PALETTES[name]()
    c = indicator_colours(p)
    for ground in (p.color(R.Base), p.color(R.Window)):
        assert contrast_ratio(c.frame, ground) >= NON_TEXT_CONTRAST
        assert contrast_ratio(c.on, ground) >= NON_TEXT_CONTRAST
    assert contrast_ratio(c.mark, c.on) >= NON_TEXT_CONTRAST


def _strongest_contrast(widget: QWidget, element: QStyle.SubElement) -> float:
    """How far the indicator's most distinct pixel stands from the widget's background
    (its commonest colour), as drawn."""
    image = widget.grab().toImage()
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    rect: QRect = widget.style().subElementRect(element, option, widget)
    ratio = widget.devicePixelRatioF()
    pixels = Counter(
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    ground = QColor.fromRgb(pixels.most_common(1)[0][0])
    inside = [
        image.pixelColor(int(x * ratio), int(y * ratio))
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    ]
    return max(contrast_ratio(colour, ground) for colour in inside)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_unticked_check_boxes_and_radio_buttons_stand_out_as_drawn(themed, qtbot, name):
    themed(name)
    assert isinstance(QApplication.style(), CalmStyle)
    for widget, element in (
        (QCheckBox("Bring to supervision"), QStyle.SubElement.SE_CheckBoxIndicator),
        (QRadioButton("Not shared"), QStyle.SubElement.SE_RadioButtonIndicator),
    ):
        qtbot.addWidget(widget)
        widget.show()
        assert _strongest_contrast(widget, element) >= NON_TEXT_CONTRAST, type(widget).__name__


def test_indicators_grow_with_the_text(themed, qtbot):
    themed("light", 9)
    small = QCheckBox("a")
    qtbot.addWidget(small)
    small_side = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, small)
    themed("light", 20)
    big = QCheckBox("a")
    qtbot.addWidget(big)
    big_side = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, big)
    assert big_side > small_side


def test_controls_get_a_little_more_room_than_fusion_gives():
    fusion, calm = QStyleFactory.create("Fusion"), CalmStyle()
    spacing = QStyle.PixelMetric.PM_LayoutVerticalSpacing
    margin = QStyle.PixelMetric.PM_LayoutLeftMargin
    assert calm.pixelMetric(spacing) > fusion.pixelMetric(spacing)
    assert calm.pixelMetric(margin) == fusion.pixelMetric(margin)


def test_high_contrast_keeps_the_systems_colours(themed, qapp, monkeypatch):
    system = qapp.palette().color(R.Window)
    monkeypatch.setattr(theme, "high_contrast", lambda: True)
    themed("dark")
    assert qapp.palette().color(R.Window) == system  # not our dark palette
    if QApplication.style().name().lower() in ("", "fusion"):  # Fusion: ours draws
        assert isinstance(QApplication.style(), CalmStyle)


def _dialogs(session, window) -> list[QDialog]:
    from journal_app.gui.dialogs.about import AboutDialog
    from journal_app.gui.dialogs.change_passphrase import ChangePassphraseDialog
    from journal_app.gui.dialogs.history import HistoryDialog
    from journal_app.gui.dialogs.pack import PackDialog
    from journal_app.gui.dialogs.preferences import PreferencesDialog
    from journal_app.gui.dialogs.recovery import RecoveryDialog
    from journal_app.gui.dialogs.share_history import ShareHistoryDialog
    from journal_app.gui.dialogs.shortcuts import ShortcutsDialog
    from journal_app.gui.dialogs.trash import TrashDialog

    record = session.save(None, {"type": "reflection", "date": "2026-11-16", "title": "Group"})
    return [
        AboutDialog(session.vault_path, session.settings, window),
        ChangePassphraseDialog(session, False, window),
        ChangePassphraseDialog(session, True, window),
        HistoryDialog(session, record.id, window),
        PackDialog(session, window),
        PreferencesDialog(session.settings, {}, window, None),
        RecoveryDialog(session, window),
        ShareHistoryDialog(session, window),
        ShortcutsDialog(window.shortcut_list, window),
        TrashDialog(session, window),
    ]


def _dark_everywhere(widget: QWidget) -> list[str]:
    """Widgets drawn in light colours in dark mode (a style sheet or palette of their own)."""
    out = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.isVisible():
            pal = child.palette()
            if not is_dark(pal) or pal.color(R.Base).lightness() >= 128:
                out.append(f"{type(child).__name__} {child.objectName()!r}")
    return out


def test_every_window_opens_in_dark_mode(themed, session, open_window, qtbot, tmp_path):
    from conftest import FAST_KDF

    from journal_app.gui.dialogs.create_vault import CreateVaultDialog
    from journal_app.gui.dialogs.unlock import UnlockDialog
    from journal_app.gui.session import Session
    from journal_app.gui.widgets.sidebar import SECTIONS

    themed("dark")
    window = open_window(session)
    problems = {}
    for key, *_ in SECTIONS:
        window.show_section(key)
        assert window.grab().width() > 0
        if light := _dark_everywhere(window):
            problems[f"section {key}"] = light
    for dialog in _dialogs(session, window):
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.grab().isNull()
        if light := _dark_everywhere(dialog):
            problems[type(dialog).__name__] = light
        dialog.reject()
    session.lock()
    first_run = Session(tmp_path / "new.pswvault", session.settings, kdf=FAST_KDF)
    for dialog in (UnlockDialog(session), CreateVaultDialog(first_run)):
        qtbot.addWidget(dialog)
        dialog.show()
        if light := _dark_everywhere(dialog):
            problems[type(dialog).__name__] = light
        dialog.reject()
    assert problems == {}


def _ink(icon) -> QColor:
    """The colour of an icon's most opaque pixel (its stroke)."""
    image = icon.pixmap(24, 24).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return max(pixels, key=lambda c: c.alpha())


def test_side_bar_icons_follow_the_theme(themed, qtbot):
    from journal_app.gui.widgets.sidebar import Sidebar

    bar = Sidebar()
    qtbot.addWidget(bar)
    for name in ("light", "dark"):
        themed(name)
        ground = bar.palette().color(R.Base)
        for row in range(bar.count()):
            stroke = _ink(bar.item(row).icon())
            assert contrast_ratio(stroke, ground) >= NON_TEXT_CONTRAST, (name, row)
