"""Vocabulary the extractors read: company names, cue words, patterns (data, not code)."""

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.errors import InputError


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The words of a one-word-per-line file of this package, without blank and ``#`` lines."""
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def json_data(name: str) -> Any:
    """The parsed JSON file of this package called ``name``, read once."""
    try:
        return json.loads(resources.files(__name__).joinpath(name).read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(f"cannot read kg data file {name!r} ({error}): reinstall kg with `pip install -e .`") from error
