from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeepgramErrorResponseModernError")


@_attrs_define
class DeepgramErrorResponseModernError:
    """
    Attributes:
        category (str | Unset): The category of the error
        message (str | Unset): A message about the error
        details (str | Unset): A description of the error
        request_id (str | Unset): The unique identifier of the request
    """

    category: str | Unset = UNSET
    message: str | Unset = UNSET
    details: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        message = self.message

        details = self.details

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category", UNSET)

        message = d.pop("message", UNSET)

        details = d.pop("details", UNSET)

        request_id = d.pop("request_id", UNSET)

        deepgram_error_response_modern_error = cls(
            category=category,
            message=message,
            details=details,
            request_id=request_id,
        )

        deepgram_error_response_modern_error.additional_properties = d
        return deepgram_error_response_modern_error

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
