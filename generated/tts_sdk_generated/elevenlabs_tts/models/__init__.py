"""Contains all the data models used in inputs/outputs"""

from .eleven_labs_apply_text_normalization import ElevenLabsApplyTextNormalization
from .eleven_labs_http_validation_error import ElevenLabsHTTPValidationError
from .eleven_labs_output_format import ElevenLabsOutputFormat
from .eleven_labs_pronunciation_dictionary_version_locator_request_model import (
    ElevenLabsPronunciationDictionaryVersionLocatorRequestModel,
)
from .eleven_labs_request import ElevenLabsRequest
from .eleven_labs_stream_apply_text_normalization import ElevenLabsStreamApplyTextNormalization
from .eleven_labs_stream_request import ElevenLabsStreamRequest
from .eleven_labs_validation_error import ElevenLabsValidationError
from .eleven_labs_voice_settings_response_model import ElevenLabsVoiceSettingsResponseModel

__all__ = (
    "ElevenLabsApplyTextNormalization",
    "ElevenLabsHTTPValidationError",
    "ElevenLabsOutputFormat",
    "ElevenLabsPronunciationDictionaryVersionLocatorRequestModel",
    "ElevenLabsRequest",
    "ElevenLabsStreamApplyTextNormalization",
    "ElevenLabsStreamRequest",
    "ElevenLabsValidationError",
    "ElevenLabsVoiceSettingsResponseModel",
)
