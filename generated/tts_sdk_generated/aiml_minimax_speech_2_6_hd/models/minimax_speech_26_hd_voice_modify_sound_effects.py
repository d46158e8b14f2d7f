from typing import Literal

MinimaxSpeech26HdVoiceModifySoundEffects = Literal["auditorium_echo", "lofi_telephone", "robotic", "spacious_echo"]
"""Audio effects to apply to the synthesized speech. Includes options like spacious_echo, auditorium_echo,
lofi_telephone, and robotic effects.
"""
MINIMAX_SPEECH_26_HD_VOICE_MODIFY_SOUND_EFFECTS_VALUES: set[MinimaxSpeech26HdVoiceModifySoundEffects] = {
    "auditorium_echo",
    "lofi_telephone",
    "robotic",
    "spacious_echo",
}


def check_minimax_speech_26_hd_voice_modify_sound_effects(value: str) -> MinimaxSpeech26HdVoiceModifySoundEffects:
    if value in MINIMAX_SPEECH_26_HD_VOICE_MODIFY_SOUND_EFFECTS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_26_HD_VOICE_MODIFY_SOUND_EFFECTS_VALUES!r}"
    )
