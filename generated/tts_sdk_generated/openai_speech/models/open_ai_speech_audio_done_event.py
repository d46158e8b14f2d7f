from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_speech_audio_done_event_type import OpenAISpeechAudioDoneEventType

if TYPE_CHECKING:
    from ..models.open_ai_speech_audio_done_event_usage import OpenAISpeechAudioDoneEventUsage


T = TypeVar("T", bound="OpenAISpeechAudioDoneEvent")


@_attrs_define
class OpenAISpeechAudioDoneEvent:
    """Emitted when the speech synthesis is complete and all audio has been streamed.

    Attributes:
        type_ (OpenAISpeechAudioDoneEventType):
        usage (OpenAISpeechAudioDoneEventUsage): Token usage statistics for the request.
    """

    type_: OpenAISpeechAudioDoneEventType
    usage: OpenAISpeechAudioDoneEventUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

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
        from ..models.open_ai_speech_audio_done_event_usage import OpenAISpeechAudioDoneEventUsage  # noqa: PLC0415

        d = dict(src_dict)
        type_ = OpenAISpeechAudioDoneEventType(d.pop("type"))

        usage = OpenAISpeechAudioDoneEventUsage.from_dict(d.pop("usage"))

        open_ai_speech_audio_done_event = cls(
            type_=type_,
            usage=usage,
        )

        open_ai_speech_audio_done_event.additional_properties = d
        return open_ai_speech_audio_done_event

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
