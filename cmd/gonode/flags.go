package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gonode/gonode/runtime"
)

// invocation is what the command line asks for.
type invocation struct {
	execArgv   []string // flags before the script, as process.execArgv
	script     string   // "" with eval, print or stdin
	args       []string // arguments after the script
	eval       string
	hasEval    bool
	print      bool
	stdin      bool     // "-" or no script and stdin not a terminal
	preload    []string // -r
	imports    []string // --import
	conditions []string // -C, --conditions
	inputType  string   // --input-type
	// watch is --watch (or --watch-path, the paths to watch instead of the
	// files the program loads); watchPreserve is --watch-preserve-output.
	watch         bool
	watchPaths    []string
	watchPreserve bool
	version       bool
	help          bool
	noWarnings    bool
	check         bool
	repl          bool   // -i, or no script, -e or stdin (stdin is a terminal)
	cpuProf       bool   // --cpu-prof
	cpuProfDir    string // --cpu-prof-dir
	cpuProfNam    string // --cpu-prof-name
	// cpuProfInterval is --cpu-prof-interval, in µs; 0 when not given or
	// not a positive number, as node takes it.
	cpuProfInterval int
	goCPUProf       bool     // --go-cpu-prof (gonode's own)
	envFiles        []string // --env-file, in order
	testMode        bool     // --test: the arguments name test files
	// cpuProfOptions are the --cpu-prof-* options given, which node
	// refuses without --cpu-prof.
	cpuProfOptions []string
}

// valueFlags take the next argument as their value when not given as --flag=value.
var valueFlags = map[string]bool{
	"-r": true, "--require": true, "--loader": true, "--experimental-loader": true,
	"--title":        true,
	"--inspect-port": true, "--debug-port": true, "--redirect-warnings": true, "--unhandled-rejections": true,
	"--dns-result-order": true, "--icu-data-dir": true, "--openssl-config": true, "--secure-heap": true,
	"--secure-heap-min": true, "--trace-event-categories": true, "--trace-event-file-pattern": true,
	"--diagnostic-dir": true, "--max-http-header-size": true, "--heapsnapshot-signal": true,
	"--report-dir": true, "--report-directory": true, "--report-filename": true, "--report-signal": true,
	"--heap-prof-dir": true, "--heap-prof-name": true, "--heap-prof-interval": true, "--disable-proto": true,
	"--tls-cipher-list": true, "--tls-keylog": true, "--use-largepages": true,
	"--test-reporter": true, "--test-reporter-destination": true, "--test-name-pattern": true,
	"--test-concurrency": true, "--test-shard": true, "--experimental-policy": true, "--policy-integrity": true,
	"--experimental-specifier-resolution": true, "--es-module-specifier-resolution": true,
	"--experimental-sea-config": true, "--snapshot-blob": true,
	"--network-family-autoselection-attempt-timeout": true,
}

// ignoredPrefixes are Node and V8 flags the command line accepts (a node
// parent passes its own execArgv to forked children) without acting on them
// itself: most change nothing here; the runtime reads some from
// process.execArgv (the deprecation and trace flags, --unhandled-rejections,
// --redirect-warnings, --title).
var ignoredPrefixes = []string{
	"--max-old-space-size", "--max-semi-space-size", "--stack-size", "--inspect", "--debug",
	"--enable-source-maps", "--trace-", "--expose-gc", "--harmony", "--experimental-",
	"--no-experimental-", "--no-deprecation", "--throw-deprecation", "--pending-deprecation",
	"--preserve-symlinks", "--abort-on-uncaught-exception", "--no-addons", "--frozen-intrinsics",
	"--security-revert", "--report-", "--heapsnapshot-", "--heap-prof", "--cpu-prof", "--openssl-",
	"--use-openssl-ca", "--use-bundled-ca", "--tls-", "--zero-fill-buffers", "--force-", "--no-force-",
	"--test", "--no-global-search-paths", "--insecure-http-parser", "--v8-", "--jitless",
	"--no-node-snapshot", "--node-memory-debug", "--perf-", "--interpreted-frames-native-stack",
	"--max-http-header-size", "--title", "--unhandled-rejections", "--dns-result-order", "--icu-data-dir",
	"--redirect-warnings", "--diagnostic-dir", "--disable-proto", "--stack-trace-limit",
	"--loader", "--secure-heap", "--use-largepages",
	"--no-extra-info-on-fatal-exception", "--deprecation", "--warnings", "--addons", "--global-search-paths",
	"--async-context-frame", "--experimental", "--policy-integrity", "--snapshot-blob", "--build-snapshot",
	"--allow-", "--permission", "--openssl-legacy-provider", "--enable-fips", "--force-fips",
	"--verify-base-objects", "--max-", "--single-threaded", "--predictable", "--optimize", "--no-opt",
	"--allow-natives-syntax", "--gc-", "--network-family-autoselection", "--no-network-family-autoselection",
}

