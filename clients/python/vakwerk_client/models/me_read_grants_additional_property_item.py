from enum import StrEnum


class MeReadGrantsAdditionalPropertyItem(StrEnum):
    ANY = "any"
    ORG = "org"
    OWN = "own"
    REFERRED = "referred"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
