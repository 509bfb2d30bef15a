from enum import StrEnum


class SessionReadFormat(StrEnum):
    CASUS = "casus"
    DILEMMA = "dilemma"

    def __str__(self) -> str:
        return str(self.value)
