from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.openai_speech_audio_delta_event_type import (
    OpenaiSpeechAudioDeltaEventType,
    check_openai_speech_audio_delta_event_type,
)

T = TypeVar("T", bound="OpenaiSpeechAudioDeltaEvent")


@_attrs_define
class OpenaiSpeechAudioDeltaEvent:
    """Emitted for each chunk of audio data generated during speech synthesis.

    Attributes:
        type_ (OpenaiSpeechAudioDeltaEventType):
        audio (str): A chunk of Base64-encoded audio data.
    """

    type_: OpenaiSpeechAudioDeltaEventType
    audio: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "audio": audio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_openai_speech_audio_delta_event_type(d.pop("type"))

        audio = d.pop("audio")

        openai_speech_audio_delta_event = cls(
            type_=type_,
            audio=audio,
        )

        openai_speech_audio_delta_event.additional_properties = d
        return openai_speech_audio_delta_event

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
