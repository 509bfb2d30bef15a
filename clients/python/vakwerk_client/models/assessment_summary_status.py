from enum import StrEnum


class AssessmentSummaryStatus(StrEnum):
    AFGEROND = "afgerond"
    INGETROKKEN = "ingetrokken"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
