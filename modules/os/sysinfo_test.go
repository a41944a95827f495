package os

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/user"
	"strconv"
	"strings"
	"testing"

	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

func TestCPUs(t *testing.T) {
	cpus, err := CPUs()
	if err != nil {
		t.Fatal(err)
	}
	stat, err := os.ReadFile("/proc/stat")
	if err != nil {
		t.Fatal(err)
	}
	lines := 0
	for _, l := range strings.Split(string(stat), "\n") {
		if len(l) > 3 && strings.HasPrefix(l, "cpu") && l[3] >= '0' && l[3] <= '9' {
			lines++
		}
	}
	if len(cpus) != lines || len(cpus) < AvailableParallelism() {
		t.Fatalf("%d cpus, %d cpuN lines, parallelism %d", len(cpus), lines, AvailableParallelism())
	}
	for i, c := range cpus {
		for _, v := range []int64{c.User, c.Nice, c.Sys, c.Idle, c.IRQ} {
			if v < 0 || v%10 != 0 {
				t.Errorf("cpu %d: time %d is not a non-negative multiple of 10 ms", i, v)
			}
		}
		if c.Model == "" || c.Speed < 0 {
			t.Errorf("cpu %d: model %q speed %d", i, c.Model, c.Speed)
		}
	}
}

func TestMemoryUptimeUname(t *testing.T) {
	total, free, err := Memory()
	if err != nil || total <= 0 || free <= 0 || free > total {
		t.Fatalf("memory total %d free %d err %v", total, free, err)
	}
	var si unix.Sysinfo_t
	if err := unix.Sysinfo(&si); err != nil {
		t.Fatal(err)
	}
	if want := int64(si.Totalram) * int64(si.Unit); total != want {
		t.Errorf("MemTotal %d, sysinfo says %d", total, want)
	}
	up, err := Uptime()
	if err != nil || up <= 0 || up+5 < float64(si.Uptime) {
		t.Errorf("uptime %v (sysinfo %d) err %v", up, si.Uptime, err)
	}
	u, err := GetUname()
	if err != nil || u.Sysname != "Linux" || u.Release == "" || u.Machine == "" {
		t.Errorf("uname %+v err %v", u, err)
	}
	host, err := os.Hostname()
	if err != nil || host != u.Nodename {
		t.Errorf("nodename %q, os.Hostname %q (%v)", u.Nodename, host, err)
	}
}

func TestLookupUID(t *testing.T) {
	me, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	uid, _ := strconv.Atoi(me.Uid)
	p, err := LookupUID(uid)
	if err != nil {
		t.Fatal(err)
	}
	if p.Username != me.Username || p.Homedir != me.HomeDir || strconv.Itoa(p.GID) != me.Gid {
		t.Errorf("passwd %+v, os/user %+v", p, me)
	}
	if _, err := LookupUID(-5); !errors.Is(err, unix.ENOENT) {
		t.Errorf("unknown uid: %v", err)
	}
}

func TestNetworkInterfacesHasLoopback(t *testing.T) {
	addrs, err := NetworkInterfaces()
	if err != nil {
		t.Fatal(err)
	}
	seenV6 := false
	for i, a := range addrs {
		if a.Family == "IPv6" {
			seenV6 = true
		} else if seenV6 {
			t.Fatalf("IPv4 entry %d after IPv6 ones", i)
		}
		if a.Address == "127.0.0.1" {
			if !a.Internal || a.CIDR != "127.0.0.1/8" || a.Netmask != "255.0.0.0" || a.MAC != "00:00:00:00:00:00" {
				t.Errorf("loopback %+v", a)
			}
			return
		}
	}
	t.Fatalf("no 127.0.0.1 in %+v", addrs)
}

// TestSystemErrorShape runs the JavaScript side: a failing priority call
// throws node's SystemError.
func TestSystemErrorShape(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	const src = `
const os = require('os');
try {
  os.getPriority(2 ** 30);
  throw new Error('no error');
} catch (e) {
  const want = 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)';
  if (e.name !== 'SystemError' || e.code !== 'ERR_SYSTEM_ERROR' || e.message !== want || e.errno !== -3 ||
      e.info.syscall !== 'uv_os_getpriority' || String(e) !== 'SystemError [ERR_SYSTEM_ERROR]: ' + want) {
    throw new Error('bad error: ' + String(e) + ' ' + JSON.stringify(e.info));
  }
}
if (os.cpus().length < os.availableParallelism()) throw new Error('cpus');
`
	code, err := rt.RunSource(context.Background(), "[eval]", src)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, err %v, output %s", code, err, out.String())
	}
}
