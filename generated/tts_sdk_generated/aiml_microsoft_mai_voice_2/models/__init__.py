"""Contains all the data models used in inputs/outputs"""

from .microsoft_mai_voice_2_audio_file import MicrosoftMaiVoice2AudioFile
from .microsoft_mai_voice_2_error import MicrosoftMaiVoice2Error
from .microsoft_mai_voice_2_model import MicrosoftMaiVoice2Model
from .microsoft_mai_voice_2_request import MicrosoftMaiVoice2Request
from .microsoft_mai_voice_2_response import MicrosoftMaiVoice2Response
from .microsoft_mai_voice_2_response_format import MicrosoftMaiVoice2ResponseFormat
from .microsoft_mai_voice_2_response_meta import MicrosoftMaiVoice2ResponseMeta
from .microsoft_mai_voice_2_response_meta_usage import MicrosoftMaiVoice2ResponseMetaUsage
from .microsoft_mai_voice_2_voice import MicrosoftMaiVoice2Voice

__all__ = (
    "MicrosoftMaiVoice2AudioFile",
    "MicrosoftMaiVoice2Error",
    "MicrosoftMaiVoice2Model",
    "MicrosoftMaiVoice2Request",
    "MicrosoftMaiVoice2Response",
    "MicrosoftMaiVoice2ResponseFormat",
    "MicrosoftMaiVoice2ResponseMeta",
    "MicrosoftMaiVoice2ResponseMetaUsage",
    "MicrosoftMaiVoice2Voice",
)
