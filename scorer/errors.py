"""The exceptions the package raises on purpose, in one module every layer may import.

- ``ArticleError``: the input cannot be turned into an Article (missing text, wrong types, bad date).
- ``OffsetError``: a finding's offsets fall outside the text or do not match the text it claims.
- ``CLIError``: a command cannot proceed; the command line prints it as one line, exit status 2.
"""

from __future__ import annotations

__all__ = ["ArticleError", "CLIError", "OffsetError"]


class ArticleError(ValueError):
    """The input cannot be turned into an Article (missing text, wrong types, bad date)."""


class OffsetError(ValueError):
    """A finding's offsets fall outside the text or do not match the text it claims."""


class CLIError(Exception):
    """The run itself cannot proceed: printed as one line, exit status 2."""
