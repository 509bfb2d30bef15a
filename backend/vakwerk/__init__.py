"""Vakwerk: methodical work for the client managers of work-and-income teams."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vakwerk")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"
