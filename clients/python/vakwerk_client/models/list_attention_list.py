from enum import StrEnum


class ListAttentionList(StrEnum):
    BASIS_VERLOPEN = "basis_verlopen"
    EINDE_NADERT = "einde_nadert"
    GEEN_GESPREK = "geen_gesprek"
    KIND_WORDT_VIJF = "kind_wordt_vijf"

    def __str__(self) -> str:
        return str(self.value)
