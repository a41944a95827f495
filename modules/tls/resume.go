package tls

// Session resumption with tickets, a client's side: a server's side needs
// only its context's ticket keys (secureContext.sessionTicketKeys).

import (
	"bytes"
	"crypto/tls"
	"encoding/binary"
	"errors"

	"github.com/dop251/goja"
)

// clientSessions is a client session's crypto/tls session cache: it offers
// the session to resume that JavaScript gave (tls.connect's session), and
// hands each session the server issues to JavaScript ('session'), as
// node's client does.
type clientSessions struct {
	s      *session
	resume *tls.ClientSessionState
}

// Get returns the session to resume, if any.
func (c *clientSessions) Get(string) (*tls.ClientSessionState, bool) {
	return c.resume, c.resume != nil
}

// Put reports a session the server issued (cs nil: one to forget, which
// JavaScript's copies outlive, as node's do). It runs on the goroutine
// reading the connection.
func (c *clientSessions) Put(_ string, cs *tls.ClientSessionState) {
	if cs != nil {
		c.s.b.rt.Post(func() { c.s.gotSession(cs) })
	}
}

// encodeSession serialises a client session for JavaScript, as getSession
// gives it: the ticket's length (4 bytes, big-endian), the ticket, and the
// session's state. node gives OpenSSL's encoding; either runtime reads
// only its own.
func encodeSession(cs *tls.ClientSessionState) ([]byte, error) {
	ticket, state, err := cs.ResumptionState()
	if err != nil {
		return nil, err
	}
	if ticket == nil || state == nil {
		return nil, errors.New("tls: no ticket to resume with")
	}
	st, err := state.Bytes()
	if err != nil {
		return nil, err
	}
	p := binary.BigEndian.AppendUint32(make([]byte, 0, 4+len(ticket)+len(st)), uint32(len(ticket)))
	return append(append(p, ticket...), st...), nil
}

// parseSession reads what encodeSession wrote; anything else (another
// runtime's session, garbage) gives nil, and a full handshake, as node
// ignores a session it cannot use.
func parseSession(p []byte) *tls.ClientSessionState {
	if len(p) < 4 {
		return nil
	}
	n := binary.BigEndian.Uint32(p)
	if uint64(n) > uint64(len(p)-4) {
		return nil
	}
	state, err := tls.ParseSessionState(p[4+n:])
	if err != nil {
		return nil
	}
	cs, err := tls.NewResumptionState(bytes.Clone(p[4:4+n]), state)
	if err != nil {
		return nil
	}
	return cs
}

// gotSession keeps the latest session for getSession and tells JavaScript
// (onsession), on the loop goroutine. Encoding costs as much as a good
// part of a handshake: it waits until JavaScript asks (getSession, or a
// 'session' listener).
func (s *session) gotSession(cs *tls.ClientSessionState) {
	s.latestSession = cs
	s.call("onsession")
}

// jsSetSession(session) makes a client that has not started offer
// session (as getSession gave it) for resumption.
func (s *session) jsSetSession(call goja.FunctionCall) goja.Value {
	if s.sessions != nil && !s.started {
		s.sessions.resume = parseSession(s.b.bytesArg(call.Argument(0)))
	}
	return goja.Undefined()
}

// jsSession() is the latest session the server issued (getSession), or
// undefined.
func (s *session) jsSession(goja.FunctionCall) goja.Value {
	if s.latestSession == nil {
		return goja.Undefined()
	}
	p, err := encodeSession(s.latestSession)
	if err != nil {
		return goja.Undefined()
	}
	return s.b.newBuffer(p)
}
