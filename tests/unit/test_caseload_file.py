"""Reading the caseload export: formats, encodings, date forms, refusals, streaming."""

from __future__ import annotations

import csv
import io
import os
import uuid
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from typing import Any

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from pydantic import ValidationError

from vakwerk.clients.schemas import ExemptionCreate, ExemptionRead
from vakwerk.integrations.caseload_file import (
    CaseloadFileError,
    CaseloadRow,
    ColumnMapping,
    RefusedRow,
    RowResult,
    exemption_agrees,
    open_caseload,
    parse_caseload,
    suggest_mapping,
)
from vakwerk.integrations.cells import CellProblem, read_date

HEADER = [
    "Klantnummer",
    "Team",
    "Startdatum uitkering",
    "Einddatum uitkering",
    "Trede participatieladder",
    "Laatste gesprek",
    "Gemeentecode",
    "Klantmanager (e-mail)",
    "BSN",
    "Ontheffing grond",
    "Ontheffing startdatum",
    "Ontheffing einddatum",
    "Datum keuring",
    "Geboortedatum jongste kind",
]
BSN = "123456782"  # passes the 11-proef
BSN_2 = "012345672"  # passes it too, with a leading zero


def line(**cells: Any) -> list[Any]:
    """A data row under HEADER; keyword names are the header's, spaces as underscores."""
    by_name = {
        name.replace(" ", "_").replace("(", "").replace(")", "").replace("-", "_"): name
        for name in HEADER
    }
    row: list[Any] = [""] * len(HEADER)
    for key, value in cells.items():
        row[HEADER.index(by_name[key])] = value
    return row


def csv_bytes(
    rows: Sequence[Sequence[Any]],
    *,
    header: Sequence[str] = HEADER,
    delimiter: str = ";",
    encoding: str = "utf-8",
    bom: bool = False,
    newline: str = "\r\n",
) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + text.getvalue().encode(encoding)


def xlsx_bytes(
    rows: Sequence[Sequence[Any]],
    *,
    header: Sequence[Any] = HEADER,
    epoch_1904: bool = False,
    extra_sheet: bool = False,
) -> bytes:
    workbook = openpyxl.Workbook()
    if epoch_1904:
        workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    if extra_sheet:
        workbook.create_sheet("Toelichting").append(["Klantnummer", "niet dit blad"])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def parse(
    data: bytes, mapping: ColumnMapping | None = None, today: date | None = None
) -> list[RowResult]:
    with open_caseload(io.BytesIO(data)) as export:
        chosen = mapping or export.suggest_mapping().complete()
        assert chosen is not None
        return list(export.rows(chosen, today=today))


def only_row(data: bytes, **kwargs: Any) -> CaseloadRow:
    (result,) = parse(data, **kwargs)
    assert isinstance(result, CaseloadRow), result
    return result


def refusals(results: list[RowResult]) -> list[tuple[int, str | None, str]]:
    return [
        (refusal.row, refusal.column, refusal.code)
        for result in results
        if isinstance(result, RefusedRow)
        for refusal in result.refusals
    ]


def file_error(data: bytes, mapping: ColumnMapping | None = None) -> CaseloadFileError:
    with pytest.raises(CaseloadFileError) as caught:
        parse(data, mapping)
    return caught.value


REF_ONLY = ColumnMapping(external_ref="Klantnummer")


# --------------------------------------------------------------------------- CSV: encodings


def test_a_windows_1252_export_keeps_accented_team_names() -> None:
    data = csv_bytes([line(Klantnummer="K1", Team="Café Noordéën")], encoding="cp1252")
    with open_caseload(io.BytesIO(data)) as export:
        assert export.format == "csv"
        assert export.encoding == "cp1252"
    assert only_row(data).team == "Café Noordéën"


def test_a_utf8_export_with_a_bom_loses_the_bom_from_its_first_column() -> None:
    data = csv_bytes([line(Klantnummer="K1", Team="Zuidoost-Brabant ë")], bom=True)
    with open_caseload(io.BytesIO(data)) as export:
        assert export.encoding == "utf-8-sig"
        assert export.header[0] == "Klantnummer"
        assert export.suggest_mapping().external_ref == "Klantnummer"
    assert only_row(data).team == "Zuidoost-Brabant ë"


def test_a_utf8_export_without_bom_is_read_as_utf8() -> None:
    data = csv_bytes([line(Klantnummer="K1", Team="Noordéën")])
    assert only_row(data).team == "Noordéën"


def test_a_team_name_typed_with_a_combining_accent_compares_as_the_composed_letter() -> None:
    data = csv_bytes([line(Klantnummer="K1", Team="Cafe\u0301")])
    assert only_row(data).team == "Café"


def test_bytes_that_are_neither_utf8_nor_windows_1252_refuse_the_file() -> None:
    data = csv_bytes([line(Klantnummer="K1")]) + b"K2;\x81\r\n"
    assert file_error(data).code == "invalid_encoding"


