from enum import StrEnum


class HandoverWriteRole(StrEnum):
    NOTULIST = "notulist"
    VOORZITTER = "voorzitter"

    def __str__(self) -> str:
        return str(self.value)
