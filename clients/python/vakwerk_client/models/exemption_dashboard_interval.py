from enum import StrEnum


class ExemptionDashboardInterval(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"

    def __str__(self) -> str:
        return str(self.value)
