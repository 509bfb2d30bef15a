from enum import StrEnum


class UserUpdateRolesType0Item(StrEnum):
    BEHEERDER = "beheerder"
    CONSULENT = "consulent"
    KLANTMANAGER = "klantmanager"
    KWALITEIT = "kwaliteit"
    TEAMLEIDER = "teamleider"

    def __str__(self) -> str:
        return str(self.value)
