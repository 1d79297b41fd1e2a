"""Tests of newsdiff's model layer."""
