"""What Qt's PDF writer cannot say, added to the PDF it wrote: the document's language
(en-GB, so a screen reader speaks it in the right voice), bookmarks for every section
and entry (a reader's navigation pane, and the way through a long pack by keyboard),
and opening with the bookmarks shown. Qt's QPdfWriter has no API for either; pypdf
(pure Python, on every platform) rewrites the file. Still missing: a tagged structure
tree (PDF/UA). Neither Qt nor a pip-installable writer that works on Windows, macOS
and Linux without system libraries produces one from this document model today."""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path

LANGUAGE = "en-GB"


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
    """Rewrite the PDF at `path` in place. `headings` are (level, text, page index) in
    document order; level 2 are sections, level 3 the entries under them."""
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
