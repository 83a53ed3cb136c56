"""The disk: atomic file operations and fsync (files), temporary names and the sweep of
those a killed run left (temp_files), and the one mapping of OSError and sqlite3.Error
to the app's typed storage errors (storage_errors). It imports nothing of the app but
journal_app.errors and journal_app.paths; vault/, export/ and services/ use it."""
