"""Renderers: they only format; they never parse or decide."""
