from enum import StrEnum


class ListAuditEventsActortype(StrEnum):
    ANONYMOUS = "anonymous"
    API_CLIENT = "api_client"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
