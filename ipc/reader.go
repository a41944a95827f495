package ipc

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unsafe"

	"github.com/gonode/gonode/internal/fdpoll"
	"github.com/gonode/gonode/internal/v8ser"
	"golang.org/x/sys/unix"
)

const (
	readSize      = 64 << 10 // minimum free space offered to each recvmsg (node reads 64 KiB)
	maxFDsPerRead = 64       // SCM_RIGHTS room per recvmsg, as libuv
	handoffSize   = 1 << 20  // completed data at least this big is handed over, not copied
)

// Frame is one message received on a Channel: a newline-terminated line,
// or in advanced mode a length-prefixed V8 serialization.
type Frame struct {
	// Data is the line without its '\n' (a trailing '\r' or padding spaces
	// are kept; JSON parsing ignores them), or the advanced message without
	// its length. Frames of one batch share a buffer that the Channel never
	// touches again, unless the consumer gives it back with Release.
	Data []byte
	// Internal is true for node's internal messages: a JSON object whose
	// "cmd" is a string longer than 5 characters starting with "NODE_".
	Internal bool
	// Cmd is the cmd of an internal message, else "".
	Cmd string
	// FD is the descriptor received for a NODE_HANDLE message (popped from
	// the FIFO of received fds; close-on-exec), else the zero FD. The
	// consumer owns it.
	FD FD
	// Err is a *SyntaxError when the line is empty or not valid JSON (node
	// would throw it from JSON.parse; not checked for lines that cannot be
	// internal after LeaveChecksToDecode), or in advanced mode the error of
	// v8ser.ScanMessage for malformed data; Internal, Cmd and FD are then
	// zero.
	Err error
}

// lineReader turns the byte stream into frames.
type lineReader struct {
	c    *Channel
	buf  []byte  // received bytes not yet delivered: a partial line, then new data
	seen int     // prefix of buf known to contain no '\n'
	ends []int   // scratch: offsets of the '\n's found in one read
	fds  []FD    // received fds not yet claimed by a NODE_HANDLE frame
	sn   sniffer // scratch for classify
}

// inbound is a started channel's reading: reads run where readiness is
// seen, on the poller's goroutine or in the loop's fdpoll.Poll
// (fdpoll.Desc.SetReadHandler), so that a message costs no hand-over to a
// reader goroutine of its own. The first read, and reads after a long run
// of full ones, run on a goroutine. A read that finds the socket empty
// (Poll tries it without an event) delivers nothing.
type inbound struct {
	c       *Channel
	r       *lineReader
	oob     []byte
	onBatch func([]Frame)
	onEnd   func(error)

	mu    sync.Mutex
	busy  bool // someone is reading; the others leave it to them
	again bool // readiness came while busy: read once more
	ended bool
}

// maxReadsPerEvent bounds the reads one readiness event makes on the
// poller's goroutine (a flood would keep other descriptors waiting); the
// rest go on on a goroutine of their own.
const maxReadsPerEvent = 16

// readable is the read handler: it reads what the socket holds, unless
// someone else is reading.
func (in *inbound) readable() { in.wake(maxReadsPerEvent) }

// readOn is readable on a goroutine of its own, without a bound.
func (in *inbound) readOn() { in.wake(-1) }

// wake reads (see run), or if someone else is reading, has them read once
// more.
func (in *inbound) wake(limit int) {
	in.mu.Lock()
	if in.busy {
		in.again = true
	}
	if in.busy || in.ended {
		in.mu.Unlock()
		return
	}
	in.busy = true
	in.mu.Unlock()
	in.run(limit)
}

// run reads while busy, until the socket is empty and no readiness came
// meanwhile, or the stream ends. limit (if >= 0) bounds the reads; past it
// the reading goes on on a new goroutine.
func (in *inbound) run(limit int) {
	for {
		more, err := in.readSome(&limit)
		in.mu.Lock()
		switch {
		case err != nil || (!more && !in.again):
			if err != nil {
				in.ended = true
			}
			in.busy = false
			in.mu.Unlock()
			if err != nil {
				in.end(err)
			}
			return
		case more && limit == 0:
			// Still busy: a goroutine takes over.
			in.mu.Unlock()
			go in.run(-1)
			return
		}
		in.again = false
		in.mu.Unlock()
	}
}

// end delivers the end of the stream; errEOF is a clean end.
func (in *inbound) end(err error) {
	if err == errEOF {
		err = nil
	}
	for _, fd := range in.r.fds {
		_ = fd.Close()
	}
	in.r.fds = nil
	in.onEnd(err)
	in.c.goroutineExited()
}

// errEOF ends readSome at the end of the stream (or ECONNRESET).
var errEOF = errors.New("ipc: end of stream")

