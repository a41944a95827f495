package workerthreads_test

import (
	"bytes"
	"context"
	"os"
	goruntime "runtime"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/gonode/gonode/modules/all"
	"github.com/gonode/gonode/runtime"
)

// syncBuffer is a bytes.Buffer that several goroutines may write.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// run runs source as a main program and returns its exit code and output.
func run(t *testing.T, source string) (int, string, string) {
	t.Helper()
	var out, errOut syncBuffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Env: []string{"WT=1"}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	code, err := rt.RunSource(ctx, "[test]", source)
	if err != nil {
		t.Fatalf("run: %v\nstderr:\n%s", err, errOut.String())
	}
	return code, out.String(), errOut.String()
}

func openFDs(t *testing.T) int {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd:", err)
	}
	return len(entries)
}

// settle waits until the goroutine count is at most want (goroutines that
// have posted their last message may still be returning).
func settle(want int) int {
	deadline := time.Now().Add(10 * time.Second)
	n := goruntime.NumGoroutine()
	for n > want && time.Now().Before(deadline) {
		goruntime.Gosched()
		time.Sleep(10 * time.Millisecond)
		n = goruntime.NumGoroutine()
	}
	return n
}

// manyWorkers starts 48 workers, 8 at a time, that end every way a worker
// can: naturally, by process.exit, by an uncaught exception, by
// terminate() while busy, and unref'd ones left running at the end.
const manyWorkers = `
const { Worker } = require('worker_threads');
const kinds = ['natural', 'exit', 'throw', 'terminate', 'stdout', 'channel'];
const summary = {};
let started = 0, finished = 0;
function start() {
  if (started === 48) return;
  const kind = kinds[started % kinds.length];
  started++;
  const w = new Worker(` + "`" + `
    const { parentPort, workerData } = require('worker_threads');
    const kind = workerData;
    for (let i = 0; i < 20; i++) parentPort.postMessage(i);
    if (kind === 'exit') process.exit(4);
    if (kind === 'throw') throw new TypeError('boom');
    if (kind === 'terminate') { parentPort.postMessage('spin'); for (;;) {} }
    if (kind === 'stdout') console.log('line from a worker');
    if (kind === 'channel') {
      const { port1, port2 } = new MessageChannel();
      port2.on('message', (m) => { parentPort.postMessage(m); port2.close(); });
      port1.postMessage('via channel');
    }
  ` + "`" + `, { eval: true, workerData: kind });
  let count = 0;
  w.on('message', (m) => {
    if (typeof m === 'number') count++;
    if (m === 'spin') w.terminate();
  });
  let error = '';
  w.on('error', (e) => { error = e.name + ':' + e.message; });
  w.on('exit', (code) => {
    const key = kind + ' ' + code + ' ' + count + ' ' + error;
    summary[key] = (summary[key] || 0) + 1;
    finished++;
    if (finished === 48) {
      for (const k of Object.keys(summary).sort()) console.log(k, summary[k]);
      // Left running when the parent ends: they must be stopped with it.
      for (let i = 0; i < 3; i++) {
        const idle = new Worker('setInterval(() => {}, 1000); require("worker_threads").parentPort.on("message", () => {})', { eval: true });
        idle.unref();
      }
    } else {
      start();
    }
  });
}
for (let i = 0; i < 8; i++) start();
`

func TestManyWorkersNoLeaks(t *testing.T) {
	run(t, `1`) // start what the process starts once (fdpoll)
	baseG := settle(0)
	baseFD := openFDs(t)

	code, out, errOut := run(t, manyWorkers)
	if code != 0 {
		t.Fatalf("exit code %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	want := []string{
		"channel 0 20  8",
		"exit 4 20  8",
		"natural 0 20  8",
		"stdout 0 20  8",
		"terminate 1 20  8",
		"throw 1 20 TypeError:boom 8",
	}
	var got []string
	lines := 0
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "line from a worker" {
			lines++
		} else {
			got = append(got, l)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") || lines != 8 {
		t.Errorf("got:\n%s\n(%d worker lines), want:\n%s\n(8 worker lines)\nstderr:\n%s", strings.Join(got, "\n"), lines, strings.Join(want, "\n"), errOut)
	}
	if n := settle(baseG); n > baseG {
		buf := make([]byte, 1<<20)
		buf = buf[:goruntime.Stack(buf, true)]
		t.Errorf("%d goroutines after the workers ended, %d before:\n%s", n, baseG, buf)
	}
	if n := openFDs(t); n > baseFD {
		t.Errorf("%d open descriptors after the workers ended, %d before", n, baseFD)
	}
}

// TestTerminateBusyWorker checks that terminate() interrupts JavaScript
// that never yields, and that messages from the parent reach a worker in
// order.
func TestTerminateBusyWorker(t *testing.T) {
	code, out, errOut := run(t, `
const { Worker } = require('worker_threads');
const w = new Worker(`+"`"+`
  const { parentPort } = require('worker_threads');
  let expect = 0;
  parentPort.on('message', (m) => {
    if (m !== expect++) parentPort.postMessage('out of order');
    if (m === 999) { parentPort.postMessage('all'); for (;;) {} }
  });
`+"`"+`, { eval: true });
for (let i = 0; i < 1000; i++) w.postMessage(i);
w.on('message', async (m) => {
  console.log(m);
  if (m === 'all') console.log('terminated', await w.terminate());
});
`)
	if code != 0 || out != "all\nterminated 1\n" {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestWorkerEnvIsolation checks that process.env in a worker is a copy,
// and that SHARE_ENV shares it, with concurrent access from both threads.
func TestWorkerEnvIsolation(t *testing.T) {
	code, out, errOut := run(t, `
const { Worker, SHARE_ENV } = require('worker_threads');
const code = 'for (let i = 0; i < 2000; i++) process.env["K" + (i % 10)] = String(i);';
const a = new Worker(code, { eval: true });
a.on('exit', () => {
  console.log('copy', process.env.K9);
  const b = new Worker(code, { eval: true, env: SHARE_ENV });
  for (let i = 0; i < 2000; i++) process.env.MAIN = String(i);
  b.on('exit', () => console.log('shared', process.env.K9, process.env.WT));
});
`)
	if code != 0 || out != "copy undefined\nshared 1999 1\n" {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
}
