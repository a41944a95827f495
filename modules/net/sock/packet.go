package sock

import (
	"golang.org/x/sys/unix"

	"github.com/gonode/gonode/internal/fdpoll"
)

// maxPacketReadAhead is how many bytes of datagrams are read ahead of the
// loop; beyond it the kernel buffers (and eventually drops) datagrams.
const maxPacketReadAhead = 256 << 10

// Datagram is one received datagram.
type Datagram struct {
	Data []byte
	From unix.Sockaddr
}

// Packet is a datagram (UDP) socket.
type Packet struct {
	fd *FD
	r  reader[Datagram]
	w  writer
}

// NewPacket runs fd, a datagram socket, on the poller. onRecv runs on the
// loop with each datagram, or with a receive error (receiving continues).
func NewPacket(fd *FD, post func(func()), onRecv func(d Datagram, err error)) (*Packet, error) {
	if err := fd.register(); err != nil {
		return nil, err
	}
	p := &Packet{fd: fd}
	p.r.init(fd, post, maxPacketReadAhead)
	p.r.read = readDatagram
	p.r.deliver = onRecv
	p.w.init(fd, post)
	return p, nil
}

func readDatagram(fd int, buf []byte) (Datagram, int, error) {
	n, from, err := fdpoll.Recvfrom(fd, buf, 0)
	if err != nil {
		return Datagram{}, 0, err
	}
	data := make([]byte, n)
	copy(data, buf[:n])
	return Datagram{Data: data, From: from}, n, nil
}

// RecvStart starts (or resumes) delivering datagrams.
func (p *Packet) RecvStart() { p.r.start() }

// RecvStop stops delivering datagrams.
func (p *Packet) RecvStop() { p.r.stop() }

// Receiving reports whether datagrams are being delivered.
func (p *Packet) Receiving() bool { return p.r.active() }

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
	p.r.close()
	_ = p.fd.Close()
}
