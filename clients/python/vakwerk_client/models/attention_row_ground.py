from enum import StrEnum


class AttentionRowGround(StrEnum):
    ART_9A = "art_9a"
    ART_9_LID_2 = "art_9_lid_2"
    ART_9_LID_5 = "art_9_lid_5"

    def __str__(self) -> str:
        return str(self.value)
