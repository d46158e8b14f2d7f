from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.openai_tts_1_hd_response_meta_usage import OpenaiTts1HdResponseMetaUsage


T = TypeVar("T", bound="OpenaiTts1HdResponseMeta")


@_attrs_define
class OpenaiTts1HdResponseMeta:
    """Additional details about the generation.

    Attributes:
        usage (None | OpenaiTts1HdResponseMetaUsage | Unset):
    """

    usage: None | OpenaiTts1HdResponseMetaUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.openai_tts_1_hd_response_meta_usage import OpenaiTts1HdResponseMetaUsage  # noqa: PLC0415

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, OpenaiTts1HdResponseMetaUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.openai_tts_1_hd_response_meta_usage import OpenaiTts1HdResponseMetaUsage  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_usage(data: object) -> None | OpenaiTts1HdResponseMetaUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_1 = OpenaiTts1HdResponseMetaUsage.from_dict(data)

                return usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenaiTts1HdResponseMetaUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        openai_tts_1_hd_response_meta = cls(
            usage=usage,
        )

        openai_tts_1_hd_response_meta.additional_properties = d
        return openai_tts_1_hd_response_meta

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
