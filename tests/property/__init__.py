"""Hypothesis laws, one module per family."""
