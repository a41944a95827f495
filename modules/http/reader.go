package http

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// eventKind says what an event carries.
type eventKind uint8

const (
	evHead  eventKind = iota // a message head; with complete, its whole body too
	evBody                   // a piece of the current message's body
	evEnd                    // the current message is complete (trailers in raw)
	evError                  // a parse error; the stream stops
	evEOF                    // the stream ended (midMessage: inside a message)
)

// event is one thing the reader found, handed to the loop in batches.
type event struct {
	kind       eventKind
	head       *head
	data       []byte   // evHead (complete) and evBody
	complete   bool     // evHead: data is the whole body
	raw        []string // evEnd: the trailers
	err        *parseError
	rest       []byte // evHead with upgrade: the bytes after the head
	midMessage bool   // evEOF
	// afterMessage (evError): the error is in bytes that came with a
	// response that is complete; it is reported although the response's
	// end freed the parser.
	afterMessage bool
}

// Reader buffer size: one read of a large body, and room for the longest
// header line node accepts by default.
const readBufferSize = 64 << 10

// bodyChunk is the largest body piece handed to JavaScript at once.
const bodyChunk = 64 << 10

// maxInlineBody is the largest body delivered together with its head when it
// has already arrived.
const maxInlineBody = 16 << 10

// creditLimit is how many body pieces may wait for JavaScript at once.
const creditLimit = 4

// errStopped ends the reader goroutine when the loop closed the stream.
var errStopped = errors.New("http: parser closed")

// msgStream reads HTTP messages from r on its own goroutine: the heads,
// bodies and trailers of requests (a server) or responses (a client). It
// hands what it found to deliver in batches, one batch just before each read
// that may block, so pipelined messages that arrived together cross to the
// loop together.
type msgStream struct {
	// br buffers the stream; it is nil while a stream that takes its
	// buffers from readerPool (pooled) is between messages.
	br     *bufio.Reader
	pooled bool
	// src is what br reads: the stream, through flushingReader.
	src *flushingReader
	// idle takes the first bytes of the next message while the stream,
	// between messages with nothing buffered, has given br back to the
	// pool (waitIdle).
	idle          [idleReadSize]byte
	isResponse    bool
	maxHeaderSize int
	deliver       func([]event) // called on the reader goroutine; must not block
	// lenient: the messages are parsed as insecureHTTPParser asks (see
	// head.lenient): lines may end in a bare LF, header lines may fold.
	lenient bool
	// onStall (reader goroutine) is called when the reader waits for
	// JavaScript to take body pieces, after handing over what it found.
	onStall func()
	// onWait (reader goroutine) is called when the reader waits for the
	// loop otherwise (paused, or deciding on an upgrade), after handing
	// over what it found.
	onWait func()
	// deciding is set while an upgrade head waits for decide.
	deciding atomic.Bool
	// stalled is set while the reader waits for body credits.
	stalled atomic.Bool
	pending []event
	// read counts the bytes read from the underlying stream; packet is the
	// data of the last read (what node's parse errors call rawPacket).
	read   int64
	packet []byte
	// continued is set while packet continues the bytes of idle that
	// the read of waitIdle filled (node read them together, in one
	// packet); continues is set from that read to the next.
	continued, continues bool
	readErr              error // the last error of the underlying stream
	// pipe, when set, is the source r, or what it switched to: bytes fed
	// from JavaScript.
	pipe atomic.Pointer[feedPipe]

	credits chan struct{} // body pieces handed over and not yet consumed
	ctrl    chan bool     // after an upgrade head: true = the caller takes the stream
	done    chan struct{} // closed by stop

	// headStart is when the head being read began (Unix ms), 0 between
	// messages; a server connection's first starts with the connection.
	// The server's headersTimeout watches it.
	headStart atomic.Int64
	// heads counts the heads begun (their first bytes read), for the loop
	// to tell a connection whose message is on its way from an idle one.
	heads       atomic.Int64
	waitingHead bool // reader goroutine: between messages

	mu       sync.Mutex
	resumed  sync.Cond
	paused   bool     // the server stops reading requests while responses back up
	methods  []string // client: the methods of requests sent and not yet answered
	stopOnce sync.Once
}

