from enum import StrEnum


class HandoverOutcome(StrEnum):
    NU_GEEN_TRAJECT = "nu_geen_traject"
    TRAJECT_MOGELIJK = "traject_mogelijk"
    UITGESTELD = "uitgesteld"

    def __str__(self) -> str:
        return str(self.value)
