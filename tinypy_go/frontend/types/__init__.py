"""The type checker: a Python counterpart of go/types."""

from tinypy_go.frontend.types.api import (
    FIELD_VAL,
    METHOD_EXPR,
    METHOD_VAL,
    Info,
    Initializer,
    Instance,
    Selection,
    TypeAndValue,
)
from tinypy_go.frontend.types.check import check_package
from tinypy_go.frontend.types.package import Package
from tinypy_go.frontend.types.sizes import WASM32, Sizes
from tinypy_go.frontend.types.typestring import type_string

__all__ = ["check_package", "Info", "TypeAndValue", "Selection", "Instance", "Initializer", "Package", "Sizes",
           "WASM32", "type_string", "FIELD_VAL", "METHOD_VAL", "METHOD_EXPR"]
