"""Comparing: sentence alignment, word edits, significance, the summary, ``diff`` and ``apply``.

Holds :class:`~newsdiff.Diff` and the functions that derive its views
(significance, summary, quote changes, JSON). Imports the revision layer and
below, never reading or rendering.
"""
