from enum import StrEnum


class CaseCreateKind(StrEnum):
    ALGEMEEN = "algemeen"
    ONTHEFFING = "ontheffing"
    TWIJFELGEVAL = "twijfelgeval"
    WORST_PRACTICE = "worst_practice"

    def __str__(self) -> str:
        return str(self.value)
