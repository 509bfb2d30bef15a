from enum import StrEnum


class StandpointReadStatus(StrEnum):
    GELDEND = "geldend"
    INGETROKKEN = "ingetrokken"

    def __str__(self) -> str:
        return str(self.value)
