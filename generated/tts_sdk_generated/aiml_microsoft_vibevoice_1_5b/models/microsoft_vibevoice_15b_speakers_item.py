from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.microsoft_vibevoice_15b_speakers_item_preset import (
    MicrosoftVibevoice15BSpeakersItemPreset,
    check_microsoft_vibevoice_15b_speakers_item_preset,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MicrosoftVibevoice15BSpeakersItem")


@_attrs_define
class MicrosoftVibevoice15BSpeakersItem:
    """
    Attributes:
        preset (MicrosoftVibevoice15BSpeakersItemPreset | str | Unset): Default voice preset to use for the speaker. Not
            used if audio_url is provided.
        audio_url (str | Unset): URL to a voice sample audio file. If provided, preset will be ignored.
    """

    preset: MicrosoftVibevoice15BSpeakersItemPreset | str | Unset = UNSET
    audio_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preset: str | Unset
        if isinstance(self.preset, Unset):
            preset = UNSET
        elif isinstance(self.preset, str):
            preset = self.preset
        else:
            preset = self.preset

        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preset is not UNSET:
            field_dict["preset"] = preset
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_preset(data: object) -> MicrosoftVibevoice15BSpeakersItemPreset | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preset_type_0 = check_microsoft_vibevoice_15b_speakers_item_preset(data)

                return preset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MicrosoftVibevoice15BSpeakersItemPreset | str | Unset, data)

        preset = _parse_preset(d.pop("preset", UNSET))

        audio_url = d.pop("audio_url", UNSET)

        microsoft_vibevoice_15b_speakers_item = cls(
            preset=preset,
            audio_url=audio_url,
        )

        microsoft_vibevoice_15b_speakers_item.additional_properties = d
        return microsoft_vibevoice_15b_speakers_item

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
