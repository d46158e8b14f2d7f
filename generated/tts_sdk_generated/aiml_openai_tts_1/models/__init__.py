"""Contains all the data models used in inputs/outputs"""

from .tts1_audio_file import TTS1AudioFile
from .tts1_error import TTS1Error
from .tts1_model import TTS1Model
from .tts1_request import TTS1Request
from .tts1_response import TTS1Response
from .tts1_response_format import TTS1ResponseFormat
from .tts1_response_meta import TTS1ResponseMeta
from .tts1_response_meta_usage import TTS1ResponseMetaUsage
from .tts1_voice import TTS1Voice

__all__ = (
    "TTS1AudioFile",
    "TTS1Error",
    "TTS1Model",
    "TTS1Request",
    "TTS1Response",
    "TTS1ResponseFormat",
    "TTS1ResponseMeta",
    "TTS1ResponseMetaUsage",
    "TTS1Voice",
)
