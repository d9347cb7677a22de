"""Consultation comment documents on a draft bill: read a comments file, check it against the bill, write
DOCX (tables, Word comments, tracked alternatives), internetconsultatie text, and an HTML preview."""
