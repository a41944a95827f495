package tls

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	netmod "github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/runtime"
)

// readSize is the most plaintext one delivery hands to JavaScript: up to
// four full records that have arrived together (a record's payload is at
// most recordSize).
const (
	readSize   = 64 << 10
	recordSize = 16 << 10
)

// session is one side of one TLS connection: a crypto/tls.Conn on a
// cipherPipe whose ciphertext goes to and from the transport — a
// net.Socket's connection, which the session attaches and uses itself, or
// any Duplex, through JavaScript. A goroutine runs the handshake and then
// reads plaintext; a short write is encrypted on the loop, a longer one
// (or one behind others) by a writer goroutine. Everything else, and every
// call into JavaScript, is on the loop goroutine.
type session struct {
	b        *binding
	ctx      *secureContext
	isServer bool
	conn     *tls.Conn
	pipe     *cipherPipe
	h        *runtime.Handle
	handlers *goja.Object
	ack      goja.Value // jsAck, oncipher's callback
	// transportWrite, when set, writes ciphertext to the transport's
	// connection without JavaScript (attach); directAck is its callback.
	transportWrite func(cb goja.Value, bufs [][]byte) int
	directAck      goja.Value
	// afterSent are the callbacks of the writes encrypted on the loop
	// whose ciphertext the transport has yet to take (writeInline).
	afterSent []goja.Value

	// readMu guards paused, which stops the reader goroutine between
	// reads (readStop), and plain; readCond signals their changes.
	readMu   sync.Mutex
	readCond sync.Cond
	paused   bool
	plain    plainTake
	// ahead counts the plaintext read but not yet taken in by JavaScript
	// or a taker; reading is set while the reader goroutine or a taker
	// reads the TLS connection; ended once a read returned its end (or
	// the session closed); handshaken once the reader goroutine's
	// handshake succeeded (a taker's read must not run the handshake,
	// whose failure is JavaScript's to report).
	ahead      int
	reading    bool
	ended      bool
	handshaken bool
	// bytesRead counts the plaintext read (the TLSWrap's bytesRead).
	bytesRead atomic.Int64

	// Loop goroutine only. unrefd: JavaScript unref'd the session (its
	// handle is ref'd only while started and not unref'd).
	started, closed bool
	unrefd          bool
	state           *tls.ConnectionState
	writable        bool // JavaScript allowed writes (after verification)
	writing         bool // a writer goroutine runs
	queue           []writeReq
	writeQueueSize  int
	// keylog: JavaScript listens for the session's key log ('keylog').
	keylog atomic.Bool
	// A client's sessions: the one to resume and the latest the server
	// issued.
	sessions      *clientSessions
	latestSession *tls.ClientSessionState
}

// writeReq is a write of plaintext, or with shutdown set, the shutdown of
// the writing side after the writes before it.
type writeReq struct {
	data     []byte
	done     goja.Value
	shutdown bool
}

