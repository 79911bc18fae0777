"""A stand-in for the ComfyUI process, run as its own process by the tests.

It provides what the package touches (`server.PromptServer.instance.routes`, `folder_paths`,
`comfy.cli_args`), imports the package the way ComfyUI's load_custom_node does, mirrors every route
under /api like PromptServer.add_routes, serves the package's WEB_DIRECTORY under /extensions/<name>/
(with GET /extensions listing its *.js) as server.py does, serves on loopback and prints
`FAKE_COMFYUI_LISTENING {"port": N}`. It runs until killed or until its stdin closes.
FAKE_COMFYUI_MJS_TYPE=<type> maps .mjs to that type before the package loads (as a Windows registry may).

usage: fake_comfyui.py PACKAGE_DIR ROOT_DIR [--comfy-port N]
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import importlib.util
import json
import logging
import mimetypes
import os
import sys
import types

from aiohttp import web
from yarl import URL


LOOPBACK = {"localhost", "127.0.0.1", "::1"}


@web.middleware
async def origin_only(request: web.Request, handler):  # type: ignore[no-untyped-def]
    """As ComfyUI's default middleware (server.py, create_origin_only_middleware) behaves: a browser request
    whose Origin names another host than its Host is refused with 403 when the Host is a loopback name,
    before any route (ours included) runs."""
    host, origin = request.headers.get("Host"), request.headers.get("Origin")
    if host and origin:
        origin_host = URL(origin).raw_authority.lower() if "://" in origin else origin.lower()
        hostname = URL("//" + host.lower()).host or ""
        if (hostname in LOOPBACK or hostname.startswith("127.")) and origin_host != host.lower():
            logging.warning("WARNING: request with non matching host and origin %s != %s, returning 403", host, origin_host)
            return web.Response(status=403)
    return await handler(request)


def install_fake_comfyui_modules(root: str, comfy_port: int) -> web.RouteTableDef:
    routes = web.RouteTableDef()

    class PromptServer:
        instance: "PromptServer"

        def __init__(self) -> None:
            # As server.py's PromptServer.__init__, before any custom node loads.
            mimetypes.init()
            mimetypes.types_map[".js"] = "application/javascript; charset=utf-8"
            self.routes = routes
            self.app = web.Application(middlewares=[origin_only])

    PromptServer.instance = PromptServer()
    server = types.ModuleType("server")
    server.PromptServer = PromptServer  # type: ignore[attr-defined]

    folder_paths = types.ModuleType("folder_paths")
    for name in ("input", "output", "user"):
        os.makedirs(os.path.join(root, name), exist_ok=True)
    folder_paths.get_input_directory = lambda: os.path.join(root, "input")  # type: ignore[attr-defined]
    folder_paths.get_output_directory = lambda: os.path.join(root, "output")  # type: ignore[attr-defined]
    folder_paths.get_user_directory = lambda: os.path.join(root, "user")  # type: ignore[attr-defined]

    comfy = types.ModuleType("comfy")
    cli_args = types.ModuleType("comfy.cli_args")
    cli_args.args = argparse.Namespace(  # type: ignore[attr-defined]
        listen="0.0.0.0,::", port=comfy_port, tls_keyfile=None, tls_certfile=None
    )
    comfy.cli_args = cli_args  # type: ignore[attr-defined]
    sys.modules.update({"server": server, "folder_paths": folder_paths, "comfy": comfy, "comfy.cli_args": cli_args})
    return routes


def load_custom_node(package_dir: str) -> types.ModuleType:
    # As ComfyUI's nodes.load_custom_node: the folder name is the module name, __init__.py its file.
    name = os.path.basename(os.path.normpath(package_dir))
    spec = importlib.util.spec_from_file_location(name, os.path.join(package_dir, "__init__.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


async def reboot(_request: web.Request) -> web.Response:
    """Like ComfyUI-Manager's /manager/reboot: replace this process image with os.execv (same pid).

    The new image only waits for stdin to close, so tests can see what survived the exec.
    """
    sys.stdout.flush()
    os.execv(sys.executable, [sys.executable, "-c", "import sys; sys.stdin.read()"])


def odd_module_type(content_type: str) -> None:
    """What a Windows registry can do to a machine's MIME table: .mjs mapped to something that is not
    JavaScript, in the tables aiohttp's static route may read (the global one; aiohttp >= 3.10 its own)."""
    mimetypes.add_type(content_type, ".mjs")
    from aiohttp import web_fileresponse

    own = getattr(web_fileresponse, "CONTENT_TYPES", None)
    if own is not None:
        own.add_type(content_type, ".mjs")


def web_directory_routes(app: web.Application, name: str, web_dir: str) -> None:
    """As server.py: GET /extensions lists every *.js below the web folder (each one an extension the
    frontend imports), and the folder is served statically under /extensions/<package>/."""

    async def extensions(_request: web.Request) -> web.Response:
        files = glob.glob(os.path.join(glob.escape(web_dir), "**/*.js"), recursive=True)
        return web.json_response([f"/extensions/{name}/" + os.path.relpath(f, web_dir).replace(os.sep, "/") for f in files])

    app.router.add_get("/extensions", extensions)
    app.router.add_static(f"/extensions/{name}", web_dir)


async def serve(routes: web.RouteTableDef, web_dir: tuple[str, str] | None = None) -> None:
    app = sys.modules["server"].PromptServer.instance.app  # type: ignore[attr-defined]
    app.router.add_post("/manager/reboot", reboot)
    if web_dir is not None:
        web_directory_routes(app, *web_dir)
    mirrored = web.RouteTableDef()
    for route in routes:
        if isinstance(route, web.RouteDef):
            mirrored.route(route.method, "/api" + route.path)(route.handler, **route.kwargs)
    app.add_routes(routes)
    app.add_routes(mirrored)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    # Through logging, like every other console line, so lines written from threads never interleave.
    logging.info("FAKE_COMFYUI_LISTENING %s", json.dumps({"port": port, "pid": os.getpid()}))
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("package_dir")
    parser.add_argument("root")
    parser.add_argument("--comfy-port", type=int, default=8188)
    options = parser.parse_args()
    # ComfyUI logs plain messages to its console; the package's lines must show up the same way here.
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    routes = install_fake_comfyui_modules(options.root, options.comfy_port)
    if os.environ.get("FAKE_COMFYUI_MJS_TYPE"):
        odd_module_type(os.environ["FAKE_COMFYUI_MJS_TYPE"])
    module = load_custom_node(options.package_dir)
    logging.info("EXPORTS %s", json.dumps({"web": module.WEB_DIRECTORY, "all": module.__all__}))
    # As nodes.load_custom_node: WEB_DIRECTORY, relative to the package, served as the package's folder name.
    web_dir = os.path.abspath(os.path.join(options.package_dir, module.WEB_DIRECTORY))
    name = os.path.basename(os.path.normpath(options.package_dir))
    asyncio.run(serve(routes, (name, web_dir) if os.path.isdir(web_dir) else None))


if __name__ == "__main__":
    main()
