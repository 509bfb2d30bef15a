"""Contract tests use the shared live_server fixture (tests/conftest.py)."""
