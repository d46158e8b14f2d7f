"""Contains all the data models used in inputs/outputs"""

from .cartesia_cartesia_version import CartesiaCartesiaVersion
from .cartesia_emotion import CartesiaEmotion
from .cartesia_events_request import CartesiaEventsRequest
from .cartesia_generation_config import CartesiaGenerationConfig
from .cartesia_model_speed import CartesiaModelSpeed
from .cartesia_mp3_output_format import CartesiaMP3OutputFormat
from .cartesia_mp3_output_format_bit_rate import CartesiaMP3OutputFormatBitRate
from .cartesia_mp3_output_format_container import CartesiaMP3OutputFormatContainer
from .cartesia_mp3_output_format_sample_rate import CartesiaMP3OutputFormatSampleRate
from .cartesia_phoneme_timestamps import CartesiaPhonemeTimestamps
from .cartesia_raw_encoding import CartesiaRawEncoding
from .cartesia_raw_output_format import CartesiaRawOutputFormat
from .cartesia_raw_output_format_container import CartesiaRawOutputFormatContainer
from .cartesia_raw_output_format_sample_rate import CartesiaRawOutputFormatSampleRate
from .cartesia_request import CartesiaRequest
from .cartesia_sse_output_format import CartesiaSSEOutputFormat
from .cartesia_sse_output_format_container import CartesiaSSEOutputFormatContainer
from .cartesia_sse_output_format_sample_rate import CartesiaSSEOutputFormatSampleRate
from .cartesia_supported_language import CartesiaSupportedLanguage
from .cartesia_tts_model import CartesiaTTSModel
from .cartesia_tts_request_voice_specifier import CartesiaTTSRequestVoiceSpecifier
from .cartesia_tts_request_voice_specifier_mode import CartesiaTTSRequestVoiceSpecifierMode
from .cartesia_ttssse_chunk_event import CartesiaTTSSSEChunkEvent
from .cartesia_ttssse_chunk_event_type import CartesiaTTSSSEChunkEventType
from .cartesia_ttssse_done_event import CartesiaTTSSSEDoneEvent
from .cartesia_ttssse_done_event_type import CartesiaTTSSSEDoneEventType
from .cartesia_ttssse_error_event import CartesiaTTSSSEErrorEvent
from .cartesia_ttssse_error_event_type import CartesiaTTSSSEErrorEventType
from .cartesia_ttssse_phoneme_timestamps_event import CartesiaTTSSSEPhonemeTimestampsEvent
from .cartesia_ttssse_phoneme_timestamps_event_type import CartesiaTTSSSEPhonemeTimestampsEventType
from .cartesia_ttssse_timestamps_event import CartesiaTTSSSETimestampsEvent
from .cartesia_ttssse_timestamps_event_type import CartesiaTTSSSETimestampsEventType
from .cartesia_wav_output_format import CartesiaWAVOutputFormat
from .cartesia_wav_output_format_container import CartesiaWAVOutputFormatContainer
from .cartesia_wav_output_format_sample_rate import CartesiaWAVOutputFormatSampleRate
from .cartesia_word_timestamps import CartesiaWordTimestamps

__all__ = (
    "CartesiaCartesiaVersion",
    "CartesiaEmotion",
    "CartesiaEventsRequest",
    "CartesiaGenerationConfig",
    "CartesiaModelSpeed",
    "CartesiaMP3OutputFormat",
    "CartesiaMP3OutputFormatBitRate",
    "CartesiaMP3OutputFormatContainer",
    "CartesiaMP3OutputFormatSampleRate",
    "CartesiaPhonemeTimestamps",
    "CartesiaRawEncoding",
    "CartesiaRawOutputFormat",
    "CartesiaRawOutputFormatContainer",
    "CartesiaRawOutputFormatSampleRate",
    "CartesiaRequest",
    "CartesiaSSEOutputFormat",
    "CartesiaSSEOutputFormatContainer",
    "CartesiaSSEOutputFormatSampleRate",
    "CartesiaSupportedLanguage",
    "CartesiaTTSModel",
    "CartesiaTTSRequestVoiceSpecifier",
    "CartesiaTTSRequestVoiceSpecifierMode",
    "CartesiaTTSSSEChunkEvent",
    "CartesiaTTSSSEChunkEventType",
    "CartesiaTTSSSEDoneEvent",
    "CartesiaTTSSSEDoneEventType",
    "CartesiaTTSSSEErrorEvent",
    "CartesiaTTSSSEErrorEventType",
    "CartesiaTTSSSEPhonemeTimestampsEvent",
    "CartesiaTTSSSEPhonemeTimestampsEventType",
    "CartesiaTTSSSETimestampsEvent",
    "CartesiaTTSSSETimestampsEventType",
    "CartesiaWAVOutputFormat",
    "CartesiaWAVOutputFormatContainer",
    "CartesiaWAVOutputFormatSampleRate",
    "CartesiaWordTimestamps",
)
