package dns

import (
	"bufio"
	"context"
	"errors"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/runtime"
)

// libuv's getaddrinfo error numbers, as dns.js turns them into codes.
const (
	uvEAIAgain  = -3001
	uvEAINoName = -3008
	uvEINVAL    = -22
)

// getaddrinfo hint flags (Linux values, as node reports them).
const (
	aiV4Mapped   = 8
	aiAll        = 16
	aiAddrConfig = 32
)

type binding struct {
	rt *runtime.Runtime
	vm *goja.Runtime
}

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	b := &binding{rt: rt, vm: vm}
	o := vm.NewObject()
	fns := map[string]func(goja.FunctionCall) goja.Value{
		"getaddrinfo":   b.getaddrinfo,
		"getnameinfo":   b.getnameinfo,
		"createChannel": b.createChannel,
		"ipVersion":     b.ipVersion,
		"reverseName":   b.reverseName,
	}
	if err := nativefunc.SetAll(b.vm, o, fns); err != nil {
		return err
	}
	for name, v := range map[string]int{"AI_ADDRCONFIG": aiAddrConfig, "AI_ALL": aiAll, "AI_V4MAPPED": aiV4Mapped} {
		if err := o.Set(name, v); err != nil {
			return err
		}
	}
	return module.Set("exports", o)
}

// ipVersion(s) is net.isIP: 4, 6 or 0.
func (b *binding) ipVersion(call goja.FunctionCall) goja.Value {
	return b.vm.ToValue(ipVersionOf(call.Argument(0).String()))
}

func ipVersionOf(s string) int {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return 0
	}
	if a.Is4() {
		if strings.Count(s, ".") != 3 {
			return 0
		}
		return 4
	}
	return 6
}

// lookupErrno classifies a resolver failure as getaddrinfo would.
func lookupErrno(err error) int {
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && (dnsErr.IsTimeout || dnsErr.IsTemporary) && !dnsErr.IsNotFound {
		return uvEAIAgain
	}
	return uvEAINoName
}

// getaddrinfo(host, family, hints, cb) returns EINVAL for a name longer
// than 255 bytes; otherwise it resolves host from /etc/hosts or DNS
// with Go's resolver on a goroutine; cb(errno) or cb(null, addresses), the
// addresses in the resolver's order. With family 6 and AI_V4MAPPED, IPv4
// addresses come as IPv4-mapped IPv6 ones when there is no IPv6 address
// (or always, with AI_ALL).
func (b *binding) getaddrinfo(call goja.FunctionCall) goja.Value {
	host := call.Argument(0).String()
	family := int(call.Argument(1).ToInteger())
	hints := int(call.Argument(2).ToInteger())
	cb := call.Argument(3)
	if len(host) > 255 {
		return b.vm.ToValue(uvEINVAL) // longer than libuv's IDNA buffer
	}
	b.rt.AsyncRequest("GetAddrInfoReqWrap", func() func() {
		network := "ip"
		mapped := family == 6 && hints&aiV4Mapped != 0
		switch {
		case family == 4:
			network = "ip4"
		case family == 6 && !mapped:
			network = "ip6"
		}
		ips, err := net.DefaultResolver.LookupNetIP(context.Background(), network, host)
		var out []string
		if mapped {
			var v4 []string
			for _, ip := range ips {
				if ip.Unmap().Is4() {
					v4 = append(v4, "::ffff:"+ip.Unmap().String())
				} else {
					out = append(out, ip.String())
				}
			}
			if len(out) == 0 || hints&aiAll != 0 {
				out = append(out, v4...)
			}
		} else {
			for _, ip := range ips {
				ip = ip.Unmap()
				if (family == 4 && !ip.Is4()) || (family == 6 && ip.Is4()) {
					continue
				}
				out = append(out, ip.String())
			}
		}
		return func() {
			if len(out) == 0 {
				errno := uvEAINoName
				if err != nil {
					errno = lookupErrno(err)
				}
				b.rt.Call(cb, goja.Undefined(), b.vm.ToValue(errno))
				return
			}
			b.rt.Call(cb, goja.Undefined(), goja.Null(), b.vm.ToValue(out))
		}
	})
	return b.vm.ToValue(0)
}

// getnameinfo(address, port, cb) finds the host name of address (from
// /etc/hosts or a PTR query) and the service name of port (from
// /etc/services, TCP); cb(errno) or cb(null, hostname, service). A host
// name is required, as node asks for (NI_NAMEREQD).
func (b *binding) getnameinfo(call goja.FunctionCall) goja.Value {
	addr := call.Argument(0).String()
	port := int(call.Argument(1).ToInteger())
	cb := call.Argument(2)
	b.rt.AsyncRequest("GetNameInfoReqWrap", func() func() {
		names, err := net.DefaultResolver.LookupAddr(context.Background(), addr)
		service := serviceName(port)
		return func() {
			if len(names) == 0 {
				errno := uvEAINoName
				if err != nil {
					errno = lookupErrno(err)
				}
				b.rt.Call(cb, goja.Undefined(), b.vm.ToValue(errno))
				return
			}
			host := strings.TrimSuffix(names[0], ".")
			b.rt.Call(cb, goja.Undefined(), goja.Null(), b.vm.ToValue(host), b.vm.ToValue(service))
		}
	})
	return goja.Undefined()
}

var (
	servicesOnce sync.Once
	services     map[int]string
)

// serviceName is the /etc/services name of a TCP port, or the port number.
func serviceName(port int) string {
	servicesOnce.Do(func() {
		services = map[int]string{}
		f, err := os.Open("/etc/services")
		if err != nil {
			return
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line, _, _ := strings.Cut(sc.Text(), "#")
			fields := strings.Fields(line)
			if len(fields) < 2 {
				continue
			}
			num, proto, ok := strings.Cut(fields[1], "/")
			if !ok || proto != "tcp" {
				continue
			}
			if p, err := strconv.Atoi(num); err == nil {
				if _, seen := services[p]; !seen {
					services[p] = fields[0]
				}
			}
		}
	})
	if name, ok := services[port]; ok {
		return name
	}
	return strconv.Itoa(port)
}
