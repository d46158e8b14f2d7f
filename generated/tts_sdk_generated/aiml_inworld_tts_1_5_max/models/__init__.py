"""Contains all the data models used in inputs/outputs"""

from .inworld_tts_15_max_audio_file import InworldTts15MaxAudioFile
from .inworld_tts_15_max_error import InworldTts15MaxError
from .inworld_tts_15_max_format import InworldTts15MaxFormat
from .inworld_tts_15_max_model import InworldTts15MaxModel
from .inworld_tts_15_max_request import InworldTts15MaxRequest
from .inworld_tts_15_max_response import InworldTts15MaxResponse
from .inworld_tts_15_max_response_meta import InworldTts15MaxResponseMeta
from .inworld_tts_15_max_response_meta_usage import InworldTts15MaxResponseMetaUsage
from .inworld_tts_15_max_voice import InworldTts15MaxVoice

__all__ = (
    "InworldTts15MaxAudioFile",
    "InworldTts15MaxError",
    "InworldTts15MaxFormat",
    "InworldTts15MaxModel",
    "InworldTts15MaxRequest",
    "InworldTts15MaxResponse",
    "InworldTts15MaxResponseMeta",
    "InworldTts15MaxResponseMetaUsage",
    "InworldTts15MaxVoice",
)
