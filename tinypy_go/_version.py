"""The compiler's version, in a module of its own: the object worker reads it without
importing the package's driver (``backend/objworker.py``)."""

__version__ = "0.1.0"
