"""Tests of newsdiff's revision layer."""
