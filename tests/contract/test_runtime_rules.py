"""The runtime rules of docs/integration.md, checked over real HTTP against the running server."""

from __future__ import annotations

import httpx

from tests.conftest import LiveServer


def test_runtime_rules_over_http(live_server: LiveServer) -> None:
    base = f"{live_server.url}/api/v1"
    auth = live_server.world["bh"].auth
    with httpx.Client(timeout=10) as http:
        ok = http.get(f"{base}/teams", headers=auth)
        assert ok.status_code == 200
        assert ok.headers["api-version"].count(".") == 2
        for header in (
            "x-content-type-options",
            "referrer-policy",
            "x-frame-options",
            "content-security-policy",
        ):
            assert header in ok.headers
        slash = http.get(f"{base}/teams/", headers=auth, follow_redirects=False)
        assert (
            slash.status_code == 404 and slash.headers["content-type"] == "application/problem+json"
        )
        assert http.get(f"{base}/").status_code == 200  # the API root is the one exception
        invalid = http.post(f"{base}/teams", json={"name": "", "kind": "onbekend"}, headers=auth)
        assert invalid.status_code == 400
        assert invalid.headers["content-type"] == "application/problem+json"
        assert {p["name"] for p in invalid.json()["invalidParams"]} == {"name", "kind"}
        unknown = http.get(f"{base}/bestaat-niet")
        assert unknown.status_code == 404 and unknown.json()["status"] == 404
