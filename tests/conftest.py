"""Shared fixtures: one loaded spaCy pipeline per session, the seed article, the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "jd-us-expansion.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with kg's components, loaded once."""
    from kg.nlp import load

    return load()


@pytest.fixture(scope="session")
def seed_document() -> Document:
    return Document(
        id="jd-us-expansion",
        text=SEED.read_text(encoding="utf-8"),
        title="JD.com eyes U.S. expansion",
        source="seeds/jd-us-expansion.txt",
    )


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` beside the checkout; tests that need it skip when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is absent: the corpora live in ../shared/data beside the checkout")
    return SHARED_DATA
