from typing import Literal

MicrosoftMaiVoice2ResponseFormat = Literal["mp3", "pcm", "wav"]
"""Format of the output content for non-streaming requests. Controls how the generated audio data is encoded in the
response. Default: "mp3".
"""
MICROSOFT_MAI_VOICE_2_RESPONSE_FORMAT_VALUES: set[MicrosoftMaiVoice2ResponseFormat] = {
    "mp3",
    "pcm",
    "wav",
}


def check_microsoft_mai_voice_2_response_format(value: str) -> MicrosoftMaiVoice2ResponseFormat:
    if value in MICROSOFT_MAI_VOICE_2_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MICROSOFT_MAI_VOICE_2_RESPONSE_FORMAT_VALUES!r}")
