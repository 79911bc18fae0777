"""The sidecar's life: start it, read its listening line, forward its log, restart it when that helps.

The sidecar gets a stdin pipe that only this process holds and `--exit-with-stdin`, so it exits when
ComfyUI exits, crashes or replaces itself with os.execv (pipe ends are not inherited, PEP 446).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import IO

from . import unavailable
from .comfy_host import ComfyContext
from .unavailable import Unavailable

LISTENING_PREFIX = "LONGVIDEO_SIDECAR_LISTENING "
EXIT_LOCKED = 3
START_TIMEOUT_S = 60.0
LOCKED_RETRIES = 10
CRASH_RESTARTS = 5
STABLE_UPTIME_S = 300.0
# Stays in sync with how better-sqlite3 fails to load a missing or mismatched addon.
NATIVE_LOAD_ERRORS = ("Could not locate the bindings file", "NODE_MODULE_VERSION", "better_sqlite3.node")

log = logging.getLogger("longvideo")


# A long-lived server of small JSON answers: a small young generation keeps its resident memory low
# (bench: 128 -> 111 MB after the API load) at no cost in latency, and V8's size-over-speed mode
# grows its heap less between collections (10,000-job bench: 137 -> 102 MB after the API load).
NODE_FLAGS = ["--max-semi-space-size=2", "--optimize-for-size"]


def build_command(node: str, bundle: str, context: ComfyContext, ffmpeg: str) -> list[str]:
    command = [node, *NODE_FLAGS, bundle, "--comfyui", context.url, "--host", "127.0.0.1", "--port", "0"]
    command += ["--data", context.data_dir]
    if context.input_dir:
        command += ["--comfy-input", context.input_dir]
    if context.output_dir:
        command += ["--comfy-output", context.output_dir]
    return command + ["--ffmpeg", ffmpeg, "--exit-with-stdin"]


def parse_listening(line: str) -> int | None:
    """The port from `LONGVIDEO_SIDECAR_LISTENING {"port":N,"pid":P}`, or None for any other line."""
    if not line.startswith(LISTENING_PREFIX):
        return None
    try:
        port = json.loads(line[len(LISTENING_PREFIX) :]).get("port")
    except (ValueError, AttributeError):
        return None
    return port if isinstance(port, int) and 0 < port < 65536 else None


def log_level(line: str) -> int:
    """The level of a sidecar log line (`<time> ERROR ...`), so ComfyUI's console filters it alike."""
    words = line.split(maxsplit=2)[:2]
    if "ERROR" in words:
        return logging.ERROR
    if "WARN" in words or "WARNING" in words:
        return logging.WARNING
    return logging.INFO


@dataclass(frozen=True)
class Restart:
    delay_s: float


def after_exit(
    code: int | None, was_listening: bool, log_tail: list[str], attempts: int, package_dir: str
) -> Restart | Unavailable:
    """What to do when the sidecar exits on its own: start it again, or report why it is down."""
    tail = " ".join(log_tail[-3:]).strip()
    if any(marker in line for line in log_tail for marker in NATIVE_LOAD_ERRORS):
        return unavailable.native_module_missing(
            package_dir, "better-sqlite3 could not be loaded (missing, or built for another Node.js version)."
        )
    if code == EXIT_LOCKED:
        # After a ComfyUI restart the previous sidecar may still be closing its database: wait for it.
        if attempts < LOCKED_RETRIES:
            return Restart(1.0)
        return unavailable.sidecar_not_running(
            f"another sidecar holds the lock on its data folder. {tail} "
            "Stop the other ComfyUI using this user folder, or set LONGVIDEO_SIDECAR_URL to use that sidecar."
        )
    if was_listening and attempts < CRASH_RESTARTS:
        return Restart(min(2.0**attempts, 30.0))
    # A sidecar that fails before listening fails the same way again: report instead of looping.
    return unavailable.sidecar_not_running(f"it exited with code {code}. {tail}".strip())