// newSession makes the session and its JavaScript face.
func (b *binding) newSession(ctx *secureContext, isServer bool, opts sessionOptions, handlers *goja.Object) (*goja.Object, error) {
	s := &session{b: b, ctx: ctx, isServer: isServer, handlers: handlers, h: b.rt.NewHandle("TLSWrap")}
	s.readCond.L = &s.readMu
	s.pipe = newCipherPipe(b.rt.Post, s.send)
	s.ack = b.vm.ToValue(s.jsAck)
	// An embedded runtime that stops releases the session's goroutines.
	s.h.OnRuntimeClose(func() { s.pipe.Close() })
	// Only a started session keeps the process alive (a TLSSocket never
	// connected does not, as in node).
	s.h.Unref()
	cfg := &tls.Config{
		MinVersion:   ctx.minVersion,
		MaxVersion:   ctx.maxVersion,
		NextProtos:   opts.alpn,
		KeyLogWriter: keyLogger{s},
	}
	if isServer {
		cfg.Certificates = ctx.certs
		if opts.requestCert {
			cfg.ClientAuth = tls.RequestClientCert
			if opts.rejectUnauthorized {
				cfg.ClientAuth = tls.RequireAndVerifyClientCert
				cfg.ClientCAs = ctx.trusted()
			}
		}
		_, keys := ctx.sessionTicketKeys()
		cfg.SetSessionTicketKeys(keys)
		if opts.sni {
			cfg.GetConfigForClient = s.selectContext(cfg.Clone())
		}
		s.conn = tls.Server(s.pipe, cfg)
	} else {
		if net.ParseIP(opts.servername) == nil {
			cfg.ServerName = opts.servername
		}
		// The chain and the name are checked in JavaScript (verifyError,
		// checkServerIdentity), as node does, before the client's last
		// flight: a server that fails them never sees the handshake done.
		cfg.InsecureSkipVerify = true
		cfg.VerifyConnection = s.verify
		s.sessions = &clientSessions{s: s}
		cfg.ClientSessionCache = s.sessions
		if len(ctx.certs) > 0 {
			cert := &ctx.certs[0]
			// OpenSSL sends its certificate whatever authorities the
			// server names; Go's default would send none.
			cfg.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return cert, nil }
		}
		s.conn = tls.Client(s.pipe, cfg)
	}
	// Go code (http's parser) may read and write the plaintext as it does
	// a TCP handle's bytes.
	if err := netmod.SetStreamHandle(b.rt, handlers, s); err != nil {
		return nil, err
	}
	o := b.vm.NewObject()
	err := nativefunc.SetAll(b.vm, o, map[string]func(goja.FunctionCall) goja.Value{
		"start":          s.jsStart,
		"receive":        s.jsReceive,
		"receiveEnd":     s.jsReceiveEnd,
		"write":          s.jsWrite,
		"shutdown":       s.jsShutdown,
		"allowWrites":    s.jsAllowWrites,
		"readStart":      s.jsReadStart,
		"readStop":       s.jsReadStop,
		"close":          s.jsClose,
		"ref":            s.jsRef,
		"unref":          s.jsUnref,
		"hasRef":         s.jsHasRef,
		"writeQueueSize": s.jsWriteQueueSize,
		"bytesRead": func(goja.FunctionCall) goja.Value {
			return b.vm.ToValue(s.bytesRead.Load())
		},
		"info":       s.jsInfo,
		"session":    s.jsSession,
		"setSession": s.jsSetSession,
		"enableKeylog": func(goja.FunctionCall) goja.Value {
			s.keylog.Store(true)
			return goja.Undefined()
		},
		"exportKeyingMaterial": s.jsExportKeyingMaterial,
		"verifyError":          s.jsVerifyError,
		"peerCertificate": func(call goja.FunctionCall) goja.Value {
			return s.jsCertificate(call, true)
		},
		"ownCertificate": func(call goja.FunctionCall) goja.Value {
			return s.jsCertificate(call, false)
		},
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// sessionOptions are a session's own options, beside its context's.
type sessionOptions struct {
	servername         string
	alpn               []string
	requestCert        bool
	rejectUnauthorized bool
	// sni: a server asks JavaScript for the context of the name the client
	// gives (onsni).
	sni bool
}

// call calls the handler named name, if the session is open.
func (s *session) call(name string, args ...goja.Value) {
	if s.closed {
		return
	}
	s.b.rt.Call(s.handlers.Get(name), s.handlers, args...)
}

// send is the pipe's output, on the loop: the handler oncipher gives p to
// the transport and calls ack once the transport took it; an attached
// transport's connection takes it directly.
func (s *session) send(p []byte) {
	if s.closed {
		s.pipe.sent(errPipeClosed)
		return
	}
	if s.transportWrite != nil {
		s.toTransport(p)
		return
	}
	s.call("oncipher", s.b.newBuffer(p), s.ack)
}

// toTransport writes ciphertext to an attached transport's connection and
// returns the write's code: the pipe learns at once that the transport
// took it or failed, or from directAck once the write completes (1).
// p is the transport's until then.
func (s *session) toTransport(p []byte) int {
	code := s.transportWrite(s.directAck, [][]byte{p})
	switch {
	case code == 0:
		recycle(p)
		s.pipe.sent(nil)
	case code < 0:
		s.pipe.sent(syscall.Errno(-code))
	}
	return code
}

// attach lets the session read and write transport, a net.Socket, itself,
// as node's TLSWrap consumes its transport's handle: ciphertext no longer
// passes through JavaScript. A transport without a connection of gonode's
// own stays JavaScript's.
func (s *session) attach(transport *goja.Object) {
	_, write, ok := netmod.HandleWriter(s.b.rt, transport)
	if !ok {
		return
	}
	r, release, ok := netmod.TakeReader(s.b.rt, transport)
	if !ok {
		return
	}
	s.transportWrite = write
	s.directAck = s.b.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		var err error
		if status := call.Argument(0).ToInteger(); status < 0 {
			err = syscall.Errno(-status)
		}
		s.pipe.sent(err)
		done := s.afterSent
		s.afterSent = nil
		for _, d := range done {
			s.complete(writeReq{done: d}, err)
		}
		return goja.Undefined()
	})
	// A read error goes back to the transport, whose 'error' destroys the
	// TLSSocket with it, as when JavaScript reads the transport.
	s.pipe.direct(r, func(err error) { release(nil, err) })
}

