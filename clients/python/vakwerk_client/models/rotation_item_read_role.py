from enum import StrEnum


class RotationItemReadRole(StrEnum):
    NOTULIST = "notulist"
    VOORZITTER = "voorzitter"

    def __str__(self) -> str:
        return str(self.value)
