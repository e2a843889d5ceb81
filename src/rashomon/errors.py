"""Exceptions raised by Rashomon.

    RashomonError
     ├── InputError        one input item cannot be read; the batch goes on
     ├── StageError        an analysis stage failed on one article
     ├── ModelError        a model package is missing or its files do not match
     ├── StoreError        the store cannot be opened or is not a Rashomon store
     ├── NotFound          an id or prefix names nothing in the store
     ├── ConfigError       an option has a value that is not allowed
     └── MissingExtra      an optional dependency is not installed

Messages are one line and say what was given and what is allowed.
"""


class RashomonError(Exception):
    """Base class: the CLI turns these into one message and exit code 1."""


class InputError(RashomonError):
    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class StageError(RashomonError):
    def __init__(self, stage: str, source: str, exc: BaseException):
        super().__init__(f"{source}: stage {stage} failed: {type(exc).__name__}: {exc}")
        self.stage = stage
        self.source = source


class ModelError(RashomonError):
    pass


class StoreError(RashomonError):
    pass


class NotFound(RashomonError):
    pass


class ConfigError(RashomonError):
    pass


class MissingExtra(RashomonError):
    def __init__(self, extra: str, module: str):
        super().__init__(f"{module} is not installed: pip install 'rashomon[{extra}]'")
