"""PSW Journal: an encrypted reflective journal for mental-health Peer Support Workers."""

from __future__ import annotations

__version__ = "0.1.0"
