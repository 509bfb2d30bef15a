from enum import StrEnum


class HandoverCharacteristicTrend(StrEnum):
    STABIEL = "stabiel"
    TERUGVAL_MOGELIJK = "terugval_mogelijk"
    VERBETERD = "verbeterd"
    VERSLECHTERD = "verslechterd"

    def __str__(self) -> str:
        return str(self.value)
