package net_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gonode/gonode/modules/net/nettest"
)

// TestChildDiesHoldingServer: the parent passes its listening server to two
// children; one is killed (SIGKILL) while it holds the server. The parent
// and the surviving child go on accepting: every later connection is
// answered, by both of them.
func TestChildDiesHoldingServer(t *testing.T) {
	t.Parallel()
	parent := `
const net = require('net');
const { fork } = require('child_process');
const server = net.createServer((s) => s.end('parent'));
const children = [0, 1].map(() => fork('./child.js', { execPath: process.argv[2], execArgv: [] }));
let ready = 0;
server.listen(0, '127.0.0.1', () => {
  for (const c of children) {
    c.send('server', server);
    c.once('message', () => { if (++ready === 2) kill(); });
  }
});
function kill() {
  const [victim, survivor] = children;
  victim.kill('SIGKILL');
  victim.on('exit', (code, signal) => {
    console.log('victim', signal);
    // Every connection must be answered; stop once both the parent and
    // the survivor have answered (and after at least 50).
    const seen = new Set();
    let n = 0;
    (function next() {
      const c = net.connect(server.address().port, '127.0.0.1');
      let d = '';
      c.on('data', (x) => { d += x; });
      c.on('error', (e) => { throw e; });
      c.on('close', () => {
        if (d !== 'parent' && d !== 'child ' + survivor.pid) throw new Error('answer ' + d);
        seen.add(d === 'parent' ? 'parent' : 'child');
        if (++n < 50 || seen.size < 2) return next();
        console.log([...seen].sort().join());
        survivor.disconnect();
        server.close();
      });
    })();
  });
}
`
	child := `
process.on('message', (m, server) => {
  server.on('connection', (s) => s.end('child ' + process.pid));
  process.on('disconnect', () => server.close());
  process.send('ready');
});
`
	dir := t.TempDir()
	for name, src := range map[string]string{"parent.js": parent, "child.js": child} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ name, child string }{{"gonode child", gonodeBin}, {"node child", nodeBin}} {
		t.Run(c.name, func(t *testing.T) {
			p := nettest.Start(t, dir, gonodeBin, "parent.js", c.child)
			p.ExpectExit(0, "victim SIGKILL", "child,parent")
		})
	}
}
