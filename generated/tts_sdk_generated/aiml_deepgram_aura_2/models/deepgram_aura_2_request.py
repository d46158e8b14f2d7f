from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deepgram_aura_2_encoding import DeepgramAura2Encoding, check_deepgram_aura_2_encoding
from ..models.deepgram_aura_2_model import DeepgramAura2Model, check_deepgram_aura_2_model
from ..models.deepgram_aura_2_voice import DeepgramAura2Voice, check_deepgram_aura_2_voice
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeepgramAura2Request")


@_attrs_define
class DeepgramAura2Request:
    """
    Attributes:
        model (DeepgramAura2Model):  Default: 'deepgram/aura-2'.
        text (str): The text content to be converted to speech.
        voice (DeepgramAura2Voice | str | Unset): The voice to use for speech synthesis. Default: "thalia".
        container (str | Unset): The file format wrapper for the output audio. The available options depend on the
            encoding type.
        encoding (DeepgramAura2Encoding | Unset): Specifies the expected encoding of your audio output. Default:
            "linear16".
        sample_rate (str | Unset): Audio sample rate in Hz.
        stream (bool | Unset): Default: true.
    """

    text: str
    model: DeepgramAura2Model = "deepgram/aura-2"
    voice: DeepgramAura2Voice | str | Unset = UNSET
    container: str | Unset = UNSET
    encoding: DeepgramAura2Encoding | Unset = UNSET
    sample_rate: str | Unset = UNSET
    stream: bool | Unset = UNSET
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

        container = self.container

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding

        sample_rate = self.sample_rate

        stream = self.stream

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
        if container is not UNSET:
            field_dict["container"] = container
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = check_deepgram_aura_2_model(d.pop("model"))

        text = d.pop("text")

        def _parse_voice(data: object) -> DeepgramAura2Voice | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_type_0 = check_deepgram_aura_2_voice(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeepgramAura2Voice | str | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        container = d.pop("container", UNSET)

        _encoding = d.pop("encoding", UNSET)
        encoding: DeepgramAura2Encoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = check_deepgram_aura_2_encoding(_encoding)

        sample_rate = d.pop("sample_rate", UNSET)

        stream = d.pop("stream", UNSET)

        deepgram_aura_2_request = cls(
            model=model,
            text=text,
            voice=voice,
            container=container,
            encoding=encoding,
            sample_rate=sample_rate,
            stream=stream,
        )

        deepgram_aura_2_request.additional_properties = d
        return deepgram_aura_2_request

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
