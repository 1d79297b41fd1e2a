"""Tests of newsdiff's reading layer."""
