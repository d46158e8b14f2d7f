"""Contains all the data models used in inputs/outputs"""

from .minimax_speech_25_hd_audio_file import MinimaxSpeech25HdAudioFile
from .minimax_speech_25_hd_audio_setting import MinimaxSpeech25HdAudioSetting
from .minimax_speech_25_hd_audio_setting_bitrate import MinimaxSpeech25HdAudioSettingBitrate
from .minimax_speech_25_hd_audio_setting_channel import MinimaxSpeech25HdAudioSettingChannel
from .minimax_speech_25_hd_audio_setting_format import MinimaxSpeech25HdAudioSettingFormat
from .minimax_speech_25_hd_audio_setting_sample_rate import MinimaxSpeech25HdAudioSettingSampleRate
from .minimax_speech_25_hd_error import MinimaxSpeech25HdError
from .minimax_speech_25_hd_language_boost import MinimaxSpeech25HdLanguageBoost
from .minimax_speech_25_hd_model import MinimaxSpeech25HdModel
from .minimax_speech_25_hd_pronunciation_dict import MinimaxSpeech25HdPronunciationDict
from .minimax_speech_25_hd_request import MinimaxSpeech25HdRequest
from .minimax_speech_25_hd_response import MinimaxSpeech25HdResponse
from .minimax_speech_25_hd_response_meta import MinimaxSpeech25HdResponseMeta
from .minimax_speech_25_hd_response_meta_usage import MinimaxSpeech25HdResponseMetaUsage
from .minimax_speech_25_hd_timbre_weights_item import MinimaxSpeech25HdTimbreWeightsItem
from .minimax_speech_25_hd_timbre_weights_item_voice_id import MinimaxSpeech25HdTimbreWeightsItemVoiceId
from .minimax_speech_25_hd_voice_modify import MinimaxSpeech25HdVoiceModify
from .minimax_speech_25_hd_voice_modify_sound_effects import MinimaxSpeech25HdVoiceModifySoundEffects
from .minimax_speech_25_hd_voice_setting import MinimaxSpeech25HdVoiceSetting
from .minimax_speech_25_hd_voice_setting_emotion import MinimaxSpeech25HdVoiceSettingEmotion
from .minimax_speech_25_hd_voice_setting_voice_id import MinimaxSpeech25HdVoiceSettingVoiceId

__all__ = (
    "MinimaxSpeech25HdAudioFile",
    "MinimaxSpeech25HdAudioSetting",
    "MinimaxSpeech25HdAudioSettingBitrate",
    "MinimaxSpeech25HdAudioSettingChannel",
    "MinimaxSpeech25HdAudioSettingFormat",
    "MinimaxSpeech25HdAudioSettingSampleRate",
    "MinimaxSpeech25HdError",
    "MinimaxSpeech25HdLanguageBoost",
    "MinimaxSpeech25HdModel",
    "MinimaxSpeech25HdPronunciationDict",
    "MinimaxSpeech25HdRequest",
    "MinimaxSpeech25HdResponse",
    "MinimaxSpeech25HdResponseMeta",
    "MinimaxSpeech25HdResponseMetaUsage",
    "MinimaxSpeech25HdTimbreWeightsItem",
    "MinimaxSpeech25HdTimbreWeightsItemVoiceId",
    "MinimaxSpeech25HdVoiceModify",
    "MinimaxSpeech25HdVoiceModifySoundEffects",
    "MinimaxSpeech25HdVoiceSetting",
    "MinimaxSpeech25HdVoiceSettingEmotion",
    "MinimaxSpeech25HdVoiceSettingVoiceId",
)
