"""Tests of newsdiff's analysis layer."""
