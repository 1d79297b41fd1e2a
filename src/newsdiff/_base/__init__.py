"""The base layer: kinds (enums), text helpers, validation, dates and caches.

Everything above may import it; it imports nothing of newsdiff but
:mod:`newsdiff.exceptions`.
"""
