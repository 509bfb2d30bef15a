"""Vakwerk: methodical work for the client managers of work-and-income teams."""

# The one place the version lives: the contract's info.version, API-Version and the
# package (pyproject.toml reads it from here). Breaking contract changes raise the minor
# number and are listed in CHANGELOG.md.
__version__ = "0.2.0"
