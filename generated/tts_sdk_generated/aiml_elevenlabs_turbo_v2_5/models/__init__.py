"""Contains all the data models used in inputs/outputs"""

from .elevenlabs_turbo_v25_apply_text_normalization import ElevenlabsTurboV25ApplyTextNormalization
from .elevenlabs_turbo_v25_audio_file import ElevenlabsTurboV25AudioFile
from .elevenlabs_turbo_v25_error import ElevenlabsTurboV25Error
from .elevenlabs_turbo_v25_model import ElevenlabsTurboV25Model
from .elevenlabs_turbo_v25_output_format import ElevenlabsTurboV25OutputFormat
from .elevenlabs_turbo_v25_request import ElevenlabsTurboV25Request
from .elevenlabs_turbo_v25_response import ElevenlabsTurboV25Response
from .elevenlabs_turbo_v25_response_meta import ElevenlabsTurboV25ResponseMeta
from .elevenlabs_turbo_v25_response_meta_usage import ElevenlabsTurboV25ResponseMetaUsage
from .elevenlabs_turbo_v25_voice import ElevenlabsTurboV25Voice
from .elevenlabs_turbo_v25_voice_settings import ElevenlabsTurboV25VoiceSettings

__all__ = (
    "ElevenlabsTurboV25ApplyTextNormalization",
    "ElevenlabsTurboV25AudioFile",
    "ElevenlabsTurboV25Error",
    "ElevenlabsTurboV25Model",
    "ElevenlabsTurboV25OutputFormat",
    "ElevenlabsTurboV25Request",
    "ElevenlabsTurboV25Response",
    "ElevenlabsTurboV25ResponseMeta",
    "ElevenlabsTurboV25ResponseMetaUsage",
    "ElevenlabsTurboV25Voice",
    "ElevenlabsTurboV25VoiceSettings",
)
