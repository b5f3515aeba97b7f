"""Front end: scanner, parser, AST and (later) the type checker."""
