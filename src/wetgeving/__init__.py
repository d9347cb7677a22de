"""wetgeving: Dutch municipal law and its integrity amendments, as data."""

from wetgeving.errors import WetgevingError

__all__ = ["WetgevingError", "__version__"]
__version__ = "0.1.0"
