from __future__ import annotations

import pytest
import tui_sample as sample


@pytest.fixture
def seeded(archive):
    """The archive fixture holding both seed cases; yields (archive, ids)."""
    ids = sample.build(archive)
    return archive, ids


@pytest.fixture
def planned(archive):
    """The seed cases with Malmö's meeting plans and the distribution lists; yields (archive, ids)."""
    ids = sample.build_all(archive)
    return archive, ids