def test_a_utf16_export_is_refused_with_advice_to_save_as_utf8() -> None:
    data = "Klantnummer;Team\r\nK1;Zuid\r\n".encode("utf-16")
    error = file_error(data)
    assert error.code == "invalid_encoding"
    assert "UTF-8" in error.message


# --------------------------------------------------------------------------- CSV: structure


@pytest.mark.parametrize("delimiter", [";", ","])
def test_the_delimiter_is_sniffed_from_the_header_line(delimiter: str) -> None:
    data = csv_bytes(
        [line(Klantnummer="K1", Team="Zuid", Gemeentecode="GM0753")], delimiter=delimiter
    )
    with open_caseload(io.BytesIO(data)) as export:
        assert export.delimiter == delimiter
    row = only_row(data)
    assert (row.team, row.municipality_code) == ("Zuid", "GM0753")


def test_commas_inside_a_quoted_header_do_not_outvote_the_semicolons() -> None:
    data = b'Klantnummer;"Team, naam, kort";Gemeentecode\r\nK1;"Zuid, Oost";GM0753\r\n'
    with open_caseload(io.BytesIO(data)) as export:
        assert export.delimiter == ";"
        assert export.header[1] == "Team, naam, kort"
    row = only_row(data, mapping=ColumnMapping(external_ref="Klantnummer", team="Team, naam, kort"))
    assert row.team == "Zuid, Oost"


def test_a_delimiter_inside_a_quoted_field_stays_in_the_field() -> None:
    data = csv_bytes([line(Klantnummer="K1", Team="Zuid, Oost")], delimiter=",")
    assert b'"Zuid, Oost"' in data
    assert only_row(data).team == "Zuid, Oost"


def test_a_quoted_field_over_two_lines_is_one_row_and_later_rows_keep_their_numbers() -> None:
    data = csv_bytes([line(Klantnummer="K1", Team="Zuid\r\nOost"), line(Team="Noord")])
    results = parse(data)
    assert isinstance(results[0], CaseloadRow) and results[0].team == "Zuid\r\nOost"
    assert refusals(results) == [(3, "Klantnummer", "required")]


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_blank_lines_are_skipped_but_counted_in_row_numbers(newline: str) -> None:
    text = newline.join(["Klantnummer;Trede participatieladder", "K1;2", "", ";3", "K4;9", ""])
    results = parse(text.encode())
    assert [r.row for r in results] == [2, 4, 5]
    assert refusals(results) == [
        (4, "Klantnummer", "required"),
        (5, "Trede participatieladder", "out_of_range"),
    ]


def test_an_unquoted_delimiter_inside_a_value_refuses_the_row_as_a_value_without_a_column() -> None:
    data = b"Klantnummer;Team\r\nK1;Zuid;Oost\r\nK2;Noord;\r\n"
    results = parse(data, ColumnMapping(external_ref="Klantnummer", team="Team"))
    assert refusals(results) == [(2, "kolom 3", "unknown_column")]
    assert isinstance(results[1], CaseloadRow)  # an empty extra field is harmless


def test_a_row_shorter_than_the_header_reads_its_missing_cells_as_empty() -> None:
    data = b"Klantnummer;Team;Trede participatieladder\r\nK1\r\n"
    row = only_row(data)
    assert (row.team, row.ladder_rung) == (None, None)


@pytest.mark.parametrize(
    "data",
    [
        b'Klantnummer;Team\r\nK1;"Zuid\r\nK2;Noord\r\nK3;West\r\n',  # never closed
        b'Klantnummer;Team\r\nK1;"Zuid" Oost\r\n',  # text after the closing quote
        b'Klantnummer;Team\r\nK1;"' + b"x" * 200_000 + b'"\r\n',  # a field of 200,000
    ],
)
def test_broken_quoting_refuses_the_file_naming_the_line(data: bytes) -> None:
    error = file_error(data)
    assert error.code == "unreadable_file"
    assert error.row is not None and error.row >= 2
    assert "Zuid" not in error.message


def test_a_quote_inside_an_unquoted_field_is_kept_as_text() -> None:
    data = b'Klantnummer;Team\r\nK1;Team "Zuid"\r\n'
    assert only_row(data).team == 'Team "Zuid"'


# --------------------------------------------------------------------------- file-level errors


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b" \r\n\r\n  "])
def test_an_empty_file_is_refused_as_a_whole(data: bytes) -> None:
    assert file_error(data).code == "empty_file"


def test_a_header_without_data_rows_is_refused_as_a_whole() -> None:
    data = csv_bytes([["", ""]], header=["Klantnummer", "Team"])
    assert file_error(data, REF_ONLY).code == "no_rows"


def test_an_empty_first_line_is_refused_as_a_missing_header() -> None:
    assert file_error(b"\r\nKlantnummer;Team\r\nK1;Zuid\r\n", REF_ONLY).code == "missing_header"


def test_an_old_excel_file_is_an_unknown_format() -> None:
    error = file_error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert error.code == "unknown_format"
    assert ".xlsx" in error.message


def test_binary_content_is_an_unknown_format() -> None:
    assert file_error(b"Klantnummer\x00\x01\x02;Team\r\n").code == "unknown_format"


