from enum import StrEnum


class SessionReadStatus(StrEnum):
    GEANNULEERD = "geannuleerd"
    GEHOUDEN = "gehouden"
    GEPLAND = "gepland"

    def __str__(self) -> str:
        return str(self.value)
