from enum import StrEnum


class StandpointReadPosition(StrEnum):
    A = "a"
    ANDERS = "anders"
    B = "b"

    def __str__(self) -> str:
        return str(self.value)