def test_a_zip_that_is_not_a_workbook_is_unreadable() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "geen werkmap")
    assert file_error(out.getvalue()).code == "unreadable_file"


def test_a_truncated_workbook_is_unreadable() -> None:
    data = xlsx_bytes([[f"K{i}"] * 3 for i in range(50)])
    assert file_error(data[: len(data) // 2]).code == "unreadable_file"


def test_a_mapped_column_missing_from_the_header_refuses_the_file_naming_every_one() -> None:
    data = csv_bytes([line(Klantnummer="K1")])
    mapping = ColumnMapping(external_ref="Klantnummer", team="Teamnaam", ladder_rung="Trede")
    error = file_error(data, mapping)
    assert error.code == "missing_column"
    assert error.columns == ("Teamnaam", "Trede")
    with open_caseload(io.BytesIO(data)) as export, pytest.raises(CaseloadFileError):
        export.rows(mapping)  # before the first row, so the caller writes nothing


def test_a_mapped_column_that_appears_twice_in_the_header_refuses_the_file() -> None:
    data = b"Klantnummer;Team;team\r\nK1;Zuid;Noord\r\n"
    error = file_error(data, ColumnMapping(external_ref="Klantnummer", team="Team"))
    assert (error.code, error.columns) == ("duplicate_column", ("Team",))


def test_header_names_match_the_mapping_regardless_of_case_and_spacing() -> None:
    data = b"  KLANTNUMMER ;Startdatum   Uitkering\r\nK1;2023-01-30\r\n"
    mapping = ColumnMapping(external_ref="klantnummer", benefit_start="Startdatum uitkering")
    assert only_row(data, mapping=mapping).benefit_start_date == date(2023, 1, 30)
    refused = b"  KLANTNUMMER ;Startdatum   Uitkering\r\nK1;gisteren\r\n"
    assert refusals(parse(refused, mapping)) == [(2, "Startdatum   Uitkering", "invalid_date")]


def test_a_file_error_becomes_one_invalid_param_for_the_file() -> None:
    error = file_error(b"")
    problem = error.as_invalid_input()
    assert problem.status == 400
    assert problem.extra["invalidParams"] == [
        {"name": "file", "code": "empty_file", "reason": error.message}
    ]


def test_a_file_error_never_repeats_the_file_content() -> None:
    data = f"{BSN};Jansen\r\n{BSN_2};Pietersen\r\n".encode()  # no header: data on row 1
    error = file_error(data, REF_ONLY)
    assert error.code == "missing_column"
    assert BSN not in str(error) and "Jansen" not in str(error)


# --------------------------------------------------------------------------- XLSX


def test_a_workbook_reads_date_cells_datetime_cells_serials_and_floats() -> None:
    data = xlsx_bytes(
        [
            line(
                Klantnummer=12345,
                Team=" Zuid ",
                Startdatum_uitkering=date(2023, 1, 30),
                Einddatum_uitkering=datetime(2024, 6, 30, 14, 45),
                Trede_participatieladder=3.0,
                Laatste_gesprek=44956,  # a serial number in a cell without date format
                Gemeentecode=753,
                Klantmanager_e_mail="J.deVries@Best.nl ",
                BSN=int(BSN_2),  # the leading zero lost in a number cell
            ),
            line(Klantnummer=12346.0, Laatste_gesprek=44956.75, Trede_participatieladder=6),
        ]
    )
    with open_caseload(io.BytesIO(data)) as export:
        assert (export.format, export.encoding, export.delimiter) == ("xlsx", None, None)
    first, second = parse(data)
    assert isinstance(first, CaseloadRow) and isinstance(second, CaseloadRow)
    assert first.row == 2 and second.row == 3
    assert first.external_ref == "12345"
    assert first.team == "Zuid"
    assert first.benefit_start_date == date(2023, 1, 30)
    assert first.benefit_end_date == date(2024, 6, 30)
    assert first.ladder_rung == 3
    assert first.last_conversation_date == date(2023, 1, 30)
    assert first.municipality_code == "GM0753"
    assert first.responsible_manager_email == "j.devries@best.nl"
    assert first.bsn == BSN_2
    assert (second.external_ref, second.last_conversation_date) == ("12346", date(2023, 1, 30))


def test_a_workbook_refuses_cells_as_a_csv_does() -> None:
    data = xlsx_bytes(
        [
            line(Klantnummer="K1", Trede_participatieladder=3.5, Laatste_gesprek=60),
            line(Klantnummer="K2", Startdatum_uitkering="31-02-2023", BSN=123456789),
            line(Klantnummer="K3", Laatste_gesprek=True, Einddatum_uitkering=time(9, 30)),
        ]
    )
    assert refusals(parse(data)) == [
        (2, "Trede participatieladder", "invalid_format"),
        (2, "Laatste gesprek", "invalid_date"),
        (3, "Startdatum uitkering", "invalid_date"),
        (3, "BSN", "invalid_bsn"),
        (4, "Einddatum uitkering", "invalid_date"),
        (4, "Laatste gesprek", "invalid_date"),
    ]


def test_a_workbook_in_the_1904_date_system_reads_serials_from_1904() -> None:
    data = xlsx_bytes(
        [line(Klantnummer="K1", Laatste_gesprek=0, Startdatum_uitkering=60)], epoch_1904=True
    )
    row = only_row(data)
    assert row.last_conversation_date == date(1904, 1, 1)
    assert row.benefit_start_date == date(1904, 3, 1)  # no fictitious leap day in 1904


def test_only_the_first_sheet_is_read() -> None:
    data = xlsx_bytes([line(Klantnummer="K1")], extra_sheet=True)
    assert [r.row for r in parse(data)] == [2]


def test_in_a_workbook_a_value_in_a_column_without_a_name_is_ignored() -> None:
    data = xlsx_bytes([["K1", "Zuid", "notitie"]], header=["Klantnummer", "Team"])
    assert only_row(data).team == "Zuid"


def test_empty_rows_in_a_workbook_are_skipped_but_counted() -> None:
    data = xlsx_bytes([["K1"], [None], ["K3"]], header=["Klantnummer"])
    assert [r.row for r in parse(data)] == [2, 4]


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-01-30", date(2023, 1, 30)),
        ("30-01-2023", date(2023, 1, 30)),
        ("30/01/2023", date(2023, 1, 30)),
        ("30.01.2023", date(2023, 1, 30)),
        ("2023/01/30", date(2023, 1, 30)),
        ("2023-1-5", date(2023, 1, 5)),
        ("5-1-2023", date(2023, 1, 5)),
        ("01-02-2023", date(2023, 2, 1)),  # day first, always: the Dutch order
        ("2023-01-30 00:00:00", date(2023, 1, 30)),
        ("2023-01-30T14:05", date(2023, 1, 30)),
        (" 30-01-2023 ", date(2023, 1, 30)),
        ("29-02-2024", date(2024, 2, 29)),
        ("2000-02-29", date(2000, 2, 29)),
        ("1900-01-01", date(1900, 1, 1)),
        ("31-12-2200", date(2200, 12, 31)),
        ("44956", date(2023, 1, 30)),  # a serial number written as text
        ("44956.5", date(2023, 1, 30)),
        ("", None),
    ],
)
def test_dates_are_read_in_every_file_form(text: str, expected: date | None) -> None:
    assert read_date(text) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("29-02-2023", "invalid_date"),
        ("2023-02-29", "invalid_date"),
        ("29-02-1900", "invalid_date"),  # 1900 was no leap year
        ("31-04-2023", "invalid_date"),
        ("2023-13-01", "invalid_date"),
        ("00-01-2023", "invalid_date"),
        ("31-12-1899", "out_of_range"),
        ("1899-12-31", "out_of_range"),
        ("01-01-2201", "out_of_range"),
        ("30-01-23", "invalid_date"),  # a two-digit year is ambiguous
        ("01/30/2023", "invalid_date"),  # never month first
        ("30-01/2023", "invalid_date"),
        ("2023", "invalid_date"),  # a year, not a serial number
        ("20230130", "invalid_date"),  # a compact date is not read, nor taken for a serial
        ("gisteren", "invalid_date"),
        (60, "invalid_date"),  # the fictitious 29 February 1900
        (0, "out_of_range"),
        (-1, "out_of_range"),
        (10**9, "out_of_range"),
        (float("nan"), "invalid_date"),
        (True, "invalid_date"),
        (time(12, 0), "invalid_date"),
        (datetime(1899, 12, 30, 10, 0), "out_of_range"),
        (date(2201, 1, 1), "out_of_range"),
    ],
)
def test_impossible_dates_and_years_outside_1900_to_2200_are_refused(
    value: object, code: str
) -> None:
    with pytest.raises(CellProblem) as caught:
        read_date(value)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (44926, date(2022, 12, 31)),
        (44956, date(2023, 1, 30)),
        (45351, date(2024, 2, 29)),
        (45351.99, date(2024, 2, 29)),
    ],
)
def test_serial_numbers_follow_the_1900_date_system_with_its_leap_day_bug(
    serial: float, expected: date
) -> None:
    assert read_date(serial) == expected


