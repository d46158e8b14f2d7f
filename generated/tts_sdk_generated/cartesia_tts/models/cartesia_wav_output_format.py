from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cartesia_raw_encoding import CartesiaRawEncoding, check_cartesia_raw_encoding
from ..models.cartesia_wav_output_format_container import (
    CartesiaWAVOutputFormatContainer,
    check_cartesia_wav_output_format_container,
)
from ..models.cartesia_wav_output_format_sample_rate import (
    CartesiaWAVOutputFormatSampleRate,
    check_cartesia_wav_output_format_sample_rate,
)

T = TypeVar("T", bound="CartesiaWAVOutputFormat")


@_attrs_define
class CartesiaWAVOutputFormat:
    """
    Attributes:
        container (CartesiaWAVOutputFormatContainer):
        encoding (CartesiaRawEncoding):
        sample_rate (CartesiaWAVOutputFormatSampleRate):
    """

    container: CartesiaWAVOutputFormatContainer
    encoding: CartesiaRawEncoding
    sample_rate: CartesiaWAVOutputFormatSampleRate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container: str = self.container

        encoding: str = self.encoding

        sample_rate: int = self.sample_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container": container,
                "encoding": encoding,
                "sample_rate": sample_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container = check_cartesia_wav_output_format_container(d.pop("container"))

        encoding = check_cartesia_raw_encoding(d.pop("encoding"))

        sample_rate = check_cartesia_wav_output_format_sample_rate(d.pop("sample_rate"))

        cartesia_wav_output_format = cls(
            container=container,
            encoding=encoding,
            sample_rate=sample_rate,
        )

        cartesia_wav_output_format.additional_properties = d
        return cartesia_wav_output_format

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
