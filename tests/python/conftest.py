"""Shared fixtures: a fake ComfyUI process with the package loaded, and installed-package layouts."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FAKE_COMFYUI = HERE / "fake_comfyui.py"
REAL_BUNDLE = REPO / "dist" / "sidecar.mjs"
# Unit tests import the implementation package (longvideo/) directly, without running __init__.py.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
LISTENING = re.compile(r"sidecar listening on http://127\.0\.0\.1:(\d+) \(pid (\d+)\)")


def free_port() -> int:
    """A loopback port nothing listens on (for a ComfyUI that is deliberately absent)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (exited, not yet reaped by its parent) counts as gone.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[1][0] != "Z"
    except OSError:
        return True


def wait_until_gone(pid: int, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not pid_alive(pid):
            return True
        time.sleep(0.05)
    return not pid_alive(pid)


def make_package(dest: Path, bundle: Path | None, native_module: bool) -> Path:
    """An installed copy of the package: the Python files, plus the sidecar bundle and native module if asked."""
    dest.mkdir(parents=True)
    shutil.copy(REPO / "__init__.py", dest / "__init__.py")
    shutil.copytree(REPO / "longvideo", dest / "longvideo", ignore=shutil.ignore_patterns("__pycache__"))
    (dest / "web").mkdir()
    if bundle is not None:
        (dest / "dist").mkdir()
        shutil.copy(bundle, dest / "dist" / "sidecar.mjs")
        # What the sidecar reads next to its bundle: its workflow templates and version.
        shutil.copytree(REPO / "workflows", dest / "workflows")
        shutil.copy(REPO / "package.json", dest / "package.json")
    if native_module:
        (dest / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)
    return dest


class FakeComfyUI:
    """The fake_comfyui.py process: its console lines, its port, and HTTP requests to it."""

    def __init__(self, package_dir: Path, root: Path, env: dict[str, str], comfy_port: int | None = None) -> None:
        self.lines: list[str] = []
        self.root = root
        self._changed = threading.Condition()
        port = comfy_port or free_port()
        self.process = subprocess.Popen(
            [sys.executable, str(FAKE_COMFYUI), str(package_dir), str(root), "--comfy-port", str(port)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env={**env, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1"},
        )
        threading.Thread(target=self._read, daemon=True).start()
        self.port = int(json.loads(self.wait_for(re.compile(r"FAKE_COMFYUI_LISTENING (.*)")).group(1))["port"])

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            with self._changed:
                self.lines.append(raw.decode("utf-8", errors="replace").rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self.lines.append("<exited>")
            self._changed.notify_all()

    def wait_for(self, pattern: re.Pattern[str], timeout_s: float = 30.0) -> re.Match[str]:
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while True:
                for line in self.lines:
                    match = pattern.search(line)
                    if match:
                        return match
                left = deadline - time.monotonic()
                if left <= 0 or (self.lines and self.lines[-1] == "<exited>"):
                    raise AssertionError(f"no line matching {pattern.pattern!r}; console:\n" + "\n".join(self.lines))
                self._changed.wait(left)

    def sidecar_pid(self) -> int:
        return int(self.wait_for(LISTENING).group(2))

    def connection(self, timeout_s: float = 30.0) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout_s)

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, http.client.HTTPMessage, bytes]:
        conn = self.connection()
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.headers, response.read()
        finally:
            conn.close()

    def json(self, method: str, path: str, payload: object | None = None) -> tuple[int, object]:
        body = None if payload is None else json.dumps(payload).encode()
        headers = {} if payload is None else {"Content-Type": "application/json"}
        status, _, data = self.request(method, path, body, headers)
        return status, json.loads(data)

    def close(self) -> None:
        if self.process.poll() is None and self.process.stdin:
            self.process.stdin.close()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def base_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LONGVIDEO_")}
    return env


@pytest.fixture
def start_comfyui(tmp_path: Path) -> Iterator:
    started: list[FakeComfyUI] = []

    def start(
        package_dir: Path, env: dict[str, str] | None = None, root: Path | None = None, comfy_port: int | None = None
    ) -> FakeComfyUI:
        comfy_root = root or tmp_path / f"comfyui{len(started)}"
        host = FakeComfyUI(package_dir, comfy_root, base_env() if env is None else env, comfy_port)
        started.append(host)
        return host

    yield start
    for host in started:
        host.close()


@pytest.fixture
def sidecar_package(tmp_path: Path) -> Path:
    """The package with the real sidecar (the repository itself, as a git clone installs it).

    LONGVIDEO_TEST_SIDECAR=/path/to/sidecar.mjs runs the same tests against another bundle
    (e.g. a candidate build), installed in a temporary package folder.
    """
    chosen = os.environ.get("LONGVIDEO_TEST_SIDECAR")
    if chosen:
        return make_package(tmp_path / "comfyui-long-video", Path(chosen), native_module=True)
    if not REAL_BUNDLE.is_file():
        pytest.fail(f"{REAL_BUNDLE} is missing: run `npm run build:sidecar` first")
    return REPO


@pytest.fixture
def sim_comfyui(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """The project's simulated ComfyUI (sidecar/sim) on a free port: (port, its root folder)."""
    root = tmp_path / "comfyui"
    process = subprocess.Popen(
        [str(REPO / "node_modules" / ".bin" / "tsx"), "sidecar/sim/cli.ts", "--port", "0", "--root", str(root)],
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # tsx runs node as a child: end both through the group
    )
    assert process.stdout is not None
    seen = []
    for raw in process.stdout:
        line = raw.decode()
        seen.append(line)
        match = re.search(r"listening on http://[^:]+:(\d+)", line)
        if match:
            break
    else:
        raise AssertionError("the simulated ComfyUI did not start:\n" + "".join(seen))
    threading.Thread(target=process.stdout.read, daemon=True).start()  # keep its pipe drained
    try:
        yield int(match.group(1)), root
    finally:
        os.killpg(process.pid, 15)
        process.wait(10)


def png_bytes(width: int, height: int) -> bytes:
    """A valid RGB PNG with a gradient, small enough for quick tests."""
    import struct
    import zlib

    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (x * 4 % 256, y * 4 % 256, (x + y) % 256))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def multipart(field: str, filename: str, content_type: str, data: bytes) -> tuple[bytes, str]:
    boundary = "longvideo-test-boundary-7f3a"
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n"
        f"Content-Type: {content_type}\r\n\r\n"
    ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"