def test_every_date_column_refuses_with_its_own_header_name() -> None:
    data = csv_bytes(
        [
            line(
                Klantnummer="K1",
                Startdatum_uitkering="31-02-2023",
                Einddatum_uitkering="2201-01-01",
                Laatste_gesprek="morgen",
            )
        ]
    )
    assert refusals(parse(data)) == [
        (2, "Startdatum uitkering", "invalid_date"),
        (2, "Einddatum uitkering", "out_of_range"),
        (2, "Laatste gesprek", "invalid_date"),
    ]


# --------------------------------------------------------------------------- fields


def test_a_readable_row_carries_every_mapped_fact_typed_and_normalised() -> None:
    data = csv_bytes(
        [
            line(
                Klantnummer=" K-12.a_3 ",
                Team="  Team Zuid ",
                Startdatum_uitkering="30-01-2023",
                Einddatum_uitkering="",
                Trede_participatieladder="3,0",
                Laatste_gesprek="2023-01-05",
                Gemeentecode="gm0753",
                Klantmanager_e_mail=" J.deVries@Best.NL",
                BSN=BSN,
            )
        ]
    )
    row = only_row(data)
    assert row.row == 2
    assert row.external_ref == "K-12.a_3"
    assert row.team == "Team Zuid"
    assert row.responsible_manager_email == "j.devries@best.nl"
    assert row.bsn == BSN
    assert row.exemption is None
    assert row.facts() == {
        "benefit_start_date": date(2023, 1, 30),
        "benefit_end_date": None,  # mapped and empty: the source system has no end date
        "ladder_rung": 3,
        "last_conversation_date": date(2023, 1, 5),
        "municipality_code": "GM0753",
    }


