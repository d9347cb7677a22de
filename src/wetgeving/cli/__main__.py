"""``python -m wetgeving.cli`` runs the command line."""

from wetgeving.cli import main_exit

main_exit()
