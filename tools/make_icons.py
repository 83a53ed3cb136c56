"""Render the app icon (resources/icons/psw-journal.svg) into the PNG, ICO and ICNS
files that the app and its installers use.

    .venv/bin/python tools/make_icons.py [--out DIR]

Writes psw-journal-<N>.png for every size in PNG_SIZES, psw-journal.ico (Windows) and
psw-journal.icns (macOS) into DIR (default resources/icons). Needs only PySide6 and the
standard library; QtSvg draws without a QApplication or a display. The output is
deterministic: the same SVG and the same Qt give the same bytes, so the files in the
tree can be checked against a fresh run. Each PNG records the SHA-256 of the SVG it
came from, so a stale file is easy to spot.
"""

from __future__ import annotations

import argparse
import hashlib
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "psw-journal.svg"
STEM = "psw-journal"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows shows 16-48 in lists and the task bar, 256 in large views; Vista and later
# read PNG-compressed entries.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's ICNS element types that hold PNG data, smallest first (ic10 is 512@2x).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def png_name(size: int) -> str:
    return f"{STEM}-{size}.png"


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn on a transparent size x size canvas, encoded as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt, qVersion
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the icon SVG could not be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    # Fixed metadata only (no times, no paths), so that a second run gives the same bytes.
    image.setDotsPerMeterX(3780)  # 96 dpi
    image.setDotsPerMeterY(3780)
    image.setText("Source", f"psw-journal.svg sha256:{hashlib.sha256(svg).hexdigest()}")
    image.setText("Software", f"tools/make_icons.py, Qt {qVersion()}")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"Qt could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows ICO file whose entries are the given PNGs, smallest first."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in a directory entry
        # width, height, palette colours, reserved, planes, bits per pixel, bytes, offset
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def build_icns(pngs: dict[bytes, bytes]) -> bytes:
    """A macOS ICNS file: 'icns', total length, then (type, length, PNG) elements."""
    elements = b"".join(
        ostype + struct.pack(">I", 8 + len(data)) + data for ostype, data in pngs.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def generate(svg: bytes) -> dict[str, bytes]:
    """Every generated file's name and bytes."""
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(svg, size)
        return cache[size]

    files = {png_name(size): png(size) for size in PNG_SIZES}
    files[f"{STEM}.ico"] = build_ico({size: png(size) for size in ICO_SIZES})
    files[f"{STEM}.icns"] = build_icns({ostype: png(size) for ostype, size in ICNS_TYPES})
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=ICONS, help="folder to write into (default: %(default)s)"
    )
    parser.add_argument("--svg", type=Path, default=SOURCE, help="the source SVG")
    args = parser.parse_args(argv)
    files = generate(args.svg.read_bytes())
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (args.out / name).write_bytes(data)
    print(f"wrote {len(files)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
