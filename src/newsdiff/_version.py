"""The version of newsdiff, read by the build backend and re-exported as ``__version__``."""

__version__ = "0.1.0.dev0"
