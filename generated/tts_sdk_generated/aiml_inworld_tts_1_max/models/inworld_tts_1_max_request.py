from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inworld_tts_1_max_format import InworldTts1MaxFormat, check_inworld_tts_1_max_format
from ..models.inworld_tts_1_max_model import InworldTts1MaxModel, check_inworld_tts_1_max_model
from ..models.inworld_tts_1_max_voice import InworldTts1MaxVoice, check_inworld_tts_1_max_voice
from ..types import UNSET, Unset

T = TypeVar("T", bound="InworldTts1MaxRequest")


@_attrs_define
class InworldTts1MaxRequest:
    """
    Attributes:
        model (InworldTts1MaxModel):  Default: 'inworld/tts-1-max'.
        text (str): The text content to be converted to speech.
        voice (InworldTts1MaxVoice | str | Unset): Name of the voice to be used. Default: "Alex".
        format_ (InworldTts1MaxFormat | Unset): Audio output format. WAV delivers uncompressed audio in a widely
            supported container format, while MP3 provides good compression and compatibility. Default: "wav".
    """

    text: str
    model: InworldTts1MaxModel = "inworld/tts-1-max"
    voice: InworldTts1MaxVoice | str | Unset = UNSET
    format_: InworldTts1MaxFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        text = self.text

        voice: str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, str):
            voice = self.voice
        else:
            voice = self.voice

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

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
        model = check_inworld_tts_1_max_model(d.pop("model"))

        text = d.pop("text")

        def _parse_voice(data: object) -> InworldTts1MaxVoice | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_type_0 = check_inworld_tts_1_max_voice(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InworldTts1MaxVoice | str | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        _format_ = d.pop("format", UNSET)
        format_: InworldTts1MaxFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_inworld_tts_1_max_format(_format_)

        inworld_tts_1_max_request = cls(
            model=model,
            text=text,
            voice=voice,
            format_=format_,
        )

        inworld_tts_1_max_request.additional_properties = d
        return inworld_tts_1_max_request

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