def test_facts_without_a_column_are_left_out_so_the_service_leaves_them_as_they_are() -> None:
    data = csv_bytes([line(Klantnummer="K1", Trede_participatieladder="4")])
    row = only_row(
        data,
        mapping=ColumnMapping(external_ref="Klantnummer", ladder_rung="Trede participatieladder"),
    )
    assert row.facts() == {"ladder_rung": 4}
    assert "team" not in row.mapped and "responsible_manager" not in row.mapped


def test_a_row_without_a_reference_is_refused_as_required() -> None:
    assert refusals(parse(csv_bytes([line(Klantnummer="  ", Team="Zuid")]))) == [
        (2, "Klantnummer", "required")
    ]


@pytest.mark.parametrize("ref", ["K 12", "K/12", "K12é", "K" * 65])
def test_a_reference_outside_the_by_ref_alphabet_is_refused(ref: str) -> None:
    assert refusals(parse(csv_bytes([line(Klantnummer=ref)]))) == [
        (2, "Klantnummer", "invalid_format")
    ]


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("0", "out_of_range"),
        ("7", "out_of_range"),
        ("3.5", "invalid_format"),
        ("drie", "invalid_format"),
        ("-1", "invalid_format"),
    ],
)
def test_a_ladder_rung_is_a_whole_number_from_1_to_6(cell: str, code: str) -> None:
    data = csv_bytes([line(Klantnummer="K1", Trede_participatieladder=cell)])
    assert refusals(parse(data)) == [(2, "Trede participatieladder", code)]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("GM0753", "GM0753"), ("gm0753", "GM0753"), ("0753", "GM0753"), ("753", "GM0753")],
)
def test_a_municipality_code_is_read_with_its_prefix_and_leading_zeros(
    cell: str, expected: str
) -> None:
    assert only_row(csv_bytes([line(Klantnummer="K1", Gemeentecode=cell)])).municipality_code == (
        expected
    )


@pytest.mark.parametrize("cell", ["GM753", "GM07530", "Best", "NL0753"])
def test_a_municipality_code_in_another_shape_is_refused(cell: str) -> None:
    data = csv_bytes([line(Klantnummer="K1", Gemeentecode=cell)])
    assert refusals(parse(data)) == [(2, "Gemeentecode", "invalid_format")]


def test_a_responsible_manager_must_be_an_email_address() -> None:
    data = csv_bytes([line(Klantnummer="K1", Klantmanager_e_mail="Jan de Vries")])
    assert refusals(parse(data)) == [(2, "Klantmanager (e-mail)", "invalid_format")]


def test_a_team_name_over_200_characters_is_refused() -> None:
    data = csv_bytes([line(Klantnummer="K1", Team="T" * 201)])
    assert refusals(parse(data)) == [(2, "Team", "max_length")]


@pytest.mark.parametrize(
    "cell",
    ["123456789", "12345678", "1234567820", "１２３４５６７８２", "123 456 782", "000000000"],
)
def test_a_bsn_is_nine_ascii_digits_passing_the_eleven_test(cell: str) -> None:
    results = parse(csv_bytes([line(Klantnummer="K1", BSN=cell)]))
    assert refusals(results) == [(2, "BSN", "invalid_bsn")]
    (result,) = results
    assert isinstance(result, RefusedRow)
    assert all(cell.strip() not in refusal.reason for refusal in result.refusals)


def test_a_bsn_never_shows_in_a_row_printed_for_a_log() -> None:
    row = only_row(csv_bytes([line(Klantnummer="K1", BSN=BSN)]))
    assert row.bsn == BSN
    assert BSN not in repr(row) and BSN not in str(row)


def test_every_problem_in_a_row_is_reported_at_once() -> None:
    data = csv_bytes(
        [
            line(
                Klantnummer="K1",
                Startdatum_uitkering="30-02-2023",
                Trede_participatieladder="8",
                Gemeentecode="Best",
                Klantmanager_e_mail="nee",
                BSN="111111111",
            )
        ]
    )
    assert [code for _, _, code in refusals(parse(data))] == [
        "invalid_date",
        "out_of_range",
        "invalid_format",
        "invalid_format",
        "invalid_bsn",
    ]