// jsAck(err) is oncipher's callback: the transport took the ciphertext,
// or failed (err).
func (s *session) jsAck(call goja.FunctionCall) goja.Value {
	var err error
	if e := call.Argument(0); !goja.IsUndefined(e) && !goja.IsNull(e) {
		err = errors.New(e.String())
	}
	s.pipe.sent(err)
	return goja.Undefined()
}

// jsStart(transport) begins the handshake: at once for a server, once the
// transport connected for a client. transport, when given, is a net.Socket
// the session may attach.
func (s *session) jsStart(call goja.FunctionCall) goja.Value {
	if s.started || s.closed {
		return goja.Undefined()
	}
	s.started = true
	if !s.unrefd {
		s.h.Ref()
	}
	if t, ok := call.Argument(0).(*goja.Object); ok {
		s.attach(t)
	}
	go s.read()
	return goja.Undefined()
}

// errRejected fails a handshake JavaScript rejected (the client's check of
// its server, a server's SNICallback); JavaScript keeps the reason.
var errRejected = errors.New("tls: server rejected")

// ask runs fn on the loop and waits, on the handshake goroutine, for the
// answer fn gives to reply, at once or later from a callback; ok is false
// when the session closed first.
func (s *session) ask(fn func(reply func(any))) (answer any, ok bool) {
	answers := make(chan any, 1)
	s.b.rt.Post(func() {
		var once sync.Once
		fn(func(v any) { once.Do(func() { answers <- v }) })
	})
	select {
	case answer = <-answers:
		return answer, true
	case <-s.pipe.gone:
		return nil, false
	}
}

// verify runs on the handshake goroutine once the server's certificate and
// Finished are in: JavaScript's onverify, with the connection's state at
// hand, says whether to go on.
func (s *session) verify(state tls.ConnectionState) error {
	answer, ok := s.ask(func(reply func(any)) {
		if s.closed {
			reply(false)
			return
		}
		s.state = &state
		v := s.b.rt.Call(s.handlers.Get("onverify"), s.handlers)
		accepted := v != nil && v.ToBoolean()
		if accepted && state.Version == tls.VersionTLS13 {
			// The client's last flight waits for 'secureConnect': the
			// server cannot finish first, as with node's client, which
			// sends it after its handshake callback. (In TLS 1.2 the
			// client's Finished precedes the server's: it cannot wait.)
			s.pipe.hold()
		}
		reply(accepted)
	})
	if !ok {
		return errPipeClosed
	}
	if answer != true {
		// No alert: the server sees the connection end before its
		// handshake is done, as node's client leaves it.
		s.pipe.Close()
		return errRejected
	}
	return nil
}

