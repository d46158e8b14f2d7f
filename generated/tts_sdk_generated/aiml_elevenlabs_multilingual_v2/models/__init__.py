"""Contains all the data models used in inputs/outputs"""

from .elevenlabs_multilingual_v2_apply_text_normalization import ElevenlabsMultilingualV2ApplyTextNormalization
from .elevenlabs_multilingual_v2_audio_file import ElevenlabsMultilingualV2AudioFile
from .elevenlabs_multilingual_v2_error import ElevenlabsMultilingualV2Error
from .elevenlabs_multilingual_v2_model import ElevenlabsMultilingualV2Model
from .elevenlabs_multilingual_v2_output_format import ElevenlabsMultilingualV2OutputFormat
from .elevenlabs_multilingual_v2_request import ElevenlabsMultilingualV2Request
from .elevenlabs_multilingual_v2_response import ElevenlabsMultilingualV2Response
from .elevenlabs_multilingual_v2_response_meta import ElevenlabsMultilingualV2ResponseMeta
from .elevenlabs_multilingual_v2_response_meta_usage import ElevenlabsMultilingualV2ResponseMetaUsage
from .elevenlabs_multilingual_v2_voice import ElevenlabsMultilingualV2Voice
from .elevenlabs_multilingual_v2_voice_settings import ElevenlabsMultilingualV2VoiceSettings

__all__ = (
    "ElevenlabsMultilingualV2ApplyTextNormalization",
    "ElevenlabsMultilingualV2AudioFile",
    "ElevenlabsMultilingualV2Error",
    "ElevenlabsMultilingualV2Model",
    "ElevenlabsMultilingualV2OutputFormat",
    "ElevenlabsMultilingualV2Request",
    "ElevenlabsMultilingualV2Response",
    "ElevenlabsMultilingualV2ResponseMeta",
    "ElevenlabsMultilingualV2ResponseMetaUsage",
    "ElevenlabsMultilingualV2Voice",
    "ElevenlabsMultilingualV2VoiceSettings",
)
