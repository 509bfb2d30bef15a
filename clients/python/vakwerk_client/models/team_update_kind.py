from enum import StrEnum


class TeamUpdateKind(StrEnum):
    RE_INTEGRATIE = "re_integratie"
    WERK_INKOMEN = "werk_inkomen"

    def __str__(self) -> str:
        return str(self.value)
