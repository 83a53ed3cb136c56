"""`python -m journal_app` and the `psw-journal` script: the CLI, or the GUI with no command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from journal_app.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
