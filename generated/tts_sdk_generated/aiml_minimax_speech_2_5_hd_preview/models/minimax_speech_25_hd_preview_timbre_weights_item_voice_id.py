from typing import Literal

MinimaxSpeech25HdPreviewTimbreWeightsItemVoiceId = Literal[
    "Abbess",
    "Calm_Woman",
    "Casual_Guy",
    "Decent_Boy",
    "Deep_Voice_Man",
    "Determined_Man",
    "Elegant_Man",
    "Exuberant_Girl",
    "Friendly_Person",
    "Imposing_Manner",
    "Inspirational_girl",
    "Lively_Girl",
    "Lovely_Girl",
    "Patient_Man",
    "Sweet_Girl_2",
    "Wise_Woman",
    "Young_Knight",
]
"""The values the spec lists."""
MINIMAX_SPEECH_25_HD_PREVIEW_TIMBRE_WEIGHTS_ITEM_VOICE_ID_VALUES: set[
    MinimaxSpeech25HdPreviewTimbreWeightsItemVoiceId
] = {
    "Abbess",
    "Calm_Woman",
    "Casual_Guy",
    "Decent_Boy",
    "Deep_Voice_Man",
    "Determined_Man",
    "Elegant_Man",
    "Exuberant_Girl",
    "Friendly_Person",
    "Imposing_Manner",
    "Inspirational_girl",
    "Lively_Girl",
    "Lovely_Girl",
    "Patient_Man",
    "Sweet_Girl_2",
    "Wise_Woman",
    "Young_Knight",
}


def check_minimax_speech_25_hd_preview_timbre_weights_item_voice_id(
    value: str,
) -> MinimaxSpeech25HdPreviewTimbreWeightsItemVoiceId:
    if value in MINIMAX_SPEECH_25_HD_PREVIEW_TIMBRE_WEIGHTS_ITEM_VOICE_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_25_HD_PREVIEW_TIMBRE_WEIGHTS_ITEM_VOICE_ID_VALUES!r}"
    )
