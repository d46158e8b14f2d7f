from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ElevenlabsTurboV25VoiceSettings")


@_attrs_define
class ElevenlabsTurboV25VoiceSettings:
    """Voice settings overriding stored settings for the given voice. They are applied only on the given request.

    Attributes:
        stability (float | Unset): Determines how stable the voice is and the randomness between each generation. Lower
            values introduce broader emotional range for the voice. Higher values can result in a monotonous voice with
            limited emotion. Default: 0.5.
        use_speaker_boost (bool | Unset): This setting boosts the similarity to the original speaker. Using this setting
            requires a slightly higher computational load, which in turn increases latency. Default: true.
        similarity_boost (float | Unset): Determines how closely the AI should adhere to the original voice when
            attempting to replicate it. Default: 0.75.
        style (float | Unset): Determines the style exaggeration of the voice. This setting attempts to amplify the
            style of the original speaker. It does consume additional computational resources and might increase latency if
            set to anything other than 0. Default: 0.
        speed (float | Unset): Adjusts the speed of the voice. A value of 1.0 is the default speed, while values less
            than 1.0 slow down the speech, and values greater than 1.0 speed it up. Default: 1.
    """

    stability: float | Unset = UNSET
    use_speaker_boost: bool | Unset = UNSET
    similarity_boost: float | Unset = UNSET
    style: float | Unset = UNSET
    speed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stability = self.stability

        use_speaker_boost = self.use_speaker_boost

        similarity_boost = self.similarity_boost

        style = self.style

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stability is not UNSET:
            field_dict["stability"] = stability
        if use_speaker_boost is not UNSET:
            field_dict["use_speaker_boost"] = use_speaker_boost
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if style is not UNSET:
            field_dict["style"] = style
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stability = d.pop("stability", UNSET)

        use_speaker_boost = d.pop("use_speaker_boost", UNSET)

        similarity_boost = d.pop("similarity_boost", UNSET)

        style = d.pop("style", UNSET)

        speed = d.pop("speed", UNSET)

        elevenlabs_turbo_v25_voice_settings = cls(
            stability=stability,
            use_speaker_boost=use_speaker_boost,
            similarity_boost=similarity_boost,
            style=style,
            speed=speed,
        )

        elevenlabs_turbo_v25_voice_settings.additional_properties = d
        return elevenlabs_turbo_v25_voice_settings

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
