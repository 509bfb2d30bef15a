from enum import StrEnum


class SessionUpdateStatus(StrEnum):
    GEANNULEERD = "geannuleerd"
    GEPLAND = "gepland"

    def __str__(self) -> str:
        return str(self.value)
