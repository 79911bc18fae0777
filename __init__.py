"""Long Video for ComfyUI: a sidebar tab (web/) backed by a Node sidecar reached through /longvideo/*.

Kept thin on purpose; the work is in longvideo/. Nothing here may raise: ComfyUI must start regardless.
"""

import logging
import os

NODE_CLASS_MAPPINGS: dict = {}
NODE_DISPLAY_NAME_MAPPINGS: dict = {}
WEB_DIRECTORY = "./web"
__all__ = ["NODE_CLASS_MAPPINGS", "NODE_DISPLAY_NAME_MAPPINGS", "WEB_DIRECTORY"]

try:
    from .longvideo import startup

    backend = startup.start(os.path.dirname(os.path.abspath(__file__)))
except Exception:  # noqa: BLE001 - a broken install must cost the tab, never ComfyUI
    logging.getLogger("longvideo").exception("[longvideo] Long Video could not be set up")
