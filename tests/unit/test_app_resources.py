"""The app icon (SVG source and the PNG, ICO and ICNS files made from it by
tools/make_icons.py) and the Linux .desktop and AppStream files."""

from __future__ import annotations

import configparser
import hashlib
import shlex
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest

from journal_app import __version__

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "resources" / "linux"
SVG = ICONS / "psw-journal.svg"
APP_ID = "org.pswjournal.PSWJournal"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SVG_NS = "{http://www.w3.org/2000/svg}"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)
GENERATED = {
    *(f"psw-journal-{size}.png" for size in PNG_SIZES),
    "psw-journal.ico",
    "psw-journal.icns",
}


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """Each (type, payload) of a PNG, checking the signature and every CRC."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    chunks, at = [], 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        payload = data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert zlib.crc32(kind + payload) == crc, f"bad CRC in {kind!r}"
        chunks.append((kind, payload))
        at += 12 + length
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    return chunks


def png_size(data: bytes) -> tuple[int, int]:
    width, height = struct.unpack(">II", png_chunks(data)[0][1][:8])
    return width, height


def png_text(data: bytes) -> dict[str, str]:
    """The PNG's tEXt and zTXt entries."""
    text = {}
    for kind, payload in png_chunks(data):
        if kind == b"tEXt":
            key, _, value = payload.partition(b"\0")
            text[key.decode("latin-1")] = value.decode("latin-1")
        elif kind == b"zTXt":
            key, _, rest = payload.partition(b"\0")
            assert rest[0] == 0, "zTXt compression method must be deflate"
            text[key.decode("latin-1")] = zlib.decompress(rest[1:]).decode("latin-1")
    return text


def ico_entries(data: bytes) -> list[tuple[int, int, bytes]]:
    """(width, height, image bytes) for each entry of a Windows ICO file."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), "not an icon file"
    entries = []
    for index in range(count):
        fields = struct.unpack("<BBBBHHII", data[6 + 16 * index : 22 + 16 * index])
        width, height, colours, reserved, planes, bits, size, offset = fields
        assert (colours, reserved, planes, bits) == (0, 0, 1, 32)
        assert offset + size <= len(data)
        entries.append((width or 256, height or 256, data[offset : offset + size]))
    return entries


def icns_elements(data: bytes) -> list[tuple[bytes, bytes]]:
    """(OSType, data) for each element of a macOS ICNS file."""
    magic, total = struct.unpack(">4sI", data[:8])
    assert magic == b"icns" and total == len(data)
    elements, at = [], 8
    while at < len(data):
        ostype, length = struct.unpack(">4sI", data[at : at + 8])
        assert length > 8 and at + length <= len(data)
        elements.append((ostype, data[at + 8 : at + length]))
        at += length
    return elements


def test_svg_is_square_and_self_contained():
    root = ET.parse(SVG).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox").split() == ["0", "0", "256", "256"]
    for element in root.iter():
        tag = element.tag.removeprefix(SVG_NS)
        assert tag not in {"script", "foreignObject", "image", "use", "a"}, tag
        for name, value in element.attrib.items():
            assert not name.startswith("on"), f"event handler {name} on <{tag}>"
            assert not name.endswith("href"), f"link {value!r} on <{tag}>"
            assert "url(" not in value or value.startswith("url(#"), value
    assert b"<!ENTITY" not in SVG.read_bytes()


@pytest.mark.parametrize("size", PNG_SIZES)
def test_every_png_has_its_size(size):
    assert png_size((ICONS / f"psw-journal-{size}.png").read_bytes()) == (size, size)


def test_ico_holds_a_png_of_every_size():
    entries = ico_entries((ICONS / "psw-journal.ico").read_bytes())
    assert [(width, height) for width, height, _ in entries] == [(s, s) for s in ICO_SIZES]
    for width, height, image in entries:
        assert png_size(image) == (width, height)


def test_icns_holds_a_png_for_every_type():
    elements = icns_elements((ICONS / "psw-journal.icns").read_bytes())
    assert [ostype for ostype, _ in elements] == [ostype for ostype, _ in ICNS_TYPES]
    for (_, image), (_, size) in zip(elements, ICNS_TYPES, strict=True):
        assert png_size(image) == (size, size)


def test_generated_files_come_from_the_current_svg():
    """Editing the SVG without running tools/make_icons.py leaves stale PNGs."""
    digest = hashlib.sha256(SVG.read_bytes()).hexdigest()
    images = [(ICONS / f"psw-journal-{size}.png").read_bytes() for size in PNG_SIZES]
    images += [image for *_, image in ico_entries((ICONS / "psw-journal.ico").read_bytes())]
    images += [image for _, image in icns_elements((ICONS / "psw-journal.icns").read_bytes())]
    for image in images:
        assert png_text(image)["Source"] == f"psw-journal.svg sha256:{digest}", (
            "the icons are stale: run tools/make_icons.py"
        )


def rgba(png: bytes) -> tuple[int, int, bytes]:
    """Width, height and 8-bit RGBA pixels of a PNG, decoded by Qt."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png, "PNG")
    assert not image.isNull(), "Qt could not decode the PNG"
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return image.width(), image.height(), bytes(image.constBits())[: image.sizeInBytes()]