// newMsgStream prepares a reader over r; run starts it.
func newMsgStream(r io.Reader, isResponse bool, maxHeaderSize int, deliver func([]event)) *msgStream {
	s := &msgStream{
		isResponse:    isResponse,
		maxHeaderSize: maxHeaderSize,
		deliver:       deliver,
		credits:       make(chan struct{}, creditLimit),
		ctrl:          make(chan bool, 1),
		done:          make(chan struct{}),
	}
	s.resumed.L = &s.mu
	s.src = &flushingReader{r: r, s: s}
	if size := max(readBufferSize, maxHeaderSize+2); size > readBufferSize {
		s.br = bufio.NewReaderSize(s.src, size)
	} else {
		s.pooled = true
	}
	return s
}

// idleReadSize is how much of the next message a stream waiting between
// messages reads before it takes a read buffer again: a request head of
// a browser or a load generator fits.
const idleReadSize = 1 << 10

// waitIdle waits for the next message's first bytes when nothing of it is
// buffered, without holding a read buffer: an idle keep-alive connection
// would otherwise keep 64 KiB (reader goroutine). The buffer goes back to
// the pool, the first bytes are read into s.idle, and the buffer taken
// then is given them first. When no byte came, it returns the read's
// error (the stream has ended) without taking a buffer again.
func (s *msgStream) waitIdle() error {
	if !s.pooled {
		return nil
	}
	if s.br != nil {
		putReader(s.br)
		s.br = nil
	}
	s.continues = false
	n, err := s.src.Read(s.idle[:])
	if n == 0 && err != nil {
		return err
	}
	s.continues = n == len(s.idle)
	s.src.first, s.src.firstErr = s.idle[:n], err
	s.br = readerPool.Get().(*bufio.Reader)
	s.br.Reset(s.src)
	return nil
}

// readerPool holds the read buffers (64 KiB each) of streams between
// messages (waitIdle) and of streams that ended: a server would otherwise
// allocate and clear one for each request.
var readerPool = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, readBufferSize) }}

// putReader gives a read buffer back to the pool. Nothing the stream
// handed over points into it: bodies, heads and the bytes after an
// upgrade are copies.
func putReader(br *bufio.Reader) {
	br.Reset(nil)
	readerPool.Put(br)
}

// recycle gives the stream's read buffer back once run has returned
// (reader goroutine).
func (s *msgStream) recycle() {
	if s.pooled && s.br != nil {
		putReader(s.br)
	}
	s.br = nil
}

// flushingReader hands the pending events over before each read of the
// underlying stream, which may block.
type flushingReader struct {
	r io.Reader
	s *msgStream
	// first and firstErr are the result of a read made by waitIdle, which
	// the next Read returns.
	first    []byte
	firstErr error
}

func (f *flushingReader) Read(p []byte) (int, error) {
	if f.first != nil || f.firstErr != nil {
		n := copy(p, f.first)
		f.first = f.first[n:]
		var err error
		if len(f.first) == 0 {
			f.first, err, f.firstErr = nil, f.firstErr, nil
		}
		return n, err
	}
	f.s.flush()
	n, err := f.r.Read(p)
	if n > 0 {
		f.s.read += int64(n)
		f.s.packet = p[:n]
		f.s.continued, f.s.continues = f.s.continues, false
	}
	if n > 0 && f.s.waitingHead {
		f.s.markHeadStart()
	}
	return n, err
}

func (s *msgStream) emit(ev event) {
	if ev.kind == evError {
		s.locate(ev.err)
	}
	s.pending = append(s.pending, ev)
}

// locate sets where in the last packet read a parse error lies, as node's
// parser reports it: the packet and how much of it was parsed before the
// error (an error in an earlier packet is placed at the start of this one).
func (s *msgStream) locate(pe *parseError) {
	pos := s.read - int64(s.br.Buffered()) - int64(pe.back)
	packet := s.packet
	if s.continued {
		packet = append(s.idle[:len(s.idle):len(s.idle)], packet...)
	}
	start := s.read - int64(len(packet))
	pe.bytesParsed = int(min(max(pos-start, 0), int64(len(packet))))
	pe.packet = append([]byte(nil), packet...)
}

// inLine places a parse error found in line, the line just read.
func inLine(err error, line []byte) error {
	if pe, ok := err.(*parseError); ok {
		pe.back = len(line) - pe.at
	}
	return err
}

func (s *msgStream) flush() {
	if len(s.pending) > 0 {
		batch := s.pending
		s.pending = nil
		s.deliver(batch)
	}
}

