package runtime_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// run executes src as a file in a temp dir with a 'log' module whose
// functions append lines to the returned transcript.
func run(t *testing.T, src string, files ...string) (out string, stderr string, code int) {
	t.Helper()
	dir := t.TempDir()
	main := filepath.Join(dir, "main.js")
	if err := os.WriteFile(main, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(files); i += 2 {
		p := filepath.Join(dir, files[i])
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(files[i+1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var lines []string
	var errBuf, outBuf bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Script: main,
		Stdout: &outBuf,
		Stderr: &errBuf,
		Modules: map[string]runtime.ModuleLoader{
			"log": func(rt *runtime.Runtime, module *goja.Object) error {
				return module.Set("exports", func(call goja.FunctionCall) goja.Value {
					parts := make([]string, len(call.Arguments))
					for i, a := range call.Arguments {
						parts[i] = a.String()
					}
					lines = append(lines, strings.Join(parts, " "))
					return goja.Undefined()
				})
			},
			// goTask(obj, name) reads obj[name] in a CallGo task, and
			// calls it if it is a function: a task as the I/O modules run
			// theirs.
			"goTask": func(rt *runtime.Runtime, module *goja.Object) error {
				return module.Set("exports", func(call goja.FunctionCall) goja.Value {
					obj, name := call.Argument(0).ToObject(rt.VM()), call.Argument(1).String()
					rt.Post(func() {
						rt.CallGo(func() {
							var cache runtime.CallableCache
							if v := obj.Get(name); v != nil && v.ExportType() != nil && v.ExportType().Kind() == reflect.Func {
								rt.CallFrom(&cache, v, obj)
							}
						})
					})
					return goja.Undefined()
				})
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	code, err = rt.Run(ctx)
	if err != nil {
		t.Fatalf("run: %v (stderr %q)", err, errBuf.String())
	}
	return strings.Join(lines, "\n"), errBuf.String(), code
}

func expect(t *testing.T, src, want string, wantCode int) string {
	t.Helper()
	out, stderr, code := run(t, src)
	if out != want || code != wantCode {
		t.Fatalf("got %q (code %d), want %q (code %d); stderr:\n%s", out, code, want, wantCode, stderr)
	}
	return stderr
}

func TestOrderingTicksBeforePromises(t *testing.T) {
	// (No setTimeout(0) beside the setImmediate: which of the two runs
	// first from the main module depends on timing, in node too.)
	expect(t, `const log = require('log');
setImmediate(() => log('immediate'));
Promise.resolve().then(() => log('promise1')).then(() => log('promise2'));
process.nextTick(() => { log('tick1'); process.nextTick(() => log('tick3')); Promise.resolve().then(() => log('promise-from-tick')); });
process.nextTick(() => log('tick2'));
queueMicrotask(() => { log('micro'); process.nextTick(() => log('tick-from-micro')); });
log('main');`, "main\ntick1\ntick2\ntick3\npromise1\nmicro\npromise-from-tick\npromise2\ntick-from-micro\nimmediate", 0)
}

func TestOrderingInsideMacrotask(t *testing.T) {
	expect(t, `const log = require('log');
setTimeout(() => {
  Promise.resolve().then(() => log('p'));
  process.nextTick(() => log('t'));
  setImmediate(() => log('imm'));
  setTimeout(() => log('t0'), 0);
  log('cb');
}, 1);`, "cb\nt\np\nimm\nt0", 0)
}

func TestTimersOrderAndArgs(t *testing.T) {
	expect(t, `const log = require('log');
setTimeout((a, b) => log('b', a, b), 500, 1, 2);
setTimeout(() => log('a'), 400);
const i = setInterval(() => { log('i'); if (++n === 3) clearInterval(i); }, 5); let n = 0;
const c = setTimeout(() => log('never'), 1); clearTimeout(c);
const d = setTimeout(() => log('never2'), 1); clearTimeout(+d);`, "i\ni\ni\na\nb 1 2", 0)
}

func TestUnrefTimerExitsAtOnce(t *testing.T) {
	start := time.Now()
	expect(t, `const log = require('log'); const t = setTimeout(() => log('no'), 5000); t.unref(); log(t.hasRef());`, "false", 0)
	if time.Since(start) > 3*time.Second {
		t.Fatal("unref'd timer held the loop")
	}
}

func TestRefTimerKeepsAlive(t *testing.T) {
	expect(t, `const log = require('log'); const t = setTimeout(() => log('fired'), 30); t.unref(); t.ref(); log(t.hasRef());`, "true\nfired", 0)
}

func TestBeforeExitCanReschedule(t *testing.T) {
	expect(t, `const log = require('log'); let n = 0;
process.on('beforeExit', (code) => { log('beforeExit', code, n); if (n++ < 2) setTimeout(() => log('more'), 1); });
process.on('exit', (code) => log('exit', code));`, "beforeExit 0 0\nmore\nbeforeExit 0 1\nmore\nbeforeExit 0 2\nexit 0", 0)
}

func TestExitCodeAndExit(t *testing.T) {
	expect(t, `const log = require('log'); process.exitCode = 3; process.on('exit', (c) => { log('exit', c); process.exitCode = 4; });`, "exit 3", 4)
	expect(t, `const log = require('log'); process.on('exit', (c) => { log('exit', c); process.exit(6); log('not here'); }); setTimeout(() => log('no'), 100); process.exit(5); log('after');`, "exit 5", 6)
}

func TestUncaughtException(t *testing.T) {
	stderr := expect(t, "const log = require('log');\nprocess.on('exit', (c) => log('exit', c));\nthrow new Error('boom');\n", "exit 1", 1)
	for _, want := range []string{"main.js:3", "throw new Error('boom');", "^", "Error: boom"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestUncaughtExceptionHandler(t *testing.T) {
	expect(t, `const log = require('log');
process.on('uncaughtException', (e, origin) => log('caught', e.message, origin));
setTimeout(() => { throw new Error('late'); }, 1);
setTimeout(() => log('still alive'), 5);`, "caught late uncaughtException\nstill alive", 0)
}

// TestGoTaskThrows checks a CallGo task that throws: through CallFrom, the
// 'uncaughtException' listener runs before the promise jobs the callback
// queued (as in node); thrown from a getter the task read, the exception
// still reaches the listener and the loop runs on.
func TestGoTaskThrows(t *testing.T) {
	expect(t, `const log = require('log'); const goTask = require('goTask');
let caught = 0;
process.on('uncaughtException', (e) => { caught++; log('caught', e.message); });
goTask({ f() { const n = caught; Promise.resolve().then(() => log('job after listener', caught > n)); throw new Error('from call'); } }, 'f');
setTimeout(() => goTask({ get x() { throw new Error('from getter'); } }, 'x'), 2);
setTimeout(() => log('after', [1, 2, 3].map((x) => x * 2).join()), 10);`,
		"caught from call\njob after listener true\ncaught from getter\nafter 2,4,6", 0)
}

func TestUnhandledRejection(t *testing.T) {
	// The report starts where the Error was made, as node's does.
	stderr := expect(t, "function make() {\n  return new Error('nope');\n}\nPromise.reject(make());\n", "", 1)
	if want := "main.js:2\n  return new Error('nope');\n         ^\n\nError: nope"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
	expect(t, `const log = require('log'); process.on('unhandledRejection', (r) => log('unhandled', r.message)); Promise.reject(new Error('nope')); const p = Promise.reject(new Error('handled')); p.catch(() => log('caught'));`, "caught\nunhandled nope", 0)
}

func TestRequireResolution(t *testing.T) {
	out, stderr, code := run(t, `const log = require('log');
const a = require('./a'); log(a.name, require('./a') === a);
log(require('./data.json').x);
log(require('./dir').dir);
log(require('pkg').pkg);
log(require.main === module, module.id === '.' || module.id === __filename);
try { require('./missing'); } catch (e) { log(e.code, e.message.split('\n')[0]); }
log(require('node:events') === require('events'));
log(typeof require.cache[require.resolve('./a')]);
log(require('./cycle-a').done);`,
		"a.js", "exports.name = 'a';",
		"data.json", `{"x": 42}`,
		"dir/index.js", "module.exports = {dir: 'index'};",
		"node_modules/pkg/package.json", `{"main": "lib/main.js"}`,
		"node_modules/pkg/lib/main.js", "exports.pkg = 'pkg-main';",
		"cycle-a.js", "exports.done = false; const b = require('./cycle-b'); exports.done = b.sawPartial;",
		"cycle-b.js", "exports.sawPartial = require('./cycle-a').done === false;",
	)
	want := "a true\n42\nindex\npkg-main\ntrue true\nMODULE_NOT_FOUND Cannot find module './missing'\ntrue\nobject\ntrue"
	if out != want || code != 0 {
		t.Fatalf("got %q code %d, want %q; stderr %s", out, code, want, stderr)
	}
}

func TestProcessBasics(t *testing.T) {
	out, stderr, code := run(t, `const log = require('log');
log(process.argv.length, process.argv[1].endsWith('main.js'), typeof process.pid, process.platform, process.version);
process.env.GONODE_X = 12; log(typeof process.env.GONODE_X, process.env.GONODE_X, 'GONODE_X' in process.env);
delete process.env.GONODE_X; log(process.env.GONODE_X);
const t = process.hrtime(); log(t.length, typeof process.hrtime.bigint());
log(process.memoryUsage().rss > 0, process.uptime() >= 0, typeof process.cpuUsage().user);
try { process.kill(999999999, 0); } catch (e) { log(e.code, e.syscall); }
try { process.nextTick(1); } catch (e) { log(e.code); }`)
	want := "2 true number linux " + runtime.NodeVersion + "\nstring 12 true\nundefined\n2 bigint\ntrue true number\nESRCH kill\nERR_INVALID_ARG_TYPE"
	if out != want || code != 0 {
		t.Fatalf("got %q code %d, want %q; stderr %s", out, code, want, stderr)
	}
}

func TestSignalListener(t *testing.T) {
	expect(t, `const log = require('log');
process.on('SIGUSR2', (s) => { log('got', s); clearInterval(iv); });
const iv = setInterval(() => {}, 1000);
process.kill(process.pid, 'SIGUSR2');`, "got SIGUSR2", 0)
}

func TestContextStopsRuntime(t *testing.T) {
	dir := t.TempDir()
	main := filepath.Join(dir, "main.js")
	if err := os.WriteFile(main, []byte(`setInterval(() => {}, 10);`), 0o644); err != nil {
		t.Fatal(err)
	}
	rt, err := runtime.New(runtime.Options{Script: main, Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := rt.Run(ctx); err != context.DeadlineExceeded {
		t.Fatalf("Run = %v, want deadline exceeded", err)
	}
}

func TestAsyncAndPost(t *testing.T) {
	out, _, code := runWithAsync(t)
	if out != "before\nworked 42" || code != 0 {
		t.Fatalf("got %q code %d", out, code)
	}
}

// runWithAsync exercises Runtime.Async from a Go-backed module.
func runWithAsync(t *testing.T) (string, string, int) {
	var lines []string
	var errBuf bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &bytes.Buffer{}, Stderr: &errBuf,
		Modules: map[string]runtime.ModuleLoader{
			"work": func(rt *runtime.Runtime, module *goja.Object) error {
				return module.Set("exports", func(cb goja.Value) {
					rt.Async(func() func() {
						n := 6 * 7
						return func() { rt.Call(cb, nil, rt.VM().ToValue(n)) }
					})
				})
			},
			"log": func(rt *runtime.Runtime, module *goja.Object) error {
				return module.Set("exports", func(s string) { lines = append(lines, s) })
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	code, err := rt.RunSource(context.Background(), "[eval]", `const log = require('log'); require('work')((n) => log('worked ' + n)); log('before');`)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n"), errBuf.String(), code
}

// phases runs src with native helpers that queue a JS callback through
// Post (the I/O phase), Pending and Closing.
func phases(t *testing.T, src string) string {
	t.Helper()
	var lines []string
	var errBuf bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &bytes.Buffer{}, Stderr: &errBuf,
		Modules: map[string]runtime.ModuleLoader{
			"phases": func(rt *runtime.Runtime, module *goja.Object) error {
				o := rt.VM().NewObject()
				queue := func(add func(func())) func(goja.Value) {
					return func(cb goja.Value) { add(func() { rt.Call(cb, goja.Undefined()) }) }
				}
				_ = o.Set("post", queue(rt.Post))
				_ = o.Set("pending", queue(rt.Pending))
				_ = o.Set("closing", queue(rt.Closing))
				_ = o.Set("log", func(s string) { lines = append(lines, s) })
				return module.Set("exports", o)
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := rt.RunSource(ctx, "[eval]", src); err != nil {
		t.Fatalf("run: %v (stderr %q)", err, errBuf.String())
	}
	return strings.Join(lines, " ")
}

// TestPendingAndClosingPhases checks libuv's order within one iteration:
// I/O callbacks, pending callbacks (also those they queue), immediates,
// closing callbacks, the newest first (libuv pushes closing handles on a
// list it runs from the head); a closing callback queued while closing
// runs in the next iteration, after its immediates.
func TestPendingAndClosingPhases(t *testing.T) {
	got := phases(t, `const { post, pending, closing, log } = require('phases');
post(() => {
  log('io');
  closing(() => {
    log('close1');
    setImmediate(() => log('immediate-next'));
    closing(() => log('close-next'));
  });
  setImmediate(() => { log('immediate'); closing(() => log('close-from-immediate')); });
  pending(() => { log('pending1'); pending(() => log('pending2')); });
  process.nextTick(() => log('tick'));
});`)
	want := "io tick pending1 pending2 immediate close-from-immediate close1 immediate-next close-next"
	if got != want {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
}

// TestPendingRunsBeforeNextIO checks that pending work queued outside the
// I/O phase (here by a timer) runs before the next I/O callbacks, and that
// queued pending and closing work keeps the loop alive.
func TestPendingRunsBeforeNextIO(t *testing.T) {
	got := phases(t, `const { post, pending, closing, log } = require('phases');
setTimeout(() => {
  post(() => log('io'));
  pending(() => log('pending'));
  closing(() => closing(() => log('closed late')));
}, 1);`)
	if want := "pending io closed late"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// TestActiveHandlesAndRequests checks process._getActiveHandles and
// _getActiveRequests against handles a module makes: owners of the ref'd,
// listed handles in the order they were made (none for a handle without a
// resource or an owner, or unref'd), a closed one until the closing phase;
// an object per request, of a class named by its resource, the same one at
// each call.
func TestActiveHandlesAndRequests(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &out, Stderr: &out,
		Modules: map[string]runtime.ModuleLoader{
			"handles": func(rt *runtime.Runtime, module *goja.Object) error {
				vm := rt.VM()
				o := vm.NewObject()
				_ = o.Set("log", func(s string) { out.WriteString(s + "\n") })
				// open(owner, resource) makes a listed handle, returning
				// {unref, close}.
				_ = o.Set("open", func(owner goja.Value, resource string) *goja.Object {
					h := rt.NewHandle("test")
					h.SetResource(resource)
					if !goja.IsUndefined(owner) {
						h.SetOwner(func() goja.Value { return owner })
					}
					c := vm.NewObject()
					_ = c.Set("unref", h.Unref)
					_ = c.Set("close", h.Close)
					return c
				})
				// request(resource, cb) runs cb once a request listed as
				// resource has completed.
				_ = o.Set("request", func(resource string, cb goja.Value) {
					rt.AsyncRequest(resource, func() func() {
						return func() { rt.Call(cb, goja.Undefined()) }
					})
				})
				return module.Set("exports", o)
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, err = rt.RunSource(ctx, "[eval]", `const { open, request, log } = require('handles');
const a = { name: 'a' }, b = { name: 'b' }, c = { name: 'c' };
const ha = open(a, 'TCPServerWrap');
const hp = open(undefined, 'PipeWrap'); // listed by getActiveResourcesInfo only
const hb = open(b, 'TCPSocketWrap');
const hc = open(c, '');      // not listed at all
const names = () => process._getActiveHandles().map((h) => h.name).join(',');
log('handles ' + names());
hb.unref();
log('unref ' + names());
ha.close();
log('closed ' + names());
setImmediate(() => log('immediate ' + names()));
setImmediate(setImmediate, () => {
  log('after closing phase ' + names());
  request('FSReqCallback', () => {});
  request('GetAddrInfoReqWrap', () => {});
  const r = process._getActiveRequests();
  log('requests ' + r.map((x) => x.constructor.name).join(',') + ' ' + (r[0] === process._getActiveRequests()[0]));
  hp.close();
  hc.close();
});`)
	if err != nil {
		t.Fatalf("run: %v (output %q)", err, out.String())
	}
	want := `handles a,b
unref a
closed a
immediate a
after closing phase 
requests FSReqCallback,GetAddrInfoReqWrap true
`
	if out.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", out.String(), want)
	}
}
