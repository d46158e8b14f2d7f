from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cartesia_tts_request_voice_specifier_mode import (
    CartesiaTTSRequestVoiceSpecifierMode,
    check_cartesia_tts_request_voice_specifier_mode,
)

T = TypeVar("T", bound="CartesiaTTSRequestVoiceSpecifier")


@_attrs_define
class CartesiaTTSRequestVoiceSpecifier:
    """
    Attributes:
        mode (CartesiaTTSRequestVoiceSpecifierMode):
        id (str): The ID of the voice.
    """

    mode: CartesiaTTSRequestVoiceSpecifierMode
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_cartesia_tts_request_voice_specifier_mode(d.pop("mode"))

        id = d.pop("id")

        cartesia_tts_request_voice_specifier = cls(
            mode=mode,
            id=id,
        )

        cartesia_tts_request_voice_specifier.additional_properties = d
        return cartesia_tts_request_voice_specifier

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
