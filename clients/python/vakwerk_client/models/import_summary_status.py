from enum import StrEnum


class ImportSummaryStatus(StrEnum):
    NIET_UITGEVOERD = "niet_uitgevoerd"
    UITGEVOERD = "uitgevoerd"

    def __str__(self) -> str:
        return str(self.value)
