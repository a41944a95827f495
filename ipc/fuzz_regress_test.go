package ipc

import (
	"encoding/json"
	"net"
	"strings"
	"testing"
)

// Regression tests for bugs the fuzzers found.

// A "cmd" spelled with escapes inside its "NODE_" prefix is still internal:
// JSON.parse sees "NODE_HANDLE", so node ACKs it and takes its descriptor.
// The reader used to test the prefix on the raw bytes, leaving the
// descriptor for a later NODE_HANDLE.
func TestEscapedCmdClaimsHandle(t *testing.T) {
	checkNoFDLeak(t)
	c, peer := rawPair(t)
	r := startReceiver(t, c)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	lf, err := ln.(*net.TCPListener).File()
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	const frame = `{"cmd":"\u004eODE\u005fHANDLE","type":"net.Server","msg":"escaped"}` + "\n"
	sendRaw(t, peer, frame, int(lf.Fd()))
	sendRaw(t, peer, `{"cmd":"NODE_HANDLE","type":"net.Server","msg":"plain"}`+"\n")
	f := r.next(t)
	if !f.Internal || f.Cmd != "NODE_HANDLE" || !f.FD.Valid() {
		t.Fatalf("escaped NODE_HANDLE: internal=%v cmd=%q file=%v", f.Internal, f.Cmd, f.FD)
	}
	f.FD.Close()
	if f := r.next(t); f.FD.Valid() {
		f.FD.Close()
		t.Fatal("the next NODE_HANDLE got a descriptor that was not sent with it")
	}

	// node agrees: it ACKs the escaped frame and delivers the server.
	n := startNodeChild(t, `process.on('message', (m, srv) => { process.send(m + ':' + typeof srv.listen); srv.close(); });`)
	n.send(t, frame, lf)
	lf.Close()
	if f := n.r.next(t); string(f.Data) != `{"cmd":"NODE_HANDLE_ACK"}` {
		t.Fatalf("node: want ACK, got %q", f.Data)
	}
	if f := n.r.next(t); string(f.Data) != `"escaped:function"` {
		t.Fatalf("node: got %q", f.Data)
	}
	n.finish(t)
}

// V8 quotes the whole text in "Unexpected token" messages only when it is
// shorter than 21 UTF-16 units; Decode used to quote 21-unit texts whole too.
func TestSyntaxErrorContextBoundary(t *testing.T) {
	var texts []string
	for n := 18; n <= 24; n++ {
		for _, pos := range []int{0, n / 2, n - 1} {
			b := []byte(strings.Repeat("[", n))
			b[pos] = 'A'
			texts = append(texts, string(b))
		}
	}
	checkSyntaxErrorsMatchNode(t, texts)
}

// A backslash followed by a character past U+00FF is an unexpected token for
// V8, not a bad escape; Decode used to call it a bad escape.
func TestEscapedNonLatin1(t *testing.T) {
	var texts []string
	for _, c := range []string{"x", "\u00e9", "\u00ff", "\u0100", "\u2028", "\ufeff", "😀", "\u0001"} {
		texts = append(texts, `"\`+c+`"`, `{"a":["\`+c+`"]}`)
	}
	// Invalid UTF-8 after the backslash: one U+FFFD, past U+00FF.
	texts = append(texts, "\"\\\xff\"")
	checkSyntaxErrorsMatchNode(t, texts)
}

// checkSyntaxErrorsMatchNode checks that Decode rejects each text with the
// error node's JSON.parse gives (invalid UTF-8 reaches node as U+FFFD).
func checkSyntaxErrorsMatchNode(t *testing.T, texts []string) {
	t.Helper()
	in, _ := json.Marshal(texts)
	out := runNode(t, `
for (const text of JSON.parse(require('fs').readFileSync(0, 'utf8'))) {
  try { JSON.parse(text); console.log('parsed'); } catch (e) { console.log(JSON.stringify(e.name + ': ' + e.message)); }
}`, in)
	want := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(want) != len(texts) {
		t.Fatalf("node printed %d lines for %d texts", len(want), len(texts))
	}
	vm := newVM(t)
	for i, text := range texts {
		_, err := Decode(vm, []byte(text))
		if err == nil {
			t.Fatalf("%q: no error", text)
		}
		// As strings: JS sees invalid UTF-8 in Go's view of the message
		// as U+FFFD, and node's lone surrogates arrive as U+FFFD too.
		var w string
		if err := json.Unmarshal([]byte(want[i]), &w); err != nil {
			t.Fatalf("node printed %q: %v", want[i], err)
		}
		if got := string([]rune(errorText(vm, err))); got != w {
			t.Errorf("%q:\n got %q\nwant %q", text, got, w)
		}
	}
}
