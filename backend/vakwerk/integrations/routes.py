"""The caseload import, its mapping, and the record of each import."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, File, Form, Response, UploadFile
from pydantic import ValidationError
from sqlalchemy import select
from sqlmodel import col

from vakwerk.core.errors import InvalidInput, InvalidParam, NotFound, PayloadTooLarge
from vakwerk.core.http import Paging, created, etag, paging
from vakwerk.core.pagination import page
from vakwerk.core.policy import Grant, Op
from vakwerk.core.routing import MULTIPART, GrantDep, SessionDep, SettingsDep, op, router
from vakwerk.core.schema import Page
from vakwerk.core.types import FormFlag, Id
from vakwerk.core.validation import to_invalid_input
from vakwerk.integrations import caseload
from vakwerk.integrations.caseload_mapping import ColumnMapping
from vakwerk.integrations.models import CaseloadImport
from vakwerk.integrations.schemas import FileColumns, ImportRead, ImportSummary, MappingRead

routes = router("Koppelingen")
PagingDep = Annotated[Paging, Depends(paging)]
UPLOAD = {"consumes": (MULTIPART,), "max_body_setting": "import_max_mb"}
FileField = Annotated[
    UploadFile,
    File(description="Het exportbestand: CSV (UTF-8 of Windows-1252, ; of ,) of XLSX"),
]


def _mapping(text: str | None) -> ColumnMapping | None:
    if text is None or not text.strip():
        return None
    try:
        return ColumnMapping.model_validate_json(text)
    except ValidationError as error:
        found = to_invalid_input(error.errors())
        raise InvalidInput(
            [
                InvalidParam(
                    f"mapping.{p.name}" if p.name != "body" else "mapping", p.code, p.reason
                )
                for p in found.params
            ]
        ) from None


def _size(upload: UploadFile, max_mb: int) -> int:
    size = upload.size
    if size is None:
        upload.file.seek(0, 2)
        size = upload.file.tell()
        upload.file.seek(0)
    if size > max_mb << 20:
        raise PayloadTooLarge(f"Het bestand is groter dan {max_mb} MB. Splits het bestand.")
    return size


def _import_read(report: caseload.Report, grant: Grant) -> ImportRead:
    return ImportRead(
        id=report.id,
        status=report.status,
        dry_run=report.dry_run,
        strict=report.strict,
        created_at=report.created_at,
        actor_type=grant.actor.kind,
        actor_id=grant.actor.id,
        format=report.format,
        file_size=report.file_size,
        rows=report.rows,
        created=report.created,
        updated=report.updated,
        unchanged=report.unchanged,
        refused_rows=report.refused_rows,
        refused=report.refused,
        refusals_truncated=report.refusals_truncated,
        mapping=report.mapping,
        duration_ms=report.duration_ms,
    )


@routes.post(
    "/imports/caseload",
    response_model=ImportRead,
    status_code=201,
    summary="Klantenbestand importeren (eerst met dryRun=true)",
    responses={200: {"description": "Proefrun: wat er zou gebeuren", "model": ImportRead}},
    **op(Op.IMPORT_CASELOAD, problems=(400, 413), **UPLOAD),  # type: ignore[arg-type]
)
async def import_caseload(
    session: SessionDep,
    grant: GrantDep,
    settings: SettingsDep,
    response: Response,
    file: FileField,
    dry_run: Annotated[FormFlag, Form(alias="dryRun", description="Alleen laten zien")] = False,
    strict: Annotated[
        FormFlag, Form(description="Niets schrijven als één regel geweigerd")
    ] = False,
    mapping: Annotated[
        str | None, Form(max_length=20_000, description="De koppeling als JSON")
    ] = None,
) -> ImportRead:
    chosen = _mapping(mapping)
    size = _size(file, settings.import_max_mb)
    options = caseload.Options(dry_run=dry_run, strict=strict, mapping=chosen)
    report = await caseload.run_import(session, grant, file.file, size, options, settings.bsn_key)
    if report.id is not None:
        created(response, f"/api/v1/imports/{report.id}")
    else:
        response.status_code = 200
    return _import_read(report, grant)


@routes.post(
    "/imports/caseload/columns",
    response_model=FileColumns,
    summary="Kolommen van een exportbestand, met de voorgestelde koppeling (schrijft niets)",
    **op(Op.IMPORT_CASELOAD, problems=(400, 413), **UPLOAD),  # type: ignore[arg-type]
)
async def read_caseload_columns(
    session: SessionDep, grant: GrantDep, settings: SettingsDep, file: FileField
) -> FileColumns:
    _size(file, settings.import_max_mb)
    export = await caseload.file_columns(file.file)
    try:
        stored = await caseload.stored_mapping(session, grant.organisation_id())
        return FileColumns(
            format=export.format,
            columns=[name[:200] for name in export.header if name][:500],
            suggested_mapping=export.suggest_mapping(),
            stored_mapping=ColumnMapping.model_validate(stored.mapping) if stored else None,
        )
    finally:
        export.close()


@routes.get(
    "/imports/caseload/mapping",
    response_model=MappingRead,
    summary="De gekozen koppeling van kolommen",
    **op(Op.IMPORT_CASELOAD),
)
async def get_caseload_mapping(
    session: SessionDep, grant: GrantDep, response: Response
) -> MappingRead:
    stored = await caseload.stored_mapping(session, grant.organisation_id())
    if stored is None:
        return MappingRead(mapping=None, updated_at=None, version=0)
    etag(response, stored.version)
    return MappingRead(
        mapping=ColumnMapping.model_validate(stored.mapping),
        updated_at=stored.updated_at,
        version=stored.version,
    )


@routes.put(
    "/imports/caseload/mapping",
    response_model=MappingRead,
    summary="De koppeling van kolommen bewaren voor de volgende import",
    **op(Op.IMPORT_CASELOAD, problems=(400,)),
)
async def put_caseload_mapping(
    session: SessionDep, grant: GrantDep, body: ColumnMapping, response: Response
) -> MappingRead:
    stored = await caseload.put_mapping(session, grant, body)
    etag(response, stored.version)
    return MappingRead(mapping=body, updated_at=stored.updated_at, version=stored.version)


@routes.get(
    "/imports",
    response_model=Page[ImportSummary],
    summary="Uitgevoerde imports, nieuwste eerst",
    **op(Op.IMPORT_CASELOAD),
)
async def list_imports(
    session: SessionDep, grant: GrantDep, page_: PagingDep
) -> Page[ImportSummary]:
    query = select(CaseloadImport).where(
        col(CaseloadImport.organisation_id) == grant.organisation_id()
    )
    order = (col(CaseloadImport.created_at).desc(), col(CaseloadImport.id).desc())
    rows, total = await page(session, query, order, page_.limit, page_.offset)
    return Page.of(ImportSummary, [_summary(row) for row in rows], total, page_)


def _summary(row: CaseloadImport) -> dict[str, Any]:
    return row.model_dump() | {"format": row.file_format}


@routes.get(
    "/imports/{id:uuid}",
    response_model=ImportRead,
    summary="Eén import: wie, wanneer, de aantallen en de weigeringen",
    **op(Op.IMPORT_CASELOAD),
)
async def get_import(session: SessionDep, grant: GrantDep, id: Id) -> ImportRead:
    row = await session.get(CaseloadImport, id)
    if row is None or row.organisation_id != grant.organisation_id():
        raise NotFound()
    return ImportRead.model_validate(
        _summary(row)
        | {
            "dry_run": False,
            "refused": row.refusals,
            "refusals_truncated": row.refused_rows > 0
            and len(row.refusals) >= caseload.MAX_REFUSALS,
            "mapping": ColumnMapping.model_validate(row.mapping),
        }
    )
