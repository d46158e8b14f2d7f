from enum import IntEnum


class MinimaxSpeech26HdAudioSettingBitrate(IntEnum):
    VALUE_32000 = 32000
    VALUE_64000 = 64000
    VALUE_128000 = 128000
    VALUE_256000 = 256000

    def __str__(self) -> str:
        return str(self.value)
