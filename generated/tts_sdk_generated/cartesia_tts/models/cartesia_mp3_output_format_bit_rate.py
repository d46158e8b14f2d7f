from enum import IntEnum


class CartesiaMP3OutputFormatBitRate(IntEnum):
    VALUE_32000 = 32000
    VALUE_64000 = 64000
    VALUE_96000 = 96000
    VALUE_128000 = 128000
    VALUE_192000 = 192000

    def __str__(self) -> str:
        return str(self.value)
