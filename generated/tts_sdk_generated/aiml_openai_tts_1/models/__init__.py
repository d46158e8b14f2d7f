"""Contains all the data models used in inputs/outputs"""

from .openai_tts_1_audio_file import OpenaiTts1AudioFile
from .openai_tts_1_error import OpenaiTts1Error
from .openai_tts_1_model import OpenaiTts1Model
from .openai_tts_1_request import OpenaiTts1Request
from .openai_tts_1_response import OpenaiTts1Response
from .openai_tts_1_response_format import OpenaiTts1ResponseFormat
from .openai_tts_1_response_meta import OpenaiTts1ResponseMeta
from .openai_tts_1_response_meta_usage import OpenaiTts1ResponseMetaUsage
from .openai_tts_1_voice import OpenaiTts1Voice

__all__ = (
    "OpenaiTts1AudioFile",
    "OpenaiTts1Error",
    "OpenaiTts1Model",
    "OpenaiTts1Request",
    "OpenaiTts1Response",
    "OpenaiTts1ResponseFormat",
    "OpenaiTts1ResponseMeta",
    "OpenaiTts1ResponseMetaUsage",
    "OpenaiTts1Voice",
)
