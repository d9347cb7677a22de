"""Importers (BWB toestand XML, regelrecht YAML, our own XML), hardened parsing and the source catalogue."""
