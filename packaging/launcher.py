"""The bundle's entry point: what the `psw-journal` console script runs."""

import sys

from journal_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
