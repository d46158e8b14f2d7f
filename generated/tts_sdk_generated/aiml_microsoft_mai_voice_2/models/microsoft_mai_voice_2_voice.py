from typing import Literal

MicrosoftMaiVoice2Voice = Literal[
    "de-DE-KatjaNeural",
    "en-GB-RyanNeural",
    "en-GB-SoniaNeural",
    "en-US-Andrew:DragonHDLatestNeural",
    "en-US-AndrewNeural",
    "en-US-AriaNeural",
    "en-US-Ava:DragonHDLatestNeural",
    "en-US-AvaNeural",
    "en-US-Brian:DragonHDLatestNeural",
    "en-US-BrianNeural",
    "en-US-DavisNeural",
    "en-US-Emma:DragonHDLatestNeural",
    "en-US-EmmaNeural",
    "en-US-GuyNeural",
    "en-US-JaneNeural",
    "en-US-JennyNeural",
    "en-US-NancyNeural",
    "en-US-SaraNeural",
    "en-US-TonyNeural",
    "es-ES-ElviraNeural",
    "fr-FR-DeniseNeural",
]
"""Name of the voice to be used. Default: "en-US-AvaNeural".
"""
MICROSOFT_MAI_VOICE_2_VOICE_VALUES: set[MicrosoftMaiVoice2Voice] = {
    "de-DE-KatjaNeural",
    "en-GB-RyanNeural",
    "en-GB-SoniaNeural",
    "en-US-Andrew:DragonHDLatestNeural",
    "en-US-AndrewNeural",
    "en-US-AriaNeural",
    "en-US-Ava:DragonHDLatestNeural",
    "en-US-AvaNeural",
    "en-US-Brian:DragonHDLatestNeural",
    "en-US-BrianNeural",
    "en-US-DavisNeural",
    "en-US-Emma:DragonHDLatestNeural",
    "en-US-EmmaNeural",
    "en-US-GuyNeural",
    "en-US-JaneNeural",
    "en-US-JennyNeural",
    "en-US-NancyNeural",
    "en-US-SaraNeural",
    "en-US-TonyNeural",
    "es-ES-ElviraNeural",
    "fr-FR-DeniseNeural",
}


def check_microsoft_mai_voice_2_voice(value: str) -> MicrosoftMaiVoice2Voice:
    if value in MICROSOFT_MAI_VOICE_2_VOICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MICROSOFT_MAI_VOICE_2_VOICE_VALUES!r}")
