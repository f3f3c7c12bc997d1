"""Bringing an office's own file in: read it, check it, merge it over the current data, preview, then store."""
