"""What Qt's PDF writer cannot say, added to the PDF it wrote: the document's language
(en-GB, so a screen reader speaks it in the right voice), bookmarks for every section
and entry (a reader's navigation pane, and the way through a long pack by keyboard),
and opening with the bookmarks shown. Qt's QPdfWriter has no API for either.

They are added as an incremental update (PDF 1.7, 7.5.6): a new catalog, the outline's
objects and a cross-reference section pointing back to Qt's are appended, and Qt's
bytes stay as they were. Rewriting the whole file with pypdf took a quarter of the
time of a 3,000-page pack. A file not laid out as Qt writes it (one cross-reference
table from object 0, a catalog without those keys, one flat page list) is rewritten
with pypdf as before. Still missing: a tagged structure tree (PDF/UA). Neither Qt nor
a pip-installable writer that works on Windows, macOS and Linux without system
libraries produces one from this document model today."""

from __future__ import annotations

import errno
import re
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

LANGUAGE = "en-GB"
_TAIL = 4096  # bytes at the end of the file that hold the trailer


class _NotAsQtWrites(Exception):
    """The file's structure is not the one the incremental update expects."""


def require_complete_pdf(path: Path) -> None:
    """Raise OSError unless the PDF at `path` ends as a PDF ends (%%EOF). Qt's PDF
    writer reports no write error: on a full disk it leaves a cut-off file, which must
    never be put in place as if it were whole."""
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        fh.seek(max(0, fh.tell() - 1024))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise OSError(errno.EIO, "the PDF came out incomplete (is the disk full?)")


def finish_pdf(path: Path, headings: Sequence[tuple[int, str, int]]) -> None:
    """Add the language, the bookmarks and the page mode to the PDF at `path`.
    `headings` are (level, text, page index) in document order; level 2 are sections,
    level 3 the entries under them."""
    with open(path, "r+b") as fh:
        try:
            update = _incremental_update(fh, headings)
        except _NotAsQtWrites:
            update = None
        if update is not None:
            fh.seek(0, 2)
            fh.write(update)
            return
    _rewrite(path, headings)


def _outline(
    headings: Sequence[tuple[int, str, int]], pages: int
) -> list[tuple[str, int, list[tuple[str, int]]]]:
    """(text, page, entries under it) of each top-level bookmark, as pypdf made them:
    a level-3 heading goes under the last level-2 one (at the top before any)."""
    top: list[tuple[str, int, list[tuple[str, int]]]] = []
    parent = None
    for level, text, page in headings:
        if not text.strip() or not 0 <= page < pages:
            continue
        if level <= 2 or parent is None:
            top.append((text, page, []))
            parent = top[-1][2] if level <= 2 else None
        else:
            parent.append((text, page))
    return top