// stop ends the reader: it returns at its next wait. The caller closes the
// underlying stream to end a read in progress.
func (s *msgStream) stop() {
	s.stopOnce.Do(func() {
		close(s.done)
		s.setPaused(false)
	})
}

// setPaused stops or resumes the reading of further messages (any
// goroutine); the message in progress is read to its end.
func (s *msgStream) setPaused(paused bool) {
	s.mu.Lock()
	s.paused = paused
	s.mu.Unlock()
	s.resumed.Broadcast()
}

// waitResumed blocks while the stream is paused.
func (s *msgStream) waitResumed() {
	s.mu.Lock()
	paused := s.paused
	s.mu.Unlock()
	if !paused {
		return
	}
	s.flush()
	if s.onWait != nil {
		s.onWait()
	}
	s.mu.Lock()
	for s.paused {
		s.resumed.Wait()
	}
	s.mu.Unlock()
}

// isPaused reports whether the loop paused the stream (setPaused).
func (s *msgStream) isPaused() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.paused
}

// consumed returns the credit of one body piece (loop goroutine).
func (s *msgStream) consumed() {
	select {
	case <-s.credits:
	default:
	}
}

// decide answers an upgrade head (loop goroutine): take = the caller takes
// over the stream after the head.
func (s *msgStream) decide(take bool) {
	select {
	case s.ctrl <- take:
	default:
	}
}

// expect records the method of a request sent, so that the reader knows
// whether its response has a body (client).
func (s *msgStream) expect(method string) {
	s.mu.Lock()
	s.methods = append(s.methods, method)
	s.mu.Unlock()
}

func (s *msgStream) nextMethod(final bool) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.methods) == 0 {
		return ""
	}
	m := s.methods[0]
	if final {
		s.methods = s.methods[1:]
	}
	return m
}

// run reads messages until the stream ends, fails or is taken over. It
// returns the error that ended it (io.EOF at a clean end) and, when the
// caller took the stream over after an upgrade, taken = true.
func (s *msgStream) run() (taken bool, err error) {
	defer s.flush()
	for {
		s.waitResumed()
		select {
		case <-s.done:
			return false, errStopped
		default:
		}
		h, err := s.readHead()
		if err != nil {
			var pe *parseError
			switch {
			case errors.As(err, &pe):
				s.emit(event{kind: evError, err: pe})
			case err == io.EOF:
				s.emit(event{kind: evEOF})
			case errors.Is(err, io.ErrUnexpectedEOF):
				s.emit(event{kind: evEOF, midMessage: true})
				err = io.EOF
			}
			return false, err
		}
		method := ""
		if s.isResponse {
			method = s.nextMethod(h.statusCode >= 200 || h.statusCode == 101)
		}
		noBody := s.isResponse && (h.statusCode < 200 || h.statusCode == 204 ||
			h.statusCode == 304 || method == "HEAD")
		if err := h.finish(s.isResponse, noBody); err != nil {
			s.emit(event{kind: evError, err: err.(*parseError)})
			return false, err
		}
		if s.isResponse && method == "CONNECT" && h.statusCode/100 == 2 {
			h.upgrade = true
		}
		if h.upgrade {
			if take, err := s.offerUpgrade(h); take || err != nil || s.isResponse {
				return take, err
			}
		}
		if !s.isResponse && h.unframed() {
			s.emit(event{kind: evHead, head: h})
			pe := perr("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`")
			s.emit(event{kind: evError, err: pe})
			return false, pe
		}
		more, err := s.readBody(h, noBody)
		if err != nil || !more {
			return false, err
		}
		if pe := s.dataAfterResponse(h); pe != nil {
			s.emit(event{kind: evError, err: pe, afterMessage: true})
			return false, pe
		}
	}
}

