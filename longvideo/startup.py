"""What importing the package does inside ComfyUI: register the proxy, then bring the sidecar up.

The slow part (running `node --version`, starting node) happens on a background thread so ComfyUI's
start-up is not held up; until it is done the proxy answers 503 sidecar_starting.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from collections.abc import Mapping

from . import comfy_host, locate, proxy, unavailable
from .sidecar_process import Sidecar, build_command
from .unavailable import Unavailable

log = logging.getLogger("longvideo")


class Backend:
    """Where the proxy sends requests: a sidecar we run, one named by LONGVIDEO_SIDECAR_URL, or a reason."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fixed: str | Unavailable = unavailable.sidecar_starting()
        self.sidecar: Sidecar | None = None

    def target(self) -> str | Unavailable:
        with self._lock:
            sidecar, fixed = self.sidecar, self._fixed
        return sidecar.target() if sidecar else fixed

    def use(self, target: str | Unavailable) -> None:
        with self._lock:
            self._fixed = target

    def run(self, sidecar: Sidecar) -> None:
        with self._lock:
            self.sidecar = sidecar
        sidecar.start()
        atexit.register(sidecar.stop)


def launch(backend: Backend, package_dir: str, environ: Mapping[str, str]) -> None:
    node = locate.find_node(environ)
    ffmpeg = locate.find_ffmpeg(environ)
    bundle = locate.check_bundle(package_dir)
    for found in (node, ffmpeg, bundle):
        if isinstance(found, Unavailable):
            log.error("[longvideo] the Long Video sidecar cannot start: %s", found.message)
            backend.use(found)
            return
    assert isinstance(node, locate.Node) and isinstance(ffmpeg, str) and isinstance(bundle, str)
    context = comfy_host.read_context()
    os.makedirs(context.data_dir, exist_ok=True)
    log.info("[longvideo] starting the sidecar with Node.js %s (ComfyUI at %s)", node.version, context.url)
    backend.run(Sidecar(build_command(node.path, bundle, context, ffmpeg), package_dir))


def start(package_dir: str, environ: Mapping[str, str] | None = None) -> Backend:
    environ = os.environ if environ is None else environ
    backend = Backend()
    server = comfy_host.prompt_server()
    routes = getattr(server, "routes", None)
    if routes is None:
        log.warning("[longvideo] not running inside ComfyUI's server: the /longvideo proxy is not registered")
    else:
        registered = proxy.register(routes, backend.target)
        app = getattr(server, "app", None)
        on_cleanup = getattr(app, "on_cleanup", None)
        if on_cleanup is not None:
            on_cleanup.append(registered.close)
    external = environ.get("LONGVIDEO_SIDECAR_URL", "").strip()
    if external:
        log.info("[longvideo] using the sidecar at %s (LONGVIDEO_SIDECAR_URL); none is started", external)
        backend.use(external.rstrip("/"))
        return backend

    def launch_safely() -> None:
        try:
            launch(backend, package_dir, environ)
        except Exception as error:  # never let a start-up bug take ComfyUI down; say what happened
            log.exception("[longvideo] the sidecar could not be started")
            backend.use(unavailable.sidecar_not_running(f"starting it failed ({error})."))

    threading.Thread(target=launch_safely, name="longvideo-launch", daemon=True).start()
    return backend
