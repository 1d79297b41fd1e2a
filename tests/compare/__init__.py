"""Tests of newsdiff's compare layer."""
