"""Contains all the data models used in inputs/outputs"""

from .open_ai_speech_audio_delta_event import OpenAISpeechAudioDeltaEvent
from .open_ai_speech_audio_delta_event_type import OpenAISpeechAudioDeltaEventType
from .open_ai_speech_audio_done_event import OpenAISpeechAudioDoneEvent
from .open_ai_speech_audio_done_event_type import OpenAISpeechAudioDoneEventType
from .open_ai_speech_audio_done_event_usage import OpenAISpeechAudioDoneEventUsage
from .open_ai_speech_custom_voice import OpenAISpeechCustomVoice
from .open_ai_speech_error import OpenAISpeechError
from .open_ai_speech_error_response import OpenAISpeechErrorResponse
from .open_ai_speech_model import OpenAISpeechModel
from .open_ai_speech_request import OpenAISpeechRequest
from .open_ai_speech_response_format import OpenAISpeechResponseFormat
from .open_ai_speech_stream_format import OpenAISpeechStreamFormat
from .open_ai_speech_voice_name import OpenAISpeechVoiceName

__all__ = (
    "OpenAISpeechAudioDeltaEvent",
    "OpenAISpeechAudioDeltaEventType",
    "OpenAISpeechAudioDoneEvent",
    "OpenAISpeechAudioDoneEventType",
    "OpenAISpeechAudioDoneEventUsage",
    "OpenAISpeechCustomVoice",
    "OpenAISpeechError",
    "OpenAISpeechErrorResponse",
    "OpenAISpeechModel",
    "OpenAISpeechRequest",
    "OpenAISpeechResponseFormat",
    "OpenAISpeechStreamFormat",
    "OpenAISpeechVoiceName",
)
