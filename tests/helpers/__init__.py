"""Shared test helpers: models and Hypothesis strategies, fixture and spec loaders."""

from hypothesis import settings

__all__ = ["scaled"]


def scaled(examples: int) -> int:
    """``examples`` under the thorough ``ci`` profile (100 examples), proportionally fewer
    under the quick default, never below 5."""
    return max(5, examples * settings.default.max_examples // 100)
