"""The stored rows views may read, and only read: services hand them out from closed sessions
(the store does not expire them on commit), and every change goes back through a service.

Views import these names from here, never from `lpj_desktop.store.models` (an import-linter
contract in pyproject.toml holds that), so this list is the whole of what the UI reads as rows.
"""

from __future__ import annotations

from lpj_desktop.store.models import Company

__all__ = ["Company"]