// selectContext runs on a server's handshake goroutine when the client
// named a server: JavaScript's onsni(servername, done) picks the secure
// context (SNICallback, server.addContext) and done(context) gives it, or
// done(null, true) fails the handshake.
func (s *session) selectContext(cfg *tls.Config) func(*tls.ClientHelloInfo) (*tls.Config, error) {
	return func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
		if hello.ServerName == "" {
			return nil, nil
		}
		answer, ok := s.ask(func(reply func(any)) {
			if s.closed {
				reply(errRejected)
				return
			}
			done := s.b.vm.ToValue(func(call goja.FunctionCall) goja.Value {
				if call.Argument(1).ToBoolean() {
					reply(errRejected)
				} else if ctx, ok := call.Argument(0).Export().(*secureContext); ok {
					s.ctx = ctx
					reply(ctx)
				} else {
					reply(nil)
				}
				return goja.Undefined()
			})
			s.b.rt.Call(s.handlers.Get("onsni"), s.handlers, s.b.vm.ToValue(hello.ServerName), done)
		})
		switch a := answer.(type) {
		case *secureContext:
			c := cfg.Clone()
			c.Certificates = a.certs
			if c.ClientAuth == tls.RequireAndVerifyClientCert {
				c.ClientCAs = a.trusted()
			}
			return c, nil
		case error:
			s.pipe.Close()
			return nil, a
		}
		if !ok {
			return nil, errPipeClosed
		}
		return nil, nil
	}
}

// read runs the handshake, reports it, and then reads plaintext until the
// connection ends, handing each piece to the loop.
func (s *session) read() {
	err := s.conn.Handshake()
	state := s.conn.ConnectionState()
	s.b.rt.Post(func() { s.handshakeDone(state, err) })
	if err != nil {
		return
	}
	s.readMu.Lock()
	s.handshaken = true
	s.readMu.Unlock()
	s.readCond.Broadcast()
	buf := make([]byte, readSize)
	for {
		s.readMu.Lock()
		for s.holdReads() {
			s.readCond.Wait()
		}
		if s.ended {
			s.readMu.Unlock()
			return // a taker met the end
		}
		s.reading = true
		s.readMu.Unlock()
		n, err := s.conn.Read(buf)
		// Full records that came together (a stream's) make one delivery:
		// each costs JavaScript a 'data' event.
		for last := n; err == nil && last == recordSize && len(buf)-n >= recordSize && s.pipe.buffered(); {
			last, err = s.conn.Read(buf[n:])
			n += last
		}
		s.bytesRead.Add(int64(n))
		s.readMu.Lock()
		s.handOff(buf[:n], err)
		if err != nil {
			return
		}
	}
}

// handOff sends what a read of the reader goroutine (or one a release
// overtook) returned to the loop, which delivers the plaintext and then
// the end. readMu is held, and released.
func (s *session) handOff(p []byte, err error) {
	s.reading = false
	s.ahead += len(p)
	s.ended = s.ended || err != nil
	s.readMu.Unlock()
	s.readCond.Broadcast()
	if len(p) > 0 {
		data := append([]byte(nil), p...)
		s.b.rt.Post(func() { s.deliver(data) })
	}
	if err != nil {
		s.b.rt.Post(func() { s.readEnded(err) })
	}
}

// deliver hands plaintext to JavaScript, or to the Go code that took it.
func (s *session) deliver(data []byte) {
	if s.plain.taken {
		s.queuePlain(data)
		return
	}
	s.consumed(len(data))
	s.call("ondata", s.b.newBuffer(data))
}

