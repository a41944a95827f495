package net

import (
	"bufio"
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// TestTakeReader: Go code takes a server socket's reads, consumes a header
// up to a blank line on its own goroutine, and gives back the rest: the
// socket then emits the unread bytes and what follows as 'data', and 'end'.
func TestTakeReader(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &out,
		Stderr: &out,
		Modules: map[string]runtime.ModuleLoader{
			"take": func(rt *runtime.Runtime, module *goja.Object) error {
				return module.Set("exports", func(socket *goja.Object, done goja.Value) {
					r, release, ok := TakeReader(rt, socket)
					if !ok {
						panic(rt.VM().NewTypeError("cannot take"))
					}
					if _, _, again := TakeReader(rt, socket); again {
						panic(rt.VM().NewTypeError("taken twice"))
					}
					go func() {
						br := bufio.NewReader(r)
						var head strings.Builder
						for {
							line, err := br.ReadString('\n')
							head.WriteString(line)
							if err != nil || line == "\n" {
								break
							}
						}
						unread, _ := br.Peek(br.Buffered())
						release(unread, nil)
						rt.Post(func() { rt.Call(done, goja.Undefined(), rt.VM().ToValue(head.String())) })
						if _, err := r.Read(make([]byte, 1)); err == nil {
							panic("read after release")
						}
					}()
				})
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	src := `
const net = require('net');
const take = require('take');
const server = net.createServer((s) => {
  let body = '';
  take(s, (head) => {
    process.stdout.write('head ' + JSON.stringify(head) + '\n');
    s.on('data', (d) => { body += d; });
    s.on('end', () => {
      process.stdout.write('body ' + JSON.stringify(body) + '\n');
      s.end();
      server.close();
    });
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('a: 1\nb: 2\n\nbody start;');
    c.end(' more body');
  });
  c.resume();
});
`
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	code, err := rt.RunSource(ctx, "take-test.js", src)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v: %s", code, err, out.String())
	}
	want := "head \"a: 1\\nb: 2\\n\\n\"\nbody \"body start; more body\"\n"
	if out.String() != want {
		t.Fatalf("output:\n%s\nwant:\n%s", out.String(), want)
	}
}
