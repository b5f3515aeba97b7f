// Package pass has tests that all pass.
package pass

// Add adds.
func Add(a, b int) int { return a + b }
