from typing import Literal

HumeOctave2Voice = Literal[
    "Alice Bennett",
    "Articulate ASMR British Narrator",
    "Ava Song",
    "Big Dicky",
    "Booming American Narrator",
    "Booming British Narrator",
    "Campfire Narrator",
    "Charming Cowgirl",
    "Colton Rivers",
    "Donovan Sinclair",
    "English Children's Book Narrator",
    "French Chef",
    "Imani Carter",
    "Lady Elizabeth",
    "Literature Professor",
    "Male English Actor",
    "Male Protagonist",
    "Nature Documentary Narrator",
    "Relaxing ASMR Woman",
    "Sebastian Lockwood",
    "Sitcom Girl",
    "Spanish Instructor",
    "Terrence Bentley",
    "TikTok Fashion Influencer",
    "Tough Guy",
    "Unserious Movie Trailer Narrator",
    "Vince Douglas",
]
"""Name of the voice to be used. Default: "Vince Douglas".
"""
HUME_OCTAVE_2_VOICE_VALUES: set[HumeOctave2Voice] = {
    "Alice Bennett",
    "Articulate ASMR British Narrator",
    "Ava Song",
    "Big Dicky",
    "Booming American Narrator",
    "Booming British Narrator",
    "Campfire Narrator",
    "Charming Cowgirl",
    "Colton Rivers",
    "Donovan Sinclair",
    "English Children's Book Narrator",
    "French Chef",
    "Imani Carter",
    "Lady Elizabeth",
    "Literature Professor",
    "Male English Actor",
    "Male Protagonist",
    "Nature Documentary Narrator",
    "Relaxing ASMR Woman",
    "Sebastian Lockwood",
    "Sitcom Girl",
    "Spanish Instructor",
    "Terrence Bentley",
    "TikTok Fashion Influencer",
    "Tough Guy",
    "Unserious Movie Trailer Narrator",
    "Vince Douglas",
}


def check_hume_octave_2_voice(value: str) -> HumeOctave2Voice:
    if value in HUME_OCTAVE_2_VOICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HUME_OCTAVE_2_VOICE_VALUES!r}")
