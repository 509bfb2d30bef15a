"""Password hashing, opaque secrets and their stored hashes."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()
# Verifying against this keeps unknown-user logins as slow as known-user ones.
_DUMMY_HASH = _hasher.hash("vakwerk-dummy-password-for-timing")


def use_fast_hashing() -> None:
    """Cheap argon2 parameters: for the test suite only, never in a deployment."""
    global _hasher, _DUMMY_HASH
    _hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    _DUMMY_HASH = _hasher.hash("vakwerk-dummy-password-for-timing")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, stored_hash: str | None) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_secret(prefix: str = "") -> str:
    """An opaque, URL-safe secret with 256 bits of randomness."""
    return prefix + secrets.token_urlsafe(32)


def secret_hash(secret: str) -> str:
    """Secrets are random, so a plain SHA-256 is a sound lookup hash."""
    return hashlib.sha256(secret.encode()).hexdigest()


def keyed_hash(key: str, value: str) -> str:
    return hmac.new(key.encode(), value.encode(), hashlib.sha256).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
