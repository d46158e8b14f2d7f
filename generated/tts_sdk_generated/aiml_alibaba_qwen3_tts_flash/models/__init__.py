"""Contains all the data models used in inputs/outputs"""

from .alibaba_qwen_3_tts_flash_audio_file import AlibabaQwen3TtsFlashAudioFile
from .alibaba_qwen_3_tts_flash_error import AlibabaQwen3TtsFlashError
from .alibaba_qwen_3_tts_flash_model import AlibabaQwen3TtsFlashModel
from .alibaba_qwen_3_tts_flash_request import AlibabaQwen3TtsFlashRequest
from .alibaba_qwen_3_tts_flash_response import AlibabaQwen3TtsFlashResponse
from .alibaba_qwen_3_tts_flash_response_meta import AlibabaQwen3TtsFlashResponseMeta
from .alibaba_qwen_3_tts_flash_response_meta_usage import AlibabaQwen3TtsFlashResponseMetaUsage
from .alibaba_qwen_3_tts_flash_voice import AlibabaQwen3TtsFlashVoice

__all__ = (
    "AlibabaQwen3TtsFlashAudioFile",
    "AlibabaQwen3TtsFlashError",
    "AlibabaQwen3TtsFlashModel",
    "AlibabaQwen3TtsFlashRequest",
    "AlibabaQwen3TtsFlashResponse",
    "AlibabaQwen3TtsFlashResponseMeta",
    "AlibabaQwen3TtsFlashResponseMetaUsage",
    "AlibabaQwen3TtsFlashVoice",
)
