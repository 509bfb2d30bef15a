"""One exception hierarchy, mapped to problem+json (RFC 9457) in one place.

Services raise these; routes never build error replies themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

PROBLEM_JSON = "application/problem+json"

TITLES = {
    400: "Ongeldige invoer",
    401: "Niet ingelogd",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Niet aanvaardbaar",
    409: "Conflict",
    412: "Versie verouderd",
    413: "Verzoek te groot",
    415: "Niet-ondersteund inhoudstype",
    428: "Versie vereist",
    429: "Te veel verzoeken",
    500: "Interne fout",
    503: "Dienst niet beschikbaar",
}

DEFAULT_DETAILS = {
    400: "De invoer is niet geldig.",
    401: "Log in om verder te gaan.",
    403: "U mag dit niet doen.",
    404: "Dit bestaat niet, of u heeft er geen toegang toe.",
    405: "Deze methode is niet toegestaan op dit adres.",
    406: "Dit adres kan geen antwoord geven in het gevraagde formaat.",
    409: "De toestand van het record staat dit niet toe.",
    412: "Het record is intussen gewijzigd. Laad het opnieuw en probeer het nog eens.",
    413: "Het verzoek is te groot.",
    415: "Stuur de gegevens als application/json.",
    428: "Stuur de versie die u wijzigt mee in de header If-Match.",
    429: "Te veel verzoeken. Probeer het later opnieuw.",
    500: "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
    503: "De dienst is tijdelijk niet beschikbaar.",
}


@dataclass(frozen=True)
class InvalidParam:
    """One problem with one input member: wire name, stable code, Dutch reason."""

    name: str
    code: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "code": self.code, "reason": self.reason}


class ApiError(Exception):
    """An error a request answers with; ``keep`` holds rows the refusal itself must leave
    behind (written by the edge after the rollback, see ``core.unit``)."""

    status: int = 500
    code: str = "internal_error"

    def __init__(
        self,
        detail: str | None = None,
        *,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
        keep: Sequence[Any] = (),
    ) -> None:
        self.detail = detail or DEFAULT_DETAILS.get(self.status, HTTPStatus(self.status).phrase)
        self.headers = headers or {}
        self.extra = extra or {}
        self.keep = list(keep)
        super().__init__(self.detail)


class InvalidInput(ApiError):
    status = 400
    code = "invalid_input"

    def __init__(
        self, params: Sequence[InvalidParam], detail: str | None = None, keep: Sequence[Any] = ()
    ) -> None:
        super().__init__(detail or "Een of meer velden zijn niet geldig.", keep=keep)
        self.params = list(params)
        self.extra = {"invalidParams": [p.as_dict() for p in self.params]}

    @classmethod
    def one(cls, name: str, code: str, reason: str) -> InvalidInput:
        return cls([InvalidParam(name, code, reason)])


class Unauthorized(ApiError):
    status = 401
    code = "unauthorized"

    def __init__(self, detail: str | None = None, keep: Sequence[Any] = ()) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": "Bearer"}, keep=keep)


class Forbidden(ApiError):
    status = 403
    code = "forbidden"


class NotFound(ApiError):
    status = 404
    code = "not_found"


class NotAcceptable(ApiError):
    status = 406
    code = "not_acceptable"


class Conflict(ApiError):
    status = 409
    code = "conflict"

    def __init__(
        self,
        detail: str | None = None,
        *,
        allowed_next_states: Iterable[str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        merged = dict(extra or {})
        if allowed_next_states is not None:
            merged["allowedNextStates"] = list(allowed_next_states)
        super().__init__(detail, extra=merged)

    @classmethod
    def on(cls, name: str, code: str, reason: str) -> Conflict:
        """A conflict about one member (a duplicate, one too many), named as a 400 would."""
        return cls(
            reason, extra={"invalidParams": [{"name": name, "code": code, "reason": reason}]}
        )


class PreconditionFailed(ApiError):
    status = 412
    code = "stale_version"


class UnsupportedMediaType(ApiError):
    status = 415
    code = "unsupported_media_type"


class PreconditionRequired(ApiError):
    status = 428
    code = "if_match_required"


class PayloadTooLarge(ApiError):
    status = 413
    code = "payload_too_large"


class TooManyRequests(ApiError):
    status = 429
    code = "too_many_requests"

    def __init__(self, retry_after_seconds: int, detail: str | None = None) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after_seconds))})


class ServiceUnavailable(ApiError):
    status = 503
    code = "unavailable"


def problem_body(
    status: int,
    *,
    detail: str | None = None,
    instance: str | None = None,
    code: str | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": f"urn:vakwerk:problem:{code or _default_code(status)}",
        "title": TITLES.get(status, HTTPStatus(status).phrase),
        "status": status,
        "detail": detail or DEFAULT_DETAILS.get(status, HTTPStatus(status).phrase),
    }
    if instance:
        body["instance"] = instance
    if extra:
        body.update(extra)
    return body


def _default_code(status: int) -> str:
    return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
