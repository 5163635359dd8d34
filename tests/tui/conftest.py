from __future__ import annotations

import pytest
import tui_sample as sample


@pytest.fixture
def seeded(archive):
    """The archive fixture holding both seed cases; yields (archive, ids)."""
    ids = sample.build(archive)
    return archive, ids
