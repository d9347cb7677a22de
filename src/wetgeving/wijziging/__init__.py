"""Amending acts: parse Dutch wijzigingsinstructies (Aanwijzingen voor de regelgeving, ch. 6), apply them
to a regeling, and generate them from a diff."""
