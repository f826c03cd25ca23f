"""vigil: find terrorist recruitment propaganda and put it, with its evidence, in front of a human.

Library first: every stage (ingest, extract, signals, classify, store, reports) is a
set of functions; the ``vigil`` command is a thin face over them.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
