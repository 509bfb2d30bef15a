from enum import StrEnum


class ListAssessmentsStatus(StrEnum):
    AFGEROND = "afgerond"
    INGETROKKEN = "ingetrokken"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
