"""Smoke-test one optional extra in an environment that has only it installed.

Usage (``make extras`` runs it for every extra, each in a fresh venv)::

    python tools/smoke_extra.py html

Exits non-zero with the error when the extra's feature does not work.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def _html() -> None:
    import newsdiff

    page = (
        "<html><head><title>Rebels take Hama</title></head><body><article><h1>Rebels take Hama"
        "</h1><p>Rebels took the city of Hama on Thursday after a week of fighting, officials"
        " said.</p><p>About 12,300 people fled the city, the United Nations said.</p>"
        "</article></body></html>"
    )
    revision = newsdiff.parse_html(page)
    assert "12,300" in revision.text, revision.text


def _warc() -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from newsdiff.warc import read_warc

    page = (
        b"<html><head><title>Rebels take Hama</title></head><body><article><h1>Rebels take Hama"
        b"</h1><p>Rebels took the city of Hama on Thursday after a week of fighting, officials"
        b" said.</p><p>About 12,300 people fled the city, the United Nations said.</p>"
        b"</article></body></html>"
    )
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://example.org/hama", "response", payload=io.BytesIO(page), http_headers=headers
        )
    )
    path = Path(tempfile.mkdtemp()) / "capture.warc.gz"
    path.write_bytes(buffer.getvalue())
    (article,) = read_warc([path])
    assert "12,300" in article.revisions[0].text


def _dask() -> None:
    from newsdiff import dask as nd_dask

    records = [{"key": 1, "old": "Hama fell.", "new": "Hama fell on Friday."}]
    (out,) = nd_dask.diff_bag(nd_dask.from_records(records)).compute()  # type: ignore[no-untyped-call]
    assert out["ok"], out


def _progress() -> None:
    from newsdiff.batch import diff_pairs

    (result,) = diff_pairs([("Hama fell.", "Homs fell.")], processes=1, progress=True)
    assert result.ok


def _hypothesis() -> None:
    from hypothesis import given, settings

    from newsdiff.strategies import revisions

    @settings(max_examples=5, deadline=None)
    @given(revisions())
    def check(revision: object) -> None:
        assert revision is not None

    check()


SMOKES = {
    "html": _html,
    "warc": _warc,
    "dask": _dask,
    "progress": _progress,
    "hypothesis": _hypothesis,
}


def main() -> None:
    """Run the smoke test of the extra named on the command line."""
    (name,) = sys.argv[1:]
    SMOKES[name]()
    print(f"extra {name}: ok")


if __name__ == "__main__":
    main()
