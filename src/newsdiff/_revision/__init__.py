"""The revision: :class:`~newsdiff.Revision`, how one is built from paragraphs, and its JSON.

Builds on analysis (``Revision.from_paragraphs`` segments and analyses text)
and the value types. Reading and comparing sit above it.
"""
