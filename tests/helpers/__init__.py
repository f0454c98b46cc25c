"""Shared test helpers: models and Hypothesis strategies, fixture and spec loaders."""

from hypothesis import settings

__all__ = ["scaled"]


def scaled(examples: int) -> int:
    """A test's own example count, given for 100 examples per test: scaled to the loaded
    profile (``ci`` 60, ``quick`` 25), never below 5."""
    return max(5, examples * settings.default.max_examples // 100)
