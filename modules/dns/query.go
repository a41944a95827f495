package dns

import (
	"bufio"
	"fmt"
	"net/netip"
	"os"
	"strings"

	"github.com/dop251/goja"
)

// reverseName(ip) is the in-addr.arpa or ip6.arpa name of ip, or ” when
// ip is not an IP address.
func (b *binding) reverseName(call goja.FunctionCall) goja.Value {
	a, err := netip.ParseAddr(call.Argument(0).String())
	if err != nil || ipVersionOf(call.Argument(0).String()) == 0 {
		return b.vm.ToValue("")
	}
	a = a.WithZone("")
	var sb strings.Builder
	if a.Is4() {
		v := a.As4()
		fmt.Fprintf(&sb, "%d.%d.%d.%d.in-addr.arpa", v[3], v[2], v[1], v[0])
	} else {
		v := a.As16()
		for i := 15; i >= 0; i-- {
			fmt.Fprintf(&sb, "%x.%x.", v[i]&0xF, v[i]>>4)
		}
		sb.WriteString("ip6.arpa")
	}
	return b.vm.ToValue(sb.String())
}

// hostsAliases returns the names /etc/hosts gives address after the first:
// c-ares answers a reverse lookup from the hosts file first, and node
// reports the aliases of that entry.
func hostsAliases(address string) (aliases []string, found bool) {
	want, err := netip.ParseAddr(address)
	if err != nil {
		return nil, false
	}
	f, err := os.Open("/etc/hosts")
	if err != nil {
		return nil, false
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		if a, err := netip.ParseAddr(fields[0]); err != nil || a.WithZone("") != want.WithZone("") {
			continue
		}
		names = append(names, fields[1:]...)
	}
	if len(names) == 0 {
		return nil, false
	}
	return names[1:], true
}

// createChannel(timeout, tries) makes the handle of a dns.Resolver.
func (b *binding) createChannel(call goja.FunctionCall) goja.Value {
	vm := b.vm
	c := newChannel(int(call.Argument(0).ToInteger()), int(call.Argument(1).ToInteger()))
	o := vm.NewObject()
	_ = o.Set("getServers", func(goja.FunctionCall) goja.Value {
		c.mu.Lock()
		defer c.mu.Unlock()
		out := make([]any, len(c.servers))
		for i, s := range c.servers {
			out[i] = vm.NewArray(s.addr.String(), s.port)
		}
		return vm.NewArray(out...)
	})
	// setServers([[family, ip, port], ...]); repeated servers count once.
	_ = o.Set("setServers", func(call goja.FunctionCall) goja.Value {
		var list []server
		var entries []goja.Value
		_ = vm.ExportTo(call.Argument(0), &entries)
		for _, e := range entries {
			eo := e.ToObject(vm)
			a, err := netip.ParseAddr(eo.Get("1").String())
			if err != nil {
				return vm.ToValue(1)
			}
			s := server{addr: a, port: int(eo.Get("2").ToInteger())}
			dup := false
			for _, have := range list {
				dup = dup || have == s
			}
			if !dup {
				list = append(list, s)
			}
		}
		c.mu.Lock()
		c.servers = list
		c.mu.Unlock()
		return vm.ToValue(0)
	})
	// setLocalAddress(ipv4[, ipv6]) returns node's message for addresses
	// it refuses, or undefined.
	_ = o.Set("setLocalAddress", func(call goja.FunctionCall) goja.Value {
		var v4, v6 netip.Addr
		for _, arg := range call.Arguments {
			if goja.IsUndefined(arg) {
				continue
			}
			a, err := netip.ParseAddr(arg.String())
			if err != nil {
				return vm.ToValue("Invalid IP address.")
			}
			if a.Is4() {
				if v4.IsValid() {
					return vm.ToValue("Cannot specify two IPv4 addresses.")
				}
				v4 = a
			} else {
				if v6.IsValid() {
					return vm.ToValue("Cannot specify two IPv6 addresses.")
				}
				v6 = a
			}
		}
		c.mu.Lock()
		c.local4, c.local6 = v4, v6
		c.mu.Unlock()
		return goja.Undefined()
	})
	_ = o.Set("cancel", func(goja.FunctionCall) goja.Value {
		c.cancelAll()
		return goja.Undefined()
	})
	// query(qtype, name, cb): cb(code) or cb(null, result, ttls).
	_ = o.Set("query", func(call goja.FunctionCall) goja.Value {
		qtype := uint16(call.Argument(0).ToInteger())
		name := call.Argument(1).String()
		cb := call.Argument(2)
		ctx := c.context()
		b.rt.Async(func() func() {
			resp, err := c.query(ctx, name, qtype)
			return func() {
				if err != nil {
					b.rt.Call(cb, goja.Undefined(), vm.ToValue(err.Error()))
					return
				}
				if resp.rcode != 0 {
					code, ok := rcodeError(resp.rcode)
					if !ok {
						code = "EBADRESP"
					}
					b.rt.Call(cb, goja.Undefined(), vm.ToValue(string(code)))
					return
				}
				result, ttls := b.shape(resp.answers, qtype)
				if result == nil {
					b.rt.Call(cb, goja.Undefined(), vm.ToValue("ENODATA"))
					return
				}
				b.rt.Call(cb, goja.Undefined(), goja.Null(), result, ttls)
			}
		})
		return goja.Undefined()
	})
	// reverse(ip, arpaName, cb): the hosts file first, then a PTR query.
	_ = o.Set("hostsAliases", func(call goja.FunctionCall) goja.Value {
		aliases, found := hostsAliases(call.Argument(0).String())
		if !found {
			return goja.Null()
		}
		if aliases == nil {
			aliases = []string{}
		}
		return vm.ToValue(aliases)
	})
	return o
}

