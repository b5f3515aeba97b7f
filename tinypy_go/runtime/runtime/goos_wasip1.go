package runtime

// GOOS is what a program built with -target=wasi sees.
const GOOS = "wasip1"
