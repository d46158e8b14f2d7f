from typing import Literal

MicrosoftVibevoice15BSpeakersItemPreset = Literal[
    "Alice [EN]",
    "Alice [EN] (Background Music)",
    "Anchen [ZH] (Background Music)",
    "Bowen [ZH]",
    "Carter [EN]",
    "Frank [EN]",
    "Maya [EN]",
    "Xinran [ZH]",
]
"""Default voice preset to use for the speaker. Not used if audio_url is provided.
"""
MICROSOFT_VIBEVOICE_15B_SPEAKERS_ITEM_PRESET_VALUES: set[MicrosoftVibevoice15BSpeakersItemPreset] = {
    "Alice [EN]",
    "Alice [EN] (Background Music)",
    "Anchen [ZH] (Background Music)",
    "Bowen [ZH]",
    "Carter [EN]",
    "Frank [EN]",
    "Maya [EN]",
    "Xinran [ZH]",
}


def check_microsoft_vibevoice_15b_speakers_item_preset(value: str) -> MicrosoftVibevoice15BSpeakersItemPreset:
    if value in MICROSOFT_VIBEVOICE_15B_SPEAKERS_ITEM_PRESET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MICROSOFT_VIBEVOICE_15B_SPEAKERS_ITEM_PRESET_VALUES!r}"
    )
