from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEMO = REPO / "demo" / "corpus"


def shared(relative: str) -> Path:
    """A path under ../shared, skipping the test when it is absent (a fresh clone has no ../shared)."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once per session from demo/corpus by the real pipeline (API and UI tests read it)."""
    from dragoman.pipeline import run
    from dragoman.store import Store

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with Store(path) as store:
        run([str(DEMO)], store)
    return path
