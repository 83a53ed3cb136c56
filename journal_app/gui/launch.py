"""Start the desktop app (the only way in to Qt from the rest of the package)."""

from __future__ import annotations

import argparse
import sys


def launch_gui(args: argparse.Namespace) -> int:
    try:
        from journal_app.gui.app import run_app
    except ImportError as exc:
        print(
            f"psw-journal: the desktop app cannot start ({exc.name or 'Qt'} is missing)",
            file=sys.stderr,
        )
        return 1
    return run_app(args)
