"""Briefing mode: a scope's story as a few full-screen slides, and the same slides as PowerPoint and PDF."""
