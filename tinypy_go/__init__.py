"""tinypy-go: a TinyGo-compatible Go to WebAssembly compiler written in Python."""

__version__ = "0.1.0"
