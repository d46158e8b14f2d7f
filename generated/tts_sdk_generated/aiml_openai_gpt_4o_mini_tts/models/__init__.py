"""Contains all the data models used in inputs/outputs"""

from .openai_gpt_4o_mini_tts_audio_file import OpenaiGpt4OMiniTtsAudioFile
from .openai_gpt_4o_mini_tts_error import OpenaiGpt4OMiniTtsError
from .openai_gpt_4o_mini_tts_model import OpenaiGpt4OMiniTtsModel
from .openai_gpt_4o_mini_tts_request import OpenaiGpt4OMiniTtsRequest
from .openai_gpt_4o_mini_tts_response import OpenaiGpt4OMiniTtsResponse
from .openai_gpt_4o_mini_tts_response_format import OpenaiGpt4OMiniTtsResponseFormat
from .openai_gpt_4o_mini_tts_response_meta import OpenaiGpt4OMiniTtsResponseMeta
from .openai_gpt_4o_mini_tts_response_meta_usage import OpenaiGpt4OMiniTtsResponseMetaUsage
from .openai_gpt_4o_mini_tts_voice import OpenaiGpt4OMiniTtsVoice

__all__ = (
    "OpenaiGpt4OMiniTtsAudioFile",
    "OpenaiGpt4OMiniTtsError",
    "OpenaiGpt4OMiniTtsModel",
    "OpenaiGpt4OMiniTtsRequest",
    "OpenaiGpt4OMiniTtsResponse",
    "OpenaiGpt4OMiniTtsResponseFormat",
    "OpenaiGpt4OMiniTtsResponseMeta",
    "OpenaiGpt4OMiniTtsResponseMetaUsage",
    "OpenaiGpt4OMiniTtsVoice",
)
