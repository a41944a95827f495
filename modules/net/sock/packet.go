package sock

import (
	"bytes"
	"sync/atomic"

	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/internal/fdpoll"
)

// maxPacketsPerTurn is how many datagrams one loop turn reads and delivers
// before it lets other work run, as libuv's 32.
const maxPacketsPerTurn = 32

// Datagram is one received datagram.
type Datagram struct {
	Data []byte
	From unix.Sockaddr
}

// Packet is a datagram (UDP) socket.
//
// Unlike a stream, it reads on the loop, one datagram at a time, only while
// the loop is receiving, as libuv does: a socket that several processes
// share (a cluster's dgram workers) must leave every datagram it is not
// going to deliver to the others, so nothing may be read ahead of the
// loop or lost when the socket stops receiving or closes.
type Packet struct {
	fd        *FD
	w         writer
	post      func(func())
	onRecv    func(d Datagram, err error)
	drainFn   func()
	scheduled atomic.Bool // a drain is posted and has not started yet
	receiving bool        // loop goroutine only, as closed
	closed    bool
}

// NewPacket runs fd, a datagram socket, on the poller. onRecv runs on the
// loop with each datagram, or with a receive error (receiving continues).
func NewPacket(fd *FD, post func(func()), onRecv func(d Datagram, err error)) (*Packet, error) {
	if err := fd.register(); err != nil {
		return nil, err
	}
	p := &Packet{fd: fd, post: post, onRecv: onRecv}
	p.drainFn = p.drain
	p.w.init(fd, post)
	fd.pd.SetReadHandler(p.readable)
	return p, nil
}

// readable is the poller's read handler: it has the loop read.
func (p *Packet) readable() {
	if p.scheduled.CompareAndSwap(false, true) {
		p.post(p.drainFn)
	}
}

// drain reads and delivers datagrams while the loop receives, until the
// socket is empty (the edge-triggered poller then calls readable again)
// or a turn's worth was read (another turn follows). Loop goroutine.
func (p *Packet) drain() {
	p.scheduled.Store(false)
	if !p.receiving || p.closed {
		return
	}
	bp := readBufs.Get().(*[]byte)
	defer readBufs.Put(bp)
	for range maxPacketsPerTurn {
		var (
			d   Datagram
			err error
		)
		cerr := p.fd.pd.Control(func(fd uintptr) { d, err = readDatagram(int(fd), *bp) })
		switch {
		case cerr != nil, err == unix.EAGAIN:
			return
		case err == unix.EINTR:
			continue
		}
		p.onRecv(d, err)
		if !p.receiving || p.closed {
			return
		}
	}
	p.readable()
}

func readDatagram(fd int, buf []byte) (Datagram, error) {
	n, from, err := fdpoll.Recvfrom(fd, buf, 0)
	if err != nil {
		return Datagram{}, err
	}
	return Datagram{Data: bytes.Clone(buf[:n]), From: from}, nil
}

// RecvStart starts (or resumes) delivering datagrams, beginning with any
// the socket holds already.
func (p *Packet) RecvStart() {
	if p.receiving || p.closed {
		return
	}
	p.receiving = true
	p.readable()
}

// RecvStop stops delivering datagrams; the socket keeps those that arrive.
func (p *Packet) RecvStop() { p.receiving = false }

// Receiving reports whether datagrams are being delivered.
func (p *Packet) Receiving() bool { return p.receiving && !p.closed }

// Send sends bufs as one datagram to `to` (nil on a connected socket). As
// Stream.Write, async=false means it was sent now and done is not called.
func (p *Packet) Send(bufs [][]byte, to unix.Sockaddr, done func(error)) (async bool, err error) {
	size := 0
	for _, b := range bufs {
		size += len(b)
	}
	return p.w.submit(&writeReq{bufs: bufs, to: to, dgram: true, size: size, done: done})
}

// SendQueueSize is the number of bytes waiting to be sent.
func (p *Packet) SendQueueSize() int { return p.w.pendingBytes() }

// Close stops receiving and sending and closes the descriptor.
func (p *Packet) Close() {
	p.closed = true
	_ = p.fd.Close()
}
