from enum import StrEnum


class ListConferenceSessionsStatus(StrEnum):
    GEANNULEERD = "geannuleerd"
    GEHOUDEN = "gehouden"
    GEPLAND = "gepland"

    def __str__(self) -> str:
        return str(self.value)
