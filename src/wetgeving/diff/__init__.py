"""Structural diff of two versions of a regeling, with a word-level redline inside changed units.

``diff(old, new)`` returns a :class:`~wetgeving.diff.resultaat.Diff`: data (change records with the
addresses on both sides) that the renderers format and the amendment generator replays.
"""

from wetgeving.diff.align import diff
from wetgeving.diff.resultaat import ArtikelVerschil, Diff, Segment, Verschil
from wetgeving.diff.woorden import redline

__all__ = ["ArtikelVerschil", "Diff", "Segment", "Verschil", "diff", "redline"]
