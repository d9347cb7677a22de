"""``python -m wetgeving`` runs the command line."""

from wetgeving.cli import main_exit

main_exit()
