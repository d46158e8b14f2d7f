from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tts1_model import TTS1Model
from ..models.tts1_response_format import TTS1ResponseFormat
from ..models.tts1_voice import TTS1Voice
from ..types import UNSET, Unset

T = TypeVar("T", bound="TTS1Request")


@_attrs_define
class TTS1Request:
    """
    Attributes:
        model (TTS1Model):
        text (str): The text content to be converted to speech.
        voice (TTS1Voice | Unset): Name of the voice to be used. Default: "alloy".
        style (str | Unset): Determines the style exaggeration of the voice. This setting attempts to amplify the style
            of the original speaker. It does consume additional computational resources and might increase latency if set to
            anything other than 0.
        response_format (TTS1ResponseFormat | Unset): Format of the output content for non-streaming requests. Controls
            how the generated audio data is encoded in the response. Default: "mp3".
        speed (float | Unset): Adjusts the speed of the voice. A value of 1.0 is the default speed, while values less
            than 1.0 slow down the speech, and values greater than 1.0 speed it up. Default: 1.
    """

    model: TTS1Model
    text: str
    voice: TTS1Voice | Unset = UNSET
    style: str | Unset = UNSET
    response_format: TTS1ResponseFormat | Unset = UNSET
    speed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.value

        text = self.text

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.value

        style = self.style

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        speed = self.speed

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
        if style is not UNSET:
            field_dict["style"] = style
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = TTS1Model(d.pop("model"))

        text = d.pop("text")

        _voice = d.pop("voice", UNSET)
        voice: TTS1Voice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = TTS1Voice(_voice)

        style = d.pop("style", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: TTS1ResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = TTS1ResponseFormat(_response_format)

        speed = d.pop("speed", UNSET)

        tts1_request = cls(
            model=model,
            text=text,
            voice=voice,
            style=style,
            response_format=response_format,
            speed=speed,
        )

        tts1_request.additional_properties = d
        return tts1_request

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
