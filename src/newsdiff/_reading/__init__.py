"""Reading: plain text (``parse_text``) and captured web pages (``parse_html``) into revisions.

Finds the body, the notes (update, correction, clarification, editor's notes)
with their times, the boilerplate and the metadata, then builds a
:class:`~newsdiff.Revision`. Imports the revision layer and below; the HTML
modules use the optional ``html`` extra, imported on first use.
"""
