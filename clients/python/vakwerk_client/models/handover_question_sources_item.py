from enum import StrEnum


class HandoverQuestionSourcesItem(StrEnum):
    ANDERE_DESKUNDIGE = "andere_deskundige"
    COMPETENSYS = "competensys"
    EIGEN_INSCHATTING = "eigen_inschatting"
    KLANT = "klant"
    WETENSCHAP = "wetenschap"

    def __str__(self) -> str:
        return str(self.value)
