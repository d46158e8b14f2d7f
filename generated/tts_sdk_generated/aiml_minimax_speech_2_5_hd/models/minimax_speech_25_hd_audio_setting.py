from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.minimax_speech_25_hd_audio_setting_bitrate import (
    MinimaxSpeech25HdAudioSettingBitrate,
    check_minimax_speech_25_hd_audio_setting_bitrate,
)
from ..models.minimax_speech_25_hd_audio_setting_channel import (
    MinimaxSpeech25HdAudioSettingChannel,
    check_minimax_speech_25_hd_audio_setting_channel,
)
from ..models.minimax_speech_25_hd_audio_setting_format import (
    MinimaxSpeech25HdAudioSettingFormat,
    check_minimax_speech_25_hd_audio_setting_format,
)
from ..models.minimax_speech_25_hd_audio_setting_sample_rate import (
    MinimaxSpeech25HdAudioSettingSampleRate,
    check_minimax_speech_25_hd_audio_setting_sample_rate,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MinimaxSpeech25HdAudioSetting")


@_attrs_define
class MinimaxSpeech25HdAudioSetting:
    """Audio output configuration

    Attributes:
        sample_rate (MinimaxSpeech25HdAudioSettingSampleRate | Unset): Audio sample rate in Hz.
        bitrate (MinimaxSpeech25HdAudioSettingBitrate | Unset): Audio bitrate in bits per second. Controls the
            compression level and audio quality. Higher bitrates provide better quality but larger file sizes.
        format_ (MinimaxSpeech25HdAudioSettingFormat | Unset): Audio output format. MP3 provides good compression and
            compatibility, PCM offers uncompressed high quality, and FLAC provides lossless compression. Default: "mp3".
        channel (MinimaxSpeech25HdAudioSettingChannel | Unset): Number of audio channels. 1 for mono (single channel), 2
            for stereo (dual channel) output.
    """

    sample_rate: MinimaxSpeech25HdAudioSettingSampleRate | Unset = UNSET
    bitrate: MinimaxSpeech25HdAudioSettingBitrate | Unset = UNSET
    format_: MinimaxSpeech25HdAudioSettingFormat | Unset = UNSET
    channel: MinimaxSpeech25HdAudioSettingChannel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_rate: int | Unset = UNSET
        if not isinstance(self.sample_rate, Unset):
            sample_rate = self.sample_rate

        bitrate: int | Unset = UNSET
        if not isinstance(self.bitrate, Unset):
            bitrate = self.bitrate

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        channel: int | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if format_ is not UNSET:
            field_dict["format"] = format_
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _sample_rate = d.pop("sample_rate", UNSET)
        sample_rate: MinimaxSpeech25HdAudioSettingSampleRate | Unset
        if isinstance(_sample_rate, Unset):
            sample_rate = UNSET
        else:
            sample_rate = check_minimax_speech_25_hd_audio_setting_sample_rate(_sample_rate)

        _bitrate = d.pop("bitrate", UNSET)
        bitrate: MinimaxSpeech25HdAudioSettingBitrate | Unset
        if isinstance(_bitrate, Unset):
            bitrate = UNSET
        else:
            bitrate = check_minimax_speech_25_hd_audio_setting_bitrate(_bitrate)

        _format_ = d.pop("format", UNSET)
        format_: MinimaxSpeech25HdAudioSettingFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_minimax_speech_25_hd_audio_setting_format(_format_)

        _channel = d.pop("channel", UNSET)
        channel: MinimaxSpeech25HdAudioSettingChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_minimax_speech_25_hd_audio_setting_channel(_channel)

        minimax_speech_25_hd_audio_setting = cls(
            sample_rate=sample_rate,
            bitrate=bitrate,
            format_=format_,
            channel=channel,
        )

        minimax_speech_25_hd_audio_setting.additional_properties = d
        return minimax_speech_25_hd_audio_setting

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