// readEnded reports the end of the plaintext to JavaScript, or keeps it
// for the Go code that took it.
func (s *session) readEnded(err error) {
	if s.plain.taken {
		s.endPlain(err)
		return
	}
	s.readDone(err)
}

// handshakeDone reports the handshake's outcome to JavaScript.
func (s *session) handshakeDone(state tls.ConnectionState, err error) {
	if s.closed {
		return
	}
	if err != nil {
		s.call("onhandshake", s.errorValue(err, true))
		s.failWrites()
		return
	}
	s.state = &state
	s.call("onhandshake", goja.Null())
	s.pipe.release()
}

// readDone reports the end of the plaintext: the peer's close_notify, or
// the transport's end without it (both an end, as in node), or an error.
func (s *session) readDone(err error) {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		s.call("onend")
		return
	}
	if errors.Is(err, errPipeClosed) {
		return
	}
	s.call("onerror", s.errorValue(err, false))
}

// jsReceive(buf) feeds ciphertext read from the transport.
func (s *session) jsReceive(call goja.FunctionCall) goja.Value {
	s.pipe.feed(s.b.bytesArg(call.Argument(0)))
	return goja.Undefined()
}

// jsReceiveEnd() reports the transport's end.
func (s *session) jsReceiveEnd(goja.FunctionCall) goja.Value {
	s.pipe.feedEOF()
	return goja.Undefined()
}

// jsWrite(bufs, done) queues plaintext (a Buffer or an array of them);
// done(status) follows once it is encrypted and handed to the transport.
func (s *session) jsWrite(call goja.FunctionCall) goja.Value {
	var data []byte
	if arr, ok := call.Argument(0).(*goja.Object); ok && arr.ClassName() == "Array" {
		for _, k := range arr.Keys() {
			data = append(data, s.b.bytesArg(arr.Get(k))...)
		}
	} else {
		data = s.b.bytesArg(call.Argument(0))
	}
	done := call.Argument(1)
	code := s.write(data, done)
	if code == 0 {
		// A write JavaScript makes completes later, as node's TLSWrap's
		// do: a TLSSocket's write() returns false once its
		// writableHighWaterMark is reached, whatever the transport took.
		s.b.rt.Post(func() { s.complete(writeReq{done: done}, nil) })
		code = 1
	}
	return s.b.vm.ToValue(code)
}

// write writes plaintext: it returns 0 when it was encrypted and the
// transport took it at once (done is not called), 1 when done(status)
// follows once it is encrypted and handed to the transport, or a negative
// errno. data is the caller's again once write returns: a write that
// waits keeps a copy.
func (s *session) write(data []byte, done goja.Value) int {
	if code, ok := s.writeInline(data, done); ok {
		return code
	}
	s.queue = append(s.queue, writeReq{data: bytes.Clone(data), done: done})
	s.writeQueueSize += len(data)
	s.pump()
	return 1
}

// maxInline is the most plaintext a write encrypts on the loop goroutine.
const maxInline = 64 << 10

// writeInline encrypts data on the loop and hands it to an attached
// transport at once, as node's TLSWrap writes, when nothing is queued
// before it and the pipe is idle (so that no write of the TLS connection
// waits for the loop): ok reports that it did, and code is write's. A
// writer goroutine costs more than the encryption of a short write.
func (s *session) writeInline(data []byte, done goja.Value) (code int, ok bool) {
	if s.transportWrite == nil || s.state == nil || !s.writable || s.writing || s.closed ||
		len(s.queue) > 0 || len(data) > maxInline || !s.pipe.idle() {
		return 0, false
	}
	out, err := s.pipe.writeInline(func() error {
		_, err := s.conn.Write(data)
		return err
	})
	if len(out) > 0 {
		code = s.toTransport(out)
	}
	switch {
	case err != nil:
		return -int(syscall.EPIPE), true
	case code == 1:
		s.afterSent = append(s.afterSent, done)
	}
	return code, true
}

