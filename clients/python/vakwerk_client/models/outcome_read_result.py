from enum import StrEnum


class OutcomeReadResult(StrEnum):
    ANDERS = "anders"
    ONTHEFFING_BEEINDIGD = "ontheffing_beeindigd"
    ONTHEFFING_GEHANDHAAFD = "ontheffing_gehandhaafd"
    ONTHEFFING_VERLEEND = "ontheffing_verleend"
    ONTHEFFING_VOORKOMEN = "ontheffing_voorkomen"
    VERWEZEN_RW = "verwezen_rw"

    def __str__(self) -> str:
        return str(self.value)
