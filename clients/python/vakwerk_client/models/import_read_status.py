from enum import StrEnum


class ImportReadStatus(StrEnum):
    NIET_UITGEVOERD = "niet_uitgevoerd"
    PROEF = "proef"
    UITGEVOERD = "uitgevoerd"

    def __str__(self) -> str:
        return str(self.value)
