"""tinypy-go: a TinyGo-compatible Go to WebAssembly compiler written in Python.

The Python API (``api.py``)::

    import tinypy_go
    result = tinypy_go.build({"main.go": "package main\nfunc main() { println(1) }"})
    result.wasm          # the module's bytes
    result.diagnostics   # [Diagnostic(file, line, column, message)] when not result.ok
    tinypy_go.run("hello.go", ["arg"]).stdout
"""

from tinypy_go._version import __version__  # noqa: I001 (first: the modules below import it from the package)

# The submodule tinypy_go.build is imported first: importing a submodule sets the package
# attribute of its name, which must end up being the API function below.
import tinypy_go.build  # noqa: E402, F401  (the module: importlib.import_module("tinypy_go.build"))
from tinypy_go.api import BuildError, BuildResult, Diagnostic, RunResult, build, run  # noqa: E402

__all__ = ["BuildError", "BuildResult", "Diagnostic", "RunResult", "__version__", "build", "run"]
