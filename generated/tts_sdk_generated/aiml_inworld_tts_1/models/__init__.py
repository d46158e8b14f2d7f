"""Contains all the data models used in inputs/outputs"""

from .inworld_tts_1_audio_file import InworldTts1AudioFile
from .inworld_tts_1_error import InworldTts1Error
from .inworld_tts_1_format import InworldTts1Format
from .inworld_tts_1_model import InworldTts1Model
from .inworld_tts_1_request import InworldTts1Request
from .inworld_tts_1_response import InworldTts1Response
from .inworld_tts_1_response_meta import InworldTts1ResponseMeta
from .inworld_tts_1_response_meta_usage import InworldTts1ResponseMetaUsage
from .inworld_tts_1_voice import InworldTts1Voice

__all__ = (
    "InworldTts1AudioFile",
    "InworldTts1Error",
    "InworldTts1Format",
    "InworldTts1Model",
    "InworldTts1Request",
    "InworldTts1Response",
    "InworldTts1ResponseMeta",
    "InworldTts1ResponseMetaUsage",
    "InworldTts1Voice",
)
