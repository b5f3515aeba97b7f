package xtest_test

import (
	"flag"
	"fmt"
	"os"
	"testing"

	"example.com/gotest/xtest"
)

func TestMain(m *testing.M) {
	flag.Parse()
	fmt.Println("setup")
	code := m.Run()
	fmt.Println("teardown")
	os.Exit(code)
}

func TestSecret(t *testing.T) {
	*xtest.Secret = 7
	if xtest.Public() != 7 {
		t.Fatal("export_test did not reach the package")
	}
}
