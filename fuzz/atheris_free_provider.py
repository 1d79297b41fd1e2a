"""A tiny, deterministic byte consumer (so targets replay without atheris).

The first two bytes give the length of a leading text; the rest is read
as small integers and short texts on demand. Running out of bytes gives
zeros and empty strings, never an error.
"""

from __future__ import annotations


class Provider:
    """Reads integers and UTF-8 text from fuzzer bytes."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def _byte(self) -> int:
        if self.pos >= len(self.data):
            return 0
        b = self.data[self.pos]
        self.pos += 1
        return b

    def int_in(self, low: int, high: int) -> int:
        """An integer in [low, high] (low when high < low)."""
        if high <= low:
            return low
        value = self._byte() << 8 | self._byte()
        return low + value % (high - low + 1)

    def text(self, limit: int) -> str:
        """Up to *limit* characters of text (invalid UTF-8 becomes U+FFFD)."""
        n = self.int_in(0, limit)
        chunk = self.data[self.pos : self.pos + n * 2]
        text = chunk.decode("utf-8", "replace")[:n]
        self.pos += len(text.encode("utf-8", "replace"))
        return text
