"""Histories: :class:`~newsdiff.Article`, the revisions of one article ordered by time.

Diffs consecutive revisions with the comparing layer below it.
"""
