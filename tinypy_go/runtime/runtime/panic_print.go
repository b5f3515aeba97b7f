//go:build !tinypy.panic.trap

package runtime

// panicTrap is false: panics print Go's message and exit with status 2.
const panicTrap = false
