"""Duration limits that several model modules declare as field rules (Batch REST reference)."""

from __future__ import annotations

import datetime

__all__ = ["FIVE_MINUTES", "ONE_WEEK"]

FIVE_MINUTES = datetime.timedelta(minutes=5)
"""The least ``resizeTimeout`` and ``autoScaleEvaluationInterval`` Batch accepts."""

ONE_WEEK = datetime.timedelta(hours=168)
"""The largest ``autoScaleEvaluationInterval`` Batch accepts (168 hours)."""
