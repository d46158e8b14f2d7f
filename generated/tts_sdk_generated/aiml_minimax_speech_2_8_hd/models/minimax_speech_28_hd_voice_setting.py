from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_speech_28_hd_voice_setting_emotion import (
    MinimaxSpeech28HdVoiceSettingEmotion,
    check_minimax_speech_28_hd_voice_setting_emotion,
)
from ..models.minimax_speech_28_hd_voice_setting_voice_id import (
    MinimaxSpeech28HdVoiceSettingVoiceId,
    check_minimax_speech_28_hd_voice_setting_voice_id,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxSpeech28HdVoiceSetting")


@_attrs_define
class MinimaxSpeech28HdVoiceSetting:
    """Voice settings overriding stored settings for the given voice. They are applied only on the given request. Default:
    {"voice_id": "Wise_Woman"}.

        Attributes:
            voice_id (MinimaxSpeech28HdVoiceSettingVoiceId | str | Unset): A predefined system voice for text-to-speech
                synthesis. Default: "Wise_Woman".
            speed (float | Unset): Adjusts the speed of the voice. A value of 1.0 is the default speed, while values less
                than 1.0 slow down the speech, and values greater than 1.0 speed it up. Default: 1.
            vol (float | Unset): The volume of the generated speech. Range: (0, 10]. Larger values indicate larger volumes.
                Default: 1.
            pitch (float | Unset): The pitch of the generated speech. Range: [-12, 12]. 0 = default voice output. Default:
                0.
            emotion (MinimaxSpeech28HdVoiceSettingEmotion | Unset): Emotional tone to apply to the synthesized speech.
                Controls the emotional expression of the generated voice output.
            text_normalization (bool | Unset): English text normalization support. Improves number-reading but increases
                latency. Default: false.
    """

    voice_id: MinimaxSpeech28HdVoiceSettingVoiceId | str | Unset = UNSET
    speed: float | Unset = UNSET
    vol: float | Unset = UNSET
    pitch: float | Unset = UNSET
    emotion: MinimaxSpeech28HdVoiceSettingEmotion | Unset = UNSET
    text_normalization: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id: str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        elif isinstance(self.voice_id, str):
            voice_id = self.voice_id
        else:
            voice_id = self.voice_id

        speed = self.speed

        vol = self.vol

        pitch = self.pitch

        emotion: str | Unset = UNSET
        if not isinstance(self.emotion, Unset):
            emotion = self.emotion

        text_normalization = self.text_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if speed is not UNSET:
            field_dict["speed"] = speed
        if vol is not UNSET:
            field_dict["vol"] = vol
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if emotion is not UNSET:
            field_dict["emotion"] = emotion
        if text_normalization is not UNSET:
            field_dict["text_normalization"] = text_normalization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_voice_id(data: object) -> MinimaxSpeech28HdVoiceSettingVoiceId | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_id_type_0 = check_minimax_speech_28_hd_voice_setting_voice_id(data)

                return voice_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MinimaxSpeech28HdVoiceSettingVoiceId | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        speed = d.pop("speed", UNSET)

        vol = d.pop("vol", UNSET)

        pitch = d.pop("pitch", UNSET)

        _emotion = d.pop("emotion", UNSET)
        emotion: MinimaxSpeech28HdVoiceSettingEmotion | Unset
        if isinstance(_emotion, Unset):
            emotion = UNSET
        else:
            emotion = check_minimax_speech_28_hd_voice_setting_emotion(_emotion)

        text_normalization = d.pop("text_normalization", UNSET)

        minimax_speech_28_hd_voice_setting = cls(
            voice_id=voice_id,
            speed=speed,
            vol=vol,
            pitch=pitch,
            emotion=emotion,
            text_normalization=text_normalization,
        )

        minimax_speech_28_hd_voice_setting.additional_properties = d
        return minimax_speech_28_hd_voice_setting

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