def _text_string(text: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte order mark, in hex (no escaping)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _read_object(fh: BinaryIO, number: int, offset: int) -> bytes:
    """The bytes of object `number` at `offset`, from 'N G obj' to 'endobj'."""
    fh.seek(offset)
    data = b""
    while b"endobj" not in data:
        chunk = fh.read(65536)
        if not chunk:
            raise _NotAsQtWrites(f"object {number} has no end")
        data += chunk
    data = data[: data.index(b"endobj")]
    if not re.match(rb"%d\s+0\s+obj\b" % number, data):
        raise _NotAsQtWrites(f"object {number} is not where the table says")
    return data


def _dictionary(body: bytes) -> bytes:
    """The dictionary's inside of an object that is one dictionary and no stream."""
    start, end = body.find(b"<<"), body.rfind(b">>")
    if start < 0 or end < start or b"stream" in body:
        raise _NotAsQtWrites("not a plain dictionary")
    return body[start + 2 : end]


def _incremental_update(fh: BinaryIO, headings: Sequence[tuple[int, str, int]]) -> bytes:
    """The bytes to append to Qt's PDF for its language and bookmarks."""
    fh.seek(0, 2)
    size = fh.tell()
    fh.seek(max(0, size - _TAIL))
    tail = fh.read()
    found = re.search(rb"trailer\s*<<(.*)>>\s*startxref\s+(\d+)\s+%%EOF\s*$", tail, re.S)
    if found is None:
        raise _NotAsQtWrites("no trailer at the end")
    trailer, xref_at = found.group(1), int(found.group(2))
    if re.search(rb"/(Prev|Encrypt|XRefStm)\b", trailer):
        raise _NotAsQtWrites("an updated, encrypted or hybrid file")
    objects = re.search(rb"/Size\s+(\d+)", trailer)
    root = re.search(rb"/Root\s+(\d+)\s+0\s+R", trailer)
    if objects is None or root is None:
        raise _NotAsQtWrites("no /Size or /Root")
    count, root_number = int(objects.group(1)), int(root.group(1))

    fh.seek(xref_at)
    table = re.match(rb"xref[ \t]*\r?\n0 (\d+)[ \t]*\r?\n", fh.read(64))
    if table is None or int(table.group(1)) != count:
        raise _NotAsQtWrites("not one cross-reference table from object 0")
    entries = xref_at + table.end()

    def offset(number: int) -> int:
        if not 0 < number < count:
            raise _NotAsQtWrites(f"object {number} is outside the table")
        fh.seek(entries + 20 * number)
        entry = re.match(rb"(\d{10}) (\d{5}) n", fh.read(20))
        if entry is None or entry.group(2) != b"00000":
            raise _NotAsQtWrites(f"object {number} is not in use")
        return int(entry.group(1))

    catalog = _dictionary(_read_object(fh, root_number, offset(root_number)))
    if re.search(rb"/(Lang|Outlines|PageMode)\b", catalog):
        raise _NotAsQtWrites("the catalog already says it")
    page_root = re.search(rb"/Pages\s+(\d+)\s+0\s+R", catalog)
    if page_root is None:
        raise _NotAsQtWrites("no page tree")
    pages_number = int(page_root.group(1))
    tree = _dictionary(_read_object(fh, pages_number, offset(pages_number)))
    kids_array = re.search(rb"/Kids\s*\[([^\]]*)\]", tree)
    total = re.search(rb"/Count\s+(\d+)", tree)
    if kids_array is None or total is None:
        raise _NotAsQtWrites("no /Kids or /Count")
    kids = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids_array.group(1))]
    if len(kids) != int(total.group(1)) or not kids:
        raise _NotAsQtWrites("not one flat list of pages")
    for kid in {kids[0], kids[-1]}:
        if not re.search(rb"/Type\s*/Page\b", _dictionary(_read_object(fh, kid, offset(kid)))):
            raise _NotAsQtWrites("a kid that is not a page")

    objects_after = _outline_objects(_outline(headings, len(kids)), kids, count)
    catalog_keys = b"\n/Lang (%s)" % LANGUAGE.encode("ascii")
    if objects_after:
        catalog_keys += b"\n/Outlines %d 0 R\n/PageMode /UseOutlines" % count
    numbered = [(root_number, b"<<" + catalog + catalog_keys + b"\n>>")]
    numbered += [(count + index, body) for index, body in enumerate(objects_after)]

    fh.seek(size - 1)
    out = bytearray(b"" if fh.read(1) in (b"\n", b"\r") else b"\n")
    offsets = []
    for number, body in numbered:
        offsets.append(size + len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = size + len(out)
    out += b"xref\n%d 1\n%010d 00000 n \n" % (root_number, offsets[0])
    if objects_after:
        out += b"%d %d\n" % (count, len(objects_after))
        out += b"".join(b"%010d 00000 n \n" % at for at in offsets[1:])
    kept = b""
    for key in (rb"/Info\s+\d+\s+\d+\s+R", rb"/ID\s*\[[^\]]*\]"):
        match = re.search(key, trailer)
        kept += b"\n" + match.group() if match else b""
    out += b"trailer\n<<\n/Size %d\n/Root %d 0 R%s\n/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        count + len(objects_after),
        root_number,
        kept,
        xref_at,
        xref,
    )
    return bytes(out)


def _outline_objects(
    outline: list[tuple[str, int, list[tuple[str, int]]]], kids: list[int], first: int
) -> list[bytes]:
    """The outline's objects, numbered from `first` (the outline's root) in order: each
    top-level item followed by its own. Every item is open, and opens its page whole."""
    if not outline:
        return []
    tops: list[tuple[int, list[int]]] = []  # (number, its children's numbers)
    number = first + 1
    for _text, _page, children in outline:
        tops.append((number, list(range(number + 1, number + 1 + len(children)))))
        number += 1 + len(children)
    bodies = {
        first: b"<<\n/Type /Outlines\n/First %d 0 R\n/Last %d 0 R\n/Count %d\n>>"
        % (tops[0][0], tops[-1][0], number - first - 1)
    }

    def item(text: str, page: int, parent: int, siblings: list[int], at: int) -> bytes:
        links = b"\n/Parent %d 0 R" % parent
        if at:
            links += b"\n/Prev %d 0 R" % siblings[at - 1]
        if at + 1 < len(siblings):
            links += b"\n/Next %d 0 R" % siblings[at + 1]
        destination = b"\n/A << /S /GoTo /D [%d 0 R /Fit] >>" % kids[page]
        return b"<<\n/Title " + _text_string(text) + links + destination

    top_numbers = [own for own, _children in tops]
    for at, ((text, page, children), (own, numbers)) in enumerate(zip(outline, tops, strict=True)):
        body = item(text, page, first, top_numbers, at)
        if numbers:
            body += b"\n/First %d 0 R\n/Last %d 0 R\n/Count %d" % (
                numbers[0],
                numbers[-1],
                len(numbers),
            )
        bodies[own] = body + b"\n>>"
        for place, (child_text, child_page) in enumerate(children):
            bodies[numbers[place]] = item(child_text, child_page, own, numbers, place) + b"\n>>"
    return [bodies[n] for n in range(first, number)]


def _rewrite(path: Path, headings: Sequence[tuple[int, str, int]]) -> None:
    """Rewrite the PDF at `path` in place with pypdf (a file Qt did not lay out as
    _incremental_update expects)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(str(path)))
    writer._root_object[NameObject("/Lang")] = TextStringObject(LANGUAGE)
    pages = len(writer.pages)
    parent = None
    for level, text, page in headings:
        if not text.strip() or not 0 <= page < pages:
            continue
        if level <= 2:
            parent = writer.add_outline_item(title=text, page_number=page)
        else:
            writer.add_outline_item(title=text, page_number=page, parent=parent)
    if headings:
        writer.page_mode = "/UseOutlines"
    with open(path, "wb") as fh:
        writer.write(fh)
