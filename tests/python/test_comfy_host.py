"""Reading ComfyUI's address and folders from the process we are loaded into."""

from __future__ import annotations

import argparse
import sys
import types
from pathlib import Path

import pytest

from longvideo.comfy_host import comfyui_url, read_context


@pytest.mark.parametrize(
    ("listen", "port", "tls", "url"),
    [
        (None, None, False, "http://127.0.0.1:8188"),
        ("127.0.0.1", 8188, False, "http://127.0.0.1:8188"),
        ("0.0.0.0", 8190, False, "http://127.0.0.1:8190"),
        ("0.0.0.0,::", 8188, False, "http://127.0.0.1:8188"),  # bare --listen
        ("::", 8188, False, "http://127.0.0.1:8188"),
        ("::1", 8188, False, "http://[::1]:8188"),
        ("192.168.1.20", 8188, True, "https://192.168.1.20:8188"),
        ("comfy.local", 80, False, "http://comfy.local:80"),
    ],
)
def test_comfyuis_listen_address_becomes_a_url_the_sidecar_can_reach(
    listen: str | None, port: int | None, tls: bool, url: str
) -> None:
    assert comfyui_url(listen, port, tls) == url


def test_folders_and_address_come_from_folder_paths_and_cli_args(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder_paths = types.ModuleType("folder_paths")
    folder_paths.get_input_directory = lambda: str(tmp_path / "in")  # type: ignore[attr-defined]
    folder_paths.get_output_directory = lambda: str(tmp_path / "out")  # type: ignore[attr-defined]
    folder_paths.get_user_directory = lambda: str(tmp_path / "user")  # type: ignore[attr-defined]
    cli_args = types.ModuleType("comfy.cli_args")
    cli_args.args = argparse.Namespace(listen="0.0.0.0", port=9000, tls_keyfile=None, tls_certfile=None)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "folder_paths", folder_paths)
    monkeypatch.setitem(sys.modules, "comfy.cli_args", cli_args)
    context = read_context()
    assert context.url == "http://127.0.0.1:9000"
    assert (context.input_dir, context.output_dir) == (str(tmp_path / "in"), str(tmp_path / "out"))
    assert context.data_dir == str(tmp_path / "user" / "longvideo")


def test_outside_comfyui_there_are_defaults_instead_of_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("folder_paths", "comfy.cli_args"):
        monkeypatch.setitem(sys.modules, name, None)
    context = read_context()
    assert context.url == "http://127.0.0.1:8188"
    assert context.input_dir is None and context.output_dir is None
    assert context.data_dir.endswith(".comfyui-long-video")
