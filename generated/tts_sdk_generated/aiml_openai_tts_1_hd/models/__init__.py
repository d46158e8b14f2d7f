"""Contains all the data models used in inputs/outputs"""

from .openai_tts_1_hd_audio_file import OpenaiTts1HdAudioFile
from .openai_tts_1_hd_error import OpenaiTts1HdError
from .openai_tts_1_hd_model import OpenaiTts1HdModel
from .openai_tts_1_hd_request import OpenaiTts1HdRequest
from .openai_tts_1_hd_response import OpenaiTts1HdResponse
from .openai_tts_1_hd_response_format import OpenaiTts1HdResponseFormat
from .openai_tts_1_hd_response_meta import OpenaiTts1HdResponseMeta
from .openai_tts_1_hd_response_meta_usage import OpenaiTts1HdResponseMetaUsage
from .openai_tts_1_hd_voice import OpenaiTts1HdVoice

__all__ = (
    "OpenaiTts1HdAudioFile",
    "OpenaiTts1HdError",
    "OpenaiTts1HdModel",
    "OpenaiTts1HdRequest",
    "OpenaiTts1HdResponse",
    "OpenaiTts1HdResponseFormat",
    "OpenaiTts1HdResponseMeta",
    "OpenaiTts1HdResponseMetaUsage",
    "OpenaiTts1HdVoice",
)
