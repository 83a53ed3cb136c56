"""SQLite files are vault/'s (issue 16): no module outside vault/ and disk/ imports
sqlite3, except services/search_index.py, whose index lives in memory only."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "journal_app"
ALLOWED = {"services/search_index.py"}


def _imports_sqlite(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import) and any(a.name == "sqlite3" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "sqlite3":
            return True
    return False


def test_only_the_vault_and_the_search_index_use_sqlite():
    users = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if _imports_sqlite(path)
    }
    outside = {u for u in users if u.split("/")[0] not in ("vault", "disk")}
    assert outside == ALLOWED
    assert "vault/backup.py" in users  # the check sees imports at all
