"""The tests on every Python version the package claims (3.11 to 3.13).

``make versions`` runs this; an interpreter that is not installed is reported
as skipped, and docs/guarantees.md says which versions were run.
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True


@nox.session(python=["3.11", "3.12", "3.13"])
def tests(session: nox.Session) -> None:
    """Install the package with its extras and run the test suite."""
    session.install("-e", ".[dev,html,dask,progress]")
    session.run("pytest", "-q", "-p", "no:cacheprovider", *session.posargs)
