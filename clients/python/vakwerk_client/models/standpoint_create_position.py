from enum import StrEnum


class StandpointCreatePosition(StrEnum):
    A = "a"
    ANDERS = "anders"
    B = "b"

    def __str__(self) -> str:
        return str(self.value)
