from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.openai_speech_error_response import OpenaiSpeechErrorResponse
from ...models.openai_speech_request import OpenaiSpeechRequest
from ...types import File, Response


def _get_kwargs(
    *,
    body: OpenaiSpeechRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/speech",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | OpenaiSpeechErrorResponse | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = OpenaiSpeechErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OpenaiSpeechErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OpenaiSpeechErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = OpenaiSpeechErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = OpenaiSpeechErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = OpenaiSpeechErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = OpenaiSpeechErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File | OpenaiSpeechErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpenaiSpeechRequest,
) -> Response[File | OpenaiSpeechErrorResponse]:
    """Generates audio from the input text.

    Args:
        body (OpenaiSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | OpenaiSpeechErrorResponse]
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
    body: OpenaiSpeechRequest,
) -> File | OpenaiSpeechErrorResponse | None:
    """Generates audio from the input text.

    Args:
        body (OpenaiSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | OpenaiSpeechErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpenaiSpeechRequest,
) -> Response[File | OpenaiSpeechErrorResponse]:
    """Generates audio from the input text.

    Args:
        body (OpenaiSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | OpenaiSpeechErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpenaiSpeechRequest,
) -> File | OpenaiSpeechErrorResponse | None:
    """Generates audio from the input text.

    Args:
        body (OpenaiSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | OpenaiSpeechErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
