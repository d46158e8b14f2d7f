from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.elevenlabs_multilingual_v2_apply_text_normalization import (
    ElevenlabsMultilingualV2ApplyTextNormalization,
    check_elevenlabs_multilingual_v2_apply_text_normalization,
)
from ..models.elevenlabs_multilingual_v2_model import (
    ElevenlabsMultilingualV2Model,
    check_elevenlabs_multilingual_v2_model,
)
from ..models.elevenlabs_multilingual_v2_output_format import (
    ElevenlabsMultilingualV2OutputFormat,
    check_elevenlabs_multilingual_v2_output_format,
)
from ..models.elevenlabs_multilingual_v2_voice import (
    ElevenlabsMultilingualV2Voice,
    check_elevenlabs_multilingual_v2_voice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.elevenlabs_multilingual_v2_voice_settings import ElevenlabsMultilingualV2VoiceSettings


T = TypeVar("T", bound="ElevenlabsMultilingualV2Request")


@_attrs_define
class ElevenlabsMultilingualV2Request:
    """
    Attributes:
        model (ElevenlabsMultilingualV2Model):  Default: 'elevenlabs/eleven_multilingual_v2'.
        text (str): The text content to be converted to speech.
        voice (ElevenlabsMultilingualV2Voice | str | Unset): Name of the voice to be used. Default: "Rachel".
        apply_text_normalization (ElevenlabsMultilingualV2ApplyTextNormalization | Unset): This parameter controls text
            normalization with three modes: 'auto', 'on', and 'off'. When set to 'auto', the system will automatically
            decide whether to apply text normalization (e.g., spelling out numbers). With 'on', text normalization will
            always be applied, while with 'off', it will be skipped.
        output_format (ElevenlabsMultilingualV2OutputFormat | Unset): Format of the output content for non-streaming
            requests. Controls how the generated audio data is encoded in the response.
        voice_settings (ElevenlabsMultilingualV2VoiceSettings | Unset): Voice settings overriding stored settings for
            the given voice. They are applied only on the given request.
        seed (int | Unset): If specified, our system will make a best effort to sample deterministically, such that
            repeated requests with the same seed and parameters should return the same result. Determinism is not
            guaranteed.
        stream (bool | Unset): Default: true.
        next_text (str | Unset): The text that comes after the text of the current request. Can be used to improve the
            speech's continuity when concatenating together multiple generations or to influence the speech's continuity in
            the current generation.
        previous_text (str | Unset): The text that came before the text of the current request. Can be used to improve
            the speech's continuity when concatenating together multiple generations or to influence the speech's continuity
            in the current generation.
    """

    text: str
    model: ElevenlabsMultilingualV2Model = "elevenlabs/eleven_multilingual_v2"
    voice: ElevenlabsMultilingualV2Voice | str | Unset = UNSET
    apply_text_normalization: ElevenlabsMultilingualV2ApplyTextNormalization | Unset = UNSET
    output_format: ElevenlabsMultilingualV2OutputFormat | Unset = UNSET
    voice_settings: ElevenlabsMultilingualV2VoiceSettings | Unset = UNSET
    seed: int | Unset = UNSET
    stream: bool | Unset = UNSET
    next_text: str | Unset = UNSET
    previous_text: str | Unset = UNSET
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

        apply_text_normalization: str | Unset = UNSET
        if not isinstance(self.apply_text_normalization, Unset):
            apply_text_normalization = self.apply_text_normalization

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        voice_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_settings, Unset):
            voice_settings = self.voice_settings.to_dict()

        seed = self.seed

        stream = self.stream

        next_text = self.next_text

        previous_text = self.previous_text

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
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stream is not UNSET:
            field_dict["stream"] = stream
        if next_text is not UNSET:
            field_dict["next_text"] = next_text
        if previous_text is not UNSET:
            field_dict["previous_text"] = previous_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.elevenlabs_multilingual_v2_voice_settings import ElevenlabsMultilingualV2VoiceSettings  # noqa: PLC0415

        d = dict(src_dict)
        model = check_elevenlabs_multilingual_v2_model(d.pop("model"))

        text = d.pop("text")

        def _parse_voice(data: object) -> ElevenlabsMultilingualV2Voice | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_type_0 = check_elevenlabs_multilingual_v2_voice(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ElevenlabsMultilingualV2Voice | str | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        _apply_text_normalization = d.pop("apply_text_normalization", UNSET)
        apply_text_normalization: ElevenlabsMultilingualV2ApplyTextNormalization | Unset
        if isinstance(_apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        else:
            apply_text_normalization = check_elevenlabs_multilingual_v2_apply_text_normalization(
                _apply_text_normalization
            )

        _output_format = d.pop("output_format", UNSET)
        output_format: ElevenlabsMultilingualV2OutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_elevenlabs_multilingual_v2_output_format(_output_format)

        _voice_settings = d.pop("voice_settings", UNSET)
        voice_settings: ElevenlabsMultilingualV2VoiceSettings | Unset
        if isinstance(_voice_settings, Unset):
            voice_settings = UNSET
        else:
            voice_settings = ElevenlabsMultilingualV2VoiceSettings.from_dict(_voice_settings)

        seed = d.pop("seed", UNSET)

        stream = d.pop("stream", UNSET)

        next_text = d.pop("next_text", UNSET)

        previous_text = d.pop("previous_text", UNSET)

        elevenlabs_multilingual_v2_request = cls(
            model=model,
            text=text,
            voice=voice,
            apply_text_normalization=apply_text_normalization,
            output_format=output_format,
            voice_settings=voice_settings,
            seed=seed,
            stream=stream,
            next_text=next_text,
            previous_text=previous_text,
        )

        elevenlabs_multilingual_v2_request.additional_properties = d
        return elevenlabs_multilingual_v2_request

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
