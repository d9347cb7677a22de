"""The application layer: one function per user task, called alike by the CLI and the web application.

Each function takes the :class:`~wetgeving.bronnen.catalogus.Catalogus` (built once by the entry point)
and a few typed arguments, and returns a typed result (a regeling, a diff, an amending act, a checklist …);
it does no I/O beyond reading the sources and files its arguments name, and writes only where an argument
says (the assessment register). Rendering is the caller's: :mod:`wetgeving.render` turns results into text,
HTML, DOCX, CSV or JSON.

=====================  ========================================================================
module                 tasks
=====================  ========================================================================
:mod:`.regelingen`     show a unit, convert, validate a file or the corpus, list and sync sources
:mod:`.vergelijken`    compare two versions, a tranche's redline
:mod:`.wijzigen`       read an amending act, apply it, generate instructions
:mod:`.tranches`       the tranches: list, one tranche with its onderdelen and texts, timeline
:mod:`.verwijzingen`   references of a regeling, the provision graph and its questions
:mod:`.naleving`       obligations, checklists, assessments (record, history, export, import)
:mod:`.consultatie`    a consultation reaction on a bill
=====================  ========================================================================
"""
