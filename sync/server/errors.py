"""Errors as values at the HTTP boundary: a status, a machine code and a sentence for people."""

from __future__ import annotations

from typing import Any

from sync.protocol import ErrorCode

# Not in the shared ErrorCode: only ever sent with a 5xx, never decided on by a client.
INTERNAL_ERROR = "internal_error"


class ApiError(Exception):
    """Raised anywhere below the routes; turned into an `ErrorBody` JSON answer by the app."""

    def __init__(
        self,
        status: int,
        code: ErrorCode | str,
        message: str,
        *,
        detail: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail
        self.headers = headers or {}
