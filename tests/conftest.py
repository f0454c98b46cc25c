"""Test-wide settings: Hypothesis profiles.

Profiles: ``quick`` (the default, for working locally) and ``ci`` (thorough; chosen when the
``CI`` environment variable is set, or with ``--hypothesis-profile=ci``). Tests that name
their own example counts scale them with ``helpers.scaled``. The ``ci`` profile is sized so
that the whole suite runs in about 3 minutes per Python on two cores: five Pythons, lint,
type checks, compat and docs together stay well under 30 minutes.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "quick", max_examples=25, stateful_step_count=20, deadline=None, print_blob=True
)
settings.register_profile(
    "ci",
    max_examples=60,
    stateful_step_count=40,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci" if os.environ.get("CI") else "quick")
