"""Golden outputs: JSON of revisions and diffs pinned so that a refactoring changes none."""
