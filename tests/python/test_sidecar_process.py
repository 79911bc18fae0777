"""Running the sidecar: its command line, its listening line, and what happens when it exits."""

from __future__ import annotations

import logging
import sys
import textwrap
from pathlib import Path

from conftest import pid_alive, wait_until_gone
from longvideo.comfy_host import ComfyContext
from longvideo.sidecar_process import Restart, Sidecar, after_exit, build_command, log_level, parse_listening
from longvideo.unavailable import Unavailable


def test_the_command_follows_the_sidecar_cli_contract() -> None:
    context = ComfyContext("http://127.0.0.1:8188", "/c/input", "/c/output", "/c/user/longvideo")
    assert build_command("/usr/bin/node", "/p/dist/sidecar.mjs", context, "/usr/bin/ffmpeg") == [
        "/usr/bin/node", "--max-semi-space-size=2", "--optimize-for-size", "/p/dist/sidecar.mjs",
        "--comfyui", "http://127.0.0.1:8188", "--host", "127.0.0.1", "--port", "0",
        "--data", "/c/user/longvideo", "--comfy-input", "/c/input", "--comfy-output", "/c/output",
        "--ffmpeg", "/usr/bin/ffmpeg", "--exit-with-stdin",
    ]  # fmt: skip
    remote = ComfyContext("http://127.0.0.1:8188", None, None, "/d")
    assert "--comfy-input" not in build_command("node", "s.mjs", remote, "ffmpeg")


def test_only_the_listening_line_yields_a_port() -> None:
    assert parse_listening('LONGVIDEO_SIDECAR_LISTENING {"port":41234,"pid":77}') == 41234
    assert parse_listening("listening on 41234") is None
    assert parse_listening("LONGVIDEO_SIDECAR_LISTENING {broken") is None
    assert parse_listening('LONGVIDEO_SIDECAR_LISTENING {"port":0}') is None


def test_sidecar_log_lines_keep_their_level_in_comfyuis_console() -> None:
    assert log_level("2026-11-21T13:11:25.689Z WARN [longvideo] ComfyUI is not reachable") == logging.WARNING
    assert log_level("2026-11-21T13:11:25.689Z ERROR [longvideo] could not start") == logging.ERROR
    assert log_level("2026-11-21T13:11:25.689Z INFO [longvideo] an ERROR in a job name") == logging.INFO


def test_what_follows_an_exit_depends_on_why_it_exited() -> None:
    locked = after_exit(3, False, ["another sidecar (pid 9) uses /d"], 0, "/p")
    assert locked == Restart(1.0)
    gave_up = after_exit(3, False, ["another sidecar (pid 9) uses /d"], 10, "/p")
    assert isinstance(gave_up, Unavailable) and gave_up.code == "sidecar_not_running"
    assert "another sidecar (pid 9)" in gave_up.message
    assert after_exit(1, True, ["crash"], 0, "/p") == Restart(1.0)
    assert after_exit(1, True, ["crash"], 3, "/p") == Restart(8.0)
    crashed_at_start = after_exit(1, False, ["SyntaxError: bad"], 0, "/p")
    assert isinstance(crashed_at_start, Unavailable) and "SyntaxError: bad" in crashed_at_start.message
    abi = after_exit(1, False, ["Error: The module was compiled against NODE_MODULE_VERSION 115."], 0, "/p")
    assert isinstance(abi, Unavailable) and abi.code == "native_module_missing"
    assert "python install.py" in abi.message


def script(tmp_path: Path, body: str) -> list[str]:
    """A stand-in sidecar written in Python, run with this interpreter."""
    path = tmp_path / "fake_sidecar.py"
    path.write_text(textwrap.dedent(body))
    return [sys.executable, str(path)]


LISTEN_UNTIL_STDIN_CLOSES = """
    import os, socket, sys
    s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
    print('LONGVIDEO_SIDECAR_LISTENING {"port":%d,"pid":%d}' % (s.getsockname()[1], os.getpid()), flush=True)
    print("log line on stderr", file=sys.stderr, flush=True)
    sys.stdin.read()
"""


def test_a_listening_sidecar_is_the_target_and_exits_when_its_stdin_is_closed(tmp_path: Path) -> None:
    sidecar = Sidecar(script(tmp_path, LISTEN_UNTIL_STDIN_CLOSES), str(tmp_path))
    sidecar.start()
    assert sidecar.wait_until_settled(30)
    target = sidecar.target()
    assert isinstance(target, str) and target.startswith("http://127.0.0.1:")
    pid = sidecar.pid
    assert pid is not None and pid_alive(pid)
    sidecar.stop()
    assert wait_until_gone(pid, 10)


def test_a_sidecar_that_fails_at_start_is_reported_with_its_last_words(tmp_path: Path) -> None:
    command = script(tmp_path, """
        import sys
        print("Error: Cannot find module 'hono'", file=sys.stderr)
        sys.exit(1)
    """)  # fmt: skip
    sidecar = Sidecar(command, str(tmp_path))
    sidecar.start()
    assert sidecar.wait_until_settled(30)
    target = sidecar.target()
    assert isinstance(target, Unavailable) and target.status == 502
    assert "code 1" in target.message and "Cannot find module 'hono'" in target.message


def test_a_locked_data_folder_is_retried_until_the_old_sidecar_lets_go(tmp_path: Path) -> None:
    attempts = tmp_path / "attempts"
    command = script(tmp_path, f"""
        import os, sys, textwrap
        path = {str(attempts)!r}
        n = int(open(path).read()) if os.path.exists(path) else 0
        open(path, "w").write(str(n + 1))
        if n < 2:
            print("another sidecar (pid 1) uses the data folder", file=sys.stderr)
            sys.exit(3)
        exec(textwrap.dedent({LISTEN_UNTIL_STDIN_CLOSES!r}))
    """)  # fmt: skip
    sidecar = Sidecar(command, str(tmp_path), sleep=lambda _s: None)
    sidecar.start()
    assert sidecar.wait_until_settled(30)
    assert isinstance(sidecar.target(), str)
    assert attempts.read_text() == "3"
    sidecar.stop()


def test_a_sidecar_that_never_reports_listening_is_stopped_and_reported(tmp_path: Path) -> None:
    command = script(tmp_path, """
        import sys
        sys.stdin.read()
    """)  # fmt: skip
    sidecar = Sidecar(command, str(tmp_path), start_timeout_s=0.5)
    sidecar.start()
    assert sidecar.wait_until_settled(30)
    target = sidecar.target()
    assert isinstance(target, Unavailable) and "did not report listening" in target.message
    assert sidecar.pid is not None and not pid_alive(sidecar.pid)
