from enum import StrEnum


class MinimaxSpeech28HdVoiceModifySoundEffects(StrEnum):
    AUDITORIUM_ECHO = "auditorium_echo"
    LOFI_TELEPHONE = "lofi_telephone"
    ROBOTIC = "robotic"
    SPACIOUS_ECHO = "spacious_echo"

    def __str__(self) -> str:
        return str(self.value)
