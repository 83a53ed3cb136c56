"""Fuzzing the importers (issue 6): random and malformed jrnl JSON, Markdown files and
folders, and Day One JSON.

Every input goes three ways: `parse_import`, `import_into` an open journal, and
`psw-journal import` run in-process. Each must either accept the input or reject it
with ImportFormatError / ValidationError / UsageError whose message names the file,
entry, line or field; a rejected input writes nothing to the vault, and the CLI exits
2 with one message and no traceback. Journal text never appears in a message.

The whole suite (`pytest --slow`) tries 40-80 examples per test (about 15 s on 2
cores); the fast loop a tenth of that, `--soak` ten times as many (about 2 min).
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE, examples, symlink_or_skip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.cli import run
from journal_app.domain.schema import MAX_TEXT
from journal_app.errors import ImportFormatError, UsageError, ValidationError
from journal_app.services.importers import import_into, parse_import
from journal_app.services.journal import Journal
from journal_app.vault import crypto
from journal_app.vault.crypto import KdfParams

CANARY = "CANARY-imported-text-5e1d"  # journal text: never in a message
REJECTIONS = (ImportFormatError, ValidationError, UsageError)

JRNL_ENTRY: dict[str, Any] = {
    "date": "2021-03-04",
    "time": "09:30",
    "title": "A valid title.",
    "body": f"Valid body with {CANARY}.",
    "tags": ["@work"],
    "starred": False,
}
DAYONE_ENTRY: dict[str, Any] = {
    "uuid": "0F1E2D3C4B5A69788796A5B4C3D2E1F0",
    "creationDate": "2021-03-04T09:30:00Z",
    "timeZone": "Europe/London",
    "text": f"# A heading\n\nValid text with {CANARY}.",
    "tags": ["work"],
    "starred": False,
    "photos": [],
}
TEMPLATES = {"jrnl-json": JRNL_ENTRY, "dayone-json": DAYONE_ENTRY}
# The names a rejection of a changed field may give: the field itself or what it maps to.
FIELD_NAMES = {
    "jrnl-json": {
        "date": {"date"},
        "time": {"time"},  # kept as the time the entry was written (issue 19)
        "title": {"title", "fields.text"},  # a long title moves into the text
        "body": {"fields.text"},
        "tags": {"tags"},
    },
    "dayone-json": {
        "creationDate": {"creationDate"},
        "text": {"text", "title", "fields.text"},  # the first line becomes the title
        "tags": {"tags"},
    },
}


# --- settings and fixtures ------------------------------------------------------------


def _settings(whole: int) -> settings:
    return settings(
        max_examples=examples(whole),
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
            HealthCheck.large_base_example,
        ],
        database=None,
    )


@pytest.fixture
def memo_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI opens the vault for every accepted import: run Argon2id once."""
    real = crypto.derive_passphrase_key
    cache: dict[tuple[str, bytes, KdfParams], bytes] = {}

    def memoised(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        key = (passphrase, salt, params)
        if key not in cache:
            cache[key] = real(passphrase, salt, params)
        return cache[key]

    monkeypatch.setattr(crypto, "derive_passphrase_key", memoised)


def _digests(vault: Path) -> dict[str, str]:
    out = {}
    for path in (vault, Path(f"{vault}-wal")):
        if path.exists():
            out[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


class Importer:
    """Runs one input through parse_import, import_into and the CLI, and checks that
    the three agree and that a rejection is clean."""

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch, closed: Path) -> None:
        self.folder = folder
        self.monkeypatch = monkeypatch
        self.journal, _ = Journal.create(folder / "api.pswvault", PASSPHRASE, FAST_KDF)
        self.cli_vault = folder / "cli.pswvault"
        shutil.copy2(closed, self.cli_vault)  # a new journal, closed: the CLI opens it
        self.passphrase_file = folder / "passphrase.txt"
        self.passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
        self._numbers = itertools.count()
        self.outcomes: dict[str, int] = {}

    def new_dir(self) -> Path:
        path = self.folder / f"input-{next(self._numbers)}"
        path.mkdir()
        return path

    def write(self, data: bytes | str, name: str = "export.json") -> Path:
        path = self.new_dir() / name
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        path.write_bytes(data)
        return path

    def check_import(
        self, path: Path, fmt: str, names: tuple[str, ...] = ()
    ) -> BaseException | None:
        """The rejection (or None if the input was accepted). `names`: what a rejection
        may name besides the file itself and an entry number (Markdown files of a
        folder, by their path inside it)."""
        try:
            records = parse_import(path, fmt)
        except REJECTIONS as exc:
            rejected: BaseException | None = exc
            self._assert_clean_message(exc.message, path, names)
        except Exception as exc:  # anything else is the finding
            raise AssertionError(
                f"parse_import crashed with {type(exc).__name__}: {exc!r}"[:2000]
            ) from exc
        else:
            rejected = None
        self.outcomes[type(rejected).__name__] = self.outcomes.get(type(rejected).__name__, 0) + 1

        # Through the Journal: the same verdict, and nothing written on rejection.
        before_len, before_files = len(self.journal), _digests(self.journal.store.path)
        try:
            stored = import_into(self.journal, path, fmt)
        except REJECTIONS as exc:
            assert rejected is not None, f"import_into rejected what parse accepted: {exc}"
            assert type(exc) is type(rejected)
            assert len(self.journal) == before_len
            assert _digests(self.journal.store.path) == before_files, "a rejection wrote"
        else:
            assert rejected is None, "import_into accepted what parse_import rejected"
            # Entries this journal already holds from an earlier input are left out.
            assert len(stored) <= len(records)
            assert len(self.journal) == before_len + len(stored)

        # Through the CLI: exit 2 and one clean line on rejection, the vault untouched.
        before_files = _digests(self.cli_vault)
        out, err = io.StringIO(), io.StringIO()
        with self.monkeypatch.context() as patched:
            patched.setattr(sys, "stdout", out)
            patched.setattr(sys, "stderr", err)
            code = run(
                [
                    *("--vault", str(self.cli_vault)),
                    *("--passphrase-file", str(self.passphrase_file)),
                    *("import", str(path), "--format", fmt),
                ]
            )
        text = err.getvalue()
        assert "Traceback" not in text and "unexpected error" not in text, text
        if rejected is None:
            assert code == 0, text
        else:
            assert code == 2, f"exit {code}: {text}"
            # One message (a file name with a line break in it may split it in two).
            assert text.startswith("psw-journal: ") and text.count("psw-journal") == 1, text
            assert out.getvalue() == ""
            assert _digests(self.cli_vault) == before_files, "a rejected CLI import wrote"
        return rejected

    @staticmethod
    def _assert_clean_message(message: str, path: Path, names: tuple[str, ...]) -> None:
        assert message.strip(), "an empty message"
        assert CANARY not in message, f"journal text in the message: {message!r}"
        where = (path.name, *names)
        assert any(n in message for n in where) or re.search(r"\bentry \d+\b", message), (
            f"the message names no file, entry or line: {message!r}"
        )

    def close(self) -> None:
        if self.journal.is_open:
            self.journal.lock()


@pytest.fixture
def importer(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memo_kdf: None,
    closed_journal_file: tuple[Path, str],
):
    checker = Importer(tmp_path, monkeypatch, closed_journal_file[0])
    yield checker
    checker.close()
    print(f"outcomes: {checker.outcomes}")


# --- strategies -----------------------------------------------------------------------

# Any JSON text value, lone surrogates included (json.loads accepts "\ud800").
json_text = st.text(st.characters(codec=None), max_size=40)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    json_text,
    st.sampled_from(["", " ", "2021-03-04", "2021-02-30", "2021-03-04T25:00:00Z", "@", "#"]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(json_text, inner, max_size=5)
    ),
    max_leaves=25,
)
# Date and date-time strings, mostly nearly right.
date_texts = st.one_of(
    st.from_regex(r"\A-?\d{1,5}-\d{1,3}-\d{1,3}\Z"),
    st.from_regex(
        r"\A\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?\Z"
    ),
    st.dates().map(lambda d: d.isoformat()),
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.sampled_from(["0000-00-00", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"]),
    json_text,
)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _dumps(document: Any) -> str:
    """JSON text with non-ASCII characters as themselves, except lone surrogates, which
    only a \\u escape can carry (as bytes they are not UTF-8)."""
    text = json.dumps(document, ensure_ascii=False, allow_nan=True)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _export(fmt: str, entries: list[Any]) -> Any:
    return {"tags": {}, "entries": entries} if fmt == "jrnl-json" else {"entries": entries}


# --- JSON formats: random documents -------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(TEMPLATES))
def test_random_bytes_are_rejected_cleanly(importer: Importer, fmt: str) -> None:
    @_settings(40)
    @given(data=st.one_of(st.binary(max_size=3000), st.just(b""), st.just(b"PK\x03\x04zip")))
    def check(data: bytes) -> None:
        importer.check_import(importer.write(data), fmt)

    check()


@pytest.mark.parametrize("fmt", sorted(TEMPLATES))
def test_random_json_documents_are_rejected_cleanly(importer: Importer, fmt: str) -> None:
    """Any JSON value as the document, or as its `entries`, or as one entry."""
    template = TEMPLATES[fmt]

    @_settings(80)
    @given(
        value=json_values,
        where=st.sampled_from(["document", "entries", "entry"]),
    )
    def check(value: Any, where: str) -> None:
        if where == "document":
            document = value
        elif where == "entries":
            document = {"entries": value}
        else:
            document = _export(fmt, [template, value, template])
        rejected = importer.check_import(importer.write(_dumps(document)), fmt)
        if where == "entry" and not isinstance(value, dict):
            assert rejected is not None and "entry 2" in str(rejected)

    check()


@pytest.mark.parametrize("fmt", sorted(TEMPLATES))
def test_wrong_types_and_values_in_each_field_are_rejected_naming_entry_and_field(
    importer: Importer, fmt: str
) -> None:
    """Entry 2 of three gets one field replaced (any JSON value, a bad date, a huge
    string) or removed; a rejection must name entry 2 and that field."""
    template = TEMPLATES[fmt]
    keys = [*sorted(template), "extra"]
    dates = {"date", "creationDate"}
    huge = st.integers(MAX_TEXT - 2, MAX_TEXT + 50).map(lambda n: "x" * n)

    @_settings(80)
    @given(
        key=st.sampled_from(keys),
        value=st.one_of(json_values, date_texts, huge, st.just(KeyError)),
    )
    def check(key: str, value: Any) -> None:
        entry = dict(template)
        if value is KeyError:
            entry.pop(key, None)
        else:
            entry[key] = value
        rejected = importer.check_import(
            importer.write(_dumps(_export(fmt, [template, entry]))), fmt
        )
        if rejected is None:
            return
        message = str(rejected)
        assert message.startswith("entry 2: "), message
        names = FIELD_NAMES[fmt].get(key)
        assert names is not None, f"a change to {key!r}, which is ignored, was rejected"
        field = message.removeprefix("entry 2: ")
        assert any(field.startswith((f"{n}:", f"{n}[")) for n in names), message
        if key in dates and value is KeyError and fmt == "dayone-json":
            assert "creationDate: is required" in message

    check()


@pytest.mark.parametrize("fmt", sorted(TEMPLATES))
def test_bad_dates_are_rejected_or_read_as_the_same_calendar_day(
    importer: Importer, fmt: str
) -> None:
    key = "date" if fmt == "jrnl-json" else "creationDate"

    @_settings(60)
    @given(value=date_texts)
    def check(value: str) -> None:
        entry = {**TEMPLATES[fmt], key: value}
        path = importer.write(_dumps(_export(fmt, [entry])))
        rejected = importer.check_import(path, fmt)
        if rejected is None:
            (record,) = parse_import(path, fmt)
            # jrnl keeps the written day; Day One's instant moves by at most a day.
            assert abs(int(value.strip()[:4].lstrip("-") or 0) - record.date.year) <= 1
        else:
            assert f"{key}:" in str(rejected), str(rejected)

    check()


@pytest.mark.parametrize("fmt", sorted(TEMPLATES))
def test_invalid_utf8_is_rejected_naming_the_line(importer: Importer, fmt: str) -> None:
    good = _dumps(_export(fmt, [TEMPLATES[fmt]] * 3)).replace(", ", ",\n").encode()
    invalid = st.sampled_from(
        [b"\xff", b"\xfe\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82"]
    )

    @_settings(40)
    @given(at=st.integers(0, len(good)), bad=invalid)
    def check(at: int, bad: bytes) -> None:
        data = good[:at] + bad + good[at:]
        path = importer.write(data)
        rejected = importer.check_import(path, fmt)
        assert rejected is not None, "invalid UTF-8 was accepted"
        line = data[: data.index(bad)].count(b"\n") + 1
        assert f"line {line} is not UTF-8" in str(rejected), str(rejected)

    check()


@pytest.mark.parametrize("fmt", sorted(TEMPLATES))
@pytest.mark.parametrize("depth", [50, 990, 1_000, 5_000, 200_000])
@pytest.mark.parametrize("where", ["document", "entries", "entry", "field"])
def test_deeply_nested_json_is_rejected_cleanly(
    importer: Importer, fmt: str, depth: int, where: str
) -> None:
    nested = "[" * depth + "]" * depth
    field = "title" if fmt == "jrnl-json" else "text"
    before, after = {
        "document": ("", ""),
        "entries": ('{"entries":', "}"),
        "entry": ('{"entries":[', "]}"),
        "field": (
            f'{{"entries":[{{"date":"2021-03-04","creationDate":"2021-03-04T09:30:00Z","{field}":',
            "}]}",
        ),
    }[where]
    rejected = importer.check_import(importer.write(before + nested + after), fmt)
    assert rejected is not None


@pytest.mark.parametrize("fmt", sorted(TEMPLATES))
@pytest.mark.parametrize(
    "change",
    [
        {"body": "x" * (MAX_TEXT + 1)},
        {"text": "x" * (MAX_TEXT + 1)},
        {"body": "x" * 5_000_000, "text": "x" * 5_000_000},
        {"title": "x" * 2_000_000},
        {"tags": [f"t{i}" for i in range(10_000)]},
        {"tags": ["x" * 1_000_000]},
        {"date": "2" * 100_000, "creationDate": "2" * 100_000},
        {"timeZone": "Europe/" + "x" * 100_000},
        {"photos": [{}] * 100_000},
    ],
    ids=[
        "text-over-limit",
        "text-over-limit",
        "text-5MB",
        "title-2MB",
        "10k-tags",
        "tag-1MB",
        "date-100k",
        "zone-100k",
        "100k-photos",
    ],
)
def test_huge_values_are_rejected_cleanly_or_kept_whole(
    importer: Importer, fmt: str, change: dict[str, Any]
) -> None:
    entry = {**TEMPLATES[fmt], **{k: v for k, v in change.items() if k in TEMPLATES[fmt]}}
    if entry == TEMPLATES[fmt]:
        entry = {**entry, **change}
    rejected = importer.check_import(importer.write(_dumps(_export(fmt, [entry]))), fmt)
    if rejected is not None:
        assert len(str(rejected)) < 500, "the message quotes the huge value"


# --- Markdown ---------------------------------------------------------------------------

NAME_CHARS = st.characters(codec="utf-8", exclude_characters="/\x00", exclude_categories=("Cs",))
md_names = st.builds(
    lambda stem, suffix: stem + suffix,
    st.one_of(
        st.text(NAME_CHARS, min_size=1, max_size=30),
        st.from_regex(r"\A\d{4}-\d{2}-\d{2}[ _-]?[a-z ]{0,10}\Z"),
    ),
    st.sampled_from([".md", ".markdown", ".txt", ".MD", ".json", ""]),
).filter(lambda n: n not in (".", "..") and len(n.encode()) < 200)


def _front_matter_lines() -> st.SearchStrategy[str]:
    key = st.one_of(st.sampled_from(["title", "date", "tags", "type", "Title", "x"]), json_text)
    value = st.one_of(json_text, date_texts, st.sampled_from(["[a, b]", "[]", '"q"', "'", ""]))
    line = st.one_of(
        st.builds(lambda k, v: f"{k}: {v}", key, value),
        st.builds(lambda v: f"  - {v}", json_text),
        st.builds(lambda v: f"- {v}", json_text),
        json_text,
        st.just("# a comment"),
    )
    return st.lists(line, max_size=8).map(lambda lines: "\n".join(lines))


md_texts = st.one_of(
    st.text(st.characters(codec=None), max_size=500),
    st.builds(
        lambda fm, close, body: f"---\n{fm}\n{close}{body}",
        _front_matter_lines(),
        st.sampled_from(["---\n", "...\n", "", "--- \n"]),
        st.text(max_size=200),
    ),
    st.builds(lambda h, body: f"# {h}\n\n{body}", json_text, st.text(max_size=200)),
)
md_contents = st.one_of(md_texts, st.binary(max_size=500))


def test_random_markdown_files_are_imported_or_rejected_cleanly(importer: Importer) -> None:
    @_settings(80)
    @given(name=md_names, content=md_contents)
    def check(name: str, content: str | bytes) -> None:
        importer.check_import(importer.write(content, name), "markdown")

    check()


def test_random_markdown_folders_are_imported_or_rejected_cleanly(importer: Importer) -> None:
    """A folder of files with random names (hidden ones, subfolders, names that are not
    UTF-8), random contents; a rejection names the folder or the file at fault."""
    part = st.one_of(md_names, st.just(".hidden.md"), st.just(".trash"))
    rel_path = st.lists(part, min_size=1, max_size=3).map(lambda parts: "/".join(parts))
    raw_name = st.binary(min_size=1, max_size=10).filter(lambda b: b"/" not in b and b"\0" not in b)

    @_settings(50)
    @given(
        files=st.dictionaries(rel_path, md_contents, max_size=6),
        undecodable=st.lists(st.tuples(raw_name, md_contents), max_size=2),
    )
    def check(files: dict[str, str | bytes], undecodable: list[tuple[bytes, Any]]) -> None:
        folder = importer.new_dir() / "notes"
        folder.mkdir()
        names = []
        for rel, content in files.items():
            path = folder / rel
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                data = (
                    content
                    if isinstance(content, bytes)
                    else content.encode("utf-8", "surrogatepass")
                )
                path.write_bytes(data)
            except (IsADirectoryError, NotADirectoryError, FileExistsError):
                continue  # one generated path is a folder in another: skip it
            except OSError:
                continue  # a name this platform cannot create (Windows: ':', '?', CON...)
            names.append(rel)
        for raw, content in undecodable:
            path = Path(os.fsdecode(os.fsencode(folder) + b"/" + raw + b".md"))
            data = (
                content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
            )
            try:
                path.write_bytes(data)
            except OSError:
                continue
            names.append(path.name)
        importer.check_import(folder, "markdown", tuple(names))

    check()


@pytest.mark.parametrize(
    "layout",
    ["empty folder", "only other files", "only hidden", "a folder named x.md", "link loop"],
)
def test_markdown_folders_without_notes_are_rejected_cleanly(
    importer: Importer, layout: str
) -> None:
    folder = importer.new_dir() / "notes"
    folder.mkdir()
    if layout == "only other files":
        (folder / "a.json").write_text("{}")
        (folder / "b.pdf").write_bytes(b"%PDF")
    elif layout == "only hidden":
        (folder / ".draft.md").write_text("# hidden")
        (folder / ".trash").mkdir()
        (folder / ".trash" / "old.md").write_text("# gone")
    elif layout == "a folder named x.md":
        (folder / "x.md").mkdir()
    elif layout == "link loop":
        symlink_or_skip(folder / "loop", folder)
        (folder / "note.md").write_text("# one note")
    rejected = importer.check_import(folder, "markdown")
    if layout == "link loop":
        assert rejected is None or isinstance(rejected, REJECTIONS)
    else:
        assert rejected is not None and "notes" in str(rejected)


def test_import_of_a_missing_or_unreadable_path_is_a_usage_error(importer: Importer) -> None:
    missing = importer.new_dir() / "nope.json"
    assert isinstance(importer.check_import(missing, "jrnl-json"), UsageError)
    folder = importer.new_dir()
    assert isinstance(importer.check_import(folder, "jrnl-json"), REJECTIONS)
