from enum import StrEnum


class CaseUpdateGender(StrEnum):
    ANDERS = "anders"
    MAN = "man"
    ONBEKEND = "onbekend"
    VROUW = "vrouw"

    def __str__(self) -> str:
        return str(self.value)
