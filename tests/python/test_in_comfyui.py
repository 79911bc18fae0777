"""The package loaded into a (fake) ComfyUI process, with the real sidecar behind the proxy."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import time
from http.client import HTTPResponse
from pathlib import Path
from urllib.parse import urlencode

from conftest import LISTENING, base_env, make_package, multipart, png_bytes, pid_alive, wait_until_gone


def read_event(response: HTTPResponse) -> tuple[str, dict]:
    """The next server-sent event (heartbeat comments skipped): its name and JSON data."""
    name, data = "", ""
    while True:
        line = response.readline().decode()
        assert line, "the event stream ended"
        line = line.rstrip("\r\n")
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data += line[5:].strip()
        elif line == "" and data:
            return name, json.loads(data)


def test_health_and_a_rejected_job_pass_through_the_proxy_unchanged(start_comfyui, sidecar_package: Path) -> None:
    comfy = start_comfyui(sidecar_package)
    comfy.sidecar_pid()
    status, health = comfy.json("GET", "/longvideo/api/health")
    assert status == 200
    assert health["data_dir"] == str(comfy.root / "user" / "longvideo")
    assert health["comfyui"]["reachable"] is False  # nothing listens at the fake ComfyUI's --port
    assert health["ffmpeg"]["ok"] is True
    status, error = comfy.json("POST", "/api/longvideo/api/jobs", {"name": 5})
    assert status == 400
    assert error["error"]["code"] == "bad_request"
    assert "name" in json.dumps(error["error"])
    status, missing = comfy.json("GET", "/longvideo/api/no-such-route")
    assert (status, missing["error"]["code"]) == (404, "not_found")


def test_an_oversized_body_gets_the_sidecars_413_through_the_proxy_and_the_next_requests_work(
    start_comfyui, sidecar_package: Path
) -> None:
    comfy = start_comfyui(sidecar_package)
    comfy.sidecar_pid()
    # Over the sidecar's 16 MiB JSON limit: it answers from the declared length before reading the body.
    big = b" " * (20 * 1024 * 1024)
    for _ in range(3):
        status, headers, answer = comfy.request("POST", "/longvideo/api/jobs", big, {"Content-Type": "application/json"})
        assert status == 413, answer[:200]
        error = json.loads(answer)["error"]
        assert (error["code"], error["field"]) == ("payload_too_large", "body")
        # The proxy's pooled connection to the sidecar is not reused after it: the next requests work.
        status, health = comfy.json("GET", "/longvideo/api/health")
        assert status == 200
        status, rejected = comfy.json("POST", "/longvideo/api/jobs", {"name": 5})
        assert status == 400


def test_an_uploaded_image_lands_in_comfyuis_input_folder_and_reads_back_by_range(
    start_comfyui, sidecar_package: Path, sim_comfyui: tuple[int, Path]
) -> None:
    sim_port, sim_root = sim_comfyui
    comfy = start_comfyui(sidecar_package, root=sim_root, comfy_port=sim_port)
    comfy.sidecar_pid()
    image = png_bytes(64, 48)
    body, content_type = multipart("image", "start frame.png", "image/png", image)
    status, _, answer = comfy.request("POST", "/api/longvideo/api/upload", body, {"Content-Type": content_type})
    assert status == 200, answer
    uploaded = json.loads(answer)
    assert uploaded["type"] == "input"
    assert (sim_root / "input" / uploaded["subfolder"] / uploaded["name"]).read_bytes() == image
    query = urlencode({"filename": uploaded["name"], "subfolder": uploaded["subfolder"], "type": "input"})
    status, headers, part = comfy.request("GET", f"/longvideo/api/view?{query}", headers={"Range": "bytes=16-79"})
    assert status == 206
    assert headers["Content-Range"] == f"bytes 16-79/{len(image)}"
    assert part == image[16:80]


def test_the_event_stream_delivers_events_as_they_happen(start_comfyui, sidecar_package: Path) -> None:
    comfy = start_comfyui(sidecar_package)
    comfy.sidecar_pid()
    # A buffering proxy would hold events until the stream ends; the stream never ends by itself,
    # so the read timeout (5 s) only expires if events are held back.
    stream = comfy.connection(timeout_s=5)
    stream.request("GET", "/api/longvideo/api/events")
    response = stream.getresponse()
    assert response.status == 200
    assert response.getheader("Content-Type", "").startswith("text/event-stream")
    name, first = read_event(response)
    assert (name, first["type"], first["queue"]["accepting"]) == ("queue", "queue", True)
    status, _ = comfy.json("POST", "/longvideo/api/queue/stop")
    assert status == 200
    name, after_stop = read_event(response)
    assert (name, after_stop["queue"]["accepting"]) == ("queue", False)
    stream.close()


def test_only_comfyuis_proxy_reaches_the_sidecar(start_comfyui, sidecar_package: Path) -> None:
    comfy = start_comfyui(sidecar_package)
    port, pid = (int(g) for g in comfy.wait_for(LISTENING).groups())
    direct = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    direct.request("POST", "/api/queue/stop", body=b"{}", headers={"Content-Type": "text/plain"})
    refused = direct.getresponse()
    assert refused.status == 403
    assert json.loads(refused.read())["error"]["field"] == "x-longvideo-secret"
    status, queue = comfy.json("GET", "/longvideo/api/queue/status")
    assert (status, queue["accepting"]) == (200, True)
    # The secret reached the sidecar through its environment, never its command line (`ps` shows that).
    environ = dict(
        entry.split("=", 1) for entry in Path(f"/proc/{pid}/environ").read_text().split("\0") if "=" in entry
    )
    secret = environ["LONGVIDEO_SECRET"]
    assert len(secret) >= 32
    assert secret not in Path(f"/proc/{pid}/cmdline").read_text()
    assert not any(secret in line for line in comfy.lines)
    direct.request("GET", "/api/queue/status", headers={"X-LongVideo-Secret": secret})
    assert direct.getresponse().status == 200
    direct.close()


def test_comfyuis_own_origin_check_stands_in_front_of_the_proxy(start_comfyui, sidecar_package: Path) -> None:
    comfy = start_comfyui(sidecar_package)
    comfy.sidecar_pid()
    foreign = {"Origin": "http://evil.example", "Content-Type": "text/plain"}
    status, _, _ = comfy.request("POST", "/longvideo/api/queue/stop", b"{}", foreign)
    assert status == 403
    status, queue = comfy.json("GET", "/api/longvideo/api/queue/status")
    assert (status, queue["accepting"]) == (200, True)
    same = {"Origin": f"http://127.0.0.1:{comfy.port}"}
    status, _, _ = comfy.request("POST", "/longvideo/api/queue/stop", None, same)
    assert status == 200


def test_the_sidecar_exits_cleanly_when_comfyui_is_killed(start_comfyui, sidecar_package: Path) -> None:
    comfy = start_comfyui(sidecar_package)
    sidecar = comfy.sidecar_pid()
    assert pid_alive(sidecar)
    status, _ = comfy.json("POST", "/longvideo/api/queue/stop")  # a write: the database has a write-ahead log
    assert status == 200
    data = comfy.root / "user" / "longvideo"
    assert (data / "sidecar.lock").exists()
    os.kill(comfy.process.pid, signal.SIGKILL)
    comfy.process.wait()
    assert wait_until_gone(sidecar, 10), f"sidecar {sidecar} outlived the ComfyUI process that started it"
    # Its stdin, stdout and stderr pipes all closed with ComfyUI: it still closed its database and lock.
    assert not (data / "sidecar.lock").exists()
    wal = data / "longvideo.sqlite-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_sidecar_exits_when_comfyui_restarts_itself_with_execv(start_comfyui, sidecar_package: Path) -> None:
    comfy = start_comfyui(sidecar_package)
    sidecar = comfy.sidecar_pid()
    conn = comfy.connection()
    conn.request("POST", "/manager/reboot")  # no answer comes: the process image is replaced
    assert wait_until_gone(sidecar, 10), "the sidecar outlived the ComfyUI image that started it"
    assert pid_alive(comfy.process.pid)  # same pid, new program: only the stdin pipe told the sidecar
    conn.close()


def test_a_crashed_sidecar_is_started_again(start_comfyui, sidecar_package: Path) -> None:
    comfy = start_comfyui(sidecar_package)
    first = comfy.sidecar_pid()
    os.kill(first, signal.SIGKILL)
    restarted = re.compile(r"sidecar listening on http://127\.0\.0\.1:\d+ \(pid (?!%d\))(\d+)\)" % first)
    second = int(comfy.wait_for(restarted).group(1))
    assert second != first
    deadline = time.monotonic() + 10
    while True:
        status, health = comfy.json("GET", "/longvideo/api/health")
        if status == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert status == 200, health


def test_the_panels_chunks_are_served_as_javascript_and_never_loaded_as_extensions(start_comfyui, tmp_path: Path) -> None:
    # The built panel's layout: main.js (the extension) and web/chunks/*.mjs (its lazily imported views).
    package = make_package(tmp_path / "comfyui-long-video", None, native_module=False)
    (package / "web" / "main.js").write_text('import "./chunks/panel-abc123.mjs";\n')
    (package / "web" / "chunks").mkdir()
    (package / "web" / "chunks" / "panel-abc123.mjs").write_text("export const panel = 1;\n")
    # A machine whose MIME table maps .mjs to something else (a Windows registry can): __init__.py's own
    # registration must win, or the browser refuses the module.
    comfy = start_comfyui(package, env={**base_env(), "FAKE_COMFYUI_MJS_TYPE": "text/plain"})
    status, headers, body = comfy.request("GET", "/extensions/comfyui-long-video/chunks/panel-abc123.mjs")
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == "text/javascript"
    assert body == b"export const panel = 1;\n"
    status, main_headers, _ = comfy.request("GET", "/extensions/comfyui-long-video/main.js")
    assert status == 200
    assert "javascript" in main_headers["Content-Type"]
    # ComfyUI's frontend imports every listed file as an extension: the chunks must not be among them.
    status, listed = comfy.json("GET", "/extensions")
    assert (status, listed) == (200, ["/extensions/comfyui-long-video/main.js"])
