from enum import StrEnum


class CartesiaTTSModel(StrEnum):
    SONIC_3 = "sonic-3"
    SONIC_3_2025_10_27 = "sonic-3-2025-10-27"
    SONIC_3_2026_01_12 = "sonic-3-2026-01-12"
    SONIC_3_5 = "sonic-3.5"
    SONIC_3_5_2026_05_04 = "sonic-3.5-2026-05-04"

    def __str__(self) -> str:
        return str(self.value)
