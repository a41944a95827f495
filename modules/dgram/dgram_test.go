package dgram_test

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"testing"

	"github.com/gonode/gonode/modules/net/nettest"
)

var gonodeBin string

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "dgram-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	if gonodeBin, err = nettest.Build(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}

func script(t *testing.T, files map[string]string, args ...string) *nettest.Proc {
	t.Helper()
	return nettest.Script(t, gonodeBin, files, args...)
}

// TestRoundTripWithGoPeer: a gonode UDP echo server and a Go client; rinfo
// carries the client's family.
func TestRoundTripWithGoPeer(t *testing.T) {
	t.Parallel()
	p := script(t, map[string]string{"main.js": `
const s = require('dgram').createSocket('udp4');
let n = 0;
s.on('message', (msg, rinfo) => {
  s.send(Buffer.concat([Buffer.from(rinfo.family + ':'), msg]), rinfo.port, rinfo.address, () => {
    if (++n === 20) s.close(() => console.log('closed'));
  });
});
s.bind(0, '127.0.0.1', () => console.log(s.address().port));
`}, "main.js")
	c, err := net.Dial("udp", "127.0.0.1:"+p.Line())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	buf := make([]byte, 2048)
	for i := 0; i < 20; i++ {
		msg := fmt.Sprintf("datagram %d", i)
		if _, err := c.Write([]byte(msg)); err != nil {
			t.Fatal(err)
		}
		n, err := c.Read(buf)
		if err != nil || string(buf[:n]) != "IPv4:"+msg {
			t.Fatalf("got %q, %v", buf[:n], err)
		}
	}
	p.ExpectExit(0, "closed")
}

// TestBindEADDRINUSE: a port held by a Go socket.
func TestBindEADDRINUSE(t *testing.T) {
	t.Parallel()
	pc, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	port := pc.LocalAddr().(*net.UDPAddr).Port
	p := script(t, map[string]string{"main.js": `
const s = require('dgram').createSocket('udp4');
s.on('error', (e) => console.log(e.message, e.code, e.errno, e.syscall, e.address, e.port));
s.bind(+process.argv[2], '127.0.0.1');
`}, "main.js", strconv.Itoa(port))
	p.ExpectExit(0, fmt.Sprintf("bind EADDRINUSE 127.0.0.1:%d EADDRINUSE -98 bind 127.0.0.1 %d", port, port))
}

// TestHandlePassing: a bound dgram.Socket sent to a child (dgramType kept);
// datagrams to the port reach both processes.
func TestHandlePassing(t *testing.T) {
	t.Parallel()
	p := script(t, map[string]string{
		"parent.js": `
const dgram = require('dgram');
const child = require('child_process').fork('./child.js');
const s = dgram.createSocket('udp6');
s.on('message', (m, r) => s.send('parent', r.port, r.address));
s.bind(0, '::1', () => {
  child.send('sock', s);
  child.on('message', (m) => {
    console.log(m);
    const c = dgram.createSocket('udp6');
    const who = new Set();
    let n = 0;
    c.on('message', (msg) => {
      who.add(String(msg));
      if (who.size === 2 || ++n === 2000) {
        console.log([...who].sort().join());
        child.kill();
        c.close();
        s.close();
      } else {
        c.send('x', s.address().port, '::1');
      }
    });
    c.send('x', s.address().port, '::1');
  });
});
`,
		"child.js": `
process.on('message', (m, sock) => {
  sock.on('message', (msg, r) => sock.send('child', r.port, r.address));
  process.send('child got ' + sock.type + ' bound ' + (sock.address().port > 0));
});
`}, "parent.js")
	p.ExpectExit(0, "child got udp6 bound true", "child,parent")
}
