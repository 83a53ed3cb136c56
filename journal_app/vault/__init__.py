"""The encrypted vault: crypto, file format, migrations and the record store."""
