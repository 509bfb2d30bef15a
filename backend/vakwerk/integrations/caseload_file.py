"""Reading the client-tracking system's caseload export: CSV or XLSX, streamed row by row.

The pure core of the caseload import: no database, no HTTP. :func:`open_caseload` decides
the format (by content, never by file name), the encoding and delimiter of a CSV, and
reads the header; :meth:`CaseloadFile.rows` then yields, per data row, either a typed
:class:`CaseloadRow` or a :class:`RefusedRow` with every problem of that row. Nothing is
held per row except the references (and BSNs) seen, to refuse repeats. A malformed file
raises :class:`CaseloadFileError` — at opening, or during iteration when the damage lies
further on — so the caller writes nothing.

Rows are numbered as a spreadsheet shows them: the header is row 1, data starts at 2, a
blank line counts as a row (and is skipped), a quoted field spanning lines is one row.
"""

from __future__ import annotations

import codecs
import csv
import io
import shutil
import tempfile
from array import array
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from types import TracebackType
from typing import IO, Any, Final, Literal

from vakwerk.clients.schemas import ExemptionCreate, Ground
from vakwerk.core.errors import InvalidInput, InvalidParam
from vakwerk.integrations.caseload_mapping import (
    EXEMPTION_FIELDS,
    FIELD_LABELS,
    ColumnMapping,
    MappingSuggestion,
    suggest_mapping,
)
from vakwerk.integrations.cells import (
    CellProblem,
    read_bsn,
    read_date,
    read_email,
    read_ground,
    read_municipality,
    read_name,
    read_ref,
    read_whole,
    text_of,
)

Format = Literal["csv", "xlsx"]

_CHUNK: Final = 1 << 16
_SPOOL_IN_MEMORY: Final = 4 << 20
_ZIP: Final = b"PK\x03\x04"
_OLE: Final = b"\xd0\xcf\x11\xe0"  # Excel 97-2003 (.xls) and other compound documents
_UTF16_BOMS: Final = (b"\xff\xfe", b"\xfe\xff")
_BLANK: Final = b" \t\r\n\xef\xbb\xbf"  # white space and the bytes of a UTF-8 BOM
_SAVE_AS: Final = "Sla het bestand op als CSV (UTF-8 of Windows-1252) of als Excel-werkmap (.xlsx)."

FACT_FIELDS: Final[dict[str, str]] = {
    "benefit_start": "benefit_start_date",
    "benefit_end": "benefit_end_date",
    "ladder_rung": "ladder_rung",
    "last_conversation": "last_conversation_date",
    "municipality_code": "municipality_code",
}


