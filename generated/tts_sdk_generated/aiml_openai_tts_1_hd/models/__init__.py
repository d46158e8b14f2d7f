"""Contains all the data models used in inputs/outputs"""

from .tts1hd_audio_file import TTS1HDAudioFile
from .tts1hd_error import TTS1HDError
from .tts1hd_model import TTS1HDModel
from .tts1hd_request import TTS1HDRequest
from .tts1hd_response import TTS1HDResponse
from .tts1hd_response_format import TTS1HDResponseFormat
from .tts1hd_response_meta import TTS1HDResponseMeta
from .tts1hd_response_meta_usage import TTS1HDResponseMetaUsage
from .tts1hd_voice import TTS1HDVoice

__all__ = (
    "TTS1HDAudioFile",
    "TTS1HDError",
    "TTS1HDModel",
    "TTS1HDRequest",
    "TTS1HDResponse",
    "TTS1HDResponseFormat",
    "TTS1HDResponseMeta",
    "TTS1HDResponseMetaUsage",
    "TTS1HDVoice",
)
