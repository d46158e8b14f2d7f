"""Contains all the data models used in inputs/outputs"""

from .inworld_tts1_max_audio_file import InworldTTS1MaxAudioFile
from .inworld_tts1_max_error import InworldTTS1MaxError
from .inworld_tts1_max_format import InworldTTS1MaxFormat
from .inworld_tts1_max_model import InworldTTS1MaxModel
from .inworld_tts1_max_request import InworldTTS1MaxRequest
from .inworld_tts1_max_response import InworldTTS1MaxResponse
from .inworld_tts1_max_response_meta import InworldTTS1MaxResponseMeta
from .inworld_tts1_max_response_meta_usage import InworldTTS1MaxResponseMetaUsage
from .inworld_tts1_max_voice import InworldTTS1MaxVoice

__all__ = (
    "InworldTTS1MaxAudioFile",
    "InworldTTS1MaxError",
    "InworldTTS1MaxFormat",
    "InworldTTS1MaxModel",
    "InworldTTS1MaxRequest",
    "InworldTTS1MaxResponse",
    "InworldTTS1MaxResponseMeta",
    "InworldTTS1MaxResponseMetaUsage",
    "InworldTTS1MaxVoice",
)
