package xtest

var secret = 42

func Public() int { return secret }
