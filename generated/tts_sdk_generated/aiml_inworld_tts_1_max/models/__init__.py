"""Contains all the data models used in inputs/outputs"""

from .inworld_tts_1_max_audio_file import InworldTts1MaxAudioFile
from .inworld_tts_1_max_error import InworldTts1MaxError
from .inworld_tts_1_max_format import InworldTts1MaxFormat
from .inworld_tts_1_max_model import InworldTts1MaxModel
from .inworld_tts_1_max_request import InworldTts1MaxRequest
from .inworld_tts_1_max_response import InworldTts1MaxResponse
from .inworld_tts_1_max_response_meta import InworldTts1MaxResponseMeta
from .inworld_tts_1_max_response_meta_usage import InworldTts1MaxResponseMetaUsage
from .inworld_tts_1_max_voice import InworldTts1MaxVoice

__all__ = (
    "InworldTts1MaxAudioFile",
    "InworldTts1MaxError",
    "InworldTts1MaxFormat",
    "InworldTts1MaxModel",
    "InworldTts1MaxRequest",
    "InworldTts1MaxResponse",
    "InworldTts1MaxResponseMeta",
    "InworldTts1MaxResponseMetaUsage",
    "InworldTts1MaxVoice",
)
