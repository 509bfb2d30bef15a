from enum import StrEnum


class BodyCreateTokenGrantType(StrEnum):
    PASSWORD = "password"

    def __str__(self) -> str:
        return str(self.value)