// jsShutdown(done) sends close_notify after the queued writes.
func (s *session) jsShutdown(call goja.FunctionCall) goja.Value {
	s.queue = append(s.queue, writeReq{done: call.Argument(0), shutdown: true})
	s.pump()
	return goja.Undefined()
}

// jsAllowWrites() lets the queued writes go: JavaScript accepted the peer.
func (s *session) jsAllowWrites(goja.FunctionCall) goja.Value {
	s.writable = true
	s.pump()
	return goja.Undefined()
}

// pump starts a writer goroutine for the queued requests, unless one runs
// or writes are not yet allowed.
func (s *session) pump() {
	if s.writing || !s.writable || s.closed || len(s.queue) == 0 {
		return
	}
	batch := s.queue
	s.queue = nil
	s.writing = true
	go func() {
		errs := make([]error, len(batch))
		var failed error
		for i, req := range batch {
			switch {
			case failed != nil:
				errs[i] = failed
			case req.shutdown:
				// close_notify, and everything before it, reaches the
				// transport before JavaScript ends it.
				if errs[i] = s.conn.CloseWrite(); errs[i] == nil {
					errs[i] = s.pipe.drain()
				}
			default:
				_, errs[i] = s.conn.Write(req.data)
			}
			if errs[i] != nil {
				failed = errs[i]
			}
		}
		s.b.rt.Post(func() {
			s.writing = false
			for i, req := range batch {
				s.writeQueueSize -= len(req.data)
				s.complete(req, errs[i])
			}
			s.pump()
		})
	}()
}

// complete calls a request's done with libuv's status for err.
func (s *session) complete(req writeReq, err error) {
	status := 0
	if err != nil {
		status = -int(syscall.EPIPE)
	}
	if goja.IsCallable(req.done) && !s.closed {
		// (A macrotask: what the callback queues with nextTick runs
		// before the loop waits again.)
		s.b.rt.Call(req.done, s.handlers, s.b.vm.ToValue(status))
	}
}

// failWrites completes the queued requests with an error: the handshake
// failed, so they will never go.
func (s *session) failWrites() {
	queue := s.queue
	s.queue = nil
	for _, req := range queue {
		s.writeQueueSize -= len(req.data)
		s.complete(req, errPipeClosed)
	}
}

func (s *session) setPaused(p bool) {
	s.readMu.Lock()
	s.paused = p
	s.readMu.Unlock()
	s.readCond.Broadcast()
}

// jsReadStart() and jsReadStop() let the reader goroutine go on or make it
// wait before its next read (the socket's flow control).
func (s *session) jsReadStart(goja.FunctionCall) goja.Value {
	s.setPaused(false)
	return s.b.vm.ToValue(0)
}

func (s *session) jsReadStop(goja.FunctionCall) goja.Value {
	s.setPaused(true)
	return s.b.vm.ToValue(0)
}

// jsClose() ends the session: its goroutines stop and no handler runs
// again. The transport is JavaScript's to close.
func (s *session) jsClose(goja.FunctionCall) goja.Value {
	if s.closed {
		return goja.Undefined()
	}
	s.closed = true
	s.pipe.Close()
	s.endPlain(errPipeClosed)
	// The reader goroutine stops, even if a taker still holds the
	// plaintext.
	s.readMu.Lock()
	s.ended = true
	s.readMu.Unlock()
	s.readCond.Broadcast()
	s.h.Close()
	return goja.Undefined()
}

func (s *session) jsRef(goja.FunctionCall) goja.Value {
	s.unrefd = false
	if s.started {
		s.h.Ref()
	}
	return goja.Undefined()
}

func (s *session) jsUnref(goja.FunctionCall) goja.Value {
	s.unrefd = true
	s.h.Unref()
	return goja.Undefined()
}

func (s *session) jsHasRef(goja.FunctionCall) goja.Value {
	return s.b.vm.ToValue(!s.unrefd && !s.h.Closed())
}