// dataAfterResponse checks the bytes that arrived with a complete final
// response, as llhttp does within one read: after a response that closes
// the connection there may be none, and after another, only the start of
// the next response.
func (s *msgStream) dataAfterResponse(h *head) *parseError {
	if !s.isResponse || h.statusCode < 200 {
		return nil
	}
	// Line ends between messages are skipped, as llhttp skips them (also
	// after a response that closes the connection).
	buffered, _ := s.br.Peek(s.br.Buffered())
	n := len(bytes.TrimLeft(buffered, "\r\n"))
	if n == 0 {
		return nil
	}
	_, _ = s.br.Discard(len(buffered) - n)
	if !h.keepAlive {
		pe := perr("HPE_CLOSED_CONNECTION", "Data after `Connection: close`")
		pe.back = -1 // llhttp stops after the first byte
		return pe
	}
	next, _ := s.br.Peek(min(n, 5))
	for _, proto := range []string{"HTTP/", "RTSP/", "ICE/"} {
		if m := min(len(next), len(proto)); string(next[:m]) == proto[:m] {
			return nil
		}
	}
	return perr("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")
}

// offerUpgrade hands an upgrade head over with the bytes that followed it
// (those read and, from a pipe, those fed) and waits for the loop to decide
// whether it takes the stream.
func (s *msgStream) offerUpgrade(h *head) (bool, error) {
	rest, _ := s.br.Peek(s.br.Buffered())
	rest = append([]byte(nil), rest...)
	buffered := len(rest)
	var fed []byte
	pipe := s.pipe.Load()
	if pipe != nil {
		fed = pipe.drain()
		rest = append(rest, fed...)
	}
	s.deciding.Store(true)
	defer s.deciding.Store(false)
	s.emit(event{kind: evHead, head: h, rest: rest, complete: true})
	s.flush()
	if s.onWait != nil {
		s.onWait()
	}
	select {
	case take := <-s.ctrl:
		if take {
			_, _ = s.br.Discard(buffered)
		} else if pipe != nil {
			pipe.unread(fed)
		}
		return take, nil
	case <-s.done:
		return false, errStopped
	}
}

func (s *msgStream) markHeadStart() {
	s.waitingHead = false
	s.heads.Add(1)
	s.headStart.Store(time.Now().UnixMilli())
}

// readHead reads a start line and header section.
func (s *msgStream) readHead() (*head, error) {
	s.waitingHead = true
	defer func() {
		s.waitingHead = false
		s.headStart.Store(0)
	}()
	if s.br != nil && s.br.Buffered() > 0 {
		s.markHeadStart()
	} else if err := s.waitIdle(); err != nil {
		return nil, err
	}
	h := &head{contentLength: -1, lenient: s.lenient}
	size := 0
	started := false
	for {
		if !started && !s.isResponse {
			if err := s.badRequestStart(); err != nil {
				return nil, err
			}
		}
		line, err := s.br.ReadSlice('\n')
		size += len(line)
		if size > s.maxHeaderSize || err == bufio.ErrBufferFull {
			overflow := perr("HPE_HEADER_OVERFLOW", "Header overflow")
			if err == nil {
				overflow.back = 1 // llhttp stops at the line's LF
			}
			return nil, overflow
		}
		if err != nil {
			if err == io.EOF && (started || len(line) > 0) {
				return nil, io.ErrUnexpectedEOF
			}
			return nil, err
		}
		n := len(line) - 1
		crlf := n > 0 && line[n-1] == '\r'
		if crlf {
			n--
		}
		body := line[:n]
		if !started {
			if n == 0 && crlf {
				size = 0 // empty lines before a message are skipped
				if s.br.Buffered() == 0 {
					// Nothing of a message yet: the connection is idle
					// (its timeouts, and closing it, see so) until the
					// next bytes come, which start the head again.
					s.heads.Add(-1)
					s.headStart.Store(0)
					s.waitingHead = true
				}
				continue
			}
			started = true
			if (!crlf && !s.lenient) || hasCR(body) {
				if !crlf && !hasCR(body) && !s.isResponse && parseRequestLine(body, h) == nil && h.major == 0 {
					continue // an HTTP/0.9 request line may end in a bare LF
				}
				return nil, startLineCRError(crlf)
			}
			if s.isResponse {
				err = parseStatusLine(body, h)
			} else {
				err = parseRequestLine(body, h)
			}
			if err != nil {
				return nil, inLine(err, line)
			}
			continue
		}
		if n == 0 {
			if !crlf && !s.lenient {
				// llhttp takes a bare LF for the start of a header name.
				return nil, perr("HPE_INVALID_HEADER_TOKEN", "Invalid header field char")
			}
			return h, nil
		}
		if !crlf && !s.lenient {
			missing := perr("HPE_CR_EXPECTED", "Missing expected CR after header value")
			missing.back = 1 // llhttp stops at the LF
			return nil, missing
		}
		// The first header line may not start with whitespace: llhttp takes
		// a tab for a bad name, and a space for an error of its own, or
		// (lenient) skips one.
		skip := 0
		if len(h.raw) == 0 && body[0] == '\t' {
			return nil, inLine(perr("HPE_INVALID_HEADER_TOKEN", "Invalid header token"), line)
		}
		if len(h.raw) == 0 && body[0] == ' ' {
			switch {
			case !s.lenient:
				return nil, inLine(perrAt(1, "HPE_UNEXPECTED_SPACE", "Unexpected space after start line"), line)
			case len(body) == 1 || body[1] == ' ' || body[1] == '\t':
				return nil, inLine(perrAt(1, "HPE_INVALID_HEADER_TOKEN", "Invalid header token"), line)
			}
			skip, body = 1, body[1:]
		}
		if s.lenient {
			if body, err = s.unfold(body, &size); err != nil {
				return nil, err
			}
		}
		if cr := bytes.IndexByte(body, '\r'); cr >= 0 {
			return nil, inLine(shift(headerCRError(body[:cr], h), skip), line)
		}
		if err := parseHeaderLine(body, h, false); err != nil {
			return nil, inLine(shift(err, skip), line)
		}
	}
}

