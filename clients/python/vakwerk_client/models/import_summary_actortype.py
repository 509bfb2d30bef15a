from enum import StrEnum


class ImportSummaryActortype(StrEnum):
    API_CLIENT = "api_client"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