func (s *session) jsWriteQueueSize(goja.FunctionCall) goja.Value {
	return s.b.vm.ToValue(s.writeQueueSize)
}

// jsInfo() describes the established connection: protocol, cipher,
// standardCipher, alpnProtocol, servername; null before the handshake is
// done.
func (s *session) jsInfo(goja.FunctionCall) goja.Value {
	if s.state == nil {
		return goja.Null()
	}
	st := s.state
	vm := s.b.vm
	o := vm.NewObject()
	_ = o.Set("protocol", protocolName(st.Version))
	name, standard := cipherNames(st.CipherSuite)
	_ = o.Set("cipher", name)
	_ = o.Set("standardCipher", standard)
	if st.NegotiatedProtocol != "" {
		_ = o.Set("alpnProtocol", st.NegotiatedProtocol)
	} else {
		_ = o.Set("alpnProtocol", false)
	}
	_ = o.Set("servername", st.ServerName)
	_ = o.Set("reused", st.DidResume)
	return o
}

// jsVerifyError() checks the peer's chain against the trusted authorities
// (once per connection: the client's check of its server, or a server's of
// its client's certificate): node's code and message, or null.
func (s *session) jsVerifyError(goja.FunctionCall) goja.Value {
	if s.state == nil {
		return goja.Null()
	}
	// A TLS 1.3 session resumed without the peer's certificate passes,
	// as node lets it (a resumption looks like PSK authentication).
	if st := s.state; st.DidResume && st.Version == tls.VersionTLS13 && len(st.PeerCertificates) == 0 {
		return goja.Null()
	}
	// (A client that sent no certificate gets node's code for it, as
	// verifyChain gives an empty chain.)
	if code, msg := verifyChain(s.state.PeerCertificates, s.ctx.trusted(), time.Now()); code != "" {
		return s.b.vm.ToValue([]any{code, msg})
	}
	return goja.Null()
}

// jsCertificate(detailed) is the peer's certificate (peer) or this side's
// own, as getPeerCertificate() and getCertificate() give them.
func (s *session) jsCertificate(call goja.FunctionCall, peer bool) goja.Value {
	var chain []*x509.Certificate
	if peer {
		if s.state == nil {
			return goja.Null()
		}
		// The chain as node shows it: completed from the trusted
		// authorities, each certificate's issuerCertificate its issuer.
		chain = buildPath(s.state.PeerCertificates, s.ctx.trusted(), time.Now()).certs
	} else if len(s.ctx.certs) > 0 && s.ctx.certs[0].Leaf != nil {
		chain = []*x509.Certificate{s.ctx.certs[0].Leaf}
	}
	v, err := peerCertificate(s.b.rt, chain, call.Argument(0).ToBoolean())
	if err != nil {
		s.b.rt.Rethrow(err)
	}
	return v
}

// errorValue is a JavaScript Error for a TLS failure, with the code and
// message node's OpenSSL errors have where there is a counterpart.
func (s *session) errorValue(err error, handshake bool) goja.Value {
	code, msg := tlsError(err, handshake)
	e, jsErr := s.b.vm.New(s.b.vm.Get("Error"), s.b.vm.ToValue(msg))
	if jsErr != nil {
		s.b.rt.Rethrow(jsErr)
	}
	_ = e.Set("code", code)
	return e
}

