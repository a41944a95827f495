package sock

import (
	"net"
	"net/netip"
	"strconv"

	"golang.org/x/sys/unix"
)

// Sockaddr builds the socket address for ip and port; it reports the address
// family (unix.AF_INET or unix.AF_INET6) and false if ip is not an IP
// address. An IPv6 address may carry a zone ("fe80::1%eth0").
func Sockaddr(ip string, port int) (unix.Sockaddr, int, bool) {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return nil, 0, false
	}
	if a.Is4() {
		return &unix.SockaddrInet4{Port: port, Addr: a.As4()}, unix.AF_INET, true
	}
	sa := &unix.SockaddrInet6{Port: port, Addr: a.As16()}
	if z := a.Zone(); z != "" {
		if n, err := strconv.Atoi(z); err == nil {
			sa.ZoneId = uint32(n)
		} else if ifi, err := net.InterfaceByName(z); err == nil {
			sa.ZoneId = uint32(ifi.Index)
		}
	}
	return sa, unix.AF_INET6, true
}

// Addr is a socket address as Node reports it.
type Addr struct {
	Address string // IP text, or the path of a Unix socket
	Family  string // "IPv4", "IPv6", or "" for a Unix socket
	Port    int
}

// AddrOf converts a kernel socket address.
func AddrOf(sa unix.Sockaddr) Addr {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		return Addr{Address: netip.AddrFrom4(a.Addr).String(), Family: "IPv4", Port: a.Port}
	case *unix.SockaddrInet6:
		ip := netip.AddrFrom16(a.Addr)
		if a.ZoneId != 0 {
			// A scoped address (link-local) names its interface, as
			// libuv's uv_ip6_name does: fe80::1%eth0.
			if ifi, err := net.InterfaceByIndex(int(a.ZoneId)); err == nil {
				ip = ip.WithZone(ifi.Name)
			} else {
				ip = ip.WithZone(strconv.Itoa(int(a.ZoneId)))
			}
		}
		return Addr{Address: ip.String(), Family: "IPv6", Port: a.Port}
	case *unix.SockaddrUnix:
		return Addr{Address: a.Name}
	}
	return Addr{}
}
