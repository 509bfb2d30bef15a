from enum import StrEnum


class GetAssessmentStatsGroupby(StrEnum):
    PERSON = "person"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
