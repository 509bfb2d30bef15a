from tests.conftest import World


def test_me_returns_own_profile(client, world: World) -> None:
    reply = client.get("/api/v1/me", headers=world["km"].auth)
    assert reply.status_code == 200
    assert reply.json()["email"] == "km@a.example"
    assert reply.json()["teamIds"] == [str(world.teams["wi1"])]
