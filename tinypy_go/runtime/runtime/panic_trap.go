//go:build tinypy.panic.trap

package runtime

// panicTrap is true (-panic=trap): panics execute the unreachable
// instruction, so the message printing code is never linked in.
const panicTrap = true
