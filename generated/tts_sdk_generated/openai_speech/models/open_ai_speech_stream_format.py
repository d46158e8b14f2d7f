from enum import StrEnum


class OpenAISpeechStreamFormat(StrEnum):
    AUDIO = "audio"
    SSE = "sse"

    def __str__(self) -> str:
        return str(self.value)
