"""Every error ``readouts`` raises on purpose derives from :class:`ReadoutsError`.

Messages say what was wrong and how to fix it, so a pipeline can log ``str(err)``
for the offending file and move on.
"""

from __future__ import annotations


class ReadoutsError(Exception):
    """Base class of all errors raised by readouts for bad input or set-up."""


class InputError(ReadoutsError, ValueError):
    """A value passed in by the user cannot be used (wrong type, empty, no sentence)."""


class EmptyTextError(InputError):
    """The text is empty or holds only white space."""


class NoSentenceError(InputError):
    """The text holds no letter or digit, so no point can be made of it."""


class RecordError(InputError):
    """A record's fields contradict each other (spans, indices, labels)."""


class ReadoutFileError(ReadoutsError):
    """A readout or gold file is missing, unreadable, not UTF-8 text or malformed."""


class GoldFormatError(ReadoutFileError):
    """A gold (annotation) file breaks the format of the readout-pairs README."""


class OutputError(ReadoutsError):
    """A result cannot be written where it was asked to go (e.g. ``--out`` names a file, not a folder)."""


class EmbedderError(ReadoutsError):
    """The embedder could not be loaded or returned unusable vectors."""


class ModelNotFoundError(EmbedderError):
    """No model could be found at the given path or name."""


class MissingExtraError(ReadoutsError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""


def missing_extra(extra: str, module: str) -> MissingExtraError:
    """The error for an optional import that failed: names the pip extra."""
    return MissingExtraError(
        f"this feature needs the optional dependency {module!r}; "
        f"install it with: pip install 'readouts[{extra}]'"
    )
