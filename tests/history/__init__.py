"""Tests of newsdiff's history layer."""
