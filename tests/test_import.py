"""What `import newsdiff` loads: nothing heavy, so a command-line call starts fast."""

import json
import subprocess
import sys

import newsdiff

# Libraries newsdiff uses only where needed (deepdiff for metadata keys; the
# html, dask and progress extras), and what they would pull in.
HEAVY = ("deepdiff", "numpy", "pandas", "trafilatura", "lxml", "ftfy", "dask", "tqdm", "hypothesis")


def test_import_newsdiff_loads_no_heavy_library() -> None:
    """A fresh `import newsdiff` loads none of the heavy or optional libraries."""
    code = "import json, sys, newsdiff; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = {name.split(".")[0] for name in json.loads(out)}
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_metadata_keys_are_still_compared_key_by_key() -> None:
    """The deferred deepdiff still names each metadata key that changed."""
    old = newsdiff.Revision.from_paragraphs(["Hama fell."], metadata={"a": "1", "b": "2"})
    new = newsdiff.Revision.from_paragraphs(["Hama fell."], metadata={"a": "1", "b": "3", "c": "4"})
    assert [f.field for f in newsdiff.diff(old, new).metadata] == ["metadata.b", "metadata.c"]
