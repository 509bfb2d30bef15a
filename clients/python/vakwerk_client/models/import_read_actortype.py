from enum import StrEnum


class ImportReadActortype(StrEnum):
    API_CLIENT = "api_client"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