// anyOrder is the order node lists the records of an ANY answer in, by
// type: A (or CNAME), AAAA, MX, NS, TXT, SRV, PTR, NAPTR, SOA, CAA.
var anyOrder = []uint16{typeA, typeAAAA, typeMX, typeNS, typeTXT, typeSRV, typePTR, typeNAPTR, typeSOA, typeCAA}

// shape builds node's result for the answers of a query of qtype: nil when
// there is no record of that type (ENODATA). ttls is set for A and AAAA.
func (b *binding) shape(answers []record, qtype uint16) (goja.Value, goja.Value) {
	vm := b.vm
	if qtype == typeANY {
		var out []any
		hasCNAME := false
		for _, r := range answers {
			hasCNAME = hasCNAME || r.rtype == typeCNAME
		}
		for _, t := range anyOrder {
			want := t
			if t == typeA && hasCNAME {
				want = typeCNAME
			}
			for _, r := range answers {
				if r.rtype == want {
					out = append(out, b.recordObject(r, true))
				}
			}
		}
		if len(out) == 0 {
			return nil, nil
		}
		return vm.NewArray(out...), nil
	}
	var out, ttls []any
	for _, r := range answers {
		if r.rtype != qtype {
			continue
		}
		switch qtype {
		case typeA, typeAAAA:
			out = append(out, r.addr)
			ttls = append(ttls, r.ttl)
		case typeCNAME, typeNS, typePTR:
			out = append(out, r.name)
		case typeTXT:
			chunks := make([]any, len(r.txt))
			for i, s := range r.txt {
				chunks[i] = s
			}
			out = append(out, vm.NewArray(chunks...))
		case typeSOA:
			return b.recordObject(r, false), nil
		default:
			out = append(out, b.recordObject(r, false))
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	if ttls != nil {
		return vm.NewArray(out...), vm.NewArray(ttls...)
	}
	return vm.NewArray(out...), nil
}

// typeName is the name of record type t ("" for types not resolved here).
func typeName(t uint16) string {
	switch t {
	case typeA:
		return "A"
	case typeAAAA:
		return "AAAA"
	case typeCNAME:
		return "CNAME"
	case typeMX:
		return "MX"
	case typeNS:
		return "NS"
	case typeTXT:
		return "TXT"
	case typeSRV:
		return "SRV"
	case typePTR:
		return "PTR"
	case typeNAPTR:
		return "NAPTR"
	case typeSOA:
		return "SOA"
	case typeCAA:
		return "CAA"
	}
	return ""
}

// recordObject is a record as node shows it, with its type last for an ANY
// answer.
func (b *binding) recordObject(r record, withType bool) *goja.Object {
	o := b.vm.NewObject()
	set := func(k string, v any) { _ = o.Set(k, v) }
	switch r.rtype {
	case typeA, typeAAAA:
		set("address", r.addr)
		set("ttl", r.ttl)
	case typeCNAME, typeNS, typePTR:
		set("value", r.name)
	case typeMX:
		set("exchange", r.name)
		set("priority", r.n1)
	case typeTXT:
		chunks := make([]any, len(r.txt))
		for i, s := range r.txt {
			chunks[i] = s
		}
		set("entries", b.vm.NewArray(chunks...))
	case typeSRV:
		set("name", r.name)
		set("port", r.n3)
		set("priority", r.n1)
		set("weight", r.n2)
	case typeNAPTR:
		set("flags", r.s1)
		set("service", r.s2)
		set("regexp", r.s3)
		set("replacement", r.name)
		set("order", r.n1)
		set("preference", r.n2)
	case typeSOA:
		set("nsname", r.soaNames[0])
		set("hostmaster", r.soaNames[1])
		for i, k := range []string{"serial", "refresh", "retry", "expire", "minttl"} {
			set(k, r.soa[i])
		}
	case typeCAA:
		set("critical", r.critical)
		set(r.s1, r.s2)
	}
	if withType {
		set("type", typeName(r.rtype))
	}
	return o
}
