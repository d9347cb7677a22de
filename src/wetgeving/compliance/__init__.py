"""Obligations for gemeenten, the register of gemeenten, checklists per gemeente and date, and the
append-only register of compliance assessments (SQLite)."""
