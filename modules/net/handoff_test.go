package net_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/gonode/gonode/internal/testbin"
	"github.com/gonode/gonode/modules/net/nettest"
)

// plainGonode returns gonode built without the race detector (gonodeBin
// when the tests themselves run without it). The race detector slows the
// JavaScript interpreter about tenfold, and handing sockets over is
// sequential (each waits for the peer's NODE_HANDLE_ACK), so a test of
// thousands of handoffs runs this build; the race-detecting build runs the
// same code paths in the other handle-passing tests.
var plainGonode = sync.OnceValues(func() (string, error) {
	if !nettest.Race {
		return gonodeBin, nil
	}
	dir := filepath.Join(testDir, "plain")
	if err := os.Mkdir(dir, 0o755); err != nil {
		return "", err
	}
	return testbin.Build(dir)
})

// handoffParent passes N sockets to a child, alternating an accepted socket
// (the child answers the client) and a connected one (the child answers
// the server side), 32 at a time, and prints the open descriptors of both
// processes after a warm-up and after the N handoffs, as JSON. The child
// reports its count once all its sockets have closed, so nothing is in
// flight when the counts are taken.
const handoffParent = `
const net = require('net');
const fs = require('fs');
const { fork } = require('child_process');
const total = Number(process.argv[3]);
const child = fork('./child.js', { execPath: process.argv[2], execArgv: [] });
const fds = (pid) => fs.readdirSync('/proc/' + pid + '/fd').length;
const server = net.createServer((s) => {
  if (s.remotePort % 2 === 0) {
    child.send('accepted', s);
    return;
  }
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => { if (got !== 'to server') throw new Error('server side got ' + got); });
  s.on('close', finished);
});
let started = 0;
let done = 0;
let target = 0;
let onTarget;
function finished() {
  done++;
  if (done === target) onTarget();
  else if (started < target) connect();
}
function connect() {
  started++;
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = false;
  c.on('connect', () => {
    // The server sends the sockets of even client ports.
    sent = c.localPort % 2 === 1;
    if (sent) child.send('connected', c);
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', () => {
    if (!sent) {
      if (got !== 'to client') throw new Error('client got ' + got);
      finished();
    }
  });
}
// run makes n handoffs, then asks the child for its count once its sockets
// have closed.
function run(n, then) {
  target += n;
  onTarget = () => {
    child.send('count');
    child.once('message', (m) => then(m));
  };
  for (let i = 0; i < 32 && started < target; i++) connect();
}
server.listen(0, '127.0.0.1', () => {
  run(64, () => {
    const before = { parent: fds(process.pid), child: fds(child.pid) };
    const t0 = Date.now();
    run(total, () => {
      const after = { parent: fds(process.pid), child: fds(child.pid) };
      console.log(JSON.stringify({ before, after, handoffs: done - 64, ms: Date.now() - t0 }));
      server.close();
      child.disconnect();
    });
  });
});
`

const handoffChild = `
let open = 0;
let countWanted = false;
function report() {
  if (countWanted && open === 0) {
    countWanted = false;
    process.send('counted');
  }
}
process.on('message', (m, s) => {
  if (m === 'count') {
    countWanted = true;
    report();
    return;
  }
  open++;
  s.on('close', () => { open--; report(); });
  s.end(m === 'accepted' ? 'to client' : 'to server');
});
`

// TestHandoffLeaks: 5,000 sockets passed from parent to child (accepted and
// connected ones, each answered by the child) leave both processes' open
// descriptors as they were. It runs alone: its duration is bounded by
// the round trips of the handoffs, which other processes would slow.
func TestHandoffLeaks(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{"parent.js": handoffParent, "child.js": handoffChild} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin, err := plainGonode()
	if err != nil {
		t.Fatal(err)
	}
	// 5,000 handoffs are as many sequential round trips between the two
	// processes: 13-20 s on a busy 2-core machine, so a generous bound.
	p := nettest.StartWithin(t, 3*time.Minute, dir, bin, "parent.js", bin, strconv.Itoa(5000))
	var r struct {
		Before, After struct{ Parent, Child int }
		Handoffs, Ms  int
	}
	line := p.Line()
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		t.Fatalf("%q: %v; stderr:\n%s", line, err, p.Stderr())
	}
	t.Logf("%d handoffs in %d ms; descriptors %+v -> %+v", r.Handoffs, r.Ms, r.Before, r.After)
	if r.Handoffs != 5000 {
		t.Fatalf("%d handoffs", r.Handoffs)
	}
	// A small allowance: a descriptor the runtime opens lazily.
	const slack = 2
	if r.After.Parent > r.Before.Parent+slack || r.After.Child > r.Before.Child+slack {
		t.Fatalf("descriptors leaked: before %+v, after %+v", r.Before, r.After)
	}
	p.ExpectExit(0)
}
