from enum import StrEnum


class AnswerReadAnswer(StrEnum):
    JA = "ja"
    NEE = "nee"
    WACHT_OP_DESKUNDIGE = "wacht_op_deskundige"

    def __str__(self) -> str:
        return str(self.value)
