// Command embed is a Go program that embeds the gonode runtime and can be
// fork()ed: MaybeRunChild comes first in main. TestEmbeddedFork runs it.
package main

import (
	"context"
	"fmt"
	"os"

	_ "github.com/gonode/gonode/modules/all"
	"github.com/gonode/gonode/modules/childprocess"
	"github.com/gonode/gonode/runtime"
)

func main() {
	childprocess.MaybeRunChild()
	// Only the top-level run gets here: a forked copy of this program ran
	// the child module inside MaybeRunChild and exited.
	fmt.Println("host main ran once")
	rt, err := runtime.New(runtime.Options{Script: os.Args[1], Args: os.Args[2:]})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code, _ := rt.Run(context.Background())
	os.Exit(code)
}
