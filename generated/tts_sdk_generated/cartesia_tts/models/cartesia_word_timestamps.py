from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CartesiaWordTimestamps")


@_attrs_define
class CartesiaWordTimestamps:
    """Word-level timing information.

    Attributes:
        words (list[str]): List of words in order.
        start (list[float]): Start times in seconds for each word.
        end (list[float]): End times in seconds for each word.
    """

    words: list[str]
    start: list[float]
    end: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        words = self.words

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "words": words,
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        words: list[str] = d.pop("words")

        start: list[float] = d.pop("start")

        end: list[float] = d.pop("end")

        cartesia_word_timestamps = cls(
            words=words,
            start=start,
            end=end,
        )

        cartesia_word_timestamps.additional_properties = d
        return cartesia_word_timestamps

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
