"""Contains all the data models used in inputs/outputs"""

from .gpt4o_mini_tts_audio_file import GPT4OMiniTTSAudioFile
from .gpt4o_mini_tts_error import GPT4OMiniTTSError
from .gpt4o_mini_tts_model import GPT4OMiniTTSModel
from .gpt4o_mini_tts_request import GPT4OMiniTTSRequest
from .gpt4o_mini_tts_response import GPT4OMiniTTSResponse
from .gpt4o_mini_tts_response_format import GPT4OMiniTTSResponseFormat
from .gpt4o_mini_tts_response_meta import GPT4OMiniTTSResponseMeta
from .gpt4o_mini_tts_response_meta_usage import GPT4OMiniTTSResponseMetaUsage
from .gpt4o_mini_tts_voice import GPT4OMiniTTSVoice

__all__ = (
    "GPT4OMiniTTSAudioFile",
    "GPT4OMiniTTSError",
    "GPT4OMiniTTSModel",
    "GPT4OMiniTTSRequest",
    "GPT4OMiniTTSResponse",
    "GPT4OMiniTTSResponseFormat",
    "GPT4OMiniTTSResponseMeta",
    "GPT4OMiniTTSResponseMetaUsage",
    "GPT4OMiniTTSVoice",
)
