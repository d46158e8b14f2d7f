from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inworld_tts1_max_format import InworldTTS1MaxFormat
from ..models.inworld_tts1_max_model import InworldTTS1MaxModel
from ..models.inworld_tts1_max_voice import InworldTTS1MaxVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="InworldTTS1MaxRequest")


@_attrs_define
class InworldTTS1MaxRequest:
    """
    Attributes:
        model (InworldTTS1MaxModel):
        text (str): The text content to be converted to speech.
        voice (InworldTTS1MaxVoice | Unset): Name of the voice to be used. Default: "Alex".
        format_ (InworldTTS1MaxFormat | Unset): Audio output format. WAV delivers uncompressed audio in a widely
            supported container format, while MP3 provides good compression and compatibility. Default: "wav".
    """

    model: InworldTTS1MaxModel
    text: str
    voice: InworldTTS1MaxVoice | Unset = UNSET
    format_: InworldTTS1MaxFormat | Unset = UNSET
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
        model = InworldTTS1MaxModel(d.pop("model"))

        text = d.pop("text")

        _voice = d.pop("voice", UNSET)
        voice: InworldTTS1MaxVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = InworldTTS1MaxVoice(_voice)

        _format_ = d.pop("format", UNSET)
        format_: InworldTTS1MaxFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = InworldTTS1MaxFormat(_format_)

        inworld_tts1_max_request = cls(
            model=model,
            text=text,
            voice=voice,
            format_=format_,
        )

        inworld_tts1_max_request.additional_properties = d
        return inworld_tts1_max_request

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
