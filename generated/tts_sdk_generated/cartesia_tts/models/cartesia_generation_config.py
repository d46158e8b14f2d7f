from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cartesia_emotion import CartesiaEmotion, check_cartesia_emotion
from ..types import UNSET, Unset

T = TypeVar("T", bound="CartesiaGenerationConfig")


@_attrs_define
class CartesiaGenerationConfig:
    """Configure the various attributes of the generated speech. These are only for `sonic-3` and have no effect on earlier
    models.

    See [Volume, Speed, and Emotion in Sonic-3](https://docs.cartesia.ai/build-with-cartesia/sonic-3/volume-speed-
    emotion) for a guide on this option.

        Attributes:
            volume (float | Unset): Adjust the volume of the generated speech between 0.5x and 2.0x the original volume
                (default is 1.0x). Valid values are between [0.5, 2.0] inclusive. Default: 1.
            speed (float | Unset): Adjust the speed of the generated speech between 0.6x and 1.5x the original speed
                (default is 1.0x). Valid values are between [0.6, 1.5] inclusive. Default: 1.
            emotion (CartesiaEmotion | Unset): The primary emotions are `neutral`, `calm`, `angry`, `content`, `sad`,
                `scared`. For more options, see [Prompting Sonic-3](https://docs.cartesia.ai/build-with-cartesia/sonic-3/volume-
                speed-emotion#emotion-controls-beta).
    """

    volume: float | Unset = UNSET
    speed: float | Unset = UNSET
    emotion: CartesiaEmotion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume = self.volume

        speed = self.speed

        emotion: str | Unset = UNSET
        if not isinstance(self.emotion, Unset):
            emotion = self.emotion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume is not UNSET:
            field_dict["volume"] = volume
        if speed is not UNSET:
            field_dict["speed"] = speed
        if emotion is not UNSET:
            field_dict["emotion"] = emotion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        volume = d.pop("volume", UNSET)

        speed = d.pop("speed", UNSET)

        _emotion = d.pop("emotion", UNSET)
        emotion: CartesiaEmotion | Unset
        if isinstance(_emotion, Unset):
            emotion = UNSET
        else:
            emotion = check_cartesia_emotion(_emotion)

        cartesia_generation_config = cls(
            volume=volume,
            speed=speed,
            emotion=emotion,
        )

        cartesia_generation_config.additional_properties = d
        return cartesia_generation_config

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
