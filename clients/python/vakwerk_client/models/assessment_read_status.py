from enum import StrEnum


class AssessmentReadStatus(StrEnum):
    AFGEROND = "afgerond"
    INGETROKKEN = "ingetrokken"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
