"""The web layer over the desk services."""
