"""The web application (Django): checklist and register per gemeente, comparing versions, an overview across
gemeenten and consultation comments. Views call the library only through :mod:`wetgeving.web.dienst`."""
