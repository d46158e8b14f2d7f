"""Build-time tooling: fetch the published specs, fix them, generate the typed clients, check for drift.

Run it as ``python -m generator COMMAND`` (the Makefile does); ``python -m generator --help`` lists the
commands. Nothing here is installed with the ``tts-sdk`` distribution.
"""

from generator._errors import GeneratorError
from generator._project import ApiDefaults, Project, SpecEntry

__all__ = ["ApiDefaults", "GeneratorError", "Project", "SpecEntry"]
