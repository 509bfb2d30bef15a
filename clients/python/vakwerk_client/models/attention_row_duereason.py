from enum import StrEnum


class AttentionRowDuereason(StrEnum):
    EINDDATUM = "einddatum"
    GESPREK = "gesprek"
    HERONDERZOEK = "heronderzoek"
    KEURING = "keuring"
    VIJF_JAAR = "vijf_jaar"

    def __str__(self) -> str:
        return str(self.value)
