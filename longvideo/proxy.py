"""Same-origin proxy: ComfyUI's /longvideo/<path> (and /api/longvideo/<path>) to the sidecar's /<path>.

The browser only ever talks to ComfyUI's own origin (remote pods expose one port; ComfyUI refuses
cross-site requests; --offline forbids other origins), so every byte to the sidecar passes here:
JSON, multipart uploads, server-sent events and ranged video reads, all streamed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable

import aiohttp
from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from . import unavailable
from .unavailable import Unavailable

PREFIXES = ("/api/longvideo", "/longvideo")
HOP_BY_HOP = frozenset(
    h.lower()
    for h in (
        "Connection",
        "Keep-Alive",
        "Proxy-Authenticate",
        "Proxy-Authorization",
        "Proxy-Connection",
        "TE",
        "Trailer",
        "Transfer-Encoding",
        "Upgrade",
    )
)
# The header that tells the sidecar a request passed ComfyUI's own checks (its origin check runs as a
# middleware before this route): the sidecar refuses requests without it, so a web page the user visits
# cannot reach the sidecar's loopback port directly.
SECRET_HEADER = "X-LongVideo-Secret"
# ComfyUI's credentials and origin checks stay at ComfyUI; the secret proves the request passed them.
# A secret header from the browser is never passed on. Expect: 100-continue was answered by ComfyUI.
NOT_FORWARDED = frozenset({"host", "cookie", "authorization", "origin", "referer", "expect", SECRET_HEADER.lower()})

Target = Callable[[], "str | Unavailable"]
Secret = Callable[[], "str | None"]


def sidecar_path(raw_path: str) -> str:
    """`/longvideo/api/jobs` or `/api/longvideo/api/jobs` -> `/api/jobs` (still percent-encoded)."""
    for prefix in PREFIXES:
        if raw_path == prefix or raw_path.startswith(prefix + "/"):
            return raw_path[len(prefix) :] or "/"
    return raw_path


def _connection_tokens(headers: CIMultiDictProxy[str] | CIMultiDict[str]) -> set[str]:
    return {t.strip().lower() for v in headers.getall("Connection", []) for t in v.split(",") if t.strip()}


def forwarded_headers(
    headers: CIMultiDictProxy[str] | CIMultiDict[str], drop: Iterable[str] = ()
) -> CIMultiDict[str]:
    """A copy without hop-by-hop headers (RFC 9110 §7.6.1), those named in Connection, and `drop`."""
    skip = HOP_BY_HOP | _connection_tokens(headers) | {d.lower() for d in drop}
    kept: CIMultiDict[str] = CIMultiDict()
    for name, value in headers.items():
        if name.lower() not in skip:
            kept.add(name, value)
    return kept


def error_response(reason: Unavailable) -> web.Response:
    return web.json_response(reason.body(), status=reason.status)


def no_secret() -> str | None:
    return None


class Proxy:
    def __init__(self, target: Target, secret: Secret = no_secret) -> None:
        self._target = target
        self._secret = secret
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        # Created lazily: ComfyUI's event loop does not run yet while custom nodes are imported.
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                # Bytes pass through untouched: the browser decodes what the sidecar encoded.
                auto_decompress=False,
                # Event streams stay open for hours; only connecting has a deadline.
                timeout=aiohttp.ClientTimeout(total=None, connect=10, sock_connect=10, sock_read=None),
                cookie_jar=aiohttp.DummyCookieJar(),
            )
        return self._session

    async def close(self, _app: web.Application | None = None) -> None:
        if self._session is not None:
            await self._session.close()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        target = self._target()
        if isinstance(target, Unavailable):
            return error_response(target)
        # Built from the raw (still percent-encoded) parts so the sidecar sees exactly what the browser sent.
        query = request.rel_url.raw_query_string
        url = URL(target.rstrip("/") + sidecar_path(request.rel_url.raw_path) + (f"?{query}" if query else ""), encoded=True)
        headers = forwarded_headers(request.headers, NOT_FORWARDED)
        secret = self._secret()
        if secret:
            headers[SECRET_HEADER] = secret
        body = request.content if request.body_exists else None
        try:
            upstream_cm = self._client().request(
                request.method,
                url,
                headers=headers,
                data=body,
                allow_redirects=False,
                skip_auto_headers=("Accept-Encoding", "User-Agent", "Content-Type"),
            )
            async with upstream_cm as upstream:
                return await self._relay(request, upstream)
        except aiohttp.ClientConnectorError as error:
            return error_response(unavailable.sidecar_not_running(f"no answer at {target} ({error.os_error})."))
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            return error_response(
                unavailable.sidecar_not_running(f"the request to {target} failed ({error or type(error).__name__}).")
            )

    async def _relay(self, request: web.Request, upstream: aiohttp.ClientResponse) -> web.StreamResponse:
        response = web.StreamResponse(status=upstream.status, reason=upstream.reason)
        for name, value in forwarded_headers(upstream.headers).items():
            response.headers.add(name, value)
        if upstream.content_type == "text/event-stream":
            # Proxies in front of ComfyUI (nginx on rented pods) must not hold events back either.
            response.headers.setdefault("X-Accel-Buffering", "no")
        await response.prepare(request)
        try:
            # iter_any yields whatever has arrived, so each event goes out as soon as the sidecar sends it.
            async for chunk in upstream.content.iter_any():
                await response.write(chunk)
        except (ConnectionResetError, asyncio.CancelledError):
            # The browser went away (closed the tab, seeked the video): drop the upstream read too.
            upstream.close()
            raise
        except (aiohttp.ClientError, asyncio.TimeoutError):
            # The sidecar died mid-answer. Headers are gone already, so cut the connection rather than
            # end the body normally, which would pass a truncated file or stream off as complete.
            if request.transport is not None:
                request.transport.close()
            return response
        await response.write_eof()
        return response


def register(routes: web.RouteTableDef, target: Target, secret: Secret = no_secret) -> Proxy:
    """Route every method of /longvideo/{tail} to the sidecar; ComfyUI mirrors it under /api/longvideo.

    Registered on PromptServer's route table, so ComfyUI's middlewares (its origin check) run first.
    """
    proxy = Proxy(target, secret)
    routes.route("*", "/longvideo/{tail:.*}")(proxy.handle)
    return proxy
