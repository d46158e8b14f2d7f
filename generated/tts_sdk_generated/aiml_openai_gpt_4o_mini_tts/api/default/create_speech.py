from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.openai_gpt_4o_mini_tts_error import OpenaiGpt4OMiniTtsError
from ...models.openai_gpt_4o_mini_tts_request import OpenaiGpt4OMiniTtsRequest
from ...models.openai_gpt_4o_mini_tts_response import OpenaiGpt4OMiniTtsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OpenaiGpt4OMiniTtsRequest,
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
) -> OpenaiGpt4OMiniTtsError | OpenaiGpt4OMiniTtsResponse | None:
    if response.status_code == 200:
        response_200 = OpenaiGpt4OMiniTtsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OpenaiGpt4OMiniTtsError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OpenaiGpt4OMiniTtsError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OpenaiGpt4OMiniTtsError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = OpenaiGpt4OMiniTtsError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = OpenaiGpt4OMiniTtsError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = OpenaiGpt4OMiniTtsError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = OpenaiGpt4OMiniTtsError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpenaiGpt4OMiniTtsError | OpenaiGpt4OMiniTtsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpenaiGpt4OMiniTtsRequest,
) -> Response[OpenaiGpt4OMiniTtsError | OpenaiGpt4OMiniTtsResponse]:
    """
    Args:
        body (OpenaiGpt4OMiniTtsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenaiGpt4OMiniTtsError | OpenaiGpt4OMiniTtsResponse]
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
    body: OpenaiGpt4OMiniTtsRequest,
) -> OpenaiGpt4OMiniTtsError | OpenaiGpt4OMiniTtsResponse | None:
    """
    Args:
        body (OpenaiGpt4OMiniTtsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenaiGpt4OMiniTtsError | OpenaiGpt4OMiniTtsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpenaiGpt4OMiniTtsRequest,
) -> Response[OpenaiGpt4OMiniTtsError | OpenaiGpt4OMiniTtsResponse]:
    """
    Args:
        body (OpenaiGpt4OMiniTtsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenaiGpt4OMiniTtsError | OpenaiGpt4OMiniTtsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpenaiGpt4OMiniTtsRequest,
) -> OpenaiGpt4OMiniTtsError | OpenaiGpt4OMiniTtsResponse | None:
    """
    Args:
        body (OpenaiGpt4OMiniTtsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenaiGpt4OMiniTtsError | OpenaiGpt4OMiniTtsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
