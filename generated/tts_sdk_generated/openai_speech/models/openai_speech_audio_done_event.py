from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.openai_speech_audio_done_event_type import (
    OpenaiSpeechAudioDoneEventType,
    check_openai_speech_audio_done_event_type,
)

if TYPE_CHECKING:
    from ..models.openai_speech_audio_done_event_usage import OpenaiSpeechAudioDoneEventUsage


T = TypeVar("T", bound="OpenaiSpeechAudioDoneEvent")


@_attrs_define
class OpenaiSpeechAudioDoneEvent:
    """Emitted when the speech synthesis is complete and all audio has been streamed.

    Attributes:
        type_ (OpenaiSpeechAudioDoneEventType):
        usage (OpenaiSpeechAudioDoneEventUsage): Token usage statistics for the request.
    """

    type_: OpenaiSpeechAudioDoneEventType
    usage: OpenaiSpeechAudioDoneEventUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.openai_speech_audio_done_event_usage import OpenaiSpeechAudioDoneEventUsage  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_openai_speech_audio_done_event_type(d.pop("type"))

        usage = OpenaiSpeechAudioDoneEventUsage.from_dict(d.pop("usage"))

        openai_speech_audio_done_event = cls(
            type_=type_,
            usage=usage,
        )

        openai_speech_audio_done_event.additional_properties = d
        return openai_speech_audio_done_event

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
