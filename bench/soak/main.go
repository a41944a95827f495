// Command soak runs the cluster soak (modules/cluster/soaktest) for as long
// as asked and prints its figures: a round-robin cluster of gonode workers
// serving HTTP to a Go client over keep-alive connections while a worker is
// killed with SIGKILL and re-forked every few seconds.
//
//	go run ./bench/soak [-d 10m] [-workers 2] [-conns 8] [-kill-every 3s] [-gonode path]
//
// It exits 1 if the run fails the soak's checks (a request failed other
// than on a killed worker, the primary's descriptors or RSS grew).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/gonode/gonode/internal/testbin"
	"github.com/gonode/gonode/modules/cluster/soaktest"
)

func main() {
	var o soaktest.Options
	flag.DurationVar(&o.Duration, "d", 0, "how long the load runs (default 30s)")
	flag.IntVar(&o.Workers, "workers", 0, "cluster workers (default 2)")
	flag.IntVar(&o.Conns, "conns", 0, "client keep-alive connections (default 8)")
	flag.DurationVar(&o.KillEvery, "kill-every", 0, "time between two worker kills (default 3s)")
	flag.StringVar(&o.Policy, "policy", "", "scheduling policy, rr or none (default rr)")
	flag.StringVar(&o.Gonode, "gonode", "", "gonode binary (built from ./cmd/gonode when empty)")
	quiet := flag.Bool("q", false, "no progress line per second")
	flag.Parse()
	if !*quiet {
		o.Progress = os.Stderr
	}
	if o.Gonode == "" {
		dir, err := os.MkdirTemp("", "gonode-soak-bin-")
		if err != nil {
			fatal(err)
		}
		defer os.RemoveAll(dir)
		if o.Gonode, err = testbin.Build(dir); err != nil {
			fatal(err)
		}
	}
	rep, err := soaktest.Run(context.Background(), o)
	if err != nil {
		fatal(err)
	}
	fmt.Print(rep)
	if err := rep.Check(); err != nil {
		fmt.Fprintln(os.Stderr, "soak: FAILED:", err)
		os.Exit(1)
	}
	fmt.Println("soak: ok")
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "soak:", err)
	os.Exit(2)
}
