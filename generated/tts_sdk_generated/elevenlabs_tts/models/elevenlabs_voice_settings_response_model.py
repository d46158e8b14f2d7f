from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ElevenlabsVoiceSettingsResponseModel")


@_attrs_define
class ElevenlabsVoiceSettingsResponseModel:
    """
    Attributes:
        stability (float | None | Unset): Determines how stable the voice is and the randomness between each generation.
            Lower values introduce broader emotional range for the voice. Higher values can result in a monotonous voice
            with limited emotion.
        use_speaker_boost (bool | None | Unset): This setting boosts the similarity to the original speaker. Using this
            setting requires a slightly higher computational load, which in turn increases latency.
        similarity_boost (float | None | Unset): Determines how closely the AI should adhere to the original voice when
            attempting to replicate it.
        style (float | None | Unset): Determines the style exaggeration of the voice. This setting attempts to amplify
            the style of the original speaker. It does consume additional computational resources and might increase latency
            if set to anything other than 0.
        speed (float | None | Unset): Adjusts the speed of the voice. A value of 1.0 is the default speed, while values
            less than 1.0 slow down the speech, and values greater than 1.0 speed it up.
    """

    stability: float | None | Unset = UNSET
    use_speaker_boost: bool | None | Unset = UNSET
    similarity_boost: float | None | Unset = UNSET
    style: float | None | Unset = UNSET
    speed: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        use_speaker_boost: bool | None | Unset
        if isinstance(self.use_speaker_boost, Unset):
            use_speaker_boost = UNSET
        else:
            use_speaker_boost = self.use_speaker_boost

        similarity_boost: float | None | Unset
        if isinstance(self.similarity_boost, Unset):
            similarity_boost = UNSET
        else:
            similarity_boost = self.similarity_boost

        style: float | None | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
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

        def _parse_stability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stability = _parse_stability(d.pop("stability", UNSET))

        def _parse_use_speaker_boost(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_speaker_boost = _parse_use_speaker_boost(d.pop("use_speaker_boost", UNSET))

        def _parse_similarity_boost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        similarity_boost = _parse_similarity_boost(d.pop("similarity_boost", UNSET))

        def _parse_style(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        def _parse_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        speed = _parse_speed(d.pop("speed", UNSET))

        elevenlabs_voice_settings_response_model = cls(
            stability=stability,
            use_speaker_boost=use_speaker_boost,
            similarity_boost=similarity_boost,
            style=style,
            speed=speed,
        )

        elevenlabs_voice_settings_response_model.additional_properties = d
        return elevenlabs_voice_settings_response_model

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
