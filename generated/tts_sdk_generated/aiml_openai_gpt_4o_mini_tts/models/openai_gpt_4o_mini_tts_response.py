from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.openai_gpt_4o_mini_tts_audio_file import OpenaiGpt4OMiniTtsAudioFile
    from ..models.openai_gpt_4o_mini_tts_response_meta import OpenaiGpt4OMiniTtsResponseMeta


T = TypeVar("T", bound="OpenaiGpt4OMiniTtsResponse")


@_attrs_define
class OpenaiGpt4OMiniTtsResponse:
    """
    Attributes:
        audio (OpenaiGpt4OMiniTtsAudioFile | str):
        meta (None | OpenaiGpt4OMiniTtsResponseMeta | Unset): Additional details about the generation.
    """

    audio: OpenaiGpt4OMiniTtsAudioFile | str
    meta: None | OpenaiGpt4OMiniTtsResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.openai_gpt_4o_mini_tts_audio_file import OpenaiGpt4OMiniTtsAudioFile  # noqa: PLC0415
        from ..models.openai_gpt_4o_mini_tts_response_meta import OpenaiGpt4OMiniTtsResponseMeta  # noqa: PLC0415

        audio: dict[str, Any] | str
        if isinstance(self.audio, OpenaiGpt4OMiniTtsAudioFile):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, OpenaiGpt4OMiniTtsResponseMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.openai_gpt_4o_mini_tts_audio_file import OpenaiGpt4OMiniTtsAudioFile  # noqa: PLC0415
        from ..models.openai_gpt_4o_mini_tts_response_meta import OpenaiGpt4OMiniTtsResponseMeta  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_audio(data: object) -> OpenaiGpt4OMiniTtsAudioFile | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = OpenaiGpt4OMiniTtsAudioFile.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OpenaiGpt4OMiniTtsAudioFile | str, data)

        audio = _parse_audio(d.pop("audio"))

        def _parse_meta(data: object) -> None | OpenaiGpt4OMiniTtsResponseMeta | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_1 = OpenaiGpt4OMiniTtsResponseMeta.from_dict(data)

                return meta_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenaiGpt4OMiniTtsResponseMeta | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        openai_gpt_4o_mini_tts_response = cls(
            audio=audio,
            meta=meta,
        )

        openai_gpt_4o_mini_tts_response.additional_properties = d
        return openai_gpt_4o_mini_tts_response

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
