"""Contains all the data models used in inputs/outputs"""

from .openai_speech_audio_delta_event import OpenaiSpeechAudioDeltaEvent
from .openai_speech_audio_delta_event_type import OpenaiSpeechAudioDeltaEventType
from .openai_speech_audio_done_event import OpenaiSpeechAudioDoneEvent
from .openai_speech_audio_done_event_type import OpenaiSpeechAudioDoneEventType
from .openai_speech_audio_done_event_usage import OpenaiSpeechAudioDoneEventUsage
from .openai_speech_custom_voice import OpenaiSpeechCustomVoice
from .openai_speech_error import OpenaiSpeechError
from .openai_speech_error_response import OpenaiSpeechErrorResponse
from .openai_speech_model import OpenaiSpeechModel
from .openai_speech_request import OpenaiSpeechRequest
from .openai_speech_response_format import OpenaiSpeechResponseFormat
from .openai_speech_stream_format import OpenaiSpeechStreamFormat
from .openai_speech_voice_name import OpenaiSpeechVoiceName

__all__ = (
    "OpenaiSpeechAudioDeltaEvent",
    "OpenaiSpeechAudioDeltaEventType",
    "OpenaiSpeechAudioDoneEvent",
    "OpenaiSpeechAudioDoneEventType",
    "OpenaiSpeechAudioDoneEventUsage",
    "OpenaiSpeechCustomVoice",
    "OpenaiSpeechError",
    "OpenaiSpeechErrorResponse",
    "OpenaiSpeechModel",
    "OpenaiSpeechRequest",
    "OpenaiSpeechResponseFormat",
    "OpenaiSpeechStreamFormat",
    "OpenaiSpeechVoiceName",
)
