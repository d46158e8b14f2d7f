from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hume_octave_2_format import HumeOctave2Format
from ..models.hume_octave_2_model import HumeOctave2Model
from ..models.hume_octave_2_voice import HumeOctave2Voice
from ..types import UNSET, Unset

T = TypeVar("T", bound="HumeOctave2Request")


@_attrs_define
class HumeOctave2Request:
    """
    Attributes:
        model (HumeOctave2Model):
        text (str): The text content to be converted to speech.
        voice (HumeOctave2Voice | Unset): Name of the voice to be used. Default: "Vince Douglas".
        format_ (HumeOctave2Format | Unset): Audio output format. MP3 provides good compression and compatibility, PCM
            offers uncompressed high quality, and FLAC provides lossless compression. Default: "wav".
    """

    model: HumeOctave2Model
    text: str
    voice: HumeOctave2Voice | Unset = UNSET
    format_: HumeOctave2Format | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.value

        text = self.text

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "text": text,
            }
        )
        if voice is not UNSET:
            field_dict["voice"] = voice
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = HumeOctave2Model(d.pop("model"))

        text = d.pop("text")

        _voice = d.pop("voice", UNSET)
        voice: HumeOctave2Voice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = HumeOctave2Voice(_voice)

        _format_ = d.pop("format", UNSET)
        format_: HumeOctave2Format | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = HumeOctave2Format(_format_)

        hume_octave_2_request = cls(
            model=model,
            text=text,
            voice=voice,
            format_=format_,
        )

        hume_octave_2_request.additional_properties = d
        return hume_octave_2_request

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