// tlsError maps a crypto/tls failure to node's code and message.
func tlsError(err error, handshake bool) (code, message string) {
	if handshake && (errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, errPipeClosed)) {
		return "ECONNRESET", "Client network socket disconnected before secure TLS connection was established"
	}
	msg := err.Error()
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Op == "remote error" {
		// An alert from the peer: "tls: bad certificate".
		reason := alertReason(strings.TrimPrefix(opErr.Err.Error(), "tls: "))
		return "ERR_SSL_" + strings.ToUpper(strings.ReplaceAll(reason, " ", "_")), reason
	}
	var recErr tls.RecordHeaderError
	if errors.As(err, &recErr) {
		switch string(recErr.RecordHeader[:4]) {
		case "GET ", "POST", "HEAD", "PUT ":
			return "ERR_SSL_HTTP_REQUEST", "http request"
		case "CONN":
			return "ERR_SSL_HTTPS_PROXY_REQUEST", "https proxy request"
		}
		return "ERR_SSL_WRONG_VERSION_NUMBER", "wrong version number"
	}
	switch {
	case strings.Contains(msg, "unsupported versions"), strings.Contains(msg, "oversized record"):
		return "ERR_SSL_WRONG_VERSION_NUMBER", "wrong version number"
	case strings.Contains(msg, "unsupported application protocols"):
		return "ERR_SSL_NO_APPLICATION_PROTOCOL", "no application protocol"
	case strings.Contains(msg, "client didn't provide a certificate"):
		return "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE", "peer did not return a certificate"
	case strings.Contains(msg, "no certificates configured"):
		return "ERR_SSL_NO_SHARED_CIPHER", "no shared cipher"
	}
	return "ERR_SSL_SSL_HANDSHAKE_FAILURE", strings.TrimPrefix(msg, "tls: ")
}

// sslv3Alerts are the alerts OpenSSL names "sslv3 alert ..." (those of
// SSL 3.0); it names the later ones "tlsv1 alert ...".
var sslv3Alerts = map[string]bool{
	"close notify": true, "unexpected message": true, "bad record MAC": true, "decompression failure": true,
	"handshake failure": true, "bad certificate": true, "unsupported certificate": true,
	"certificate revoked": true, "certificate expired": true, "certificate unknown": true, "illegal parameter": true,
}

// alertNames are OpenSSL's names of the alerts Go names otherwise.
var alertNames = map[string]string{
	"bad record MAC":                 "bad record mac",
	"unknown certificate authority":  "unknown ca",
	"error decoding message":         "decode error",
	"error decrypting message":       "decrypt error",
	"protocol version not supported": "protocol version",
	"insufficient security level":    "insufficient security",
	"missing extension":              "missing extension",
	"unsupported extension":          "unsupported extension",
	"unrecognized name":              "unrecognized name",
	"certificate required":           "certificate required",
}

// alertReason is OpenSSL's reason for an alert Go describes as desc.
func alertReason(desc string) string {
	prefix := "tlsv1 alert "
	if sslv3Alerts[desc] {
		prefix = "sslv3 alert "
	} else if desc == "certificate required" {
		prefix = "tlsv13 alert "
	}
	if name, ok := alertNames[desc]; ok {
		desc = name
	}
	return prefix + desc
}

// protocolName is OpenSSL's name of a TLS version.
func protocolName(v uint16) string {
	switch v {
	case tls.VersionTLS13:
		return "TLSv1.3"
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS11:
		return "TLSv1.1"
	case tls.VersionTLS10:
		return "TLSv1"
	}
	return "unknown"
}

// cipherNames are OpenSSL's and the standard (IANA) name of a suite.
func cipherNames(id uint16) (openssl, standard string) {
	standard = tls.CipherSuiteName(id)
	if strings.HasPrefix(standard, "TLS_AES_") || strings.HasPrefix(standard, "TLS_CHACHA20_") {
		return standard, standard
	}
	// TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 → ECDHE-RSA-AES128-GCM-SHA256
	name := strings.TrimPrefix(standard, "TLS_")
	name = strings.Replace(name, "_WITH_", "_", 1)
	name = strings.ReplaceAll(name, "AES_128", "AES128")
	name = strings.ReplaceAll(name, "AES_256", "AES256")
	name = strings.ReplaceAll(name, "CHACHA20_POLY1305", "CHACHA20-POLY1305")
	name = strings.TrimSuffix(name, "_SHA")
	return strings.ReplaceAll(name, "_", "-"), standard
}
