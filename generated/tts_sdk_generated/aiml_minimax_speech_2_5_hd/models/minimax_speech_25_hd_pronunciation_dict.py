from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MinimaxSpeech25HdPronunciationDict")


@_attrs_define
class MinimaxSpeech25HdPronunciationDict:
    """Custom pronunciation dictionary for handling specific words or phrases. Allows fine-tuning of how certain text
    should be pronounced using phonetic representations.

        Attributes:
            tone (list[str]): Replacement of text and pronunciations. Format: ["燕少飞/(yan4)(shao3)(fei1)", "达菲/(da2)(fei1)",
                "omg/oh my god"]
    """

    tone: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tone = self.tone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tone": tone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tone: list[str] = d.pop("tone")

        minimax_speech_25_hd_pronunciation_dict = cls(
            tone=tone,
        )

        minimax_speech_25_hd_pronunciation_dict.additional_properties = d
        return minimax_speech_25_hd_pronunciation_dict

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
