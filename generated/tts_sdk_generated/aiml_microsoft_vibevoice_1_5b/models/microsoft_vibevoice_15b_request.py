from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.microsoft_vibevoice_15b_model import MicrosoftVibevoice15BModel, check_microsoft_vibevoice_15b_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.microsoft_vibevoice_15b_speakers_item import MicrosoftVibevoice15BSpeakersItem


T = TypeVar("T", bound="MicrosoftVibevoice15BRequest")


@_attrs_define
class MicrosoftVibevoice15BRequest:
    """
    Attributes:
        model (MicrosoftVibevoice15BModel):  Default: 'microsoft/vibevoice-1.5b'.
        script (str): The script to convert to speech. Can be formatted with "Speaker X:" prefixes for multi-speaker
            dialogues.
        speakers (list[MicrosoftVibevoice15BSpeakersItem] | Unset): List of speakers to use for the script. If not
            provided, will be inferred from the script or voice samples. Default: [{"preset": "Alice [EN]"}].
        seed (int | Unset): If specified, our system will make a best effort to sample deterministically, such that
            repeated requests with the same seed and parameters should return the same result. Determinism is not
            guaranteed.
        cfg_scale (float | Unset): The CFG (Classifier Free Guidance) scale is a measure of how close you want the model
            to stick to your prompt. Default: 1.3.
    """

    script: str
    model: MicrosoftVibevoice15BModel = "microsoft/vibevoice-1.5b"
    speakers: list[MicrosoftVibevoice15BSpeakersItem] | Unset = UNSET
    seed: int | Unset = UNSET
    cfg_scale: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        script = self.script

        speakers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.speakers, Unset):
            speakers = []
            for speakers_item_data in self.speakers:
                speakers_item = speakers_item_data.to_dict()
                speakers.append(speakers_item)

        seed = self.seed

        cfg_scale = self.cfg_scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "script": script,
            }
        )
        if speakers is not UNSET:
            field_dict["speakers"] = speakers
        if seed is not UNSET:
            field_dict["seed"] = seed
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.microsoft_vibevoice_15b_speakers_item import MicrosoftVibevoice15BSpeakersItem  # noqa: PLC0415

        d = dict(src_dict)
        model = check_microsoft_vibevoice_15b_model(d.pop("model"))

        script = d.pop("script")

        _speakers = d.pop("speakers", UNSET)
        speakers: list[MicrosoftVibevoice15BSpeakersItem] | Unset = UNSET
        if _speakers is not UNSET:
            speakers = []
            for speakers_item_data in _speakers:
                speakers_item = MicrosoftVibevoice15BSpeakersItem.from_dict(speakers_item_data)

                speakers.append(speakers_item)

        seed = d.pop("seed", UNSET)

        cfg_scale = d.pop("cfg_scale", UNSET)

        microsoft_vibevoice_15b_request = cls(
            model=model,
            script=script,
            speakers=speakers,
            seed=seed,
            cfg_scale=cfg_scale,
        )

        microsoft_vibevoice_15b_request.additional_properties = d
        return microsoft_vibevoice_15b_request

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
