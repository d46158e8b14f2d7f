"""Contains all the data models used in inputs/outputs"""

from .minimax_speech_28_hd_audio_file import MinimaxSpeech28HdAudioFile
from .minimax_speech_28_hd_audio_setting import MinimaxSpeech28HdAudioSetting
from .minimax_speech_28_hd_audio_setting_bitrate import MinimaxSpeech28HdAudioSettingBitrate
from .minimax_speech_28_hd_audio_setting_channel import MinimaxSpeech28HdAudioSettingChannel
from .minimax_speech_28_hd_audio_setting_format import MinimaxSpeech28HdAudioSettingFormat
from .minimax_speech_28_hd_audio_setting_sample_rate import MinimaxSpeech28HdAudioSettingSampleRate
from .minimax_speech_28_hd_error import MinimaxSpeech28HdError
from .minimax_speech_28_hd_language_boost import MinimaxSpeech28HdLanguageBoost
from .minimax_speech_28_hd_model import MinimaxSpeech28HdModel
from .minimax_speech_28_hd_pronunciation_dict import MinimaxSpeech28HdPronunciationDict
from .minimax_speech_28_hd_request import MinimaxSpeech28HdRequest
from .minimax_speech_28_hd_response import MinimaxSpeech28HdResponse
from .minimax_speech_28_hd_response_meta import MinimaxSpeech28HdResponseMeta
from .minimax_speech_28_hd_response_meta_usage import MinimaxSpeech28HdResponseMetaUsage
from .minimax_speech_28_hd_timbre_weights_item import MinimaxSpeech28HdTimbreWeightsItem
from .minimax_speech_28_hd_timbre_weights_item_voice_id import MinimaxSpeech28HdTimbreWeightsItemVoiceId
from .minimax_speech_28_hd_voice_modify import MinimaxSpeech28HdVoiceModify
from .minimax_speech_28_hd_voice_modify_sound_effects import MinimaxSpeech28HdVoiceModifySoundEffects
from .minimax_speech_28_hd_voice_setting import MinimaxSpeech28HdVoiceSetting
from .minimax_speech_28_hd_voice_setting_emotion import MinimaxSpeech28HdVoiceSettingEmotion
from .minimax_speech_28_hd_voice_setting_voice_id import MinimaxSpeech28HdVoiceSettingVoiceId

__all__ = (
    "MinimaxSpeech28HdAudioFile",
    "MinimaxSpeech28HdAudioSetting",
    "MinimaxSpeech28HdAudioSettingBitrate",
    "MinimaxSpeech28HdAudioSettingChannel",
    "MinimaxSpeech28HdAudioSettingFormat",
    "MinimaxSpeech28HdAudioSettingSampleRate",
    "MinimaxSpeech28HdError",
    "MinimaxSpeech28HdLanguageBoost",
    "MinimaxSpeech28HdModel",
    "MinimaxSpeech28HdPronunciationDict",
    "MinimaxSpeech28HdRequest",
    "MinimaxSpeech28HdResponse",
    "MinimaxSpeech28HdResponseMeta",
    "MinimaxSpeech28HdResponseMetaUsage",
    "MinimaxSpeech28HdTimbreWeightsItem",
    "MinimaxSpeech28HdTimbreWeightsItemVoiceId",
    "MinimaxSpeech28HdVoiceModify",
    "MinimaxSpeech28HdVoiceModifySoundEffects",
    "MinimaxSpeech28HdVoiceSetting",
    "MinimaxSpeech28HdVoiceSettingEmotion",
    "MinimaxSpeech28HdVoiceSettingVoiceId",
)
