"""A deliberately minimal HTTP/1.1 server for benchmarks, so that the client, not the server, dominates.

Any request gets a fixed ~2 KB "mp3"; a path under ``/big/<N>/`` streams N bytes of silence instead. Plain
asyncio streams, keep-alive, Content-Length framing, TCP_NODELAY: about as little work per request as
Python allows. Run in its own process (``python bench/_fastserver.py`` prints its base URL).
"""

from __future__ import annotations

import asyncio
import socket
import sys

AUDIO = b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(range(256)) * 8
RESPONSE = b"HTTP/1.1 200 OK\r\ncontent-type: audio/mpeg\r\ncontent-length: %d\r\n\r\n%s" % (len(AUDIO), AUDIO)
CHUNK = b"\x00" * 65536


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, _, headers = head.partition(b"\r\n")
            length = 0
            for line in headers.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length:
                await reader.readexactly(length)
            path = request_line.split(b" ")[1].decode()
            if path.startswith("/big/"):
                total = int(path.split("/")[2])
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: audio/pcm\r\ncontent-length: %d\r\n\r\n" % total)
                sent = 0
                while sent < total:
                    piece = CHUNK[: min(len(CHUNK), total - sent)]
                    writer.write(piece)
                    sent += len(piece)
                    await writer.drain()
            else:
                writer.write(RESPONSE)
                await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def serve() -> None:
    sock = socket.socket()
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    server = await asyncio.start_server(handle, sock=sock, backlog=2048)
    print(f"http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    sys.exit(asyncio.run(serve()))