def test_a_benefit_that_ends_before_it_starts_is_refused() -> None:
    data = csv_bytes(
        [
            line(
                Klantnummer="K1",
                Startdatum_uitkering="01-02-2023",
                Einddatum_uitkering="31-01-2023",
            )
        ]
    )
    assert refusals(parse(data)) == [(2, "Einddatum uitkering", "before_start")]


def test_no_refusal_reason_repeats_the_value_in_the_cell() -> None:
    values = {
        "Klantnummer": "K 999 Jansen",
        "Startdatum_uitkering": "17-13-1987",
        "Trede_participatieladder": "zeven",
        "Gemeentecode": "Jansen",
        "Klantmanager_e_mail": "jansen",
        "BSN": "987654321",
        "Ontheffing_grond": "Jansen",
    }
    (result,) = parse(csv_bytes([line(**values)]))
    assert isinstance(result, RefusedRow)
    assert len(result.refusals) == 8  # the seven, and the exemption's missing start date
    for refusal in result.refusals:
        assert not any(value.lower() in refusal.reason.lower() for value in values.values())


# --------------------------------------------------------------------------- repeats


def test_a_reference_that_repeats_in_the_file_refuses_the_later_row() -> None:
    results = parse(
        csv_bytes(
            [
                line(Klantnummer="K1"),
                line(Klantnummer="K2"),
                line(Klantnummer="K1"),
                line(Klantnummer="K1"),
            ]
        )
    )
    assert [type(r) for r in results] == [CaseloadRow, CaseloadRow, RefusedRow, RefusedRow]
    assert refusals(results) == [
        (4, "Klantnummer", "duplicate_ref"),
        (5, "Klantnummer", "duplicate_ref"),
    ]
    assert isinstance(results[3], RefusedRow)
    assert "regel 2" in results[3].refusals[0].reason


def test_a_first_row_refused_for_another_reason_still_claims_its_reference() -> None:
    results = parse(
        csv_bytes([line(Klantnummer="K1", Trede_participatieladder="9"), line(Klantnummer="K1")])
    )
    assert refusals(results) == [
        (2, "Trede participatieladder", "out_of_range"),
        (3, "Klantnummer", "duplicate_ref"),
    ]


def test_a_bsn_under_a_second_reference_refuses_the_later_row() -> None:
    results = parse(
        csv_bytes(
            [
                line(Klantnummer="K1", BSN=BSN),
                line(Klantnummer="K2", BSN=BSN),
                line(Klantnummer="K3", BSN=BSN_2),
            ]
        )
    )
    assert refusals(results) == [(3, "BSN", "duplicate_bsn")]
    assert isinstance(results[1], RefusedRow) and BSN not in results[1].refusals[0].reason


def test_many_references_are_told_apart_exactly() -> None:
    rows = [line(Klantnummer=f"K{i}") for i in range(5000)] + [line(Klantnummer="K4321")]
    assert refusals(parse(csv_bytes(rows))) == [(5002, "Klantnummer", "duplicate_ref")]


# --------------------------------------------------------------------------- exemptions


def exemption_row(today: date | None = None, **cells: Any) -> list[tuple[int, str | None, str]]:
    return refusals(parse(csv_bytes([line(Klantnummer="K1", **cells)]), today=today))


@pytest.mark.parametrize(
    ("cell", "ground"),
    [
        ("art_9_lid_2", "art_9_lid_2"),
        ("Art. 9 lid 2 Pw", "art_9_lid_2"),
        ("artikel 9, tweede lid", "art_9_lid_2"),
        ("9 lid 2", "art_9_lid_2"),
        ("art_9_lid_5", "art_9_lid_5"),
        ("Artikel 9 lid 5 Participatiewet", "art_9_lid_5"),
        ("art. 9, vijfde lid", "art_9_lid_5"),
        ("art_9a", "art_9a"),
        ("Art. 9a", "art_9a"),
        ("artikel 9 a", "art_9a"),
        ("ART_9A", "art_9a"),
    ],
)
def test_an_exemption_ground_is_read_in_our_codes_and_in_dutch_spellings(
    cell: str, ground: str
) -> None:
    cells: dict[str, Any] = {"Ontheffing_grond": cell, "Ontheffing_startdatum": "01-02-2023"}
    if ground == "art_9a":
        cells["Geboortedatum_jongste_kind"] = "15-06-2020"
    else:
        cells |= {"Ontheffing_einddatum": "31-01-2024", "Datum_keuring": "15-01-2023"}
    row = only_row(csv_bytes([line(Klantnummer="K1", **cells)]))
    assert row.exemption is not None and row.exemption.ground == ground


def test_an_unknown_exemption_ground_is_refused_as_a_choice() -> None:
    assert exemption_row(Ontheffing_grond="art 10", Ontheffing_startdatum="01-02-2023") == [
        (2, "Ontheffing grond", "invalid_choice")
    ]


