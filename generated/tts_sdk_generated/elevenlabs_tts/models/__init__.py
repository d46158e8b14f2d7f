"""Contains all the data models used in inputs/outputs"""

from .elevenlabs_apply_text_normalization import ElevenlabsApplyTextNormalization
from .elevenlabs_http_validation_error import ElevenlabsHTTPValidationError
from .elevenlabs_output_format import ElevenlabsOutputFormat
from .elevenlabs_pronunciation_dictionary_version_locator_request_model import (
    ElevenlabsPronunciationDictionaryVersionLocatorRequestModel,
)
from .elevenlabs_request import ElevenlabsRequest
from .elevenlabs_stream_apply_text_normalization import ElevenlabsStreamApplyTextNormalization
from .elevenlabs_stream_request import ElevenlabsStreamRequest
from .elevenlabs_validation_error import ElevenlabsValidationError
from .elevenlabs_voice_settings_response_model import ElevenlabsVoiceSettingsResponseModel

__all__ = (
    "ElevenlabsApplyTextNormalization",
    "ElevenlabsHTTPValidationError",
    "ElevenlabsOutputFormat",
    "ElevenlabsPronunciationDictionaryVersionLocatorRequestModel",
    "ElevenlabsRequest",
    "ElevenlabsStreamApplyTextNormalization",
    "ElevenlabsStreamRequest",
    "ElevenlabsValidationError",
    "ElevenlabsVoiceSettingsResponseModel",
)