class Sidecar:
    """One supervised sidecar process; target() says where to reach it or why it cannot be reached."""

    def __init__(
        self,
        command: list[str],
        package_dir: str,
        start_timeout_s: float = START_TIMEOUT_S,
        sleep: Callable[[float], None] | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self._command = command
        self._env = dict(env) if env is not None else None
        self._package_dir = package_dir
        self._start_timeout_s = start_timeout_s
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._sleep = sleep or self._stopping.wait
        self._state: str | Unavailable = unavailable.sidecar_starting()
        self._process: subprocess.Popen[bytes] | None = None
        self._attempts = 0
        self._ready = threading.Event()

    def target(self) -> str | Unavailable:
        with self._lock:
            return self._state

    @property
    def pid(self) -> int | None:
        with self._lock:
            return self._process.pid if self._process else None

    def wait_until_settled(self, timeout_s: float) -> bool:
        """Wait until the sidecar listens or is known to be down (for callers that must not guess)."""
        return self._ready.wait(timeout_s)

    def start(self) -> None:
        threading.Thread(target=self._run, name="longvideo-sidecar", daemon=True).start()

    def stop(self) -> None:
        self._stopping.set()
        with self._lock:
            process = self._process
        if process and process.stdin:
            try:
                process.stdin.close()  # the sidecar exits on stdin EOF and closes its database cleanly
            except OSError:
                pass

    def _settle(self, state: str | Unavailable) -> None:
        with self._lock:
            self._state = state
        self._ready.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            outcome = self._run_once()
            if outcome is None:
                return
            if isinstance(outcome, Unavailable):
                log.error("[longvideo] %s", outcome.message)
                self._settle(outcome)
                return
            self._attempts += 1
            with self._lock:
                self._state = unavailable.sidecar_starting()
            self._sleep(outcome.delay_s)

    def _run_once(self) -> Restart | Unavailable | None:
        try:
            process = subprocess.Popen(
                self._command,
                cwd=self._package_dir,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=self._env,
                # Its own session: Ctrl+C in ComfyUI's terminal ends ComfyUI, whose exit then closes stdin.
                start_new_session=os.name != "nt",
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as error:
            return unavailable.sidecar_not_running(f"it could not be started ({error}).")
        started = time.monotonic()
        with self._lock:
            self._process = process
        tail: deque[str] = deque(maxlen=20)
        listening = threading.Event()
        # Set by the listening line or by stdout closing (the sidecar died before listening).
        woken = threading.Event()
        assert process.stdout is not None and process.stderr is not None
        stderr_reader = threading.Thread(
            target=self._forward, args=(process.stderr, tail, None, None), name="longvideo-stderr", daemon=True
        )
        stdout_reader = threading.Thread(
            target=self._forward,
            args=(process.stdout, tail, listening, woken),
            name="longvideo-stdout",
            daemon=True,
        )
        stderr_reader.start()
        stdout_reader.start()
        timed_out = False
        if not woken.wait(self._start_timeout_s) and process.poll() is None:
            timed_out = True
            process.kill()
        code = process.wait()
        stdout_reader.join(5)
        stderr_reader.join(5)
        if self._stopping.is_set():
            return None
        if timed_out:
            return unavailable.sidecar_not_running(
                f"it did not report listening within {self._start_timeout_s:.0f} s. {' '.join(list(tail)[-3:])}"
            )
        log.warning("[longvideo] sidecar (pid %s) exited with code %s", process.pid, code)
        if listening.is_set() and time.monotonic() - started > STABLE_UPTIME_S:
            self._attempts = 0  # a crash after a long healthy run is not part of a crash loop
        return after_exit(code, listening.is_set(), list(tail), self._attempts, self._package_dir)

    def _forward(
        self,
        stream: IO[bytes],
        tail: deque[str],
        listening: threading.Event | None,
        woken: threading.Event | None,
    ) -> None:
        for raw in iter(stream.readline, b""):
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            port = parse_listening(line) if listening is not None else None
            if port is not None and listening is not None and woken is not None:
                url = f"http://127.0.0.1:{port}"
                self._settle(url)  # before the log line: whoever reads it can use the sidecar at once
                log.info("[longvideo] sidecar listening on %s (pid %s)", url, self.pid)
                listening.set()
                woken.set()
                continue
            if line:
                tail.append(line)
                log.log(log_level(line), "[longvideo] %s", line)
        stream.close()
        if woken is not None:
            woken.set()
