"""Case search on both databases with the same meaning.

A case matches when every word of ``q`` is a prefix of a word of its text, ignoring
case and accents. The service keeps ``cases.search_text`` (normalised text) current;
SQLite searches it through an FTS5 table kept in step by triggers, PostgreSQL through
a GIN index over the 'simple' and the 'dutch' text-search configurations (so Dutch
stemming may match more, never fewer).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, literal_column, text

from vakwerk.core.text import normalise, words

PG_VECTOR = "(to_tsvector('simple', cases.search_text) || to_tsvector('dutch', cases.search_text))"


def search_text(*parts: str | None) -> str:
    return " ".join(normalise(part) for part in parts if part)


def matches(dialect: str, q: str) -> ColumnElement[bool]:
    terms = words(q)[:20]
    if not terms:
        return literal_column("1") == literal_column("1")
    if dialect == "postgresql":
        query = None
        for term in terms:
            one = func.to_tsquery(literal_column("'simple'"), f"{term}:*").op("||")(
                func.to_tsquery(literal_column("'dutch'"), f"{term}:*")
            )
            query = one if query is None else query.op("&&")(one)
        return literal_column(PG_VECTOR).op("@@")(query)
    match = " ".join(f'"{term}"*' for term in terms)
    clause = text("cases.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH :fts_query)")
    return clause.bindparams(fts_query=match)  # type: ignore[return-value]
