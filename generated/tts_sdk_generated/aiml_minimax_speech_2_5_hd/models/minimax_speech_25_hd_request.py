from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_speech_25_hd_language_boost import (
    MinimaxSpeech25HdLanguageBoost,
    check_minimax_speech_25_hd_language_boost,
)
from ..models.minimax_speech_25_hd_model import MinimaxSpeech25HdModel, check_minimax_speech_25_hd_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.minimax_speech_25_hd_audio_setting import MinimaxSpeech25HdAudioSetting
    from ..models.minimax_speech_25_hd_pronunciation_dict import MinimaxSpeech25HdPronunciationDict
    from ..models.minimax_speech_25_hd_timbre_weights_item import MinimaxSpeech25HdTimbreWeightsItem
    from ..models.minimax_speech_25_hd_voice_modify import MinimaxSpeech25HdVoiceModify
    from ..models.minimax_speech_25_hd_voice_setting import MinimaxSpeech25HdVoiceSetting


T = TypeVar("T", bound="MinimaxSpeech25HdRequest")


@_attrs_define
class MinimaxSpeech25HdRequest:
    """
    Attributes:
        model (MinimaxSpeech25HdModel):  Default: 'minimax/speech-2.5-hd'.
        text (str): The text content to be converted to speech.
        voice_setting (MinimaxSpeech25HdVoiceSetting | Unset): Voice settings overriding stored settings for the given
            voice. They are applied only on the given request. Default: {"voice_id": "Wise_Woman"}.
        audio_setting (MinimaxSpeech25HdAudioSetting | Unset): Audio output configuration
        pronunciation_dict (MinimaxSpeech25HdPronunciationDict | Unset): Custom pronunciation dictionary for handling
            specific words or phrases. Allows fine-tuning of how certain text should be pronounced using phonetic
            representations.
        timbre_weights (list[MinimaxSpeech25HdTimbreWeightsItem] | Unset): Voice mixing configuration allowing
            combination of up to 4 different voices with specified weights. Each voice contributes to the final output based
            on its weight value (1-100).
        language_boost (MinimaxSpeech25HdLanguageBoost | Unset): Language recognition enhancement option.
        voice_modify (MinimaxSpeech25HdVoiceModify | Unset): Voice modification settings for adjusting pitch, intensity,
            timbre, and applying sound effects to customize the voice characteristics.
        subtitle_enable (bool | Unset): Enable subtitle generation service. Only available for non-streaming requests.
            Generates timing information for the synthesized speech. Default: false.
    """

    text: str
    model: MinimaxSpeech25HdModel = "minimax/speech-2.5-hd"
    voice_setting: MinimaxSpeech25HdVoiceSetting | Unset = UNSET
    audio_setting: MinimaxSpeech25HdAudioSetting | Unset = UNSET
    pronunciation_dict: MinimaxSpeech25HdPronunciationDict | Unset = UNSET
    timbre_weights: list[MinimaxSpeech25HdTimbreWeightsItem] | Unset = UNSET
    language_boost: MinimaxSpeech25HdLanguageBoost | Unset = UNSET
    voice_modify: MinimaxSpeech25HdVoiceModify | Unset = UNSET
    subtitle_enable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        text = self.text

        voice_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_setting, Unset):
            voice_setting = self.voice_setting.to_dict()

        audio_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting.to_dict()

        pronunciation_dict: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pronunciation_dict, Unset):
            pronunciation_dict = self.pronunciation_dict.to_dict()

        timbre_weights: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timbre_weights, Unset):
            timbre_weights = []
            for timbre_weights_item_data in self.timbre_weights:
                timbre_weights_item = timbre_weights_item_data.to_dict()
                timbre_weights.append(timbre_weights_item)

        language_boost: str | Unset = UNSET
        if not isinstance(self.language_boost, Unset):
            language_boost = self.language_boost

        voice_modify: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_modify, Unset):
            voice_modify = self.voice_modify.to_dict()

        subtitle_enable = self.subtitle_enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "text": text,
            }
        )
        if voice_setting is not UNSET:
            field_dict["voice_setting"] = voice_setting
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting
        if pronunciation_dict is not UNSET:
            field_dict["pronunciation_dict"] = pronunciation_dict
        if timbre_weights is not UNSET:
            field_dict["timbre_weights"] = timbre_weights
        if language_boost is not UNSET:
            field_dict["language_boost"] = language_boost
        if voice_modify is not UNSET:
            field_dict["voice_modify"] = voice_modify
        if subtitle_enable is not UNSET:
            field_dict["subtitle_enable"] = subtitle_enable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minimax_speech_25_hd_audio_setting import MinimaxSpeech25HdAudioSetting  # noqa: PLC0415
        from ..models.minimax_speech_25_hd_pronunciation_dict import MinimaxSpeech25HdPronunciationDict  # noqa: PLC0415
        from ..models.minimax_speech_25_hd_timbre_weights_item import MinimaxSpeech25HdTimbreWeightsItem  # noqa: PLC0415
        from ..models.minimax_speech_25_hd_voice_modify import MinimaxSpeech25HdVoiceModify  # noqa: PLC0415
        from ..models.minimax_speech_25_hd_voice_setting import MinimaxSpeech25HdVoiceSetting  # noqa: PLC0415

        d = dict(src_dict)
        model = check_minimax_speech_25_hd_model(d.pop("model"))

        text = d.pop("text")

        _voice_setting = d.pop("voice_setting", UNSET)
        voice_setting: MinimaxSpeech25HdVoiceSetting | Unset
        if isinstance(_voice_setting, Unset):
            voice_setting = UNSET
        else:
            voice_setting = MinimaxSpeech25HdVoiceSetting.from_dict(_voice_setting)

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: MinimaxSpeech25HdAudioSetting | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = MinimaxSpeech25HdAudioSetting.from_dict(_audio_setting)

        _pronunciation_dict = d.pop("pronunciation_dict", UNSET)
        pronunciation_dict: MinimaxSpeech25HdPronunciationDict | Unset
        if isinstance(_pronunciation_dict, Unset):
            pronunciation_dict = UNSET
        else:
            pronunciation_dict = MinimaxSpeech25HdPronunciationDict.from_dict(_pronunciation_dict)

        _timbre_weights = d.pop("timbre_weights", UNSET)
        timbre_weights: list[MinimaxSpeech25HdTimbreWeightsItem] | Unset = UNSET
        if _timbre_weights is not UNSET:
            timbre_weights = []
            for timbre_weights_item_data in _timbre_weights:
                timbre_weights_item = MinimaxSpeech25HdTimbreWeightsItem.from_dict(timbre_weights_item_data)

                timbre_weights.append(timbre_weights_item)

        _language_boost = d.pop("language_boost", UNSET)
        language_boost: MinimaxSpeech25HdLanguageBoost | Unset
        if isinstance(_language_boost, Unset):
            language_boost = UNSET
        else:
            language_boost = check_minimax_speech_25_hd_language_boost(_language_boost)

        _voice_modify = d.pop("voice_modify", UNSET)
        voice_modify: MinimaxSpeech25HdVoiceModify | Unset
        if isinstance(_voice_modify, Unset):
            voice_modify = UNSET
        else:
            voice_modify = MinimaxSpeech25HdVoiceModify.from_dict(_voice_modify)

        subtitle_enable = d.pop("subtitle_enable", UNSET)

        minimax_speech_25_hd_request = cls(
            model=model,
            text=text,
            voice_setting=voice_setting,
            audio_setting=audio_setting,
            pronunciation_dict=pronunciation_dict,
            timbre_weights=timbre_weights,
            language_boost=language_boost,
            voice_modify=voice_modify,
            subtitle_enable=subtitle_enable,
        )

        minimax_speech_25_hd_request.additional_properties = d
        return minimax_speech_25_hd_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
