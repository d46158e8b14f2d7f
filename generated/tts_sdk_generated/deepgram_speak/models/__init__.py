"""Contains all the data models used in inputs/outputs"""

from .deepgram_callback_method import DeepgramCallbackMethod
from .deepgram_error_response_legacy_error import DeepgramErrorResponseLegacyError
from .deepgram_error_response_modern_error import DeepgramErrorResponseModernError
from .deepgram_model import DeepgramModel
from .deepgram_request import DeepgramRequest
from .deepgram_v1_speak_post_parameters_bit_rate_0 import DeepgramV1SpeakPostParametersBitRate0
from .deepgram_v1_speak_post_parameters_container_0 import DeepgramV1SpeakPostParametersContainer0
from .deepgram_v1_speak_post_parameters_container_1 import DeepgramV1SpeakPostParametersContainer1
from .deepgram_v1_speak_post_parameters_container_4 import DeepgramV1SpeakPostParametersContainer4
from .deepgram_v1_speak_post_parameters_encoding_0 import DeepgramV1SpeakPostParametersEncoding0
from .deepgram_v1_speak_post_parameters_encoding_1 import DeepgramV1SpeakPostParametersEncoding1
from .deepgram_v1_speak_post_parameters_encoding_2 import DeepgramV1SpeakPostParametersEncoding2
from .deepgram_v1_speak_post_parameters_encoding_3 import DeepgramV1SpeakPostParametersEncoding3
from .deepgram_v1_speak_post_parameters_encoding_4 import DeepgramV1SpeakPostParametersEncoding4
from .deepgram_v1_speak_post_parameters_encoding_5 import DeepgramV1SpeakPostParametersEncoding5
from .deepgram_v1_speak_post_parameters_encoding_6 import DeepgramV1SpeakPostParametersEncoding6
from .deepgram_v1_speak_post_parameters_sample_rate_0 import DeepgramV1SpeakPostParametersSampleRate0
from .deepgram_v1_speak_post_parameters_sample_rate_1 import DeepgramV1SpeakPostParametersSampleRate1
from .deepgram_v1_speak_post_parameters_sample_rate_3 import DeepgramV1SpeakPostParametersSampleRate3
from .deepgram_v1_speak_post_parameters_sample_rate_4 import DeepgramV1SpeakPostParametersSampleRate4

__all__ = (
    "DeepgramCallbackMethod",
    "DeepgramErrorResponseLegacyError",
    "DeepgramErrorResponseModernError",
    "DeepgramModel",
    "DeepgramRequest",
    "DeepgramV1SpeakPostParametersBitRate0",
    "DeepgramV1SpeakPostParametersContainer0",
    "DeepgramV1SpeakPostParametersContainer1",
    "DeepgramV1SpeakPostParametersContainer4",
    "DeepgramV1SpeakPostParametersEncoding0",
    "DeepgramV1SpeakPostParametersEncoding1",
    "DeepgramV1SpeakPostParametersEncoding2",
    "DeepgramV1SpeakPostParametersEncoding3",
    "DeepgramV1SpeakPostParametersEncoding4",
    "DeepgramV1SpeakPostParametersEncoding5",
    "DeepgramV1SpeakPostParametersEncoding6",
    "DeepgramV1SpeakPostParametersSampleRate0",
    "DeepgramV1SpeakPostParametersSampleRate1",
    "DeepgramV1SpeakPostParametersSampleRate3",
    "DeepgramV1SpeakPostParametersSampleRate4",
)