def assert_same_picture(made: bytes, committed: bytes, name: str) -> None:
    """The same icon within anti-aliasing noise. Qt's raster engine blends with
    different instructions on different CPUs (SSE2, AVX2, NEON), which moves a few
    edge pixels by a level or two; a changed drawing moves many pixels a long way."""
    width, height, new = rgba(made)
    assert (width, height) == rgba(committed)[:2], f"{name}: size differs"
    old = rgba(committed)[2]
    diffs = [abs(a - b) for a, b in zip(new, old, strict=True)]
    assert max(diffs) <= 8, f"{name}: a pixel differs by {max(diffs)} levels; run make_icons.py"
    moved = sum(1 for i in range(0, len(diffs), 4) if any(diffs[i : i + 4]))
    assert moved <= max(2, width * height // 100), f"{name}: {moved} pixels differ"


def test_make_icons_is_deterministic(tmp_path):
    def run(out: Path) -> dict[str, bytes]:
        subprocess.run(
            [sys.executable, str(ROOT / "tools" / "make_icons.py"), "--out", str(out)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=120,
        )
        return {path.name: path.read_bytes() for path in out.iterdir()}

    first, second = run(tmp_path / "first"), run(tmp_path / "second")
    assert set(first) == GENERATED
    assert first == second  # one machine, one Qt: the same bytes
    # The files in the tree hold the same pictures, whatever CPU made them.
    for size in PNG_SIZES:
        name = f"psw-journal-{size}.png"
        assert_same_picture(first[name], (ICONS / name).read_bytes(), name)
    made_ico = ico_entries(first["psw-journal.ico"])
    committed_ico = ico_entries((ICONS / "psw-journal.ico").read_bytes())
    assert [e[:2] for e in made_ico] == [e[:2] for e in committed_ico]
    for (width, _, made), (_, _, committed) in zip(made_ico, committed_ico, strict=True):
        assert_same_picture(made, committed, f"ico {width}")
    made_icns = icns_elements(first["psw-journal.icns"])
    committed_icns = icns_elements((ICONS / "psw-journal.icns").read_bytes())
    assert [t for t, _ in made_icns] == [t for t, _ in committed_icns]
    for (ostype, made), (_, committed) in zip(made_icns, committed_icns, strict=True):
        assert_same_picture(made, committed, f"icns {ostype.decode()}")


def test_picture_check_tells_a_changed_icon_from_noise(tmp_path):
    """The tolerance above must still catch a real change to the drawing."""
    svg = SVG.read_text(encoding="utf-8")
    changed = tmp_path / "changed.svg"
    # Drop the drawing's last shape: a change a person would notice.
    last = svg.rindex("<", 0, svg.rindex("</svg>"))
    changed.write_text(svg[:last] + "</svg>\n", encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "make_icons.py"),
            "--svg",
            str(changed),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    made = (tmp_path / "out" / "psw-journal-64.png").read_bytes()
    with pytest.raises(AssertionError):
        assert_same_picture(made, (ICONS / "psw-journal-64.png").read_bytes(), "64")


def read_desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in .desktop files
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_desktop_file_launches_the_app_with_its_icon():
    entry = read_desktop_entry()
    for key in ("Type", "Name", "GenericName", "Comment", "Exec", "Icon", "Categories"):
        assert entry.get(key, "").strip(), key
    assert entry["Type"] == "Application"
    assert entry["Name"] == "PSW Journal"
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == APP_ID
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert shlex.split(entry["Exec"])[0] in scripts
    assert "Office" in entry["Categories"].split(";")
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")


def test_metainfo_matches_the_desktop_file():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license")
    assert root.findtext("name") == read_desktop_entry()["Name"]
    assert root.findtext("summary")
    assert len(root.findall("description/p")) >= 2
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == shlex.split(read_desktop_entry()["Exec"])[0]
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("releases/release").get("version") == __version__
