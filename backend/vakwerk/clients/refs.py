"""Finding a client by the number a client manager knows: the source system's reference.

``q`` is a prefix of a reference in any source system, ignoring case ("a-7" finds
competensys ``A-7001``); or, as lists write a client ("civision 12345"), a source
system's code (or its prefix) and a prefix of its reference, separated by a space.

Indexed on both databases: ``ix_client_refs_ref_prefix`` holds
(``organisation_id``, ``lower(ref)``) in byte order (``COLLATE "C"`` on PostgreSQL, the
default on SQLite), and a prefix is the range ``prefix <= key < prefix'`` (its last
character raised by one): one index range scan, bound parameters, no LIKE. References
are ``[A-Za-z0-9._-]``, so a ``q`` with other characters matches nothing.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from sqlalchemy import ColumnElement, String, and_, false, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import col

from vakwerk.clients.models import Client, ClientRef

REF_CHARS = re.compile(r"^[a-z0-9._-]{1,64}$")
SYSTEM_CHARS = re.compile(r"^[a-z0-9_]{1,40}$")


class ByteKey(FunctionElement[str]):
    """``lower(x)`` compared in byte order: the key the prefix index holds."""

    type = String()
    name = "byte_key"
    inherit_cache = True


@compiles(ByteKey)
def _byte_key(element: ByteKey, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(ByteKey, "postgresql")
def _byte_key_postgresql(element: ByteKey, compiler: Any, **kw: Any) -> str:
    return f'lower({compiler.process(element.clauses, **kw)}) COLLATE "C"'


def _prefix(key: Any, prefix: str) -> ColumnElement[bool]:
    following = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(key >= prefix, key < following)


def parse(q: str) -> tuple[str | None, str] | None:
    """(system prefix or None, reference prefix), lower case; None when nothing can match."""
    words = q.strip().lower().split()
    if len(words) == 1 and REF_CHARS.match(words[0]):
        return None, words[0]
    if len(words) == 2 and SYSTEM_CHARS.match(words[0]) and REF_CHARS.match(words[1]):
        return words[0], words[1]
    return None


def ref_matches(organisation_id: uuid.UUID, q: str) -> ColumnElement[bool]:
    """The clients with a reference that ``q`` is a prefix of (see the module doc)."""
    parsed = parse(q)
    if parsed is None:
        return false()
    system, prefix = parsed
    conditions = [
        col(ClientRef.organisation_id) == organisation_id,
        _prefix(ByteKey(col(ClientRef.ref)), prefix),
    ]
    if system is not None:
        conditions.append(_prefix(col(ClientRef.system), system))
    return col(Client.id).in_(select(col(ClientRef.client_id)).where(*conditions))
