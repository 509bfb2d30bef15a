from enum import StrEnum


class DiagnosisItemElement(StrEnum):
    AFFINITEITEN = "affiniteiten"
    BESCHIKBAARHEID = "beschikbaarheid"
    HOUDING_MOTIVATIE = "houding_motivatie"
    OPLEIDINGSACHTERGROND = "opleidingsachtergrond"
    VERVOERSMOGELIJKHEDEN = "vervoersmogelijkheden"
    WERKERVARING = "werkervaring"
    ZELFREDZAAMHEID = "zelfredzaamheid"

    def __str__(self) -> str:
        return str(self.value)
