from enum import StrEnum


class AlibabaQwen3TtsFlashVoice(StrEnum):
    CHERRY = "Cherry"
    DYLAN = "Dylan"
    ELIAS = "Elias"
    ERIC = "Eric"
    ETHAN = "Ethan"
    JADA = "Jada"
    JENNIFER = "Jennifer"
    KATERINA = "Katerina"
    KIKI = "Kiki"
    LI = "Li"
    MARCUS = "Marcus"
    NOFISH = "Nofish"
    PETER = "Peter"
    ROCKY = "Rocky"
    ROY = "Roy"
    RYAN = "Ryan"
    SUNNY = "Sunny"

    def __str__(self) -> str:
        return str(self.value)
