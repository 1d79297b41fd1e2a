"""Value types that hold data and validate it: the parts of a revision and of a diff.

Sentences, quotes, paragraphs and notes; word edits, sentence changes, field
changes and diff options. They hold data only: behaviour that reads them lives
in the layers above. Imports only :mod:`newsdiff._base`.
"""
