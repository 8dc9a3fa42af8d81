"""Shared fixtures. Installed third-party plugins never leak into the suite: the host is built
with entry points from this distribution only unless a test asks otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

# urllib3 probes for IPv6 support by opening (not connecting) a socket when first imported; do it
# here, before pytest-socket blocks sockets, so every socket a test opens is a real network attempt.
import urllib3  # noqa: F401

# the fixtures plugin authors get (run_signal, signal_host), so the suite uses them too
pytest_plugins = ["scorer.pytest_plugin"]

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"


@pytest.fixture(scope="session")
def nlp():
    """The shared spaCy pipeline, loaded once for the whole session."""
    from scorer.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def shared_data() -> Path:
    """../shared/data, or skip: the labelled corpora are not part of a fresh clone."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA} (it ships beside the repo, not in it)")
    return SHARED_DATA
