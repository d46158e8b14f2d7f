from enum import StrEnum


class MinimaxSpeech25HdTimbreWeightsItemVoiceId(StrEnum):
    ABBESS = "Abbess"
    CALM_WOMAN = "Calm_Woman"
    CASUAL_GUY = "Casual_Guy"
    DECENT_BOY = "Decent_Boy"
    DEEP_VOICE_MAN = "Deep_Voice_Man"
    DETERMINED_MAN = "Determined_Man"
    ELEGANT_MAN = "Elegant_Man"
    EXUBERANT_GIRL = "Exuberant_Girl"
    FRIENDLY_PERSON = "Friendly_Person"
    IMPOSING_MANNER = "Imposing_Manner"
    INSPIRATIONAL_GIRL = "Inspirational_girl"
    LIVELY_GIRL = "Lively_Girl"
    LOVELY_GIRL = "Lovely_Girl"
    PATIENT_MAN = "Patient_Man"
    SWEET_GIRL_2 = "Sweet_Girl_2"
    WISE_WOMAN = "Wise_Woman"
    YOUNG_KNIGHT = "Young_Knight"

    def __str__(self) -> str:
        return str(self.value)
