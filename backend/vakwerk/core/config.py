"""Settings from the environment (prefix ``VAKWERK_``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEVELOPMENT_SECRET = "vakwerk-development-secret-do-not-use-in-production"  # noqa: S105
DEVELOPMENT_BSN_KEY = "vakwerk-development-bsn-key"


class SettingsError(RuntimeError):
    """The configuration cannot be used; the message names the variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VAKWERK_", extra="ignore")

    environment: Literal["development", "production"] = "development"
    secret_key: str = DEVELOPMENT_SECRET
    bsn_key: str = DEVELOPMENT_BSN_KEY
    database_url: str = "sqlite:///./vakwerk.db"
    admin_email: str | None = None
    admin_password: str | None = None
    admin_organisation: str | None = None
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # Addresses whose X-Forwarded-For/-Proto uvicorn trusts (a proxy in front); none by default
    forwarded_allow_ips: Annotated[list[str], NoDecode] = Field(default_factory=list)
    demo: bool = False
    token_lifetime_minutes: int = Field(default=480, ge=1, le=60 * 24 * 30)
    session_idle_minutes: int = Field(default=60, ge=1, le=60 * 24)
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = Field(default=1, ge=1, le=64)
    # The largest caseload file the import takes (MiB); larger → 413.
    import_max_mb: int = Field(default=20, ge=1, le=500)
    test_database_url: str | None = None

    @field_validator("cors_origins", "forwarded_allow_ips", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @property
    def production(self) -> bool:
        return self.environment == "production"

    def check(self) -> None:
        """Refuse settings that are unsafe in production, naming the variable."""
        if not self.production:
            return
        if self.secret_key == DEVELOPMENT_SECRET or len(self.secret_key) < 32:
            raise SettingsError(
                "VAKWERK_SECRET_KEY must be set to a random value of at least 32 characters "
                "in production (not the development default)."
            )
        if self.bsn_key == DEVELOPMENT_BSN_KEY or len(self.bsn_key) < 32:
            raise SettingsError(
                "VAKWERK_BSN_KEY must be set to a stable random value of at least 32 "
                "characters in production (not the development default)."
            )


@lru_cache
def get_settings() -> Settings:
    return Settings()