def test_a_temporary_exemption_from_the_file_becomes_the_source_exemption() -> None:
    data = csv_bytes(
        [
            line(
                Klantnummer="K1",
                Ontheffing_grond="9 lid 2",
                Ontheffing_startdatum="01-02-2023",
                Ontheffing_einddatum="31-01-2024",
                Datum_keuring="15-01-2023",
            )
        ]
    )
    assert only_row(data).exemption == ExemptionCreate(
        ground="art_9_lid_2",
        start_date=date(2023, 2, 1),
        end_date=date(2024, 1, 31),
        basis_document_date=date(2023, 1, 15),
    )


def test_a_row_without_exemption_values_carries_no_exemption() -> None:
    assert only_row(csv_bytes([line(Klantnummer="K1")])).exemption is None


def test_exemption_dates_without_a_ground_are_refused_on_the_ground_column() -> None:
    assert exemption_row(Ontheffing_startdatum="01-02-2023", Datum_keuring="15-01-2023") == [
        (2, "Ontheffing grond", "required")
    ]


def test_an_exemption_ground_without_a_start_date_is_refused() -> None:
    assert exemption_row(Ontheffing_grond="art_9_lid_5", Datum_keuring="15-01-2023") == [
        (2, "Ontheffing startdatum", "required")
    ]


def test_a_temporary_exemption_needs_its_end_date() -> None:
    assert exemption_row(
        Ontheffing_grond="art_9_lid_2",
        Ontheffing_startdatum="01-02-2023",
        Datum_keuring="15-01-2023",
    ) == [(2, "Ontheffing einddatum", "required")]


def test_without_an_end_date_column_a_temporary_exemption_is_refused_on_its_ground() -> None:
    data = b"Klantnummer;Grond;Start;Keuring\r\nK1;art_9_lid_2;01-02-2023;15-01-2023\r\n"
    mapping = ColumnMapping(
        external_ref="Klantnummer",
        exemption_ground="Grond",
        exemption_start="Start",
        exemption_basis_document="Keuring",
    )
    assert refusals(parse(data, mapping)) == [(2, "Grond", "required")]


def test_an_exemption_on_assessment_needs_its_basis_document_date() -> None:
    assert exemption_row(Ontheffing_grond="art_9_lid_5", Ontheffing_startdatum="01-02-2023") == [
        (2, "Datum keuring", "required")
    ]


def test_an_art_9a_exemption_needs_the_youngest_childs_birth_and_rests_on_no_assessment() -> None:
    assert exemption_row(
        Ontheffing_grond="art_9a", Ontheffing_startdatum="01-02-2023", Datum_keuring="15-01-2023"
    ) == [
        (2, "Datum keuring", "not_allowed"),
        (2, "Geboortedatum jongste kind", "required"),
    ]


def test_only_an_art_9a_exemption_carries_a_childs_birth_date() -> None:
    assert exemption_row(
        Ontheffing_grond="art_9_lid_5",
        Ontheffing_startdatum="01-02-2023",
        Datum_keuring="15-01-2023",
        Geboortedatum_jongste_kind="15-06-2020",
    ) == [(2, "Geboortedatum jongste kind", "not_allowed")]


def test_an_exemption_that_ends_before_it_starts_is_refused() -> None:
    assert exemption_row(
        Ontheffing_grond="art_9_lid_2",
        Ontheffing_startdatum="01-02-2023",
        Ontheffing_einddatum="31-01-2023",
        Datum_keuring="15-01-2023",
    ) == [(2, "Ontheffing einddatum", "before_start")]


def test_given_today_basis_and_birth_dates_in_the_future_are_refused() -> None:
    today = date(2023, 4, 3)
    assert exemption_row(
        today,
        Ontheffing_grond="art_9_lid_5",
        Ontheffing_startdatum="01-02-2023",
        Datum_keuring="04-04-2023",
    ) == [(2, "Datum keuring", "in_future")]
    assert exemption_row(
        today,
        Ontheffing_grond="art_9a",
        Ontheffing_startdatum="01-02-2023",
        Geboortedatum_jongste_kind="04-04-2023",
    ) == [(2, "Geboortedatum jongste kind", "in_future")]
    assert not exemption_row(
        today,
        Ontheffing_grond="art_9_lid_5",
        Ontheffing_startdatum="01-02-2023",
        Datum_keuring="03-04-2023",
    )


def test_an_unreadable_exemption_date_is_refused_once_not_also_as_missing() -> None:
    assert exemption_row(
        Ontheffing_grond="art_9_lid_5",
        Ontheffing_startdatum="01-13-2023",
        Datum_keuring="15-01-2023",
    ) == [(2, "Ontheffing startdatum", "invalid_date")]


