"""install.py, as ComfyUI-Manager runs it: `python install.py` in the package folder."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO

NPM_ARGS = ["install", "--omit=dev", "--no-audit", "--no-fund"]


def package(tmp_path: Path) -> Path:
    folder = tmp_path / "comfyui-long-video"
    folder.mkdir()
    shutil.copy(REPO / "install.py", folder / "install.py")
    shutil.copy(REPO / "package.json", folder / "package.json")
    shutil.copytree(REPO / "longvideo", folder / "longvideo", ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def node_install(tmp_path: Path, version: str, with_npm: bool = True) -> Path:
    """A Node.js layout (bin/node, lib/node_modules/npm) whose 'node' records how npm was run.

    As npm would, it creates node_modules/better-sqlite3 in the folder it runs in.
    """
    root = tmp_path / "node"
    (root / "bin").mkdir(parents=True)
    node = root / "bin" / "node"
    node.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = "--version" ]; then echo {version}; exit 0; fi\n'
        f'printf "%s\\n" "$PWD" "$@" > "{tmp_path}/npm-call"\n'
        "/bin/mkdir -p node_modules/better-sqlite3 && echo '{}' > node_modules/better-sqlite3/package.json\n"
    )
    node.chmod(0o755)
    if with_npm:
        cli = root / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
        cli.parent.mkdir(parents=True)
        cli.write_text("// npm\n")
    return node


def run_install(folder: Path, node: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": str(folder / "no-such-bin"), "LONGVIDEO_NODE": str(node), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "install.py"], cwd=folder, env=env, capture_output=True, text=True, timeout=60
    )


def test_it_runs_npm_install_with_the_nodes_own_npm_in_the_package_folder(tmp_path: Path) -> None:
    folder = package(tmp_path)
    node = node_install(tmp_path, "v20.19.0")
    done = run_install(folder, node)
    assert done.returncode == 0, done.stdout + done.stderr
    cwd, cli, *args = (tmp_path / "npm-call").read_text().splitlines()
    assert Path(cwd) == folder
    assert Path(cli) == tmp_path / "node" / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
    assert args == NPM_ARGS
    assert "better-sqlite3 installed" in done.stdout
    assert json.loads((folder / "node_modules" / "better-sqlite3" / "package.json").read_text()) == {}


def test_nothing_is_run_when_better_sqlite3_is_already_there(tmp_path: Path) -> None:
    folder = package(tmp_path)
    (folder / "node_modules" / "better-sqlite3").mkdir(parents=True)
    (folder / "node_modules" / "better-sqlite3" / "package.json").write_text("{}")
    done = run_install(folder, node_install(tmp_path, "v22.0.0"))
    assert done.returncode == 0
    assert "nothing to do" in done.stdout
    assert not (tmp_path / "npm-call").exists()


def test_a_node_too_old_is_refused_with_the_reason(tmp_path: Path) -> None:
    folder = package(tmp_path)
    done = run_install(folder, node_install(tmp_path, "v18.20.4"))
    assert done.returncode == 1
    assert "v18.20.4" in done.stdout and "too old" in done.stdout
    assert not (tmp_path / "npm-call").exists()


def test_without_npm_it_says_so(tmp_path: Path) -> None:
    folder = package(tmp_path)
    done = run_install(folder, node_install(tmp_path, "v20.19.0", with_npm=False))
    assert done.returncode == 1
    assert "npm was not found" in done.stdout
    assert not (folder / "node_modules").exists()
