"""The file's SQLite schema against the format's. A table, index, view or trigger the
format does not define (a trigger planted to copy every new ciphertext into a table of
its own, say) is tampering: it is reported, nothing is written to the file while it is
there, and backups leave it out. A table the format defines that is missing, or whose
definition was changed, is damage, named.

The expected schema is what the migrations build (vault.migrations), run up to the
file's schema version on an in-memory database, so it follows every schema change
without an edit here. SQLite's own objects are not the format's and are ignored: a
primary key's automatic index, AUTOINCREMENT's counter and ANALYZE's statistics."""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable

from journal_app.errors import SchemaTampered, WriteRefused
from journal_app.vault import migrations
from journal_app.vault.manifest import Problem

# (type, name) -> (table it belongs to, normalised SQL, SQL as written)
Schema = dict[tuple[str, str], tuple[str, str, str]]

_STAT_TABLE = re.compile(r"sqlite_stat[1-4]")
# Tokens of an SQL statement: literals and quoted names whole, then words, then any
# other single character. A blob literal (X'00') comes before words.
_TOKEN = re.compile(
    r"""[xX]'[^']*'|'(?:[^']|'')*'|"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|\w+|\S"""
)
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Dropped from copies in this order, so nothing refers to what is already gone.
_DROP_ORDER = ("trigger", "view", "index", "table")


def _internal(type_: str, name: str, sql: object) -> bool:
    if type_ == "index":
        return sql is None and name.startswith("sqlite_autoindex_")
    return type_ == "table" and (name == "sqlite_sequence" or bool(_STAT_TABLE.fullmatch(name)))


@functools.lru_cache(maxsize=256)
def normalise(sql: str) -> str:
    """SQL as SQLite reads it: case, spacing and the quoting of plain names do not
    count; string and blob literals do (except a blob's hex case)."""
    tokens = []
    for token in _TOKEN.findall(sql):
        first = token[0]
        if first == "'":
            tokens.append(token)
        elif first in "xX" and token.endswith("'"):
            tokens.append(token.lower())
        elif first in '"`[':
            inner = token[1:-1]
            if first != "[":
                inner = inner.replace(first * 2, first)
            plain = _PLAIN_NAME.fullmatch(inner)
            tokens.append(inner.lower() if plain else '"' + inner.replace('"', '""') + '"')
        else:
            tokens.append(token.lower())
    return " ".join(tokens)


def _text(value: object) -> str:
    return value if isinstance(value, str) else repr(value)


def _escaped(text: str) -> str:
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def objects(conn: sqlite3.Connection) -> Schema:
    """Every object in the file's schema except SQLite's own (see above)."""
    found: Schema = {}
    for type_, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master"
    ):
        type_, name = _text(type_), _text(name)
        if _internal(type_, name, sql):
            continue
        raw = sql if isinstance(sql, str) else ""
        found[(type_, name)] = (_text(table), normalise(raw), raw)
    return found


def expected(version: int) -> Schema | None:
    """The schema the migrations build up to `version`; None for a version they do
    not know (opening refuses such a file before anything is checked)."""
    if not 1 <= version <= migrations.LATEST:
        return None
    try:
        steps = tuple(migrations.MIGRATIONS[step] for step in range(1, version + 1))
    except KeyError:
        return None
    return _built(steps)


@functools.lru_cache(maxsize=8)
def _built(steps: tuple[Callable[[sqlite3.Connection], None], ...]) -> Schema:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in steps:
            step(conn)
        return objects(conn)
    finally:
        conn.close()


def shown(name: str) -> str:
    """An object's name, quoted, as it may be printed: a name is whatever was planted,
    so control characters are escaped rather than sent to a terminal."""
    text = name if len(name) <= 80 else name[:80] + "…"
    return f"'{_escaped(text)}'"


def problems(conn: sqlite3.Connection, version: int) -> list[Problem]:
    """What the file's schema has that the format does not define, lacks, or has in
    another form: one query of sqlite_master."""
    want = expected(version)
    if want is None:
        return [
            Problem(
                None,
                "schema_version",
                f"the file's schema version ({version}) is not one this app wrote "
                "(changed outside the app)",
            )
        ]
    found = objects(conn)
    result = []
    for (type_, name), (table, sql, _raw) in sorted(found.items()):
        expected_object = want.get((type_, name))
        what = f"{_escaped(type_)} {shown(name)}"
        if expected_object is None:
            result.append(
                Problem(
                    None,
                    "foreign_object",
                    f"the file holds a {what} that the format does not define "
                    "(added outside the app)",
                )
            )
        elif expected_object[:2] != (table, sql):
            result.append(
                Problem(
                    None,
                    "changed_object",
                    f"the {what} was changed outside the app (its definition is not the format's)",
                )
            )
    for type_, name in sorted(want.keys() - found.keys()):
        result.append(
            Problem(
                None,
                "missing_object",
                f"the {type_} {shown(name)} is missing (the file is damaged, or it was "
                "removed outside the app)",
            )
        )
    return result


