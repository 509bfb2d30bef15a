from enum import StrEnum


class ListClientsExemptionstatus(StrEnum):
    ACTIEF = "actief"
    GEEN = "geen"

    def __str__(self) -> str:
        return str(self.value)
