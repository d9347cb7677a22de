"""The weerbaar-bestuur legislation as our model: tranches, the other changes of the same date, the
programme's themes and recommendations. Law text is read from the sources at run time."""
