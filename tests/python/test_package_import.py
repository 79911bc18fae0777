"""What ComfyUI sees when it imports the package folder."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import REPO, base_env

LOAD_LIKE_COMFYUI = textwrap.dedent(
    """
    import importlib.util, json, logging, sys
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    spec = importlib.util.spec_from_file_location("comfyui-long-video", sys.argv[1] + "/__init__.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    print("EXPORTS " + json.dumps({
        "nodes": module.NODE_CLASS_MAPPINGS, "names": module.NODE_DISPLAY_NAME_MAPPINGS,
        "web": module.WEB_DIRECTORY, "all": module.__all__,
    }), flush=True)
    """
)


def import_package(package: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LOAD_LIKE_COMFYUI, str(package)],
        env={**env, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def exports(done: subprocess.CompletedProcess[str]) -> dict:
    match = re.search(r"^EXPORTS (.*)$", done.stdout, re.M)
    assert match, done.stdout + done.stderr
    return json.loads(match.group(1))


def test_it_exports_what_comfyui_requires_and_a_web_directory_that_exists() -> None:
    done = import_package(REPO, {**base_env(), "LONGVIDEO_SIDECAR_URL": "http://127.0.0.1:9"})
    assert done.returncode == 0, done.stderr
    assert exports(done) == {
        "nodes": {},
        "names": {},
        "web": "./web",
        "all": ["NODE_CLASS_MAPPINGS", "NODE_DISPLAY_NAME_MAPPINGS", "WEB_DIRECTORY"],
    }
    assert (REPO / "web").is_dir()


def test_outside_comfyui_the_import_still_succeeds_and_says_why_there_is_no_proxy() -> None:
    # No `server`, `folder_paths` or `comfy` modules at all: a plain Python importing the folder.
    done = import_package(REPO, {**base_env(), "LONGVIDEO_SIDECAR_URL": "http://127.0.0.1:9"})
    assert done.returncode == 0
    assert "the /longvideo proxy is not registered" in done.stdout


def test_a_broken_implementation_costs_the_tab_not_comfyui(tmp_path: Path) -> None:
    package = tmp_path / "comfyui-long-video"
    (package / "longvideo").mkdir(parents=True)
    (package / "__init__.py").write_text((REPO / "__init__.py").read_text())
    (package / "longvideo" / "__init__.py").write_text("")
    (package / "longvideo" / "startup.py").write_text("raise RuntimeError('half-updated install')\n")
    done = import_package(package, base_env())
    assert done.returncode == 0
    assert exports(done)["web"] == "./web"
    assert "Long Video could not be set up" in done.stdout and "half-updated install" in done.stdout
