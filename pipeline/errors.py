"""One exception hierarchy: a caller can catch any newsfacts error with NewsfactsError.

These are for our bugs and bad configuration. A bad *article* is never an exception:
ingest turns it into a rejected Article with a Reason.
"""


class NewsfactsError(Exception):
    """Base of every error newsfacts raises on purpose."""


class RuleFileError(NewsfactsError):
    """A file under rules/ is missing, malformed or fails its schema."""


class ConfigError(NewsfactsError):
    """A setting or command-line option has a value that cannot work."""


class StoreError(NewsfactsError):
    """The claim store cannot be opened, is corrupt, or belongs to a newer newsfacts or another corpus."""


class GoldFileError(NewsfactsError):
    """A gold or ignore file for `newsfacts eval` is malformed."""


class ExtractionError(NewsfactsError):
    """An extraction worker (a process of --jobs, or a Dask worker) failed or died."""
