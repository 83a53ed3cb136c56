"""Two PDFs that Qt wrote, joined into one: the second's pages after the first's.

The PDF is painted in two halves on two threads, each into a file of its own
(export/qt_document.py). The second file's objects are appended to the first
file (its bytes stay as they were, up to its cross-reference table), numbered on
after the first's; its pages go under the first file's page tree, and its own
catalog, page tree, metadata and information dictionary become null objects. A new
page tree object listing every page and one cross-reference table from object 0
end the file, as Qt lays a file out, so pdf_finish can add the bookmarks and the
language to it. Only the objects' dictionaries are read and renumbered; their
streams (the pages' text, the fonts) are copied as they are. A file not laid out as
Qt writes it is joined with pypdf instead (slower, the same pages)."""

from __future__ import annotations

import re
from pathlib import Path

_TAIL = 4096


class _NotAsQtWrites(Exception):
    """The file's structure is not the one the join expects."""


_REF = re.compile(rb"(\d+) 0 R\b")
_STREAM = re.compile(rb">>\s*stream\r?\n")
_TAG = re.compile(rb"/FontName\s*/([A-Z]{6})\+")
_OBJECT = re.compile(rb"(\d+)\s+0\s+obj\b")
_ENTRY = re.compile(rb"(\d{10}) (\d{5} [nf])")


