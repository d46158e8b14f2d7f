"""Contains all the data models used in inputs/outputs"""

from .microsoft_vibevoice_15b_audio_file import MicrosoftVibevoice15BAudioFile
from .microsoft_vibevoice_15b_error import MicrosoftVibevoice15BError
from .microsoft_vibevoice_15b_model import MicrosoftVibevoice15BModel
from .microsoft_vibevoice_15b_request import MicrosoftVibevoice15BRequest
from .microsoft_vibevoice_15b_response import MicrosoftVibevoice15BResponse
from .microsoft_vibevoice_15b_response_meta import MicrosoftVibevoice15BResponseMeta
from .microsoft_vibevoice_15b_response_meta_usage import MicrosoftVibevoice15BResponseMetaUsage
from .microsoft_vibevoice_15b_speakers_item import MicrosoftVibevoice15BSpeakersItem
from .microsoft_vibevoice_15b_speakers_item_preset import MicrosoftVibevoice15BSpeakersItemPreset

__all__ = (
    "MicrosoftVibevoice15BAudioFile",
    "MicrosoftVibevoice15BError",
    "MicrosoftVibevoice15BModel",
    "MicrosoftVibevoice15BRequest",
    "MicrosoftVibevoice15BResponse",
    "MicrosoftVibevoice15BResponseMeta",
    "MicrosoftVibevoice15BResponseMetaUsage",
    "MicrosoftVibevoice15BSpeakersItem",
    "MicrosoftVibevoice15BSpeakersItemPreset",
)
