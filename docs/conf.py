"""Sphinx configuration for the newsdiff documentation."""

import newsdiff

project = "newsdiff"
author = "The newsdiff developers"
copyright = "2026, The newsdiff developers"
release = newsdiff.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = "newsdiff"
html_static_path: list[str] = []

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# Attributes sections become fields of the class, not second descriptions of
# the attrs fields autodoc already documents.
napoleon_use_ivar = True

doctest_global_setup = "import newsdiff"
# Docstring examples are run by pytest (--doctest-modules) in their modules'
# namespaces; the Sphinx doctest builder runs the examples on the pages.
doctest_test_doctest_blocks = ""

# No network at build time, so no intersphinx: references to the standard
# library and dependencies' types cannot be resolved and are listed here.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|zoneinfo|collections\.abc|typing|types|enum|attr|attrs|os)\..*"),
    (r"py:.*", r"(datetime|tzinfo|Self|Any|Mapping|Sequence|Iterable|Iterator|Callable|T|E)"),
    (r"py:.*", r"(str|int|float|bool|bytes|dict|list|tuple|object|None|ValueError|TypeError)"),
    (r"py:.*", r"(str|int|float|bytes|dict|list|tuple)\..*"),
    (r"py:.*", r"(Exception|ImportError|KeyError|IndexError|AttributeError)"),
    (r"py:.*", r"newsdiff\._.*"),
    (r"py:.*", r"(hypothesis|dask|tqdm|pandas)\..*"),
    (r"py:class", r"Body"),
]
