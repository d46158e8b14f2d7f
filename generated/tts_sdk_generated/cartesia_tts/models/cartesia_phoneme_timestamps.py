from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CartesiaPhonemeTimestamps")


@_attrs_define
class CartesiaPhonemeTimestamps:
    """Phoneme-level timing information.

    Attributes:
        phonemes (list[str]): List of phonemes in order.
        start (list[float]): Start times in seconds for each phoneme.
        end (list[float]): End times in seconds for each phoneme.
    """

    phonemes: list[str]
    start: list[float]
    end: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phonemes = self.phonemes

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phonemes": phonemes,
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phonemes: list[str] = d.pop("phonemes")

        start: list[float] = d.pop("start")

        end: list[float] = d.pop("end")

        cartesia_phoneme_timestamps = cls(
            phonemes=phonemes,
            start=start,
            end=end,
        )

        cartesia_phoneme_timestamps.additional_properties = d
        return cartesia_phoneme_timestamps

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