class _Pdf:
    """The objects of a PDF written by Qt: one cross-reference table from object 0,
    every object in use, a trailer naming the catalog and the information."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        tail = data[-_TAIL:]
        found = re.search(rb"trailer\s*<<(.*)>>\s*startxref\s+(\d+)\s+%%EOF\s*$", tail, re.S)
        if found is None:
            raise _NotAsQtWrites("no trailer at the end")
        self.trailer, self.xref_at = found.group(1), int(found.group(2))
        if re.search(rb"/(Prev|Encrypt|XRefStm)\b", self.trailer):
            raise _NotAsQtWrites("an updated, encrypted or hybrid file")
        size = re.search(rb"/Size\s+(\d+)", self.trailer)
        root = re.search(rb"/Root\s+(\d+)\s+0\s+R", self.trailer)
        info = re.search(rb"/Info\s+(\d+)\s+0\s+R", self.trailer)
        if size is None or root is None:
            raise _NotAsQtWrites("no /Size or /Root")
        self.count, self.root = int(size.group(1)), int(root.group(1))
        self.info = int(info.group(1)) if info else None
        head = data[self.xref_at : self.xref_at + 64]
        table = re.match(rb"xref[ \t]*\r?\n0 (\d+)[ \t]*\r?\n", head)
        if table is None or int(table.group(1)) != self.count:
            raise _NotAsQtWrites("not one cross-reference table from object 0")
        entries = self.xref_at + table.end()
        found = _ENTRY.findall(data, entries, entries + 20 * self.count)
        if len(found) != self.count or any(used != b"00000 n" for _at, used in found[1:]):
            raise _NotAsQtWrites("an object not in use")
        self.offsets = {number: int(at) for number, (at, _used) in enumerate(found) if number}
        self.bodies = self._bodies()
        catalog = self.dictionary(self.root)
        pages = re.search(rb"/Pages\s+(\d+)\s+0\s+R", catalog)
        if pages is None:
            raise _NotAsQtWrites("no page tree")
        self.pages = int(pages.group(1))
        tree = self.dictionary(self.pages)
        kids = re.search(rb"/Kids\s*\[([^\]]*)\]", tree)
        total = re.search(rb"/Count\s+(\d+)", tree)
        if kids is None or total is None:
            raise _NotAsQtWrites("no /Kids or /Count")
        self.kids = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids.group(1))]
        if len(self.kids) != int(total.group(1)) or not self.kids:
            raise _NotAsQtWrites("not one flat list of pages")
        self.tree_rest = re.sub(rb"/(Kids\s*\[[^\]]*\]|Count\s+\d+|Type\s*/Pages)", b"", tree)
        # The catalog's other objects: the names and the metadata.
        self.catalog_objects = {int(n) for n in _REF.findall(catalog)} - {self.pages}

    def _bodies(self) -> dict[int, tuple[int, int]]:
        """Where each object's bytes are: from its offset to the next object's."""
        order = sorted(self.offsets.items(), key=lambda item: item[1])
        bodies = {}
        ends = [*order[1:], (0, self.xref_at)]
        for (number, start), (_next, end) in zip(order, ends, strict=True):
            header = _OBJECT.match(self.data, start, start + 24)
            if header is None or int(header.group(1)) != number:
                raise _NotAsQtWrites(f"object {number} is not where the table says")
            bodies[number] = (start, end)
        return bodies

    def dictionary(self, number: int) -> bytes:
        if number not in self.bodies:
            raise _NotAsQtWrites(f"no object {number}")
        start, end = self.bodies[number]
        body = self.data[start:end]
        body = body[: body.rindex(b"endobj")] if b"endobj" in body else body
        first, last = body.find(b"<<"), body.rfind(b">>")
        if first < 0 or last < first or b"stream" in body:
            raise _NotAsQtWrites(f"object {number} is not a plain dictionary")
        return body[first + 2 : last]


def join_pdfs(first: Path, second: Path) -> None:
    """Append the pages of the PDF at `second` to the PDF at `first`, in place."""
    with open(first, "rb") as fh:
        head = _Pdf(fh.read())
    try:
        tail = _Pdf(second.read_bytes())
        update = _appended(head, tail)
    except _NotAsQtWrites:
        _join_with_pypdf(first, second)
        return
    with open(first, "r+b") as fh:
        fh.truncate(head.xref_at)
        fh.seek(head.xref_at)
        fh.write(update)


def _appended(head: _Pdf, tail: _Pdf) -> bytes:
    """The bytes that replace `head`'s cross-reference table and trailer."""
    base = head.count - 1  # the tail's object n becomes base + n
    dropped = {tail.root, tail.pages, *tail.catalog_objects}
    if tail.info is not None:
        dropped.add(tail.info)
    taken = set(_TAG.findall(head.data))

    def number(match: re.Match[bytes]) -> bytes:
        n = int(match.group(1))
        if n == tail.pages:
            return b"%d 0 R" % head.pages
        if not 0 < n < tail.count:
            raise _NotAsQtWrites(f"a reference to object {n}, outside the table")
        return b"%d 0 R" % (base + n)

    renamed: dict[bytes, bytes] = {}

    def tag(match: re.Match[bytes]) -> bytes:
        """A font subset's tag not used in the first file (two subsets of a font with
        one name could be taken for each other by a viewer)."""
        old = match.group(1)
        if old not in renamed:
            new, step = old, 0
            while new in taken:
                step += 1
                new = bytes(65 + (c - 65 + step) % 26 for c in old)
            taken.add(new)
            renamed[old] = new
        return b"/FontName /" + renamed[old] + b"+"

    out = bytearray()
    offsets: dict[int, int] = {}
    at = head.xref_at
    data = tail.data
    for n in range(1, tail.count):
        offsets[base + n] = at + len(out)
        if n in dropped:
            out += b"%d 0 obj\nnull\nendobj\n" % (base + n)
            continue
        start, end = tail.bodies[n]
        header = _OBJECT.match(data, start, start + 24)
        assert header is not None  # checked in _bodies
        stream = _STREAM.search(data, start, end)
        split = stream.start() if stream else end
        dictionary = _REF.sub(number, data[header.end() : split])
        dictionary = _TAG.sub(tag, dictionary)
        out += b"%d 0 obj" % (base + n) + dictionary + data[split:end]
    kids = [*head.kids, *(base + k for k in tail.kids)]
    offsets[head.pages] = at + len(out)
    out += b"%d 0 obj\n<<\n/Type /Pages\n/Kids\n[\n" % head.pages
    out += b"".join(b"%d 0 R\n" % k for k in kids)
    out += b"]\n/Count %d%s>>\nendobj\n" % (len(kids), head.tree_rest.rstrip() + b"\n")
    size = base + tail.count
    xref = at + len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        where = offsets.get(n, head.offsets.get(n))
        out += b"%010d 00000 n \n" % where
    kept = b""
    for key in (rb"/Info\s+\d+\s+\d+\s+R", rb"/ID\s*\[[^\]]*\]"):
        match = re.search(key, head.trailer)
        kept += b"\n" + match.group() if match else b""
    out += b"trailer\n<<\n/Size %d\n/Root %d 0 R%s\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        head.root,
        kept,
        xref,
    )
    return bytes(out)


def _join_with_pypdf(first: Path, second: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(first)))
    writer.append(PdfReader(str(second)))
    with open(first, "wb") as fh:
        writer.write(fh)
