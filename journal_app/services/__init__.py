"""Use cases shared by the CLI, the GUI and the tests. No Qt here."""
