from enum import StrEnum


class ApiClientCreateScopesItem(StrEnum):
    ASSESSMENTSREAD = "assessments:read"
    CLIENTSREAD = "clients:read"
    CLIENTSWRITE = "clients:write"
    DASHBOARDREAD = "dashboard:read"
    IMPORTSWRITE = "imports:write"

    def __str__(self) -> str:
        return str(self.value)
