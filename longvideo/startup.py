"""What importing the package does inside ComfyUI: register the proxy, then bring the sidecar up.

The slow part (running `node --version`, starting node) happens on a background thread so ComfyUI's
start-up is not held up; until it is done the proxy answers 503 sidecar_starting.
"""

from __future__ import annotations

import atexit
import logging
import os
import secrets
import threading
from collections.abc import Mapping

from . import comfy_host, locate, proxy, unavailable
from .sidecar_process import Sidecar, build_command
from .unavailable import Unavailable

log = logging.getLogger("longvideo")
# The sidecar reads its secret from this variable; LONGVIDEO_SIDECAR_SECRET names the secret of a
# sidecar started elsewhere (LONGVIDEO_SIDECAR_URL).
SECRET_ENV = "LONGVIDEO_SECRET"


class Backend:
    """Where the proxy sends requests: a sidecar we run, one named by LONGVIDEO_SIDECAR_URL, or a reason."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fixed: str | Unavailable = unavailable.sidecar_starting()
        self._secret: str | None = None
        self.sidecar: Sidecar | None = None

    def secret(self) -> str | None:
        """What the proxy sends in X-LongVideo-Secret: made per start for our sidecar, or given with its URL."""
        with self._lock:
            return self._secret

    def use_secret(self, secret: str | None) -> None:
        with self._lock:
            self._secret = secret

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
    node = locate.find_node(environ, lambda path: locate.load_failure(path, package_dir) is None)
    ffmpeg = locate.find_ffmpeg(environ)
    bundle = locate.check_bundle(package_dir, node.version if isinstance(node, locate.Node) else "")
    for found in (node, ffmpeg, bundle):
        if isinstance(found, Unavailable):
            log.error("[longvideo] the Long Video sidecar cannot start: %s", found.message)
            backend.use(found)
            return
    assert isinstance(node, locate.Node) and isinstance(ffmpeg, str) and isinstance(bundle, str)
    context = comfy_host.read_context()
    os.makedirs(context.data_dir, exist_ok=True)
    log.info("[longvideo] starting the sidecar with Node.js %s (ComfyUI at %s)", node.version, context.url)
    # Through the environment: a command-line argument would show in `ps` to every user of the machine.
    secret = secrets.token_urlsafe(32)
    backend.use_secret(secret)
    env = {**os.environ, SECRET_ENV: secret}
    backend.run(Sidecar(build_command(node.path, bundle, context, ffmpeg), package_dir, env=env))


def start(package_dir: str, environ: Mapping[str, str] | None = None) -> Backend:
    environ = os.environ if environ is None else environ
    backend = Backend()
    server = comfy_host.prompt_server()
    routes = getattr(server, "routes", None)
    if routes is None:
        log.warning("[longvideo] not running inside ComfyUI's server: the /longvideo proxy is not registered")
    else:
        registered = proxy.register(routes, backend.target, backend.secret)
        app = getattr(server, "app", None)
        on_cleanup = getattr(app, "on_cleanup", None)
        if on_cleanup is not None:
            on_cleanup.append(registered.close)
    external = environ.get("LONGVIDEO_SIDECAR_URL", "").strip()
    if external:
        log.info("[longvideo] using the sidecar at %s (LONGVIDEO_SIDECAR_URL); none is started", external)
        external_secret = environ.get("LONGVIDEO_SIDECAR_SECRET", "").strip() or None
        if external_secret is None:
            log.warning(
                "[longvideo] LONGVIDEO_SIDECAR_SECRET is not set: that sidecar refuses requests without its secret "
                "(it prints it when it starts)"
            )
        backend.use_secret(external_secret)
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
