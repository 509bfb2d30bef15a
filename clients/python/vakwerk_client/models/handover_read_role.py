from enum import StrEnum


class HandoverReadRole(StrEnum):
    NOTULIST = "notulist"
    VOORZITTER = "voorzitter"

    def __str__(self) -> str:
        return str(self.value)
