"""Contains all the data models used in inputs/outputs"""

from .inworld_tts1_audio_file import InworldTTS1AudioFile
from .inworld_tts1_error import InworldTTS1Error
from .inworld_tts1_format import InworldTTS1Format
from .inworld_tts1_model import InworldTTS1Model
from .inworld_tts1_request import InworldTTS1Request
from .inworld_tts1_response import InworldTTS1Response
from .inworld_tts1_response_meta import InworldTTS1ResponseMeta
from .inworld_tts1_response_meta_usage import InworldTTS1ResponseMetaUsage
from .inworld_tts1_voice import InworldTTS1Voice

__all__ = (
    "InworldTTS1AudioFile",
    "InworldTTS1Error",
    "InworldTTS1Format",
    "InworldTTS1Model",
    "InworldTTS1Request",
    "InworldTTS1Response",
    "InworldTTS1ResponseMeta",
    "InworldTTS1ResponseMetaUsage",
    "InworldTTS1Voice",
)
