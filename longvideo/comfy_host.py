"""The one door to the ComfyUI process we run inside: its address, folders and route table."""

from __future__ import annotations

import importlib
import ipaddress
import os
from dataclasses import dataclass
from typing import Any

DEFAULT_PORT = 8188
# ComfyUI listens on all interfaces for these; the sidecar reaches it through loopback.
WILDCARDS = {"", "0.0.0.0", "::", "[::]"}


@dataclass(frozen=True)
class ComfyContext:
    url: str
    input_dir: str | None
    output_dir: str | None
    data_dir: str


def comfyui_url(listen: str | None, port: int | None, tls: bool = False) -> str:
    """The URL a loopback client uses for a server started with `--listen LISTEN --port PORT`."""
    # `--listen` may name several addresses ("0.0.0.0,::"); any of them reaches the same server.
    first = (listen or "127.0.0.1").split(",")[0].strip()
    host = "127.0.0.1" if first in WILDCARDS else first.strip("[]")
    try:
        if ipaddress.ip_address(host).version == 6:
            host = f"[{host}]"
    except ValueError:
        pass  # a host name
    return f"{'https' if tls else 'http'}://{host}:{port or DEFAULT_PORT}"


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except Exception:  # outside ComfyUI, or a ComfyUI without this module
        return None


def _call(module: Any, name: str) -> str | None:
    function = getattr(module, name, None)
    if not callable(function):
        return None
    try:
        value = function()
    except Exception:
        return None
    return value if isinstance(value, str) else None


def read_context() -> ComfyContext:
    cli_args = getattr(_module("comfy.cli_args"), "args", None)
    listen = getattr(cli_args, "listen", None)
    port = getattr(cli_args, "port", None)
    tls = bool(getattr(cli_args, "tls_keyfile", None) and getattr(cli_args, "tls_certfile", None))
    folder_paths = _module("folder_paths")
    user_dir = _call(folder_paths, "get_user_directory")
    # Under ComfyUI's user directory jobs survive updates and reinstalls of this package.
    # Outside ComfyUI (no folder_paths) a folder in the home directory keeps them out of the package.
    data_dir = os.path.join(user_dir, "longvideo") if user_dir else os.path.join(os.path.expanduser("~"), ".comfyui-long-video")
    return ComfyContext(
        url=comfyui_url(listen if isinstance(listen, str) else None, port if isinstance(port, int) else None, tls),
        input_dir=_call(folder_paths, "get_input_directory"),
        output_dir=_call(folder_paths, "get_output_directory"),
        data_dir=data_dir,
    )


def prompt_server() -> Any:
    server = _module("server")
    return getattr(getattr(server, "PromptServer", None), "instance", None)
