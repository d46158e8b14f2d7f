from enum import StrEnum


class CartesiaRawEncoding(StrEnum):
    PCM_ALAW = "pcm_alaw"
    PCM_F32LE = "pcm_f32le"
    PCM_MULAW = "pcm_mulaw"
    PCM_S16LE = "pcm_s16le"

    def __str__(self) -> str:
        return str(self.value)
