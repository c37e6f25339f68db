"""Texts and people of the demo organisations, one module per language."""
