"""Contains all the data models used in inputs/outputs"""

from .deepgram_aura_2_audio_file import DeepgramAura2AudioFile
from .deepgram_aura_2_encoding import DeepgramAura2Encoding
from .deepgram_aura_2_error import DeepgramAura2Error
from .deepgram_aura_2_model import DeepgramAura2Model
from .deepgram_aura_2_request import DeepgramAura2Request
from .deepgram_aura_2_response import DeepgramAura2Response
from .deepgram_aura_2_response_meta import DeepgramAura2ResponseMeta
from .deepgram_aura_2_response_meta_usage import DeepgramAura2ResponseMetaUsage
from .deepgram_aura_2_voice import DeepgramAura2Voice

__all__ = (
    "DeepgramAura2AudioFile",
    "DeepgramAura2Encoding",
    "DeepgramAura2Error",
    "DeepgramAura2Model",
    "DeepgramAura2Request",
    "DeepgramAura2Response",
    "DeepgramAura2ResponseMeta",
    "DeepgramAura2ResponseMetaUsage",
    "DeepgramAura2Voice",
)