// parseArgs reads node-style command-line arguments (without argv[0]).
func parseArgs(args []string) (*invocation, error) {
	inv, err := parseFlags(args)
	if err != nil {
		return nil, err
	}
	if !inv.cpuProf {
		if len(inv.cpuProfOptions) > 0 {
			return nil, fmt.Errorf("%s must be used with --cpu-prof", inv.cpuProfOptions[0])
		}
		if inv.goCPUProf {
			return nil, fmt.Errorf("--go-cpu-prof must be used with --cpu-prof")
		}
	}
	return inv, nil
}

// parseFlags reads the arguments; parseArgs checks the combination.
func parseFlags(args []string) (*invocation, error) {
	inv := &invocation{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "-" {
			// The "-" stays in process.argv, as node keeps it.
			inv.stdin = true
			inv.args = args[i:]
			return inv, nil
		}
		if a == "--" {
			if i+1 < len(args) && !inv.hasEval {
				inv.script = args[i+1]
				inv.args = args[i+2:]
			} else {
				inv.args = args[i+1:]
			}
			return inv, nil
		}
		if !strings.HasPrefix(a, "-") {
			if inv.testMode { // every argument not a flag names test files
				inv.args = append(inv.args, a)
				continue
			}
			if inv.hasEval {
				inv.args = args[i:]
			} else {
				inv.script = a
				inv.args = args[i+1:]
			}
			return inv, nil
		}
		name, value, hasValue := strings.Cut(runtime.CanonicalFlag(a), "=")
		takeValue := func() (string, error) {
			if hasValue {
				return value, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("%s requires an argument", name)
			}
			i++
			inv.execArgv = append(inv.execArgv, args[i])
			return args[i], nil
		}
		inv.execArgv = append(inv.execArgv, a)
		switch name {
		case "-e", "--eval", "-p", "--print", "-pe":
			v, err := takeValue()
			if err != nil {
				return nil, err
			}
			inv.eval, inv.hasEval = v, true
			inv.print = inv.print || name == "-p" || name == "--print" || name == "-pe"
			continue
		case "-r", "--require":
			v, err := takeValue()
			if err != nil {
				return nil, err
			}
			inv.preload = append(inv.preload, v)
			continue
		case "-v", "--version":
			inv.version = true
			continue
		case "-h", "--help":
			inv.help = true
			continue
		case "-c", "--check":
			inv.check = true
			continue
		case "--no-warnings":
			inv.noWarnings = true
			continue
		case "--cpu-prof":
			inv.cpuProf = true
			continue
		case "--watch":
			inv.watch = true
			continue
		case "--watch-preserve-output":
			inv.watchPreserve = true
			continue
		case "--watch-path":
			v, err := takeValue()
			if err != nil {
				return nil, err
			}
			inv.watch = true
			inv.watchPaths = append(inv.watchPaths, v)
			continue
		case "--stack-trace-limit":
			// A V8 flag: its value only after "=", and an integer.
			if _, err := strconv.Atoi(value); !hasValue || err != nil {
				return nil, fmt.Errorf("illegal value for flag --stack-trace-limit of type int")
			}
		case "--input-type":
			v, err := takeValue()
			if err != nil {
				return nil, err
			}
			if v != "module" && v != "commonjs" {
				return nil, fmt.Errorf(`--input-type must be "module" or "commonjs"`)
			}
			inv.inputType = v
			continue
		case "-C", "--conditions":
			v, err := takeValue()
			if err != nil {
				return nil, err
			}
			inv.conditions = append(inv.conditions, v)
			continue
		case "--import":
			v, err := takeValue()
			if err != nil {
				return nil, err
			}
			inv.imports = append(inv.imports, v)
			continue
		case "--env-file":
			v, err := takeValue()
			if err != nil {
				return nil, err
			}
			inv.envFiles = append(inv.envFiles, v)
			continue
		case "--test":
			inv.testMode = true
			continue
		case "--go-cpu-prof":
			inv.goCPUProf = true
			continue
		case "--cpu-prof-dir", "--cpu-prof-name", "--cpu-prof-interval":
			v, err := takeValue()
			if err != nil {
				return nil, err
			}
			switch name {
			case "--cpu-prof-dir":
				inv.cpuProfDir = v
			case "--cpu-prof-name":
				inv.cpuProfNam = v
			default:
				inv.cpuProfInterval, _ = strconv.Atoi(v)
			}
			inv.cpuProfOptions = append(inv.cpuProfOptions, name)
			continue
		case "-i", "--interactive":
			inv.repl = true
			continue
		}
		if valueFlags[name] {
			if _, err := takeValue(); err != nil {
				return nil, err
			}
			continue
		}
		if ignored(name) {
			continue
		}
		return nil, fmt.Errorf("bad option: %s", a)
	}
	return inv, nil
}

func ignored(name string) bool {
	for _, p := range ignoredPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}
