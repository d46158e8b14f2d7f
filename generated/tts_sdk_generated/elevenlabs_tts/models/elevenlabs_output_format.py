from typing import Literal

ElevenlabsOutputFormat = Literal[
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
"""Output format of the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample rate at
32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be subscribed to Creator tier or
above. PCM with 44.1kHz sample rate requires you to be subscribed to Pro tier or above. Note that the μ-law format
(sometimes written mu-law, often approximated as u-law) is commonly used for Twilio audio inputs. Default:
"mp3_44100_128".
"""
ELEVENLABS_OUTPUT_FORMAT_VALUES: set[ElevenlabsOutputFormat] = {
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


def check_elevenlabs_output_format(value: str) -> ElevenlabsOutputFormat:
    if value in ELEVENLABS_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELEVENLABS_OUTPUT_FORMAT_VALUES!r}")
