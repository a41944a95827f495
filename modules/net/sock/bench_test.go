package sock

import (
	"testing"

	"golang.org/x/sys/unix"
)

// BenchmarkPingPong measures one round trip of 64 bytes between two
// streams driven by one loop goroutine, as two sockets in one gonode
// process are.
func BenchmarkPingPong(b *testing.B) {
	l := &loop{tasks: make(chan func(), 1024), done: make(chan struct{})}
	go func() {
		defer close(l.done)
		for fn := range l.tasks {
			fn()
		}
	}()
	defer func() { close(l.tasks); <-l.done }()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		b.Fatal(err)
	}
	msg := make([]byte, 64)
	done := make(chan struct{})
	n := 0
	var a, c *Stream
	l.do(func() {
		a = NewStream(&FD{Sysfd: fds[0]}, l.post, func(chunk []byte, err error) {
			if err != nil {
				return
			}
			n++
			if n == b.N {
				close(done)
				return
			}
			_, _ = a.Write([][]byte{msg}, func(error) {})
		})
		c = NewStream(&FD{Sysfd: fds[1]}, l.post, func(chunk []byte, err error) {
			if err == nil {
				_, _ = c.Write([][]byte{chunk}, func(error) {})
			}
		})
		a.ReadStart()
		c.ReadStart()
	})
	b.ResetTimer()
	l.do(func() { _, _ = a.Write([][]byte{msg}, func(error) {}) })
	<-done
	b.StopTimer()
	l.do(func() { a.Close(); c.Close() })
}
