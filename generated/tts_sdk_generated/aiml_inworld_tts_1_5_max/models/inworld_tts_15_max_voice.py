from enum import StrEnum


class InworldTts15MaxVoice(StrEnum):
    ALEX = "Alex"
    ASHLEY = "Ashley"
    CRAIG = "Craig"
    DEBORAH = "Deborah"
    DENNIS = "Dennis"
    DOMINUS = "Dominus"
    EDWARD = "Edward"
    ELIZABETH = "Elizabeth"
    HADES = "Hades"
    HEITOR = "Heitor"
    JULIA = "Julia"
    MAITE = "Maitê"
    MARK = "Mark"
    OLIVIA = "Olivia"
    PIXIE = "Pixie"
    PRIYA = "Priya"
    RONALD = "Ronald"
    SARAH = "Sarah"
    SHAUN = "Shaun"
    THEODORE = "Theodore"
    TIMOTHY = "Timothy"
    WENDY = "Wendy"

    def __str__(self) -> str:
        return str(self.value)