// unfold joins to the header line body the lines that continue it (an
// obs-fold: they start with a space or tab), as llhttp's lenient flags
// allow: their line breaks go, their whitespace stays. size counts the
// head's bytes.
func (s *msgStream) unfold(body []byte, size *int) ([]byte, error) {
	body = bytes.Clone(body) // (the reads below reuse the buffer)
	for {
		// (A line must follow: the head ends with an empty one.)
		if next, err := s.br.Peek(1); err != nil || (next[0] != ' ' && next[0] != '\t') {
			return body, nil
		}
		line, err := s.br.ReadSlice('\n')
		*size += len(line)
		switch {
		case *size > s.maxHeaderSize || err == bufio.ErrBufferFull:
			return nil, perr("HPE_HEADER_OVERFLOW", "Header overflow")
		case err == io.EOF:
			return nil, io.ErrUnexpectedEOF
		case err != nil:
			return nil, err
		}
		line = bytes.TrimSuffix(line[:len(line)-1], []byte("\r"))
		body = append(body, line...)
	}
}

// badRequestStart waits, while no line has ended, until the bytes of a
// request line can no longer begin a method, and then reports llhttp's
// error at once, as node's parser does: garbage (a TLS handshake sent to an
// HTTP port) gets its 400 without waiting for a line break that may never
// come. It returns nil once a line has ended, for readHead to parse.
func (s *msgStream) badRequestStart() error {
	for {
		n := s.br.Buffered()
		buf, _ := s.br.Peek(n)
		if bytes.IndexByte(buf, '\n') >= 0 || n >= s.br.Size() || n > 1 && buf[0] == '\r' {
			return nil
		}
		if n == 1 && buf[0] == '\r' {
			buf = nil // perhaps an empty line before the request
		}
		method := buf
		if sp := bytes.IndexByte(buf, ' '); sp >= 0 {
			method = buf[:sp]
		}
		if methodMismatch(method) < len(method) {
			err := parseRequestLine(buf, &head{})
			if err == nil {
				return nil
			}
			line := bytes.Clone(buf)
			_, _ = s.br.Discard(n)
			return inLine(err, line)
		}
		// Peek fails only when no byte came: the end of the stream, or an
		// error, which readHead would meet the same way.
		if _, err := s.br.Peek(n + 1); err != nil {
			if err == io.EOF && n > 0 {
				return io.ErrUnexpectedEOF
			}
			return err
		}
	}
}

func hasCR(b []byte) bool {
	for _, c := range b {
		if c == '\r' {
			return true
		}
	}
	return false
}

// headerCRError is llhttp's error for a header line that has a CR not
// followed by LF after the bytes prefix: the error in prefix if there is
// one, else the CR ends the header section or the value without its LF.
func headerCRError(prefix []byte, h *head) error {
	if len(prefix) == 0 {
		return perrAt(1, "HPE_STRICT", "Expected LF after headers")
	}
	if err := parseHeaderLine(prefix, h, false); err != nil {
		return err
	}
	after := len(prefix) + 1 // llhttp stops at the byte after the CR
	if len(bytes.Trim(prefix[bytes.IndexByte(prefix, ':')+1:], " \t")) == 0 {
		return perrAt(after, "HPE_STRICT", "Expected LF after CR")
	}
	return perrAt(after, "HPE_LF_EXPECTED", "Missing expected LF after header value")
}

