"""Contains all the data models used in inputs/outputs"""

from .minimax_speech_26_hd_audio_file import MinimaxSpeech26HdAudioFile
from .minimax_speech_26_hd_audio_setting import MinimaxSpeech26HdAudioSetting
from .minimax_speech_26_hd_audio_setting_bitrate import MinimaxSpeech26HdAudioSettingBitrate
from .minimax_speech_26_hd_audio_setting_channel import MinimaxSpeech26HdAudioSettingChannel
from .minimax_speech_26_hd_audio_setting_format import MinimaxSpeech26HdAudioSettingFormat
from .minimax_speech_26_hd_audio_setting_sample_rate import MinimaxSpeech26HdAudioSettingSampleRate
from .minimax_speech_26_hd_error import MinimaxSpeech26HdError
from .minimax_speech_26_hd_language_boost import MinimaxSpeech26HdLanguageBoost
from .minimax_speech_26_hd_model import MinimaxSpeech26HdModel
from .minimax_speech_26_hd_pronunciation_dict import MinimaxSpeech26HdPronunciationDict
from .minimax_speech_26_hd_request import MinimaxSpeech26HdRequest
from .minimax_speech_26_hd_response import MinimaxSpeech26HdResponse
from .minimax_speech_26_hd_response_meta import MinimaxSpeech26HdResponseMeta
from .minimax_speech_26_hd_response_meta_usage import MinimaxSpeech26HdResponseMetaUsage
from .minimax_speech_26_hd_timbre_weights_item import MinimaxSpeech26HdTimbreWeightsItem
from .minimax_speech_26_hd_timbre_weights_item_voice_id import MinimaxSpeech26HdTimbreWeightsItemVoiceId
from .minimax_speech_26_hd_voice_modify import MinimaxSpeech26HdVoiceModify
from .minimax_speech_26_hd_voice_modify_sound_effects import MinimaxSpeech26HdVoiceModifySoundEffects
from .minimax_speech_26_hd_voice_setting import MinimaxSpeech26HdVoiceSetting
from .minimax_speech_26_hd_voice_setting_emotion import MinimaxSpeech26HdVoiceSettingEmotion
from .minimax_speech_26_hd_voice_setting_voice_id import MinimaxSpeech26HdVoiceSettingVoiceId

__all__ = (
    "MinimaxSpeech26HdAudioFile",
    "MinimaxSpeech26HdAudioSetting",
    "MinimaxSpeech26HdAudioSettingBitrate",
    "MinimaxSpeech26HdAudioSettingChannel",
    "MinimaxSpeech26HdAudioSettingFormat",
    "MinimaxSpeech26HdAudioSettingSampleRate",
    "MinimaxSpeech26HdError",
    "MinimaxSpeech26HdLanguageBoost",
    "MinimaxSpeech26HdModel",
    "MinimaxSpeech26HdPronunciationDict",
    "MinimaxSpeech26HdRequest",
    "MinimaxSpeech26HdResponse",
    "MinimaxSpeech26HdResponseMeta",
    "MinimaxSpeech26HdResponseMetaUsage",
    "MinimaxSpeech26HdTimbreWeightsItem",
    "MinimaxSpeech26HdTimbreWeightsItemVoiceId",
    "MinimaxSpeech26HdVoiceModify",
    "MinimaxSpeech26HdVoiceModifySoundEffects",
    "MinimaxSpeech26HdVoiceSetting",
    "MinimaxSpeech26HdVoiceSettingEmotion",
    "MinimaxSpeech26HdVoiceSettingVoiceId",
)
