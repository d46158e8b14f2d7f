from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cartesia_ttssse_chunk_event_type import (
    CartesiaTTSSSEChunkEventType,
    check_cartesia_ttssse_chunk_event_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CartesiaTTSSSEChunkEvent")


@_attrs_define
class CartesiaTTSSSEChunkEvent:
    """Audio data chunk.

    Attributes:
        type_ (CartesiaTTSSSEChunkEventType): Event type identifier.
        done (bool): Whether this is the final event for the request. Always `false` for chunk events.
        data (str): Base64-encoded audio data.
        step_time (float): Server-side processing time for this chunk in milliseconds.
        status_code (int): HTTP-style status code.
        context_id (None | str | Unset): The context ID echoed back from the request, if one was provided.
    """

    type_: CartesiaTTSSSEChunkEventType
    done: bool
    data: str
    step_time: float
    status_code: int
    context_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        done = self.done

        data = self.data

        step_time = self.step_time

        status_code = self.status_code

        context_id: None | str | Unset
        if isinstance(self.context_id, Unset):
            context_id = UNSET
        else:
            context_id = self.context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "done": done,
                "data": data,
                "step_time": step_time,
                "status_code": status_code,
            }
        )
        if context_id is not UNSET:
            field_dict["context_id"] = context_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_cartesia_ttssse_chunk_event_type(d.pop("type"))

        done = d.pop("done")

        data = d.pop("data")

        step_time = d.pop("step_time")

        status_code = d.pop("status_code")

        def _parse_context_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        context_id = _parse_context_id(d.pop("context_id", UNSET))

        cartesia_ttssse_chunk_event = cls(
            type_=type_,
            done=done,
            data=data,
            step_time=step_time,
            status_code=status_code,
            context_id=context_id,
        )

        cartesia_ttssse_chunk_event.additional_properties = d
        return cartesia_ttssse_chunk_event

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
