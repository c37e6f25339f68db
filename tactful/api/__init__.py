"""The api layer over the desk services."""
