"""newsdiff test suite."""
