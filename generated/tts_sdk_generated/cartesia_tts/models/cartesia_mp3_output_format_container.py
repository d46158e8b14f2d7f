from enum import StrEnum


class CartesiaMP3OutputFormatContainer(StrEnum):
    MP3 = "mp3"

    def __str__(self) -> str:
        return str(self.value)
