package ipc

import (
	"net"
	"testing"
)

// Regression tests for bugs FuzzReader found.

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
	if !f.Internal || f.Cmd != "NODE_HANDLE" || f.File == nil {
		t.Fatalf("escaped NODE_HANDLE: internal=%v cmd=%q file=%v", f.Internal, f.Cmd, f.File)
	}
	f.File.Close()
	if f := r.next(t); f.File != nil {
		f.File.Close()
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
