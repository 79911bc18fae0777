"""The proxy in-process, between a real aiohttp 'ComfyUI' app and a real aiohttp 'sidecar' app."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable

import aiohttp
from aiohttp import web
from multidict import CIMultiDict
from yarl import URL

from longvideo import unavailable
from longvideo.proxy import forwarded_headers, register, sidecar_path


def test_paths_lose_the_longvideo_prefix_whichever_mirror_was_called() -> None:
    assert sidecar_path("/longvideo/api/jobs") == "/api/jobs"
    assert sidecar_path("/api/longvideo/api/jobs/3/video") == "/api/jobs/3/video"
    assert sidecar_path("/longvideo/api/images/a%20b.png") == "/api/images/a%20b.png"
    assert sidecar_path("/longvideo/") == "/"


def test_hop_by_hop_headers_and_those_named_in_connection_are_not_forwarded() -> None:
    headers = CIMultiDict(
        [
            ("Connection", "keep-alive, X-Private"),
            ("Keep-Alive", "timeout=5"),
            ("Transfer-Encoding", "chunked"),
            ("X-Private", "1"),
            ("Range", "bytes=0-9"),
            ("Set-Cookie", "a=1"),
            ("Set-Cookie", "b=2"),
            ("Host", "comfy:8188"),
        ]
    )
    kept = forwarded_headers(headers, drop=["Host"])
    assert sorted(kept.items()) == [("Range", "bytes=0-9"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")]


Scenario = Callable[[aiohttp.ClientSession, str], Awaitable[None]]


async def through_proxy(sidecar: web.Application | None, scenario: Scenario, secret: str | None = None) -> None:
    """Serve `sidecar` on loopback, a ComfyUI-like app with the proxy routes, and run `scenario`."""
    runners: list[web.AppRunner] = []

    async def serve(app: web.Application) -> str:
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        runners.append(runner)
        return f"http://127.0.0.1:{runner.addresses[0][1]}"

    if sidecar is not None:
        target: str | unavailable.Unavailable = await serve(sidecar)
    else:
        # A port that was just free: nothing answers there.
        probe = await serve(web.Application())
        await runners.pop().cleanup()
        target = probe
    routes = web.RouteTableDef()
    proxy = register(routes, lambda: target, lambda: secret)
    comfy = web.Application()
    comfy.add_routes(routes)
    for route in routes:  # ComfyUI's mirror of every route under /api
        if isinstance(route, web.RouteDef):
            comfy.router.add_route(route.method, "/api" + route.path, route.handler)
    comfy_url = await serve(comfy)
    try:
        async with aiohttp.ClientSession() as client:
            await scenario(client, comfy_url)
    finally:
        await proxy.close()
        for runner in reversed(runners):
            await runner.cleanup()


async def read_event(content: aiohttp.StreamReader) -> bytes:
    """One server-sent event: lines up to and including the blank line that ends it."""
    event = b""
    while not event.endswith(b"\n\n"):
        line = await content.readline()
        if not line:
            break
        event += line
    return event


def test_each_event_reaches_the_browser_while_the_sidecar_keeps_the_stream_open() -> None:
    release = asyncio.Event()

    async def events(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await response.prepare(request)
        await response.write(b"event: hello\ndata: {}\n\n")
        await release.wait()  # a buffering proxy would deliver nothing before this returns
        await response.write(b"event: job\ndata: {\"id\":1}\n\n")
        return response

    sidecar = web.Application()
    sidecar.router.add_get("/api/events", events)

    async def scenario(client: aiohttp.ClientSession, comfy: str) -> None:
        try:
            async with client.get(comfy + "/longvideo/api/events") as response:
                assert response.status == 200
                assert response.headers["Content-Type"] == "text/event-stream"
                assert response.headers["X-Accel-Buffering"] == "no"
                first = await asyncio.wait_for(read_event(response.content), 5)
                assert first == b"event: hello\ndata: {}\n\n"
                release.set()
                second = await asyncio.wait_for(read_event(response.content), 5)
                assert second == b'event: job\ndata: {"id":1}\n\n'
        finally:
            release.set()

    asyncio.run(through_proxy(sidecar, scenario))


def test_query_method_body_and_status_pass_through_unchanged() -> None:
    async def echo(request: web.Request) -> web.Response:
        body = await request.read()
        return web.json_response(
            {
                "method": request.method,
                "path": request.raw_path,
                "body": body.decode(),
                "type": request.headers.get("Content-Type"),
                "cookie": request.headers.get("Cookie"),
            },
            status=418,
            headers={"X-From-Sidecar": "yes"},
        )

    sidecar = web.Application()
    sidecar.router.add_route("*", "/{tail:.*}", echo)

    async def scenario(client: aiohttp.ClientSession, comfy: str) -> None:
        async with client.patch(
            URL(comfy + "/longvideo/api/jobs/7?fields=a%2Cb&x=1", encoded=True),
            data=b'{"name":"x"}',
            headers={"Content-Type": "application/json", "Cookie": "comfy-session=secret"},
        ) as response:
            assert response.status == 418
            assert response.headers["X-From-Sidecar"] == "yes"
            assert await response.json() == {
                "method": "PATCH",
                "path": "/api/jobs/7?fields=a%2Cb&x=1",
                "body": '{"name":"x"}',
                "type": "application/json",
                "cookie": None,
            }

    asyncio.run(through_proxy(sidecar, scenario))


def test_every_forwarded_request_carries_the_sidecars_secret_and_never_the_browsers() -> None:
    async def echo(request: web.Request) -> web.Response:
        return web.json_response({"secrets": request.headers.getall("X-LongVideo-Secret", []), "origin": request.headers.get("Origin")})

    sidecar = web.Application()
    sidecar.router.add_route("*", "/{tail:.*}", echo)

    async def scenario(client: aiohttp.ClientSession, comfy: str) -> None:
        for method, path in (("GET", "/longvideo/api/jobs"), ("POST", "/api/longvideo/api/queue/stop"), ("GET", "/longvideo/api/events")):
            headers = {"X-LongVideo-Secret": "a guess", "x-longvideo-secret": "another", "Origin": comfy}
            async with client.request(method, comfy + path, headers=headers) as response:
                assert await response.json() == {"secrets": ["per-start-secret"], "origin": None}

    asyncio.run(through_proxy(sidecar, scenario, secret="per-start-secret"))


def test_a_ranged_read_comes_back_as_206_with_the_requested_bytes() -> None:
    payload = bytes(range(256)) * 40

    async def video(request: web.Request) -> web.Response:
        assert request.http_range.start is not None
        start, stop = request.http_range.start, request.http_range.stop or len(payload)
        return web.Response(
            status=206,
            body=payload[start:stop],
            headers={
                "Content-Type": "video/mp4",
                "Accept-Ranges": "bytes",
                "Content-Range": f"bytes {start}-{stop - 1}/{len(payload)}",
            },
        )

    sidecar = web.Application()
    sidecar.router.add_get("/api/jobs/1/video", video)

    async def scenario(client: aiohttp.ClientSession, comfy: str) -> None:
        async with client.get(comfy + "/api/longvideo/api/jobs/1/video", headers={"Range": "bytes=1000-1099"}) as r:
            assert r.status == 206
            assert r.headers["Content-Range"] == f"bytes 1000-1099/{len(payload)}"
            assert r.headers["Accept-Ranges"] == "bytes"
            assert await r.read() == payload[1000:1100]

    asyncio.run(through_proxy(sidecar, scenario))


def test_a_sidecar_that_does_not_answer_gives_502_sidecar_not_running() -> None:
    async def scenario(client: aiohttp.ClientSession, comfy: str) -> None:
        async with client.get(comfy + "/longvideo/api/health") as response:
            assert response.status == 502
            body = await response.json()
            assert body["error"]["code"] == "sidecar_not_running"
            assert "127.0.0.1" in body["error"]["message"]

    asyncio.run(through_proxy(None, scenario))


def test_a_known_reason_is_answered_without_contacting_anything() -> None:
    routes = web.RouteTableDef()
    register(routes, unavailable.ffmpeg_missing)
    comfy = web.Application()
    comfy.add_routes(routes)

    async def scenario() -> None:
        runner = web.AppRunner(comfy)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        try:
            async with aiohttp.ClientSession() as client:
                async with client.post(f"http://127.0.0.1:{runner.addresses[0][1]}/longvideo/api/jobs") as r:
                    assert r.status == 503
                    body = json.loads(await r.text())
                    assert body["error"]["code"] == "ffmpeg_missing"
                    assert "LONGVIDEO_FFMPEG" in body["error"]["message"]
        finally:
            await runner.cleanup()

    asyncio.run(scenario())


def test_a_browser_that_leaves_the_event_stream_releases_the_sidecar_stream_too() -> None:
    upstream_gone = asyncio.Event()

    async def events(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        try:
            while True:  # like the sidecar's heartbeat, until the proxy hangs up
                await response.write(b": heartbeat\n\n")
                await asyncio.sleep(0.05)
        except (ConnectionResetError, asyncio.CancelledError):
            upstream_gone.set()
            raise

    sidecar = web.Application()
    sidecar.router.add_get("/api/events", events)

    async def scenario(client: aiohttp.ClientSession, comfy: str) -> None:
        async with client.get(comfy + "/longvideo/api/events") as response:
            assert await asyncio.wait_for(response.content.readline(), 5) == b": heartbeat\n"
        # Leaving the block closed the browser's connection; the proxy must close its own upstream.
        await asyncio.wait_for(upstream_gone.wait(), 10)

    asyncio.run(through_proxy(sidecar, scenario))
