from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OpenaiTts1ResponseMetaUsage")


@_attrs_define
class OpenaiTts1ResponseMetaUsage:
    """
    Attributes:
        credits_used (float): The number of tokens consumed during generation. Example: 120000.
        usd_spent (float): The total amount of money spent by the user in USD. Example: 0.06.
    """

    credits_used: float
    usd_spent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_used = self.credits_used

        usd_spent = self.usd_spent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credits_used": credits_used,
                "usd_spent": usd_spent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_used = d.pop("credits_used")

        usd_spent = d.pop("usd_spent")

        openai_tts_1_response_meta_usage = cls(
            credits_used=credits_used,
            usd_spent=usd_spent,
        )

        openai_tts_1_response_meta_usage.additional_properties = d
        return openai_tts_1_response_meta_usage

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
