"""The views: each checks access (:mod:`wetgeving.web.toegang`) and calls :mod:`wetgeving.web.dienst`."""
