from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cartesia_cartesia_version import CartesiaCartesiaVersion
from ...models.cartesia_events_request import CartesiaEventsRequest
from ...models.cartesia_ttssse_chunk_event import CartesiaTTSSSEChunkEvent
from ...models.cartesia_ttssse_done_event import CartesiaTTSSSEDoneEvent
from ...models.cartesia_ttssse_error_event import CartesiaTTSSSEErrorEvent
from ...models.cartesia_ttssse_phoneme_timestamps_event import CartesiaTTSSSEPhonemeTimestampsEvent
from ...models.cartesia_ttssse_timestamps_event import CartesiaTTSSSETimestampsEvent
from ...types import Response


def _get_kwargs(
    *,
    body: CartesiaEventsRequest,
    cartesia_version: CartesiaCartesiaVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Cartesia-Version"] = str(cartesia_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tts/sse",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CartesiaTTSSSEChunkEvent
    | CartesiaTTSSSEDoneEvent
    | CartesiaTTSSSEErrorEvent
    | CartesiaTTSSSEPhonemeTimestampsEvent
    | CartesiaTTSSSETimestampsEvent
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            CartesiaTTSSSEChunkEvent
            | CartesiaTTSSSEDoneEvent
            | CartesiaTTSSSEErrorEvent
            | CartesiaTTSSSEPhonemeTimestampsEvent
            | CartesiaTTSSSETimestampsEvent
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cartesia_events_response_type_0 = CartesiaTTSSSEChunkEvent.from_dict(data)

                return componentsschemas_cartesia_events_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cartesia_events_response_type_1 = CartesiaTTSSSETimestampsEvent.from_dict(data)

                return componentsschemas_cartesia_events_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cartesia_events_response_type_2 = CartesiaTTSSSEPhonemeTimestampsEvent.from_dict(data)

                return componentsschemas_cartesia_events_response_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_cartesia_events_response_type_3 = CartesiaTTSSSEDoneEvent.from_dict(data)

                return componentsschemas_cartesia_events_response_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_cartesia_events_response_type_4 = CartesiaTTSSSEErrorEvent.from_dict(data)

            return componentsschemas_cartesia_events_response_type_4

        response_200 = _parse_response_200(response.text)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CartesiaTTSSSEChunkEvent
    | CartesiaTTSSSEDoneEvent
    | CartesiaTTSSSEErrorEvent
    | CartesiaTTSSSEPhonemeTimestampsEvent
    | CartesiaTTSSSETimestampsEvent
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CartesiaEventsRequest,
    cartesia_version: CartesiaCartesiaVersion,
) -> Response[
    CartesiaTTSSSEChunkEvent
    | CartesiaTTSSSEDoneEvent
    | CartesiaTTSSSEErrorEvent
    | CartesiaTTSSSEPhonemeTimestampsEvent
    | CartesiaTTSSSETimestampsEvent
]:
    """Text-to-Speech (SSE)

     Text-to-Speech (SSE).

    Supports:
      - Streaming
      - Timestamps
      - context_id without transcript buffering


    See [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) for details.

    Args:
        cartesia_version (CartesiaCartesiaVersion):
        body (CartesiaEventsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartesiaTTSSSEChunkEvent | CartesiaTTSSSEDoneEvent | CartesiaTTSSSEErrorEvent | CartesiaTTSSSEPhonemeTimestampsEvent | CartesiaTTSSSETimestampsEvent]
    """

    kwargs = _get_kwargs(
        body=body,
        cartesia_version=cartesia_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CartesiaEventsRequest,
    cartesia_version: CartesiaCartesiaVersion,
) -> (
    CartesiaTTSSSEChunkEvent
    | CartesiaTTSSSEDoneEvent
    | CartesiaTTSSSEErrorEvent
    | CartesiaTTSSSEPhonemeTimestampsEvent
    | CartesiaTTSSSETimestampsEvent
    | None
):
    """Text-to-Speech (SSE)

     Text-to-Speech (SSE).

    Supports:
      - Streaming
      - Timestamps
      - context_id without transcript buffering


    See [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) for details.

    Args:
        cartesia_version (CartesiaCartesiaVersion):
        body (CartesiaEventsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartesiaTTSSSEChunkEvent | CartesiaTTSSSEDoneEvent | CartesiaTTSSSEErrorEvent | CartesiaTTSSSEPhonemeTimestampsEvent | CartesiaTTSSSETimestampsEvent
    """

    return sync_detailed(
        client=client,
        body=body,
        cartesia_version=cartesia_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CartesiaEventsRequest,
    cartesia_version: CartesiaCartesiaVersion,
) -> Response[
    CartesiaTTSSSEChunkEvent
    | CartesiaTTSSSEDoneEvent
    | CartesiaTTSSSEErrorEvent
    | CartesiaTTSSSEPhonemeTimestampsEvent
    | CartesiaTTSSSETimestampsEvent
]:
    """Text-to-Speech (SSE)

     Text-to-Speech (SSE).

    Supports:
      - Streaming
      - Timestamps
      - context_id without transcript buffering


    See [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) for details.

    Args:
        cartesia_version (CartesiaCartesiaVersion):
        body (CartesiaEventsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CartesiaTTSSSEChunkEvent | CartesiaTTSSSEDoneEvent | CartesiaTTSSSEErrorEvent | CartesiaTTSSSEPhonemeTimestampsEvent | CartesiaTTSSSETimestampsEvent]
    """

    kwargs = _get_kwargs(
        body=body,
        cartesia_version=cartesia_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CartesiaEventsRequest,
    cartesia_version: CartesiaCartesiaVersion,
) -> (
    CartesiaTTSSSEChunkEvent
    | CartesiaTTSSSEDoneEvent
    | CartesiaTTSSSEErrorEvent
    | CartesiaTTSSSEPhonemeTimestampsEvent
    | CartesiaTTSSSETimestampsEvent
    | None
):
    """Text-to-Speech (SSE)

     Text-to-Speech (SSE).

    Supports:
      - Streaming
      - Timestamps
      - context_id without transcript buffering


    See [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) for details.

    Args:
        cartesia_version (CartesiaCartesiaVersion):
        body (CartesiaEventsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CartesiaTTSSSEChunkEvent | CartesiaTTSSSEDoneEvent | CartesiaTTSSSEErrorEvent | CartesiaTTSSSEPhonemeTimestampsEvent | CartesiaTTSSSETimestampsEvent
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            cartesia_version=cartesia_version,
        )
    ).parsed