// readSome reads until a read leaves the socket empty (more is false) or
// *limit reads were made (more is true), delivering batches; err ends the
// stream. A read that took less than it had room for and no fds left the
// socket empty (a read stops early only at the end of the queue or after a
// message with fds) and found no end of file either (see fdpoll's HungUp):
// the next readiness event calls for the next read.
func (in *inbound) readSome(limit *int) (more bool, err error) {
	c, r := in.c, in.r
	for *limit != 0 {
		if *limit > 0 {
			*limit--
		}
		if cap(r.buf)-len(r.buf) < readSize {
			grown := make([]byte, len(r.buf), max(2*cap(r.buf), len(r.buf)+readSize))
			copy(grown, r.buf)
			r.buf = grown
		}
		var n, oobn int
		var rerr error
		space := r.buf[len(r.buf):cap(r.buf)]
		err := c.pd.Control(func(fd uintptr) {
			n, oobn, rerr = receive(int(fd), space, in.oob)
		})
		if oobn > 0 {
			r.fds = append(r.fds, parseRights(in.oob[:oobn])...)
		}
		if err == nil {
			err = rerr
		}
		switch {
		case errors.Is(err, unix.EAGAIN):
			return false, nil
		case err != nil && c.isClosed():
			return false, ErrClosed
		case errors.Is(err, unix.ECONNRESET):
			return false, errEOF
		case err != nil:
			return false, fmt.Errorf("ipc: read: %w", err)
		case n == 0 && oobn == 0:
			return false, errEOF
		}
		r.buf = r.buf[:len(r.buf)+n]
		if frames := r.frames(); len(frames) > 0 {
			in.onBatch(frames)
		}
		if n < len(space) && oobn == 0 && !c.pd.HungUp() {
			return false, nil
		}
	}
	return true, nil
}

// receive is the read the reader makes. A test wraps it to learn when no
// read is under way: Linux goes on filling a read with data that arrives
// while it copies, so a write only starts a read of its own once the
// previous read has returned.
var receive = recvmsg

// recvmsg reads into p with room for fds in oob; received fds are
// close-on-exec. A raw syscall keeps this allocation-free and, unlike
// unix.Recvmsg, never mistakes a lone NUL byte that came with fds for EOF.
func recvmsg(fd int, p, oob []byte) (n, oobn int, err error) {
	var iov unix.Iovec
	iov.Base = &p[0]
	iov.SetLen(len(p))
	var msg unix.Msghdr
	msg.Iov = &iov
	msg.SetIovlen(1)
	msg.Control = &oob[0]
	msg.SetControllen(len(oob))
	n, err = fdpoll.Recvmsg(fd, &msg, unix.MSG_CMSG_CLOEXEC)
	if err != nil {
		return 0, 0, err
	}
	return n, int(msg.Controllen), nil
}

// parseRights returns every fd of the SCM_RIGHTS messages in oob.
func parseRights(oob []byte) []FD {
	msgs, err := unix.ParseSocketControlMessage(oob)
	if err != nil {
		return nil
	}
	var got []FD
	for i := range msgs {
		fds, err := unix.ParseUnixRights(&msgs[i])
		if err != nil {
			continue
		}
		for _, fd := range fds {
			got = append(got, NewFD(fd))
		}
	}
	return got
}

// frames splits off the complete frames received so far: lines, or
// length-prefixed messages in advanced mode. Only bytes after r.seen are
// searched for '\n', so a long line costs linear time overall.
func (r *lineReader) frames() []Frame {
	if r.c != nil && r.c.mode == Advanced {
		return r.messages()
	}
	r.ends = r.ends[:0]
	for i := r.seen; ; {
		j := bytes.IndexByte(r.buf[i:], '\n')
		if j < 0 {
			break
		}
		r.ends = append(r.ends, i+j)
		i += j + 1
	}
	if len(r.ends) == 0 {
		r.seen = len(r.buf)
		return nil
	}
	region := r.cut(r.ends[len(r.ends)-1]+1, 0)
	frames := make([]Frame, len(r.ends))
	start := 0
	for i, nl := range r.ends {
		frames[i] = r.frame(region[start:nl:nl])
		start = nl + 1
	}
	return frames
}

// messages splits off the complete advanced-mode messages (a 4-byte
// big-endian length, then that many bytes) received so far.
func (r *lineReader) messages() []Frame {
	r.ends = r.ends[:0]
	end := 0
	for len(r.buf)-end >= 4 {
		n := uint64(binary.BigEndian.Uint32(r.buf[end:]))
		if uint64(len(r.buf)-end-4) < n {
			break
		}
		end += 4 + int(n)
		r.ends = append(r.ends, end)
	}
	if len(r.ends) == 0 {
		return nil
	}
	// One spare byte: no frame's Data reaches the end of the region's
	// capacity, so the first one's pointer locates the region (Release).
	region := r.cut(end, 1)
	frames := make([]Frame, len(r.ends))
	start := 0
	for i, e := range r.ends {
		frames[i] = r.message(region[start+4 : e])
		start = e
	}
	return frames
}