class CaseloadFileError(Exception):
    """The file as a whole cannot be imported: write nothing. No file content in ``message``.

    ``code`` is a stable machine word: ``empty_file``, ``unknown_format``, ``unreadable_file``,
    ``invalid_encoding``, ``missing_header``, ``missing_column``, ``duplicate_column``,
    ``no_rows``. ``columns`` names the mapped header names concerned; ``row`` the row where
    reading failed, when known.
    """

    def __init__(
        self, code: str, message: str, *, columns: Sequence[str] = (), row: int | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.columns = tuple(columns)
        self.row = row

    def as_invalid_input(self) -> InvalidInput:
        """The 400 reply: one ``invalidParams`` entry for the member ``file``."""
        return InvalidInput([InvalidParam("file", self.code, self.message)], self.message)


COLUMN_NAME_MAX = 200  # RefusalRead.column


@dataclass(frozen=True, slots=True)
class Refusal:
    """One problem in one row: the file's header name, a stable code, a Dutch reason."""

    row: int
    column: str | None
    code: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        # the header as the mapping matched it (runs of spaces as one), as long as a reply holds
        column = " ".join(self.column.split())[:COLUMN_NAME_MAX] if self.column else None
        return {"row": self.row, "column": column, "code": self.code, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class RefusedRow:
    """A row that is skipped, with every problem found in it."""

    row: int
    refusals: tuple[Refusal, ...]


_EXEMPTION_DATES: Final = (
    "end_date",
    "basis_document_date",
    "reexamination_date",
    "youngest_child_birth_date",
)


def exemption_agrees(source: ExemptionCreate, stored: Any) -> bool:
    """Whether the file's exemption describes ``stored`` (an ``Exemption`` or any object
    with its members): the same ground and start, and every date the file gives equal to
    the stored one. An empty cell contradicts nothing, since Vakwerk fills in defaults
    (art. 9a's end by rule, the re-examination two years after the basis document)."""
    return (
        source.ground == stored.ground
        and source.start_date == stored.start_date
        and all(
            getattr(source, name) is None or getattr(source, name) == getattr(stored, name)
            for name in _EXEMPTION_DATES
        )
    )


@dataclass(slots=True)  # not frozen: a frozen init costs more than reading the row
class CaseloadRow:
    """One readable row. Only the fields in ``mapped`` come from the file; the others are
    ``None`` because the file says nothing about them (leave them as they are)."""

    row: int
    external_ref: str
    mapped: frozenset[str] = field(repr=False)
    team: str | None = None
    benefit_start_date: date | None = None
    benefit_end_date: date | None = None
    ladder_rung: int | None = None
    last_conversation_date: date | None = None
    municipality_code: str | None = None
    responsible_manager_email: str | None = None
    bsn: str | None = field(default=None, repr=False)
    exemption: ExemptionCreate | None = None

    def facts(self) -> dict[str, Any]:
        """The source-owned facts the file carries, by ``ClientFacts`` field name (team and
        responsible manager excluded: the service resolves those to ids)."""
        return {
            name: getattr(self, name)
            for source, name in FACT_FIELDS.items()
            if source in self.mapped
        }


RowResult = CaseloadRow | RefusedRow


class CaseloadFile:
    """An opened export: its format, header and (for CSV) encoding and delimiter.

    Use :func:`open_caseload`; close it (or use ``with``) to release the workbook and any
    spooled copy. A seekable source stays the caller's to close.
    """

    format: Format
    encoding: str | None
    delimiter: str | None
    header: tuple[str, ...]

    def __init__(self, source: IO[bytes]) -> None:
        self._owned: IO[bytes] | None = None
        if not source.seekable():
            spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)  # noqa: SIM115
            shutil.copyfileobj(source, spool, _CHUNK)
            self._owned = source = spool
        self._source = source
        self._workbook: Any = None
        self._sheet: Any = None
        self._epoch_1904 = False
        self.encoding = self.delimiter = None
        try:
            self.format = self._detect_format()
            records = self._records()
            try:
                first = next(records, None)
            finally:
                records.close()
            self.header = tuple(text_of(cell) or "" for cell in first or ())
            if not any(self.header):
                raise CaseloadFileError(
                    "missing_header",
                    "De eerste regel van het bestand is leeg. Zet de kolomnamen op de eerste "
                    "regel.",
                )
        except BaseException:
            self.close()
            raise

    # ----------------------------------------------------------------- opening

    def _detect_format(self) -> Format:
        self._source.seek(0)
        head = self._source.read(8)
        if not head.strip(_BLANK) and self._blank_throughout():
            raise CaseloadFileError("empty_file", "Het bestand is leeg.")
        if head.startswith(_ZIP):
            self._open_workbook()
            return "xlsx"
        if head.startswith(_OLE):
            raise CaseloadFileError(
                "unknown_format", f"Dit oude Excel-formaat (.xls) kunnen wij niet lezen. {_SAVE_AS}"
            )
        if head.startswith(_UTF16_BOMS):
            raise CaseloadFileError(
                "invalid_encoding", f"Dit bestand is in UTF-16 opgeslagen. {_SAVE_AS}"
            )
        self.encoding = self._detect_encoding()
        self.delimiter = self._sniff_delimiter()
        return "csv"

    def _blank_throughout(self) -> bool:
        self._source.seek(0)
        while chunk := self._source.read(_CHUNK):
            if chunk.strip(_BLANK):
                return False
        return True

    def _open_workbook(self) -> None:
        import openpyxl  # here, not at the top: only an XLSX upload pays for loading it
        from openpyxl.utils.datetime import CALENDAR_MAC_1904

        self._source.seek(0)
        try:
            self._workbook = openpyxl.load_workbook(self._source, read_only=True, data_only=True)
            sheets = self._workbook.worksheets
        except Exception:  # zip, XML and openpyxl errors alike: the file cannot be read
            raise CaseloadFileError(
                "unreadable_file", f"Deze Excel-werkmap kunnen wij niet lezen. {_SAVE_AS}"
            ) from None
        if not sheets:
            raise CaseloadFileError("empty_file", "De Excel-werkmap heeft geen werkblad.")
        self._sheet = sheets[0]
        self._sheet.reset_dimensions()  # some writers record a wrong range; read what is there
        self._epoch_1904 = self._workbook.epoch == CALENDAR_MAC_1904

    def _detect_encoding(self) -> str:
        """UTF-8 when every byte decodes as such (a BOM is dropped), else Windows-1252.

        One pass over the bytes in chunks: memory stays flat whatever the file's size.
        """
        self._source.seek(0)
        utf8 = codecs.getincrementaldecoder("utf-8")()
        utf8_ok = cp1252_ok = True
        while chunk := self._source.read(_CHUNK):
            if b"\x00" in chunk:
                raise CaseloadFileError(
                    "unknown_format", f"Dit is geen tekstbestand en geen Excel-werkmap. {_SAVE_AS}"
                )
            if utf8_ok:
                try:
                    utf8.decode(chunk)
                except UnicodeDecodeError:
                    utf8_ok = False
            if cp1252_ok:
                try:
                    chunk.decode("cp1252")
                except UnicodeDecodeError:
                    cp1252_ok = False
        if utf8_ok:
            try:
                utf8.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8_ok = False
        if utf8_ok:
            return "utf-8-sig"
        if cp1252_ok:
            return "cp1252"
        raise CaseloadFileError(
            "invalid_encoding", f"De tekens in dit bestand kunnen wij niet lezen. {_SAVE_AS}"
        )

    def _sniff_delimiter(self) -> str:
        """``;`` or ``,``: whichever the header line has more of outside quotes (``;`` on a tie)."""
        assert self.encoding is not None
        self._source.seek(0)
        text = io.TextIOWrapper(self._source, encoding=self.encoding, newline="")
        try:
            line = text.readline(_CHUNK)
        finally:
            text.detach()
        counts = {";": 0, ",": 0}
        quoted = False
        for char in line:
            if char == '"':
                quoted = not quoted
            elif not quoted and char in counts:
                counts[char] += 1
        return "," if counts[","] > counts[";"] else ";"

    # ----------------------------------------------------------------- records

    def _records(self) -> Generator[Sequence[object]]:
        """Every record from the top, header included: CSV fields or XLSX cell values."""
        if self.format == "xlsx":
            return self._sheet_records()
        return self._csv_records()

    def _csv_records(self) -> Generator[Sequence[object]]:
        assert self.encoding is not None and self.delimiter is not None
        self._source.seek(0)
        text = io.TextIOWrapper(self._source, encoding=self.encoding, newline="")
        # strict: a quote left open until the end of the file, or text after a closing
        # quote, is damage to report, not something to guess the rest of the file from.
        reader = csv.reader(text, delimiter=self.delimiter, strict=True)
        try:
            while True:
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except (csv.Error, UnicodeDecodeError):
                    raise CaseloadFileError(
                        "unreadable_file",
                        f"Regel {reader.line_num} van het bestand kunnen wij niet lezen, "
                        "bijvoorbeeld door een aanhalingsteken dat niet wordt gesloten.",
                        row=reader.line_num,
                    ) from None
                yield record
        finally:
            text.detach()

    def _sheet_records(self) -> Generator[Sequence[object]]:
        rows = self._sheet.iter_rows(values_only=True)
        number = 0
        while True:
            try:
                record = next(rows)
            except StopIteration:
                return
            except Exception:  # damaged XML further on in the sheet
                raise CaseloadFileError(
                    "unreadable_file",
                    f"Na regel {number} kunnen wij de Excel-werkmap niet verder lezen. {_SAVE_AS}",
                    row=number + 1,
                ) from None
            number += 1
            yield record

    # ----------------------------------------------------------------- mapping

    def suggest_mapping(self) -> MappingSuggestion:
        """A mapping guessed from this file's header, for the beheerder to correct."""
        return suggest_mapping(self.header)

    def _columns(self, mapping: ColumnMapping) -> dict[str, int]:
        keys = [_header_key(name) for name in self.header]
        found: dict[str, int] = {}
        missing: list[str] = []
        ambiguous: list[str] = []
        for name_field, name in mapping.columns().items():
            hits = [index for index, key in enumerate(keys) if key == _header_key(name)]
            if not hits:
                missing.append(name)
            elif len(hits) > 1:
                ambiguous.append(name)
            else:
                found[name_field] = hits[0]
        if missing:
            raise CaseloadFileError(
                "missing_column",
                "Deze gekoppelde kolommen staan niet in de kopregel van het bestand: "
                f"{', '.join(missing)}. Pas de koppeling aan of kies het juiste bestand.",
                columns=missing,
            )
        if ambiguous:
            raise CaseloadFileError(
                "duplicate_column",
                "Deze gekoppelde kolommen staan meer dan eens in de kopregel: "
                f"{', '.join(ambiguous)}. Geef elke kolom een eigen naam.",
                columns=ambiguous,
            )
        return found

    # ----------------------------------------------------------------- rows

    def rows(self, mapping: ColumnMapping, *, today: date | None = None) -> Iterator[RowResult]:
        """Each data row, typed or refused, in file order. May be iterated again.

        With ``today``, dates that cannot lie in the future (the basis document, the
        youngest child's birth) are checked too; without it the service checks them.
        Raises :class:`CaseloadFileError` for a mapped column the header lacks (before the
        first row), a file without data rows (after the last) or damage found on the way.
        """
        return _RowReader(self, self._columns(mapping), today).run()

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None
        if self._owned is not None:
            self._owned.close()
            self._owned = None

    def __enter__(self) -> CaseloadFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _header_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def open_caseload(source: IO[bytes]) -> CaseloadFile:
    """Open an export (a binary file object: an upload's spooled file, an open file…).

    Raises :class:`CaseloadFileError` for an empty, unknown, unreadable or header-less file.
    """
    return CaseloadFile(source)


def parse_caseload(
    source: IO[bytes], mapping: ColumnMapping, *, today: date | None = None
) -> Iterator[RowResult]:
    """Open, stream every row, close: :func:`open_caseload` and :meth:`CaseloadFile.rows`."""
    with open_caseload(source) as export:
        yield from export.rows(mapping, today=today)


# --------------------------------------------------------------------------- one row


_Reader = Callable[[object], Any]


class _RowReader:
    """The per-row work of :meth:`CaseloadFile.rows`, with the refs and BSNs seen so far."""

    def __init__(
        self,
        export: CaseloadFile,
        columns: dict[str, int],
        today: date | None,
    ) -> None:
        self.export = export
        self.today = today
        # Refusals name the column as the file's header spells it, not as the mapping does.
        self.names = {name_field: export.header[index] for name_field, index in columns.items()}
        self.mapped = frozenset(columns)
        epoch = export._epoch_1904
        read_day: _Reader = partial(read_date, epoch_1904=epoch)
        readers: dict[str, _Reader] = {
            "external_ref": read_ref,
            "team": read_name,
            "benefit_start": read_day,
            "benefit_end": read_day,
            "ladder_rung": partial(read_whole, low=1, high=6),
            "last_conversation": read_day,
            "municipality_code": read_municipality,
            "responsible_manager": read_email,
            "bsn": read_bsn,
            "exemption_ground": read_ground,
        }
        self.plan = [
            (name_field, index, self.names[name_field], readers.get(name_field, read_day))
            for name_field, index in columns.items()
        ]
        self.exemption_mapped = any(name in self.mapped for name in EXEMPTION_FIELDS)
        self.width = len(export.header) if export.format == "csv" else None
        self.refs = _FirstRows()
        self.bsns = _FirstRows()

    def run(self) -> Iterator[RowResult]:
        records = self.export._records()
        try:
            next(records, None)  # the header
            seen = 0
            for number, record in enumerate(records, start=2):
                if _blank(record):
                    continue
                seen += 1
                yield self.row(number, record)
        finally:
            records.close()
        if not seen:
            raise CaseloadFileError("no_rows", "Het bestand heeft geen regels met gegevens.")

    def row(self, number: int, record: Sequence[object]) -> RowResult:
        values: dict[str, Any] = {}
        refusals: list[Refusal] = []
        failed: set[str] = set()
        size = len(record)
        for name_field, index, column, read in self.plan:
            try:
                values[name_field] = read(record[index] if index < size else None)
            except CellProblem as problem:
                failed.add(name_field)
                refusals.append(Refusal(number, column, problem.code, problem.reason))
        ref = values.get("external_ref")
        if ref is None and "external_ref" not in failed:
            refusals.append(self.refusal(number, "external_ref", "required", _NO_REF))
        if self.width is not None and size > self.width:
            refusals += self._overflow(number, record)
        refusals += self._benefit_dates(number, values)
        exemption = self._exemption(number, values, failed, refusals)
        refusals += self._repeats(number, ref, values.get("bsn"))
        if refusals or ref is None:
            return RefusedRow(number, tuple(refusals))
        return CaseloadRow(
            row=number,
            external_ref=ref,
            mapped=self.mapped,
            team=values.get("team"),
            benefit_start_date=values.get("benefit_start"),
            benefit_end_date=values.get("benefit_end"),
            ladder_rung=values.get("ladder_rung"),
            last_conversation_date=values.get("last_conversation"),
            municipality_code=values.get("municipality_code"),
            responsible_manager_email=values.get("responsible_manager"),
            bsn=values.get("bsn"),
            exemption=exemption,
        )

    def refusal(self, number: int, name_field: str, code: str, reason: str) -> Refusal:
        return Refusal(number, self.names.get(name_field), code, reason)

    def _overflow(self, number: int, record: Sequence[object]) -> list[Refusal]:
        """A CSV row with a value beyond the header's last column: most likely a delimiter
        inside an unquoted field, which shifts every value after it."""
        assert self.width is not None
        for index in range(self.width, len(record)):
            if text_of(record[index]) is not None:
                return [
                    Refusal(
                        number,
                        f"kolom {index + 1}",
                        "unknown_column",
                        "Deze regel heeft een waarde in een kolom zonder kolomnaam. Staat er "
                        "een scheidingsteken in een waarde zonder aanhalingstekens?",
                    )
                ]
        return []

    def _benefit_dates(self, number: int, values: dict[str, Any]) -> list[Refusal]:
        start, end = values.get("benefit_start"), values.get("benefit_end")
        if start and end and end < start:
            return [
                self.refusal(
                    number,
                    "benefit_end",
                    "before_start",
                    "De einddatum van de uitkering ligt voor de startdatum.",
                )
            ]
        return []

    def _exemption(
        self, number: int, values: dict[str, Any], failed: set[str], refusals: list[Refusal]
    ) -> ExemptionCreate | None:
        """The row's exemption, ``None`` when the row carries none (or it was refused)."""
        if not self.exemption_mapped:
            return None
        touched = [name for name in EXEMPTION_FIELDS if name in failed or values.get(name)]
        if not touched:
            return None
        found: list[Refusal] = []
        ground: Ground | None = values.get("exemption_ground")
        start: date | None = values.get("exemption_start")
        end: date | None = values.get("exemption_end")
        basis: date | None = values.get("exemption_basis_document")
        child: date | None = values.get("exemption_youngest_child_birth")

        def problem(name_field: str, code: str, reason: str) -> None:
            found.append(self.refusal(number, name_field, code, reason))

        def required(name_field: str, reason: str) -> None:
            # A date whose column is not mapped is asked for on the ground's column.
            target = name_field if name_field in self.mapped else "exemption_ground"
            if name_field not in failed:
                problem(target, "required", reason)

        if ground is None:
            required("exemption_ground", "Geef de grond van de ontheffing.")
        if start is None:
            required("exemption_start", "Geef de startdatum van de ontheffing.")
        if start and end and end < start:
            problem(
                "exemption_end",
                "before_start",
                "De einddatum van de ontheffing ligt voor de startdatum.",
            )
        if ground == "art_9_lid_2" and end is None:
            required(
                "exemption_end",
                "Een tijdelijke ontheffing (art. 9 lid 2) heeft een einddatum.",
            )
        if ground == "art_9a":
            if basis is not None:
                problem(
                    "exemption_basis_document",
                    "not_allowed",
                    "Een ontheffing op grond van art. 9a rust niet op een keuring.",
                )
            if child is None:
                required(
                    "exemption_youngest_child_birth",
                    "Geef bij art. 9a de geboortedatum van het jongste kind.",
                )
        elif ground is not None:
            if child is not None:
                problem(
                    "exemption_youngest_child_birth",
                    "not_allowed",
                    "Alleen bij art. 9a hoort een geboortedatum van een kind.",
                )
            if basis is None:
                required(
                    "exemption_basis_document",
                    "Geef de datum van de keuring waarop de ontheffing rust.",
                )
        if self.today is not None:
            if basis is not None and basis > self.today:
                problem(
                    "exemption_basis_document", "in_future", "De keuringsdatum ligt in de toekomst."
                )
            if child is not None and child > self.today:
                problem(
                    "exemption_youngest_child_birth",
                    "in_future",
                    "De geboortedatum ligt in de toekomst.",
                )
        refusals += found
        if found or ground is None or start is None or failed.intersection(EXEMPTION_FIELDS):
            return None
        return ExemptionCreate(
            ground=ground,
            start_date=start,
            end_date=end,
            basis_document_date=basis,
            reexamination_date=values.get("exemption_reexamination"),
            youngest_child_birth_date=child,
        )

    def _repeats(self, number: int, ref: str | None, bsn: str | None) -> list[Refusal]:
        """Later rows with a reference (or a BSN under another reference) seen before."""
        if ref is None:
            return []
        first = self.refs.claim(hash(ref), number)
        if first != number:
            return [
                self.refusal(
                    number,
                    "external_ref",
                    "duplicate_ref",
                    f"Dit klantnummer staat ook in regel {first}. Alleen die eerste regel telt.",
                )
            ]
        if bsn is not None:
            first = self.bsns.claim(int(bsn), number)
            if first != number:
                return [
                    self.refusal(
                        number,
                        "bsn",
                        "duplicate_bsn",
                        f"Dit BSN staat ook in regel {first}, bij een ander klantnummer.",
                    )
                ]
        return []


class _FirstRows:
    """The first row number per key, in 16 bytes a slot instead of ~130 per dict entry.

    Keys are 64-bit integers: a BSN as its number (exact), a reference as its ``hash()``
    (two references sharing one is a 1-in-10^9 chance for 100,000 rows; the later row
    would be refused as a repeat). Open addressing, linear probing, at most half full.
    """

    __slots__ = ("keys", "mask", "rows", "size")

    def __init__(self) -> None:
        self.size = 0
        self.mask = 1023
        self.keys = array("q", bytes(8 * (self.mask + 1)))
        self.rows = array("q", bytes(8 * (self.mask + 1)))

    def claim(self, key: int, row: int) -> int:
        """The row that claimed ``key`` first: ``row`` itself when it is new."""
        key = key or 1  # 0 marks an empty slot
        slot = self._slot(key)
        if self.keys[slot]:
            return self.rows[slot]
        self.keys[slot], self.rows[slot] = key, row
        self.size += 1
        if self.size * 2 > self.mask:
            old = zip(self.keys, self.rows, strict=True)
            self.mask = self.mask * 2 + 1
            self.keys = array("q", bytes(8 * (self.mask + 1)))
            self.rows = array("q", bytes(8 * (self.mask + 1)))
            for known, first in old:
                if known:
                    moved = self._slot(known)
                    self.keys[moved], self.rows[moved] = known, first
        return row

    def _slot(self, key: int) -> int:
        """Where ``key`` is, or the empty slot where it goes."""
        slot = key & self.mask
        keys = self.keys
        while keys[slot] and keys[slot] != key:
            slot = (slot + 1) & self.mask
        return slot


_NO_REF: Final = "Deze regel heeft geen klantnummer. Vul het klantnummer in."


def _blank(record: Sequence[object]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in record)


__all__ = [
    "FIELD_LABELS",
    "CaseloadFile",
    "CaseloadFileError",
    "CaseloadRow",
    "ColumnMapping",
    "MappingSuggestion",
    "Refusal",
    "RefusedRow",
    "RowResult",
    "exemption_agrees",
    "open_caseload",
    "parse_caseload",
    "suggest_mapping",
]
