"""Settings shared by the engine's own tests."""

import os

import pytest
from hypothesis import HealthCheck, settings

pytest_plugins = ["pytester"]

# CI machines are small and noisy: no per-example deadline, a bounded budget.
settings.register_profile(
    "default",
    deadline=None,
    max_examples=100,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# example suites (some deliberately broken) are run through pytester, not collected
collect_ignore = ["examples"]


@pytest.fixture(autouse=True)
def _inner_runs_are_not_xdist_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pytester run inside an xdist worker is a fresh session, not a worker:
    without this, pytest-benchmark (preinstalled on some machines) sees the
    worker's variable and warns, which our settings make an error."""
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
