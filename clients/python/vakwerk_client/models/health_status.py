from enum import StrEnum


class HealthStatus(StrEnum):
    OK = "ok"
    STORING = "storing"

    def __str__(self) -> str:
        return str(self.value)
