"""Shared test configuration: Hypothesis profiles.

``default`` keeps the edit-test loop fast; ``ci`` (selected by ``make test``
through ``HYPOTHESIS_PROFILE=ci``) runs every law on many more examples.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=1000,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
