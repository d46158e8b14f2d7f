from typing import Literal

MinimaxSpeech25HdPreviewVoiceModifySoundEffects = Literal[
    "auditorium_echo", "lofi_telephone", "robotic", "spacious_echo"
]
"""Audio effects to apply to the synthesized speech. Includes options like spacious_echo, auditorium_echo,
lofi_telephone, and robotic effects.
"""
MINIMAX_SPEECH_25_HD_PREVIEW_VOICE_MODIFY_SOUND_EFFECTS_VALUES: set[MinimaxSpeech25HdPreviewVoiceModifySoundEffects] = {
    "auditorium_echo",
    "lofi_telephone",
    "robotic",
    "spacious_echo",
}


def check_minimax_speech_25_hd_preview_voice_modify_sound_effects(
    value: str,
) -> MinimaxSpeech25HdPreviewVoiceModifySoundEffects:
    if value in MINIMAX_SPEECH_25_HD_PREVIEW_VOICE_MODIFY_SOUND_EFFECTS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_25_HD_PREVIEW_VOICE_MODIFY_SOUND_EFFECTS_VALUES!r}"
    )