def test_a_file_exemption_agrees_with_a_stored_one_when_no_date_it_gives_differs() -> None:
    source = ExemptionCreate(
        ground="art_9a", start_date=date(2023, 2, 1), youngest_child_birth_date=date(2020, 6, 15)
    )
    stored = ExemptionRead(
        id=uuid.uuid4(),
        client_id=uuid.uuid4(),
        ground="art_9a",
        start_date=date(2023, 2, 1),
        end_date=date(2025, 6, 14),  # computed by rule: the file left it empty
        basis_document_date=None,
        reexamination_date=None,
        youngest_child_birth_date=date(2020, 6, 15),
        status="actief",
        ended_on=None,
        version=1,
    )
    assert exemption_agrees(source, stored)
    for change in (
        {"start_date": date(2023, 3, 1)},
        {"ground": "art_9_lid_5"},
        {"youngest_child_birth_date": date(2021, 1, 1)},
    ):
        assert not exemption_agrees(source, stored.model_copy(update=change))
    assert not exemption_agrees(source.model_copy(update={"end_date": date(2024, 1, 31)}), stored)


# --------------------------------------------------------------------------- the mapping


def test_the_mapping_is_suggested_from_a_civision_like_header() -> None:
    suggestion = suggest_mapping([*HEADER, "Opmerking"])
    assert suggestion.model_dump(by_alias=True, exclude_none=True) == {
        "externalRef": "Klantnummer",
        "team": "Team",
        "benefitStart": "Startdatum uitkering",
        "benefitEnd": "Einddatum uitkering",
        "ladderRung": "Trede participatieladder",
        "lastConversation": "Laatste gesprek",
        "municipalityCode": "Gemeentecode",
        "responsibleManager": "Klantmanager (e-mail)",
        "bsn": "BSN",
        "exemptionGround": "Ontheffing grond",
        "exemptionStart": "Ontheffing startdatum",
        "exemptionEnd": "Ontheffing einddatum",
        "exemptionBasisDocument": "Datum keuring",
        "exemptionYoungestChildBirth": "Geboortedatum jongste kind",
    }
    assert suggestion.complete() is not None


def test_a_suggestion_without_a_reference_column_is_not_yet_a_mapping() -> None:
    suggestion = suggest_mapping(["Naam", "Team"])
    assert suggestion.team == "Team"
    assert suggestion.complete() is None


def test_the_mapping_speaks_camel_case_and_refuses_unknown_members() -> None:
    mapping = ColumnMapping.model_validate(
        {"externalRef": "Klantnummer", "benefitStart": "Startdatum uitkering"}
    )
    assert mapping.columns() == {
        "external_ref": "Klantnummer",
        "benefit_start": "Startdatum uitkering",
    }
    with pytest.raises(ValidationError):
        ColumnMapping.model_validate({"externalRef": "Klantnummer", "naam": "Naam"})
    with pytest.raises(ValidationError):
        ColumnMapping.model_validate({"team": "Team"})


def test_the_bsn_column_cannot_also_serve_as_another_field() -> None:
    with pytest.raises(ValidationError, match="BSN"):
        ColumnMapping(external_ref="BSN", bsn="bsn")


def test_exemption_columns_need_the_ground_and_the_start_date_mapped() -> None:
    with pytest.raises(ValidationError, match="grond"):
        ColumnMapping(external_ref="Klantnummer", exemption_end="Einddatum ontheffing")


# --------------------------------------------------------------------------- streaming


def test_rows_can_be_read_again_from_the_same_opened_file() -> None:
    data = csv_bytes([line(Klantnummer="K1"), line(Klantnummer="K1")])
    with open_caseload(io.BytesIO(data)) as export:
        first = list(export.rows(REF_ONLY))
        assert list(export.rows(REF_ONLY)) == first


class LazyExport(io.RawIOBase):
    """A CSV export produced line by line as it is read: it never exists whole in memory."""

    def __init__(self, rows: int) -> None:
        self.lines = self._lines(rows)
        self.pending = b""

    @staticmethod
    def _lines(rows: int) -> Iterator[bytes]:
        yield ";".join(HEADER[:8]).encode("cp1252") + b"\r\n"
        for block in range(1, rows + 1, 1000):
            yield "".join(
                f"K{i:07d};Team Zuidoost é;0{i % 9 + 1}-02-2020;;{i % 6 + 1};2023-0{i % 9 + 1}-15;"
                f"GM0753;km{i % 20}@best.nl\r\n"
                for i in range(block, min(block + 1000, rows + 1))
            ).encode("cp1252")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while len(self.pending) < len(buffer):
            chunk = next(self.lines, None)
            if chunk is None:
                break
            self.pending += chunk
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_a_100000_row_export_streams_through_with_flat_memory() -> None:
    # Holding the 100,000 rows would take ~55 MB here; streaming grows by the spooled
    # copy's memory part (4 MB) and the index of references seen (~4 MB).
    source = io.BufferedReader(LazyExport(100_000))
    assert not source.seekable()
    start = peak = resident_bytes()
    typed = last = 0
    for number, result in enumerate(
        parse_caseload(source, suggest_mapping(HEADER[:8]).complete() or REF_ONLY)
    ):
        assert isinstance(result, CaseloadRow)
        typed += 1
        last = result.row
        if number % 10_000 == 0:
            peak = max(peak, resident_bytes())
    peak = max(peak, resident_bytes())
    assert (typed, last) == (100_000, 100_001)
    assert peak - start < 25 * 2**20
