package childprocess

import (
	"context"
	"fmt"
	"os"
	goruntime "runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime"
)

// forkMarker is set in the environment of a child that fork() starts with
// the parent's own executable. Its value is the number of execArgv entries
// before the module path, which lets MaybeRunChild find the module in an
// embedding program's command line. The child's runtime removes it from
// process.env.
const forkMarker = "GONODE_FORK_EXECARGC"

// procsMarker is set, beside the GOMAXPROCS entry that forkProcs makes, in
// the environment of a gonode child that fork() starts. The child's runtime
// removes both from process.env: they are gonode's, not the program's, and
// must not reach its own children.
const procsMarker = "GONODE_FORK_GOMAXPROCS"

// forkProcs returns the GOMAXPROCS=n entry for a forked gonode child, so
// that it runs with its parent's number of Ps from its first instruction,
// or "" when the parent runs with Go's default. cmd/gonode shrinks to one P
// in an early package init; doing so flushes the other P's span caches,
// about 20-40 page faults of start-up that the variable avoids.
func forkProcs() string {
	n := goruntime.GOMAXPROCS(0)
	if n == goruntime.NumCPU() {
		return ""
	}
	return "GOMAXPROCS=" + strconv.Itoa(n)
}

// startChild is the startup hook: in a child forked with NODE_CHANNEL_FD it
// opens the channel and defines process.send and friends before user code
// runs (NODE-IPC.md §1.2). Without the variable it only does two lookups.
func startChild(rt *runtime.Runtime) error {
	if rt.IsWorker() {
		return nil // a worker thread has no IPC channel of its own
	}
	env, ok := rt.Process().Get("env").(*goja.Object)
	if !ok {
		return nil
	}
	if v := env.Get(forkMarker); v != nil && !goja.IsUndefined(v) {
		_ = env.Delete(forkMarker)
	}
	if v := env.Get(procsMarker); v != nil && !goja.IsUndefined(v) {
		_ = env.Delete(procsMarker)
		_ = env.Delete("GOMAXPROCS")
	}
	v := env.Get("NODE_CHANNEL_FD")
	if v == nil || goja.IsUndefined(v) {
		return nil
	}
	fd, err := parseChannelFD(v.String())
	if err != nil {
		return err
	}
	_ = env.Delete("NODE_CHANNEL_FD")
	mode := "json"
	if m := env.Get("NODE_CHANNEL_SERIALIZATION_MODE"); m != nil && !goja.IsUndefined(m) {
		if s := m.String(); s != "" {
			mode = s
		}
		_ = env.Delete("NODE_CHANNEL_SERIALIZATION_MODE")
	}
	if mode != "json" && mode != "advanced" {
		return fmt.Errorf("IPC serialization mode %q is not supported ('json' or 'advanced')", mode)
	}
	ch, err := newChannel(rt, fd, false, mode == "advanced")
	if err != nil {
		return fmt.Errorf("open IPC channel: %w", err)
	}
	ch.object()
	ch.forkChild()
	return nil
}

// parseChannelFD reads NODE_CHANNEL_FD as node does: parseInt(v, 10) >= 0.
func parseChannelFD(s string) (int, error) {
	t := strings.TrimLeft(s, " \t\n\r")
	end := 0
	for end < len(t) && t[end] >= '0' && t[end] <= '9' {
		end++
	}
	fd, err := strconv.Atoi(t[:end])
	if err != nil || fd < 0 {
		return 0, fmt.Errorf("invalid NODE_CHANNEL_FD %q", s)
	}
	return fd, nil
}

// MaybeRunChild lets a program that embeds the runtime be fork()ed: call it
// first thing in main.
//
//	func main() {
//		childprocess.MaybeRunChild()
//		// ... the program's own work, which may run scripts that fork
//	}
//
// fork() runs process.execPath — the embedding program itself — with the
// module path on its command line. In such a child MaybeRunChild runs that
// module (with the core modules the program registered, and its IPC
// channel) and exits with its exit code; everywhere else it returns at once.
// The gonode command does not need it.
func MaybeRunChild() {
	v, ok := os.LookupEnv(forkMarker)
	if !ok {
		return
	}
	_ = os.Unsetenv(forkMarker)
	argc, err := strconv.Atoi(v)
	args := os.Args[1:]
	if err != nil || argc < 0 || argc >= len(args) {
		fmt.Fprintf(os.Stderr, "gonode: malformed %s=%q for command line %q\n", forkMarker, v, args)
		os.Exit(9)
	}
	opts := runtime.Options{Script: args[argc], Args: args[argc+1:], ExecArgv: args[:argc]}
	for i := 0; i < argc; i++ {
		switch name, value, hasValue := strings.Cut(args[i], "="); name {
		case "-r", "--require", "--import":
			if !hasValue && i+1 < argc {
				i++
				value = args[i]
			}
			if name == "--import" {
				opts.Imports = append(opts.Imports, value)
			} else {
				opts.Preload = append(opts.Preload, value)
			}
		case "--no-warnings":
			opts.NoWarnings = true
		}
	}
	rt, err := runtime.New(opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code, _ := rt.Run(context.Background())
	os.Exit(code)
}
