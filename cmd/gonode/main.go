// Command gonode runs Node.js programs on the gonode runtime:
//
//	gonode [options] script.js [arguments]
//	gonode -e CODE | -p CODE
//	gonode --version
//
// It accepts Node's common flags, ignoring those that mean nothing here, so a
// node parent can fork a gonode child with its own execArgv.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	_ "github.com/gonode/gonode/cmd/gonode/internal/gcfloor"
	_ "github.com/gonode/gonode/cmd/gonode/internal/mainstack"
	_ "github.com/gonode/gonode/cmd/gonode/internal/oneproc"
	_ "github.com/gonode/gonode/modules/all"
	"github.com/gonode/gonode/runtime"
)

const usage = `Usage: gonode [options] [ script.js ] [arguments]
       gonode -e "script" [arguments]
       gonode -p "script" [arguments]

Options:
  -                      script read from stdin (default if no file name is
                         provided and stdin is not a terminal)
  --                     indicate the end of gonode options
  -c, --check            syntax check script without executing
  -e, --eval script      evaluate script
  -h, --help             print gonode command line options
  -i, --interactive      always enter the REPL even if stdin does not appear
                         to be a terminal (the REPL is the default with no
                         script, -e or -p on a terminal)
  -p, --print script     evaluate script and print result
  -r, --require module   module to preload (option can be repeated)
  --import module        ES module to preload (option can be repeated)
  -C, --conditions name  a further condition for packages' "exports" and
                         "imports" (option can be repeated)
  --no-warnings          silence all process warnings
  --test [paths...]      run the test files found in paths (default: the
                         current directory), each in a process of its own
  --watch                run the script again whenever a file it loaded changes
  --watch-path path      with --watch, watch path instead (can be repeated)
  --watch-preserve-output  keep the screen when --watch runs the script again
  --env-file path        set the environment variables of a .env file that
                         the environment does not set (can be repeated)
  --cpu-prof             write a V8 CPU profile of the JavaScript on exit,
                         for Chrome DevTools (CPU.<date>.<time>.<pid>.0.001.cpuprofile)
  --cpu-prof-dir dir     directory for --cpu-prof files (default: cwd)
  --cpu-prof-name name   file name of the --cpu-prof profile
  --cpu-prof-interval n  sampling interval in microseconds (default: 1000)
  --go-cpu-prof          with --cpu-prof, also write a pprof profile of the
                         Go code beside it (<name>.go.pprof, for go tool pprof)
  -v, --version          print Node.js API version and gonode version

Node.js runtime flags (--max-old-space-size, --inspect, ...) are accepted and
ignored.
`

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	inv, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", os.Args[0], err)
		return 9
	}
	switch {
	case inv.help:
		fmt.Print(usage)
		return 0
	case inv.version:
		fmt.Println(runtime.NodeVersion)
		return 0
	}
	if err := loadEnvFiles(inv.envFiles); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", os.Args[0], err)
		return 9
	}
	if inv.watch {
		if inv.script == "" {
			fmt.Fprintf(os.Stderr, "%s: --watch requires specifying a file\n", os.Args[0])
			return 9
		}
		return runWatched(inv, withoutWatchFlags(args))
	}
	handleSignalsAsNode()
	if inv.cpuProf {
		prof, err := startCPUProfile(inv)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", os.Args[0], err)
			return 9
		}
		defer prof.stop()
	}
	opts := runtime.Options{
		ExecArgv:   inv.execArgv,
		NoWarnings: inv.noWarnings,
		Preload:    inv.preload,
		Imports:    inv.imports,
		Conditions: inv.conditions,
		InputType:  inv.inputType,
	}
	if err := reportLoadedModules(&opts); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", os.Args[0], err)
		return 1
	}
	ctx := context.Background()
	if inv.testMode {
		opts.Args = inv.args
		return finish(opts, func(rt *runtime.Runtime) (int, error) { return rt.RunCore(ctx, "internal/test/runner") })
	}
	if inv.script == "" && !inv.hasEval && !inv.stdin && !inv.repl {
		inv.repl = stdinIsTerminal()
		inv.stdin = !inv.repl
	}
	switch {
	case inv.hasEval:
		opts.Args = inv.args
		return finish(opts, func(rt *runtime.Runtime) (int, error) {
			if inv.print {
				return rt.RunPrint(ctx, "[eval]", inv.eval)
			}
			return rt.RunSource(ctx, "[eval]", inv.eval)
		})
	case inv.stdin:
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(os.Stderr, "gonode: read stdin: %v\n", err)
			return 1
		}
		opts.Args = inv.args
		return finish(opts, func(rt *runtime.Runtime) (int, error) {
			return rt.RunSource(ctx, "[stdin]", string(src))
		})
	case inv.repl && inv.script == "":
		opts.Args = inv.args
		return finish(opts, func(rt *runtime.Runtime) (int, error) {
			return rt.RunSource(ctx, "[repl]", replSource)
		})
	case inv.check:
		if err := runtime.CheckSyntax(inv.script); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		return 0
	}
	opts.Script, opts.Args = inv.script, inv.args
	return finish(opts, func(rt *runtime.Runtime) (int, error) { return rt.Run(ctx) })
}

// replSource starts the REPL gonode runs with no script: node's greeting,
// the global scope, and the process's end with the REPL's.
const replSource = `console.log('Welcome to gonode (Node.js ' + process.version + ' API).\nType ".help" for more information.');
require('repl').start({ useGlobal: true }).on('exit', () => process.exit());
`

// finish creates the runtime, runs it and returns the exit code.
func finish(opts runtime.Options, run func(*runtime.Runtime) (int, error)) int {
	rt, err := runtime.New(opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		if _, bad := errors.AsType[*runtime.InvalidOptionError](err); bad {
			return 9
		}
		return 1
	}
	code, _ := run(rt)
	return code
}

func stdinIsTerminal() bool {
	st, err := os.Stdin.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
