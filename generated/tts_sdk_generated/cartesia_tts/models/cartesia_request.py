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
    from ..models.cartesia_mp3_output_format import CartesiaMP3OutputFormat
    from ..models.cartesia_raw_output_format import CartesiaRawOutputFormat
    from ..models.cartesia_tts_request_voice_specifier import CartesiaTTSRequestVoiceSpecifier
    from ..models.cartesia_wav_output_format import CartesiaWAVOutputFormat


T = TypeVar("T", bound="CartesiaRequest")


@_attrs_define
class CartesiaRequest:
    """
    Attributes:
        model_id (CartesiaTTSModel | str):
        transcript (str):
        voice (CartesiaTTSRequestVoiceSpecifier):
        output_format (CartesiaMP3OutputFormat | CartesiaRawOutputFormat | CartesiaWAVOutputFormat):
        language (CartesiaSupportedLanguage | None | Unset):
        generation_config (CartesiaGenerationConfig | Unset): Configure the various attributes of the generated speech.
            These are only for `sonic-3` and have no effect on earlier models.

            See [Volume, Speed, and Emotion in Sonic-3](https://docs.cartesia.ai/build-with-cartesia/sonic-3/volume-speed-
            emotion) for a guide on this option.
        save (bool | None | Unset): Whether to save the generated audio file. When true, the response will include a
            `Cartesia-File-ID` header. Default: false.
        pronunciation_dict_id (None | str | Unset): The ID of a pronunciation dictionary to use for the generation.
            Pronunciation dictionaries are supported by `sonic-3` models and newer.
        speed (CartesiaModelSpeed | Unset): Speed setting for the model. Defaults to `normal`.
            This feature is experimental and may not work for all voices.
            Influences the speed of the generated speech. Faster speeds may reduce hallucination rate. Default: "normal".
    """

    model_id: CartesiaTTSModel | str
    transcript: str
    voice: CartesiaTTSRequestVoiceSpecifier
    output_format: CartesiaMP3OutputFormat | CartesiaRawOutputFormat | CartesiaWAVOutputFormat
    language: CartesiaSupportedLanguage | None | Unset = UNSET
    generation_config: CartesiaGenerationConfig | Unset = UNSET
    save: bool | None | Unset = UNSET
    pronunciation_dict_id: None | str | Unset = UNSET
    speed: CartesiaModelSpeed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cartesia_raw_output_format import CartesiaRawOutputFormat  # noqa: PLC0415
        from ..models.cartesia_wav_output_format import CartesiaWAVOutputFormat  # noqa: PLC0415

        model_id: str
        if isinstance(self.model_id, str):
            model_id = self.model_id
        else:
            model_id = self.model_id

        transcript = self.transcript

        voice = self.voice.to_dict()

        output_format: dict[str, Any]
        if isinstance(self.output_format, CartesiaRawOutputFormat):
            output_format = self.output_format.to_dict()
        elif isinstance(self.output_format, CartesiaWAVOutputFormat):
            output_format = self.output_format.to_dict()
        else:
            output_format = self.output_format.to_dict()

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, str):
            language = self.language
        else:
            language = self.language

        generation_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generation_config, Unset):
            generation_config = self.generation_config.to_dict()

        save: bool | None | Unset
        if isinstance(self.save, Unset):
            save = UNSET
        else:
            save = self.save

        pronunciation_dict_id: None | str | Unset
        if isinstance(self.pronunciation_dict_id, Unset):
            pronunciation_dict_id = UNSET
        else:
            pronunciation_dict_id = self.pronunciation_dict_id

        speed: str | Unset = UNSET
        if not isinstance(self.speed, Unset):
            speed = self.speed

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
        if language is not UNSET:
            field_dict["language"] = language
        if generation_config is not UNSET:
            field_dict["generation_config"] = generation_config
        if save is not UNSET:
            field_dict["save"] = save
        if pronunciation_dict_id is not UNSET:
            field_dict["pronunciation_dict_id"] = pronunciation_dict_id
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cartesia_generation_config import CartesiaGenerationConfig  # noqa: PLC0415
        from ..models.cartesia_mp3_output_format import CartesiaMP3OutputFormat  # noqa: PLC0415
        from ..models.cartesia_raw_output_format import CartesiaRawOutputFormat  # noqa: PLC0415
        from ..models.cartesia_tts_request_voice_specifier import CartesiaTTSRequestVoiceSpecifier  # noqa: PLC0415
        from ..models.cartesia_wav_output_format import CartesiaWAVOutputFormat  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_model_id(data: object) -> CartesiaTTSModel | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_id_type_0 = check_cartesia_tts_model(data)

                return model_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CartesiaTTSModel | str, data)

        model_id = _parse_model_id(d.pop("model_id"))

        transcript = d.pop("transcript")

        voice = CartesiaTTSRequestVoiceSpecifier.from_dict(d.pop("voice"))

        def _parse_output_format(
            data: object,
        ) -> CartesiaMP3OutputFormat | CartesiaRawOutputFormat | CartesiaWAVOutputFormat:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cartesia_output_format_type_0 = CartesiaRawOutputFormat.from_dict(data)

                return componentsschemas_cartesia_output_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cartesia_output_format_type_1 = CartesiaWAVOutputFormat.from_dict(data)

                return componentsschemas_cartesia_output_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_cartesia_output_format_type_2 = CartesiaMP3OutputFormat.from_dict(data)

            return componentsschemas_cartesia_output_format_type_2

        output_format = _parse_output_format(d.pop("output_format"))

        def _parse_language(data: object) -> CartesiaSupportedLanguage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_1 = check_cartesia_supported_language(data)

                return language_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CartesiaSupportedLanguage | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _generation_config = d.pop("generation_config", UNSET)
        generation_config: CartesiaGenerationConfig | Unset
        if isinstance(_generation_config, Unset):
            generation_config = UNSET
        else:
            generation_config = CartesiaGenerationConfig.from_dict(_generation_config)

        def _parse_save(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        save = _parse_save(d.pop("save", UNSET))

        def _parse_pronunciation_dict_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pronunciation_dict_id = _parse_pronunciation_dict_id(d.pop("pronunciation_dict_id", UNSET))

        _speed = d.pop("speed", UNSET)
        speed: CartesiaModelSpeed | Unset
        if isinstance(_speed, Unset):
            speed = UNSET
        else:
            speed = check_cartesia_model_speed(_speed)

        cartesia_request = cls(
            model_id=model_id,
            transcript=transcript,
            voice=voice,
            output_format=output_format,
            language=language,
            generation_config=generation_config,
            save=save,
            pronunciation_dict_id=pronunciation_dict_id,
            speed=speed,
        )

        cartesia_request.additional_properties = d
        return cartesia_request

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
