"""One error hierarchy. Every message says what happened and how to fix it.

The CLI prints ``str(error)`` on one line and exits with the error's ``exit_code``.
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose."""

    exit_code: int = 1


class UsageError(KgError):
    """The command line or an argument is wrong."""

    exit_code = 2


class InputError(KgError):
    """An input file, folder or corpus line cannot be read."""


class ModelError(KgError):
    """The spaCy pipeline is missing or cannot be loaded."""


class QueryError(KgError):
    """A SPARQL query is malformed, not allowed, or failed."""


class StoreError(KgError):
    """The triple store (embedded or remote) cannot be opened, read or written."""


class OutputError(KgError):
    """An output folder or file cannot be written."""
