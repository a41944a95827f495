package dns

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/netip"
	"os"
	"strings"
	"sync"
	"time"
)

// server is one name server a channel asks.
type server struct {
	addr netip.Addr
	port int
}

// channel is the state of one dns.Resolver (c-ares' channel): its servers,
// timeout and tries, local addresses, and the context its queries run in,
// which cancel ends.
type channel struct {
	mu      sync.Mutex
	servers []server
	timeout time.Duration // the first try's; later tries double it
	tries   int
	local4  netip.Addr
	local6  netip.Addr
	ctx     context.Context
	cancel  context.CancelFunc
}

func newChannel(timeoutMs, tries int) *channel {
	c := &channel{servers: systemServers(), tries: tries}
	if timeoutMs < 0 {
		c.timeout = 2 * time.Second
	} else {
		c.timeout = time.Duration(timeoutMs) * time.Millisecond
	}
	if c.tries < 1 {
		c.tries = 4
	}
	c.ctx, c.cancel = context.WithCancel(context.Background())
	return c
}

// systemServers reads the name servers of /etc/resolv.conf; without any,
// the local host, as c-ares falls back to.
func systemServers() []server {
	var out []server
	if f, err := os.Open("/etc/resolv.conf"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 2 || fields[0] != "nameserver" {
				continue
			}
			if a, err := netip.ParseAddr(fields[1]); err == nil {
				out = append(out, server{addr: a.WithZone(""), port: 53})
			}
		}
	}
	if len(out) == 0 {
		out = []server{{addr: netip.MustParseAddr("127.0.0.1"), port: 53}}
	}
	return out
}

// context is the context queries made now run in.
func (c *channel) context() context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ctx
}

// cancelAll ends every query in flight with ECANCELLED.
func (c *channel) cancelAll() {
	c.mu.Lock()
	c.cancel()
	c.ctx, c.cancel = context.WithCancel(context.Background())
	c.mu.Unlock()
}

// queryError is a c-ares error code ('ENOTFOUND', 'ETIMEOUT', ...).
type queryError string

func (e queryError) Error() string { return string(e) }

// rcodeErrors are the errors of the response codes 1 to 5.
var rcodeErrors = [...]queryError{1: "EFORMERR", 2: "ESERVFAIL", 3: "ENOTFOUND", 4: "ENOTIMP", 5: "EREFUSED"}

// rcodeError is the error of response code rcode, if it has one.
func rcodeError(rcode int) (queryError, bool) {
	if rcode <= 0 || rcode >= len(rcodeErrors) {
		return "", false
	}
	return rcodeErrors[rcode], true
}

// query asks the servers in turn, each try with a doubled timeout, as
// c-ares does, and returns the first answer that is not a server failure.
// ctx is the channel's context when the query was made.
func (c *channel) query(ctx context.Context, name string, qtype uint16) (*response, error) {
	c.mu.Lock()
	servers := append([]server(nil), c.servers...)
	timeout, tries := c.timeout, c.tries
	local4, local6 := c.local4, c.local6
	c.mu.Unlock()
	if len(servers) == 0 {
		return nil, queryError("UNKNOWN_ARES_ERROR") // c-ares' ENOSERVER, which node does not name
	}
	lastErr := queryError("ETIMEOUT")
	for try := 0; try < tries; try++ {
		for _, s := range servers {
			if ctx.Err() != nil {
				return nil, queryError("ECANCELLED")
			}
			local := local4
			if s.addr.Is6() {
				local = local6
			}
			resp, err := exchange(ctx, s, local, name, qtype, timeout<<try)
			if ctx.Err() != nil {
				return nil, queryError("ECANCELLED")
			}
			var qe queryError
			switch {
			case err == nil && (resp.rcode == 2 || resp.rcode == 4 || resp.rcode == 5):
				lastErr, _ = rcodeError(resp.rcode)
			case err == nil:
				return resp, nil
			case errors.As(err, &qe):
				lastErr = qe
			case errors.Is(err, os.ErrDeadlineExceeded):
				lastErr = "ETIMEOUT"
			case isConnRefused(err):
				lastErr = "ECONNREFUSED"
			default:
				lastErr = "ECONNREFUSED"
			}
		}
	}
	return nil, lastErr
}

func isConnRefused(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && strings.Contains(op.Err.Error(), "refused")
}

// exchange sends one query over UDP, and again over TCP when the answer is
// truncated.
func exchange(ctx context.Context, s server, local netip.Addr, name string, qtype uint16, timeout time.Duration) (*response, error) {
	id := uint16(rand.Uint32())
	msg, err := buildQuery(id, name, qtype)
	if err != nil {
		return nil, queryError("EBADNAME")
	}
	deadline := time.Now().Add(timeout)
	d := net.Dialer{Deadline: deadline}
	if local.IsValid() {
		d.LocalAddr = &net.UDPAddr{IP: local.AsSlice(), Zone: local.Zone()}
	}
	addr := netip.AddrPortFrom(s.addr, uint16(s.port)).String()
	conn, err := d.DialContext(ctx, "udp", addr)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Now()) })
	defer stop()
	_ = conn.SetDeadline(deadline)
	if _, err := conn.Write(msg); err != nil {
		return nil, err
	}
	buf := make([]byte, 65535)
	for {
		n, err := conn.Read(buf)
		if err != nil {
			return nil, err
		}
		resp, err := parseResponse(buf[:n])
		if err != nil || resp.id != id {
			continue // not our answer
		}
		if !resp.truncated {
			return resp, nil
		}
		break
	}
	// Truncated: ask again over TCP.
	if local.IsValid() {
		d.LocalAddr = &net.TCPAddr{IP: local.AsSlice(), Zone: local.Zone()}
	}
	tc, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	defer tc.Close()
	stopTCP := context.AfterFunc(ctx, func() { tc.SetDeadline(time.Now()) })
	defer stopTCP()
	_ = tc.SetDeadline(deadline)
	framed := binary.BigEndian.AppendUint16(nil, uint16(len(msg)))
	if _, err := tc.Write(append(framed, msg...)); err != nil {
		return nil, err
	}
	var lenBuf [2]byte
	if _, err := io.ReadFull(tc, lenBuf[:]); err != nil {
		return nil, err
	}
	body := make([]byte, binary.BigEndian.Uint16(lenBuf[:]))
	if _, err := io.ReadFull(tc, body); err != nil {
		return nil, err
	}
	resp, err := parseResponse(body)
	if err != nil || resp.id != id {
		return nil, queryError("EBADRESP")
	}
	return resp, nil
}