def summary(found: list[Problem], limit: int = 3) -> str:
    """The first few findings in one line, for an error message."""
    text = "; ".join(p.message for p in found[:limit])
    if len(found) > limit:
        text += f"; and {len(found) - limit} more"
    return text


def _findings(found: list[Problem]) -> list[tuple[str, str]]:
    return [(p.kind, p.message) for p in found]


def write_refused(found: list[Problem]) -> WriteRefused:
    return WriteRefused(
        f"the journal file was changed outside the app ({summary(found)}); nothing was "
        "saved. 'psw-journal verify' lists what was found; a backup leaves out what the "
        "format does not define",
        _findings(found),
    )


def on_open(conn: sqlite3.Connection, version: int) -> list[Problem]:
    """The check when a file is opened, before any migration: what it finds, for the
    unlock to report. A file without its header cannot be opened at all, and one at
    an older schema is not upgraded (an upgrade writes to it)."""
    if expected(version) is None:
        return []  # a version the migrations do not know: they refuse it
    found = problems(conn, version)
    if not found:
        return []
    if ("table", "vault_header") not in objects(conn):
        raise SchemaTampered(f"the vault file is damaged ({summary(found)})", _findings(found))
    if version != migrations.LATEST:
        raise SchemaTampered(
            f"the journal file was changed outside the app ({summary(found)}); it was not "
            "upgraded to this version's format, so nothing was changed. Restoring it as a "
            "backup into a new journal ('psw-journal restore') makes a copy without what "
            "the format does not define",
            _findings(found),
        )
    stand_in_for_missing(conn, version)
    return found


def stand_in_for_missing(conn: sqlite3.Connection, version: int) -> None:
    """Give the connection an empty TEMP table for each table the file lacks, so the
    rest can still be read (a dropped history must not hide the records). TEMP tables
    live in this connection's memory (temp_store=MEMORY), never in the file; writes
    are refused anyway while the file's own schema is not the format's."""
    want = expected(version) or {}
    found = objects(conn)
    # A reading connection may have query_only on (vault.connection.connect_read): TEMP
    # tables are in memory, not the file, so it is lifted for them alone.
    query_only = conn.execute("PRAGMA query_only").fetchone()[0]
    conn.execute("PRAGMA query_only=OFF")
    try:
        for (type_, name), (_table, _sql, raw) in want.items():
            if type_ == "table" and (type_, name) not in found and raw.startswith("CREATE TABLE "):
                conn.execute("CREATE TEMP TABLE " + raw[len("CREATE TABLE ") :])
    finally:
        conn.execute(f"PRAGMA query_only={'ON' if query_only else 'OFF'}")


def leave_out_foreign(conn: sqlite3.Connection, version: int) -> list[Problem]:
    """In a copy (a backup being written or restored, never the journal itself): drop
    every object the format does not define, and SQLite's statistics, then rebuild the
    file so nothing of them is left in its free pages. Only DROP statements run, which
    fire no trigger, and triggers go first. Returns what was left out."""
    want = expected(version)
    if want is None:
        return []
    left_out = []
    rows = conn.execute("SELECT type, name, sql FROM main.sqlite_master").fetchall()
    dropped = False
    for kind in _DROP_ORDER:
        for type_, name, sql in rows:
            if type_ != kind or not isinstance(name, str) or (type_, name) in want:
                continue
            if _internal(type_, name, sql) and not _STAT_TABLE.fullmatch(name):
                continue
            quoted = '"' + name.replace('"', '""') + '"'
            try:
                conn.execute(f"DROP {kind.upper()} IF EXISTS main.{quoted}")
            except sqlite3.DatabaseError:
                found = problems(conn, version)
                raise SchemaTampered(
                    f"the copy could not leave out the {type_} {shown(name)}, which the "
                    "format does not define; nothing was written",
                    _findings(found),
                ) from None
            dropped = True
            if not _internal(type_, name, sql):
                left_out.append(
                    Problem(
                        None,
                        "foreign_object",
                        f"the copy held a {type_} {shown(name)} that the format does not "
                        "define: it was left out",
                    )
                )
    if dropped:
        conn.execute("VACUUM")
    return left_out
