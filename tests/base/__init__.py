"""Tests of newsdiff's base layer."""
