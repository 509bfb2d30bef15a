from enum import StrEnum


class ListAttentionSort(StrEnum):
    DUEDATE = "dueDate"
    VALUE_1 = "-dueDate"

    def __str__(self) -> str:
        return str(self.value)
