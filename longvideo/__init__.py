"""Python side of Long Video: find Node.js and ffmpeg, run the sidecar, proxy /longvideo/* to it.

Only the standard library and aiohttp (a ComfyUI dependency) are used, so importing never needs pip.
"""
