from enum import StrEnum


class StatusChangeTostatus(StrEnum):
    AFGEROND = "afgerond"
    BESPROKEN = "besproken"
    CONCEPT = "concept"
    GEAGENDEERD = "geagendeerd"
    INGEDIEND = "ingediend"
    INGETROKKEN = "ingetrokken"

    def __str__(self) -> str:
        return str(self.value)
