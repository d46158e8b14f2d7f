from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.minimax_speech_25_hd_error import MinimaxSpeech25HdError
from ...models.minimax_speech_25_hd_request import MinimaxSpeech25HdRequest
from ...models.minimax_speech_25_hd_response import MinimaxSpeech25HdResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MinimaxSpeech25HdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MinimaxSpeech25HdError | MinimaxSpeech25HdResponse | None:
    if response.status_code == 200:
        response_200 = MinimaxSpeech25HdResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MinimaxSpeech25HdError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = MinimaxSpeech25HdError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = MinimaxSpeech25HdError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = MinimaxSpeech25HdError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = MinimaxSpeech25HdError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = MinimaxSpeech25HdError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = MinimaxSpeech25HdError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MinimaxSpeech25HdError | MinimaxSpeech25HdResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MinimaxSpeech25HdRequest,
) -> Response[MinimaxSpeech25HdError | MinimaxSpeech25HdResponse]:
    """
    Args:
        body (MinimaxSpeech25HdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MinimaxSpeech25HdError | MinimaxSpeech25HdResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MinimaxSpeech25HdRequest,
) -> MinimaxSpeech25HdError | MinimaxSpeech25HdResponse | None:
    """
    Args:
        body (MinimaxSpeech25HdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MinimaxSpeech25HdError | MinimaxSpeech25HdResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MinimaxSpeech25HdRequest,
) -> Response[MinimaxSpeech25HdError | MinimaxSpeech25HdResponse]:
    """
    Args:
        body (MinimaxSpeech25HdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MinimaxSpeech25HdError | MinimaxSpeech25HdResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MinimaxSpeech25HdRequest,
) -> MinimaxSpeech25HdError | MinimaxSpeech25HdResponse | None:
    """
    Args:
        body (MinimaxSpeech25HdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MinimaxSpeech25HdError | MinimaxSpeech25HdResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