func startLineCRError(crlf bool) error {
	if crlf {
		return perr("HPE_STRICT", "Expected CRLF after version")
	}
	return perr("HPE_INVALID_VERSION", "Expected CRLF after version")
}

// readBody reads the body of the message whose head is h and hands the head
// and the body over. more says whether another message may follow.
func (s *msgStream) readBody(h *head, noBody bool) (more bool, err error) {
	switch {
	case noBody || (!h.chunked && h.contentLength <= 0 && ((!s.isResponse && !h.hasTE) || h.contentLength == 0)):
		s.emit(event{kind: evHead, head: h, complete: true})
		return true, nil
	case h.contentLength > 0 && h.contentLength <= maxInlineBody && int64(s.br.Buffered()) >= h.contentLength:
		body := make([]byte, h.contentLength)
		_, _ = io.ReadFull(s.br, body)
		s.emit(event{kind: evHead, head: h, data: body, complete: true})
		return true, nil
	}
	s.emit(event{kind: evHead, head: h})
	var src io.Reader
	switch {
	case h.chunked:
		src = &chunkedBody{br: s.br, lenient: s.lenient}
	case h.contentLength >= 0:
		src = io.LimitReader(s.br, h.contentLength)
	default:
		src = s.br // the body runs to the end of the stream
	}
	var got int64
	for {
		buf := make([]byte, bodyChunk)
		n, rerr := src.Read(buf)
		got += int64(n)
		if n > 0 {
			if err := s.emitBody(buf[:n]); err != nil {
				return false, err
			}
		}
		if rerr == nil {
			continue
		}
		switch {
		case rerr != io.EOF:
			return false, s.bodyError(rerr)
		case h.chunked:
			return s.readTrailers()
		case h.contentLength >= 0 && got < h.contentLength:
			return false, s.bodyError(io.ErrUnexpectedEOF)
		case h.contentLength >= 0:
			s.emit(event{kind: evEnd})
			return true, nil
		default:
			s.emit(event{kind: evEnd})
			s.emit(event{kind: evEOF})
			return false, io.EOF
		}
	}
}

// emitBody hands a body piece over, first waiting for a credit so that at
// most creditLimit pieces wait for JavaScript.
func (s *msgStream) emitBody(b []byte) error {
	select {
	case s.credits <- struct{}{}:
	default:
		s.flush()
		s.stalled.Store(true)
		defer s.stalled.Store(false)
		if s.onStall != nil {
			s.onStall()
		}
		select {
		case s.credits <- struct{}{}:
		case <-s.done:
			return errStopped
		}
	}
	s.emit(event{kind: evBody, data: b})
	return nil
}

// bodyError turns a failed body read into the event JavaScript sees. A
// failure of the stream itself is the socket's to report.
func (s *msgStream) bodyError(err error) error {
	var pe *parseError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		s.emit(event{kind: evEOF, midMessage: true})
		return io.EOF
	case errors.As(err, &pe):
		s.emit(event{kind: evError, err: pe})
	}
	return err
}

// readTrailers reads the trailer section after the last chunk and ends the
// message.
func (s *msgStream) readTrailers() (bool, error) {
	t := &head{contentLength: -1, lenient: s.lenient}
	for {
		line, err := s.br.ReadSlice('\n')
		if err != nil {
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				s.emit(event{kind: evEOF, midMessage: true})
				return false, io.EOF
			}
			if err == bufio.ErrBufferFull {
				err = perr("HPE_HEADER_OVERFLOW", "Header overflow")
			}
			return false, s.bodyError(err)
		}
		n := len(line) - 1
		if n > 0 && line[n-1] == '\r' {
			n--
		} else if !s.lenient {
			return false, s.bodyError(perr("HPE_CR_EXPECTED", "Missing expected CR after header value"))
		}
		if n == 0 {
			s.emit(event{kind: evEnd, raw: t.raw})
			return true, nil
		}
		if err := parseHeaderLine(line[:n], t, true); err != nil {
			return false, s.bodyError(inLine(err, line))
		}
	}
}
