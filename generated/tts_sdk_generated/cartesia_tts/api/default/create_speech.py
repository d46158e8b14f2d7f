from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cartesia_cartesia_version import CartesiaCartesiaVersion
from ...models.cartesia_request import CartesiaRequest
from ...types import File, Response


def _get_kwargs(
    *,
    body: CartesiaRequest,
    cartesia_version: CartesiaCartesiaVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Cartesia-Version"] = str(cartesia_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tts/bytes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CartesiaRequest,
    cartesia_version: CartesiaCartesiaVersion,
) -> Response[File]:
    """Text-to-Speech (Bytes)

     Text-to-Speech (Bytes).

    The simplest way to stream generated audio.

    See [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) for details.

    Args:
        cartesia_version (CartesiaCartesiaVersion):
        body (CartesiaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
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
    body: CartesiaRequest,
    cartesia_version: CartesiaCartesiaVersion,
) -> File | None:
    """Text-to-Speech (Bytes)

     Text-to-Speech (Bytes).

    The simplest way to stream generated audio.

    See [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) for details.

    Args:
        cartesia_version (CartesiaCartesiaVersion):
        body (CartesiaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        client=client,
        body=body,
        cartesia_version=cartesia_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CartesiaRequest,
    cartesia_version: CartesiaCartesiaVersion,
) -> Response[File]:
    """Text-to-Speech (Bytes)

     Text-to-Speech (Bytes).

    The simplest way to stream generated audio.

    See [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) for details.

    Args:
        cartesia_version (CartesiaCartesiaVersion):
        body (CartesiaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
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
    body: CartesiaRequest,
    cartesia_version: CartesiaCartesiaVersion,
) -> File | None:
    """Text-to-Speech (Bytes)

     Text-to-Speech (Bytes).

    The simplest way to stream generated audio.

    See [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) for details.

    Args:
        cartesia_version (CartesiaCartesiaVersion):
        body (CartesiaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            cartesia_version=cartesia_version,
        )
    ).parsed
