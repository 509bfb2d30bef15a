from enum import StrEnum


class SettingsUpdateArgumentsrequired(StrEnum):
    ALLEEN_TWIJFEL = "alleen_twijfel"
    ALTIJD = "altijd"

    def __str__(self) -> str:
        return str(self.value)
