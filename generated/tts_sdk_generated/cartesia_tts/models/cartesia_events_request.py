from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cartesia_model_speed import CartesiaModelSpeed, check_cartesia_model_speed
from ..models.cartesia_supported_language import CartesiaSupportedLanguage, check_cartesia_supported_language
from ..models.cartesia_tts_model import CartesiaTTSModel, check_cartesia_tts_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cartesia_generation_config import CartesiaGenerationConfig
    from ..models.cartesia_sse_output_format import CartesiaSSEOutputFormat
    from ..models.cartesia_tts_request_voice_specifier import CartesiaTTSRequestVoiceSpecifier


T = TypeVar("T", bound="CartesiaEventsRequest")


@_attrs_define
class CartesiaEventsRequest:
    """
    Attributes:
        model_id (CartesiaTTSModel): Text-to-speech models. See [the docs](https://docs.cartesia.ai/build-with-
            cartesia/tts-models/latest) for all options.
        transcript (str):
        voice (CartesiaTTSRequestVoiceSpecifier):
        output_format (CartesiaSSEOutputFormat):
        generation_config (CartesiaGenerationConfig | Unset): Configure the various attributes of the generated speech.
            These are only for `sonic-3` and have no effect on earlier models.

            See [Volume, Speed, and Emotion in Sonic-3](https://docs.cartesia.ai/build-with-cartesia/sonic-3/volume-speed-
            emotion) for a guide on this option.
        language (CartesiaSupportedLanguage | Unset): The language that the given voice should speak the transcript in.
            For valid options, see [Models](https://docs.cartesia.ai/build-with-cartesia/tts-models).
        speed (CartesiaModelSpeed | Unset): Speed setting for the model. Defaults to `normal`.
            This feature is experimental and may not work for all voices.
            Influences the speed of the generated speech. Faster speeds may reduce hallucination rate. Default: "normal".
        add_timestamps (bool | None | Unset): Whether to return word-level timestamps. If `false` (default), no word
            timestamps will be produced at all. If `true`, the server will return timestamp events containing word-level
            timing information. Default: false.
        add_phoneme_timestamps (bool | None | Unset): Whether to return phoneme-level timestamps. If `false` (default),
            no phoneme timestamps will be produced. If `true`, the server will return timestamp events containing phoneme-
            level timing information. Default: false.
        use_normalized_timestamps (bool | None | Unset): Whether to use normalized timestamps (True) or original
            timestamps (False).
        pronunciation_dict_id (None | str | Unset): The ID of a pronunciation dictionary to use for the generation.
            Pronunciation dictionaries are supported by `sonic-3` models and newer.
        context_id (None | str | Unset): Optional context ID for this request.
    """

    model_id: CartesiaTTSModel
    transcript: str
    voice: CartesiaTTSRequestVoiceSpecifier
    output_format: CartesiaSSEOutputFormat
    generation_config: CartesiaGenerationConfig | Unset = UNSET
    language: CartesiaSupportedLanguage | Unset = UNSET
    speed: CartesiaModelSpeed | Unset = UNSET
    add_timestamps: bool | None | Unset = UNSET
    add_phoneme_timestamps: bool | None | Unset = UNSET
    use_normalized_timestamps: bool | None | Unset = UNSET
    pronunciation_dict_id: None | str | Unset = UNSET
    context_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id: str = self.model_id

        transcript = self.transcript

        voice = self.voice.to_dict()

        output_format = self.output_format.to_dict()

        generation_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generation_config, Unset):
            generation_config = self.generation_config.to_dict()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        speed: str | Unset = UNSET
        if not isinstance(self.speed, Unset):
            speed = self.speed

        add_timestamps: bool | None | Unset
        if isinstance(self.add_timestamps, Unset):
            add_timestamps = UNSET
        else:
            add_timestamps = self.add_timestamps

        add_phoneme_timestamps: bool | None | Unset
        if isinstance(self.add_phoneme_timestamps, Unset):
            add_phoneme_timestamps = UNSET
        else:
            add_phoneme_timestamps = self.add_phoneme_timestamps

        use_normalized_timestamps: bool | None | Unset
        if isinstance(self.use_normalized_timestamps, Unset):
            use_normalized_timestamps = UNSET
        else:
            use_normalized_timestamps = self.use_normalized_timestamps

        pronunciation_dict_id: None | str | Unset
        if isinstance(self.pronunciation_dict_id, Unset):
            pronunciation_dict_id = UNSET
        else:
            pronunciation_dict_id = self.pronunciation_dict_id

        context_id: None | str | Unset
        if isinstance(self.context_id, Unset):
            context_id = UNSET
        else:
            context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "transcript": transcript,
                "voice": voice,
                "output_format": output_format,
            }
        )
        if generation_config is not UNSET:
            field_dict["generation_config"] = generation_config
        if language is not UNSET:
            field_dict["language"] = language
        if speed is not UNSET:
            field_dict["speed"] = speed
        if add_timestamps is not UNSET:
            field_dict["add_timestamps"] = add_timestamps
        if add_phoneme_timestamps is not UNSET:
            field_dict["add_phoneme_timestamps"] = add_phoneme_timestamps
        if use_normalized_timestamps is not UNSET:
            field_dict["use_normalized_timestamps"] = use_normalized_timestamps
        if pronunciation_dict_id is not UNSET:
            field_dict["pronunciation_dict_id"] = pronunciation_dict_id
        if context_id is not UNSET:
            field_dict["context_id"] = context_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cartesia_generation_config import CartesiaGenerationConfig  # noqa: PLC0415
        from ..models.cartesia_sse_output_format import CartesiaSSEOutputFormat  # noqa: PLC0415
        from ..models.cartesia_tts_request_voice_specifier import CartesiaTTSRequestVoiceSpecifier  # noqa: PLC0415

        d = dict(src_dict)
        model_id = check_cartesia_tts_model(d.pop("model_id"))

        transcript = d.pop("transcript")

        voice = CartesiaTTSRequestVoiceSpecifier.from_dict(d.pop("voice"))

        output_format = CartesiaSSEOutputFormat.from_dict(d.pop("output_format"))

        _generation_config = d.pop("generation_config", UNSET)
        generation_config: CartesiaGenerationConfig | Unset
        if isinstance(_generation_config, Unset):
            generation_config = UNSET
        else:
            generation_config = CartesiaGenerationConfig.from_dict(_generation_config)

        _language = d.pop("language", UNSET)
        language: CartesiaSupportedLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_cartesia_supported_language(_language)

        _speed = d.pop("speed", UNSET)
        speed: CartesiaModelSpeed | Unset
        if isinstance(_speed, Unset):
            speed = UNSET
        else:
            speed = check_cartesia_model_speed(_speed)

        def _parse_add_timestamps(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        add_timestamps = _parse_add_timestamps(d.pop("add_timestamps", UNSET))

        def _parse_add_phoneme_timestamps(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        add_phoneme_timestamps = _parse_add_phoneme_timestamps(d.pop("add_phoneme_timestamps", UNSET))

        def _parse_use_normalized_timestamps(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_normalized_timestamps = _parse_use_normalized_timestamps(d.pop("use_normalized_timestamps", UNSET))

        def _parse_pronunciation_dict_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pronunciation_dict_id = _parse_pronunciation_dict_id(d.pop("pronunciation_dict_id", UNSET))

        def _parse_context_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        context_id = _parse_context_id(d.pop("context_id", UNSET))

        cartesia_events_request = cls(
            model_id=model_id,
            transcript=transcript,
            voice=voice,
            output_format=output_format,
            generation_config=generation_config,
            language=language,
            speed=speed,
            add_timestamps=add_timestamps,
            add_phoneme_timestamps=add_phoneme_timestamps,
            use_normalized_timestamps=use_normalized_timestamps,
            pronunciation_dict_id=pronunciation_dict_id,
            context_id=context_id,
        )

        cartesia_events_request.additional_properties = d
        return cartesia_events_request

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
