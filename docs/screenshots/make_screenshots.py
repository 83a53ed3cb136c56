"""Screenshots of every main-window section and every dialog, in light and dark at
100% and 150% text size, from an invented demo journal (demo_journal.py), on an
offscreen 1920x1080 screen. Saved as <name>-<theme>-<size>.png with a palette of at
most 256 colours, to keep the set small.

From the repository root:
    python docs/screenshots/make_screenshots.py [--out DIR] [--only NAME ...]
        [--theme light|dark] [--size 100|150|200]
        [--screen 1280x720] [--list] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
import time
from array import array
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

THEMES = ("light", "dark")
SIZES = (100, 150)  # made by default; 200 on request (--size 200)
COLOURS = 256


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNG files")
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="only this picture (repeatable)"
    )
    parser.add_argument("--theme", choices=THEMES, help="only this theme (default: both)")
    parser.add_argument(
        "--size",
        type=int,
        choices=(*SIZES, 200),
        help="only this text size in percent (default: 100 and 150)",
    )
    parser.add_argument(
        "--screen",
        type=screen_size,
        default=(1920, 1080),
        metavar="WxH",
        help="the offscreen screen's size (default 1920x1080; try 1280x720)",
    )
    parser.add_argument("--verbose", action="store_true", help="say how long each took")
    parser.add_argument("--list", action="store_true", help="print the picture names and stop")
    return parser.parse_args(argv)


def screen_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1280x720") from None
    if width < 640 or height < 480:
        raise argparse.ArgumentTypeError("the screen must be at least 640x480")
    return width, height


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    import stage as staging

    with staging.temporary_folder() as tmp:
        folder = Path(tmp)
        staging.use_offscreen_screen(folder, args.screen)
        from PySide6.QtWidgets import QApplication

        quiet_platform_notes()
        app = QApplication(["psw-journal-screenshots"])
        from shots import ONCE, all_shots

        shots = all_shots()
        if args.list:
            print("\n".join(shots))
            return 0
        names = args.only or list(shots)
        unknown = [name for name in names if name not in shots]
        if unknown:
            print(f"unknown picture(s): {', '.join(unknown)}; see --list", file=sys.stderr)
            return 2
        args.out.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        stage = staging.make_stage(app, folder)
        written = 0
        for theme in [args.theme] if args.theme else THEMES:
            for size in [args.size] if args.size else SIZES:
                look(app, stage, theme, size)
                for name in names:
                    if name in ONCE and (theme, size) != ("light", 100):
                        continue
                    began = time.monotonic()
                    image = shots[name](stage)
                    if args.verbose:
                        print(f"{name}-{theme}-{size}: {time.monotonic() - began:.1f} s")
                    save(image, args.out / f"{name}-{theme}-{size}.png")
                    written += 1
                stage.close_windows()
        stage.session.settings.auto_backup = False  # the demo's backup folder is made up
        stage.session.lock()
        staging.pump(app)
        seconds = time.monotonic() - started
        print(f"{written} picture(s) in {args.out} ({seconds:.0f} s)")
    return 0


def quiet_platform_notes() -> None:
    """Drop the offscreen platform's note that it cannot resize to size hints (it
    says so for every dialog); every other Qt message still shows."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def look(app, stage, theme: str, size: int) -> None:
    """The theme and text size as the worker would set them in Preferences: 100% is
    the system's size (9 pt offscreen), 150% the point size nearest one and a half
    times it."""
    from journal_app.gui.theme import apply_theme

    settings = stage.session.settings
    settings.theme = theme
    settings.font_size = 0 if size == 100 else round(stage.base_point_size * size / 100)
    apply_theme(app, settings.theme, settings.font_size)


def save(image, path: Path) -> None:
    """Write `image` as a palette PNG: the commonest colours of the picture (after
    folding near shades together), every pixel drawn in the nearest of them."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I", bytes(image.constBits()))
    step = max(1, len(pixels) // 400_000)  # a sample is enough to find the palette
    counts = Counter(pixels[::step])
    best: dict[int, tuple[int, int]] = {}  # shade bucket -> (count, its commonest colour)
    for colour, count in counts.items():
        bucket = colour & 0xF0F0F0
        total, top = best.get(bucket, (0, colour))
        best[bucket] = (total + count, top if counts[top] >= count else colour)
    ranked = sorted(best.values(), reverse=True)[:COLOURS]
    table = [colour | 0xFF000000 for _count, colour in ranked]
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    indexed = image.convertToFormat(QImage.Format.Format_Indexed8, table, flags)
    if not indexed.save(str(path), "PNG", 0):  # quality 0: the smallest file
        raise OSError(f"could not write {path}")


if __name__ == "__main__":
    sys.exit(main())
