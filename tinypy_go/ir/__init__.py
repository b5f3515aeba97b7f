"""The SSA IR: data structures, builder, printer, sanity checker, reachability."""
