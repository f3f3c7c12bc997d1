import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A writable copy of the hand-made mini dataset, for tests that break one file."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target
