from enum import StrEnum


class ExemptionReadStatus(StrEnum):
    ACTIEF = "actief"
    BEEINDIGD = "beeindigd"

    def __str__(self) -> str:
        return str(self.value)