// cut moves the completed bytes buf[:end] to a batch buffer (a region of
// capacity at least regionCap(end+spare), or buf itself when big) and keeps
// the rest in buf.
func (r *lineReader) cut(end, spare int) []byte {
	tail := r.buf[end:]
	var region []byte
	if end >= handoffSize {
		// Big: give the buffer away and start a fresh one.
		region = r.buf[:end:end]
		fresh := make([]byte, len(tail), max(2*readSize, len(tail)+readSize))
		copy(fresh, tail)
		r.buf = fresh
	} else {
		region = r.c.takeRegion(end + spare)[:end]
		copy(region, r.buf)
		if cap(r.buf) > 8*readSize {
			// A long line grew the buffer; do not keep it for small ones.
			r.buf = append(make([]byte, 0, 2*readSize), tail...)
		} else {
			r.buf = r.buf[:copy(r.buf, tail)]
		}
	}
	r.seen = len(r.buf)
	return region
}

// message classifies one advanced-mode payload like frame does a line.
func (r *lineReader) message(data []byte) Frame {
	cmd, err := v8ser.ScanMessage(data)
	if err != nil {
		return Frame{Data: data, Err: err}
	}
	f := Frame{Data: data}
	if len(cmd) > len(internalPrefix) && strings.HasPrefix(cmd, internalPrefix) {
		f.Internal, f.Cmd = true, cmd
		r.claimHandle(&f)
	}
	return f
}

func (r *lineReader) frame(line []byte) Frame {
	if r.c != nil && r.c.decodeChecks && !mayBeInternal(line) {
		return Frame{Data: line}
	}
	internal, cmd, err := classify(line, &r.sn)
	if err != nil {
		return Frame{Data: line, Err: err}
	}
	f := Frame{Data: line, Internal: internal, Cmd: cmd}
	if internal {
		r.claimHandle(&f)
	}
	return f
}

// internalPrefix starts the cmd of node's internal messages.
const internalPrefix = "NODE_"

// mayBeInternal reports whether line may hold a string that starts with
// internalPrefix once unescaped: it holds the prefix itself, or a \u
// escape (the other escapes stand for characters the prefix lacks).
func mayBeInternal(line []byte) bool {
	return bytes.Contains(line, []byte(internalPrefix)) || bytes.Contains(line, []byte(`\u`))
}

// claimHandle gives an internal NODE_HANDLE frame the oldest received fd.
func (r *lineReader) claimHandle(f *Frame) {
	if f.Cmd == "NODE_HANDLE" && len(r.fds) > 0 {
		f.FD = r.fds[0]
		r.fds = r.fds[1:]
	}
}

// Batch buffers given back by Release are reused for later batches (fresh
// memory costs page faults): at most maxRegions of them, none larger than
// handoffSize.
const maxRegions = 4

// Release gives back the buffer of a batch (all the frames one onBatch
// call received) once the consumer no longer uses any frame's Data: the
// channel will write later batches into it. Any goroutine may call it,
// at most once per batch.
func (c *Channel) Release(frames []Frame) {
	if len(frames) == 0 {
		return
	}
	last := frames[len(frames)-1].Data
	base := unsafe.SliceData(frames[0].Data)
	if c.mode == Advanced && base != nil {
		// The first frame's data follows its 4-byte length; the region has
		// a spare byte after the last frame (see messages).
		base = (*byte)(unsafe.Add(unsafe.Pointer(base), -4))
	}
	// The batch's buffer runs from the first line to the '\n' after the
	// last one (an empty last line may point at the start: then less is
	// kept), or to the spare byte after the last message; takeRegion gave
	// it at least regionCap of that capacity.
	end := int(uintptr(unsafe.Pointer(unsafe.SliceData(last)))-uintptr(unsafe.Pointer(base))) + len(last) + 1
	if base == nil || end >= handoffSize {
		return
	}
	region := unsafe.Slice(base, regionCap(end))
	c.mu.Lock()
	if len(c.regions) < maxRegions {
		c.regions = append(c.regions, region)
	}
	c.mu.Unlock()
}

// takeRegion returns a buffer of length n for a batch, reusing a released
// one if it is big enough.
func (c *Channel) takeRegion(n int) []byte {
	c.mu.Lock()
	for i, b := range c.regions {
		if cap(b) >= n {
			last := len(c.regions) - 1
			c.regions[i], c.regions[last] = c.regions[last], nil
			c.regions = c.regions[:last]
			c.mu.Unlock()
			return b[:n]
		}
	}
	c.mu.Unlock()
	return make([]byte, n, regionCap(n))
}

// regionCap is the capacity of a batch buffer for n bytes: a big batch's is
// rounded up to readSize, so that a released buffer serves batches of
// similar size; a small one gets what it needs (small batches come often,
// and when their buffers are not released the rounding would multiply the
// garbage).
func regionCap(n int) int {
	if n < readSize/4 {
		return n
	}
	return (n + readSize - 1) / readSize * readSize
}
