"""The one exception the generator raises for problems a user can act on."""


class GeneratorError(Exception):
    """A clear, single-message failure: the CLI prints it and exits non-zero, leaving files untouched."""
