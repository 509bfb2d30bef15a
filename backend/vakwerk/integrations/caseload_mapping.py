"""Which column of the caseload export holds which fact, and a suggestion from its header.

Members hold the *header names* of the file, not values; so no member name ends in
``Date`` (the contract's linter would take it for a date): ``benefitStart`` is the name of
the column that holds the benefit's start date.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Final

from pydantic import StringConstraints, model_validator

from vakwerk.core.schema import Schema
from vakwerk.core.text import normalise

ColumnName = Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)]

# Field → Dutch label for messages, in the order a report lists them.
FIELD_LABELS: Final[dict[str, str]] = {
    "external_ref": "klantnummer",
    "team": "team",
    "benefit_start": "startdatum uitkering",
    "benefit_end": "einddatum uitkering",
    "ladder_rung": "trede participatieladder",
    "last_conversation": "laatste gesprek",
    "municipality_code": "gemeentecode",
    "responsible_manager": "klantmanager (e-mail)",
    "bsn": "BSN",
    "exemption_ground": "grond ontheffing",
    "exemption_start": "startdatum ontheffing",
    "exemption_end": "einddatum ontheffing",
    "exemption_basis_document": "datum keuring ontheffing",
    "exemption_reexamination": "datum heronderzoek ontheffing",
    "exemption_youngest_child_birth": "geboortedatum jongste kind",
}

EXEMPTION_FIELDS: Final = (
    "exemption_ground",
    "exemption_start",
    "exemption_end",
    "exemption_basis_document",
    "exemption_reexamination",
    "exemption_youngest_child_birth",
)


class _Columns(Schema):
    external_ref: ColumnName | None = None
    team: ColumnName | None = None
    benefit_start: ColumnName | None = None
    benefit_end: ColumnName | None = None
    ladder_rung: ColumnName | None = None
    last_conversation: ColumnName | None = None
    municipality_code: ColumnName | None = None
    responsible_manager: ColumnName | None = None
    bsn: ColumnName | None = None
    exemption_ground: ColumnName | None = None
    exemption_start: ColumnName | None = None
    exemption_end: ColumnName | None = None
    exemption_basis_document: ColumnName | None = None
    exemption_reexamination: ColumnName | None = None
    exemption_youngest_child_birth: ColumnName | None = None

    def columns(self) -> dict[str, str]:
        """Field → header name, for the fields that have a column."""
        return {field: name for field in FIELD_LABELS if (name := getattr(self, field)) is not None}


class MappingSuggestion(_Columns):
    """A mapping guessed from the header; any member may be missing (the beheerder corrects)."""

    def complete(self) -> ColumnMapping | None:
        """The suggestion as a usable mapping, or ``None`` while it has no reference column."""
        try:
            return ColumnMapping.model_validate(self.model_dump())
        except ValueError:
            return None


class ColumnMapping(_Columns):
    """The beheerder's choice per organisation: only the reference column is required.

    A fact without a column is left as it is in Vakwerk; a fact with a column is set from
    the file, an empty cell meaning "the source system has no value".
    """

    external_ref: ColumnName

    @model_validator(mode="after")
    def _bsn_column_only_for_bsn(self) -> ColumnMapping:
        if self.bsn is not None and any(
            name.casefold() == self.bsn.casefold()
            for field, name in self.columns().items()
            if field != "bsn"
        ):
            raise ValueError(
                "De BSN-kolom mag niet ook voor een ander veld gekozen worden: "
                "Vakwerk bewaart een BSN nooit leesbaar."
            )
        if any(self.columns().get(field) for field in EXEMPTION_FIELDS) and (
            self.exemption_ground is None or self.exemption_start is None
        ):
            raise ValueError(
                "Koppelt u gegevens van de ontheffing, koppel dan ook de grond en de startdatum."
            )
        return self


# Header names (after vakwerk.core.text.normalise) an export is likely to use per field:
# CiVision-like Dutch names first, then our own field and wire names.
_SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "external_ref": (
        "klantnummer",
        "klantnr",
        "klant nr",
        "klant nummer",
        "clientnummer",
        "client nummer",
        "relatienummer",
        "dossiernummer",
        "referentie",
        "externe referentie",
        "external ref",
        "externalref",
    ),
    "team": ("team", "teamnaam", "team naam", "naam team"),
    "benefit_start": (
        "startdatum uitkering",
        "begindatum uitkering",
        "ingangsdatum uitkering",
        "datum start uitkering",
        "startdatum",
        "ingangsdatum",
        "benefit start date",
        "benefitstartdate",
        "benefitstart",
    ),
    "benefit_end": (
        "einddatum uitkering",
        "datum einde uitkering",
        "einddatum",
        "benefit end date",
        "benefitenddate",
        "benefitend",
    ),
    "ladder_rung": (
        "trede participatieladder",
        "trede op de participatieladder",
        "participatieladder",
        "participatietrede",
        "trede",
        "ladder rung",
        "ladderrung",
    ),
    "last_conversation": (
        "laatste gesprek",
        "datum laatste gesprek",
        "laatste contact",
        "datum laatste contact",
        "last conversation date",
        "lastconversationdate",
        "lastconversation",
    ),
    "municipality_code": (
        "gemeentecode",
        "gemeente code",
        "cbs code",
        "cbs gemeentecode",
        "code gemeente",
        "municipality code",
        "municipalitycode",
    ),
    "responsible_manager": (
        "klantmanager e mail",
        "klantmanager email",
        "e mail klantmanager",
        "email klantmanager",
        "klantmanager",
        "verantwoordelijk klantmanager",
        "responsible manager",
        "responsiblemanager",
    ),
    "bsn": ("bsn", "burgerservicenummer"),
    "exemption_ground": (
        "ontheffing grond",
        "grond ontheffing",
        "ontheffingsgrond",
        "grond",
        "ontheffing",
        "exemption ground",
        "exemptionground",
    ),
    "exemption_start": (
        "ontheffing startdatum",
        "startdatum ontheffing",
        "ontheffing begindatum",
        "begindatum ontheffing",
        "ingangsdatum ontheffing",
        "exemption start date",
        "exemptionstartdate",
        "exemptionstart",
    ),
    "exemption_end": (
        "ontheffing einddatum",
        "einddatum ontheffing",
        "exemption end date",
        "exemptionenddate",
        "exemptionend",
    ),
    "exemption_basis_document": (
        "ontheffing keuringsdatum",
        "keuringsdatum",
        "datum keuring",
        "ontheffing datum keuring",
        "datum advies",
        "datum onderliggend advies",
        "basis document date",
        "basisdocumentdate",
    ),
    "exemption_reexamination": (
        "ontheffing heronderzoek",
        "datum heronderzoek",
        "heronderzoeksdatum",
        "heronderzoek",
        "reexamination date",
        "reexaminationdate",
    ),
    "exemption_youngest_child_birth": (
        "geboortedatum jongste kind",
        "jongste kind geboortedatum",
        "ontheffing geboortedatum jongste kind",
        "youngest child birth date",
        "youngestchildbirthdate",
    ),
}


def suggest_mapping(header: Sequence[str]) -> MappingSuggestion:
    """Each field's column, guessed by exact (normalised) name; each column used once."""
    by_name: dict[str, str] = {}
    for name in header:
        key = normalise(name)
        if key and key not in by_name and len(name.strip()) <= 200:
            by_name[key] = name.strip()
    chosen: dict[str, str] = {}
    used: set[str] = set()
    for field, synonyms in _SYNONYMS.items():
        for synonym in synonyms:
            hit = by_name.get(synonym)
            if hit is not None and hit not in used:
                chosen[field] = hit
                used.add(hit)
                break
    return MappingSuggestion.model_validate(chosen)
