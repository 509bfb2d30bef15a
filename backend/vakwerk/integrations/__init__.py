"""Integrations with other systems: the caseload import's file reading (webhooks follow)."""
