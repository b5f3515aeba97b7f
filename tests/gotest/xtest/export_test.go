package xtest

var Secret = &secret
