from enum import StrEnum


class AuditEventReadActortype(StrEnum):
    ANONYMOUS = "anonymous"
    API_CLIENT = "api_client"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
