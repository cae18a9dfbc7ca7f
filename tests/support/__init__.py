"""Helpers shared by tests and their tools (the corpus scorer, the corpus comparer)."""
