from typing import Literal

ElevenlabsTurboV25OutputFormat = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]
"""Format of the output content for non-streaming requests. Controls how the generated audio data is encoded in the
response.
"""
ELEVENLABS_TURBO_V25_OUTPUT_FORMAT_VALUES: set[ElevenlabsTurboV25OutputFormat] = {
    "alaw_8000",
    "mp3_22050_32",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
}


def check_elevenlabs_turbo_v25_output_format(value: str) -> ElevenlabsTurboV25OutputFormat:
    if value in ELEVENLABS_TURBO_V25_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELEVENLABS_TURBO_V25_OUTPUT_FORMAT_VALUES!r}")
