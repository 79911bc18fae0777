"""Long Video for ComfyUI: a sidebar tab (web/) backed by a Node sidecar reached through /longvideo/*.

Kept thin on purpose; the work is in longvideo/. Nothing here may raise: ComfyUI must start regardless.
"""

import logging
import os

NODE_CLASS_MAPPINGS: dict = {}
NODE_DISPLAY_NAME_MAPPINGS: dict = {}
WEB_DIRECTORY = "./web"
__all__ = ["NODE_CLASS_MAPPINGS", "NODE_DISPLAY_NAME_MAPPINGS", "WEB_DIRECTORY"]


def _serve_chunks_as_javascript() -> None:
    """web/chunks/*.mjs are the panel's lazily loaded views: .mjs because ComfyUI imports every *.js under
    WEB_DIRECTORY as an extension. A browser refuses a module served with a type that is not JavaScript,
    and aiohttp's static route answers with a guess from a MIME table a Windows registry can fill oddly
    (which is why ComfyUI's server.py sets .js itself). aiohttp >= 3.10 guesses from a table of its own."""
    import mimetypes

    mimetypes.add_type("text/javascript", ".mjs")
    from aiohttp import web_fileresponse

    own = getattr(web_fileresponse, "CONTENT_TYPES", None)
    if own is not None:
        own.add_type("text/javascript", ".mjs")


try:
    _serve_chunks_as_javascript()
except Exception:  # noqa: BLE001 - the panel's lazy views are worth less than ComfyUI starting
    logging.getLogger("longvideo").exception("[longvideo] could not register the .mjs type")

try:
    from .longvideo import startup

    backend = startup.start(os.path.dirname(os.path.abspath(__file__)))
except Exception:  # noqa: BLE001 - a broken install must cost the tab, never ComfyUI
    logging.getLogger("longvideo").exception("[longvideo] Long Video could not be set up")
