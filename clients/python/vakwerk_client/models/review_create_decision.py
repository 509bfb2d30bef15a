from enum import StrEnum


class ReviewCreateDecision(StrEnum):
    GEACCEPTEERD = "geaccepteerd"
    TERUGGEMELD = "teruggemeld"

    def __str__(self) -> str:
        return str(self.value)
