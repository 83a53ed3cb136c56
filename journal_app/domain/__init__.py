"""Records and their validation: plain dataclasses, no I/O."""
