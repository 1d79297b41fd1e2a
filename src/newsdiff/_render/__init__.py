"""Rendering: a diff as plain or coloured text, Markdown and HTML.

The private half of :mod:`newsdiff.render`; reads diffs and revisions from the
layers below and writes strings, nothing else.
"""
