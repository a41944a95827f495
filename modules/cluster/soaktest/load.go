package soaktest

import (
	"bufio"
	"fmt"
	"math/bits"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// load is the Go client: conns goroutines, each with one keep-alive
// connection at a time, sending GET / back to back.
type load struct {
	addr    string
	conns   int
	kills   *killLog
	stopCh  chan struct{}
	wg      sync.WaitGroup
	mu      sync.Mutex
	fails   []string
	hist    [64]int64 // latency histogram: bucket b holds [2^b, 2^(b+1)) ns
	maxLat  time.Duration
	request []byte

	requests, lost, failed atomic.Int64
}

func newLoad(port string, conns int, kills *killLog) *load {
	return &load{
		addr:    net.JoinHostPort("127.0.0.1", port),
		conns:   conns,
		kills:   kills,
		stopCh:  make(chan struct{}),
		request: []byte("GET / HTTP/1.1\r\nHost: soak\r\n\r\n"),
	}
}

func (l *load) start() {
	for range l.conns {
		l.wg.Add(1)
		go l.client()
	}
}

// stop ends the load after each client's current request and waits.
func (l *load) stop() {
	close(l.stopCh)
	l.wg.Wait()
}

func (l *load) stopped() bool {
	select {
	case <-l.stopCh:
		return true
	default:
		return false
	}
}

// client runs one connection after the other until stopped.
func (l *load) client() {
	defer l.wg.Done()
	var hist [64]int64
	var maxLat time.Duration
	defer func() {
		l.mu.Lock()
		for i, n := range hist {
			l.hist[i] += n
		}
		l.maxLat = max(l.maxLat, maxLat)
		l.mu.Unlock()
	}()
	for !l.stopped() {
		dialAt := time.Now()
		conn, err := net.DialTimeout("tcp", l.addr, reqTimeout)
		if err != nil {
			l.fail("", dialAt, fmt.Errorf("dial: %w", err))
			continue
		}
		br := bufio.NewReader(conn)
		worker := ""
		for !l.stopped() {
			t0 := time.Now()
			_ = conn.SetDeadline(t0.Add(reqTimeout))
			_, err := conn.Write(l.request)
			var id string
			if err == nil {
				id, err = checkAnswer(br)
			}
			if err != nil {
				l.fail(worker, dialAt, err)
				break
			}
			lat := time.Since(t0)
			hist[bits.Len64(uint64(lat))]++
			maxLat = max(maxLat, lat)
			worker = id
			l.requests.Add(1)
		}
		conn.Close()
	}
}

// fail counts a failed request as lost to a kill or as a failure.
func (l *load) fail(worker string, dialAt time.Time, err error) {
	if l.kills.explains(worker, dialAt, time.Now()) {
		l.lost.Add(1)
		return
	}
	l.failed.Add(1)
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.fails) < 5 {
		on := worker
		if on == "" {
			on = "no answer yet"
		}
		l.fails = append(l.fails, fmt.Sprintf("%v (worker %s)", err, on))
	}
}

// report adds the counts and latency figures to r; call after stop.
func (l *load) report(r *Report) {
	r.Requests, r.Lost, r.Failed = l.requests.Load(), l.lost.Load(), l.failed.Load()
	r.Failures = l.fails
	r.MaxLatency = l.maxLat
	r.P50, r.P99 = l.quantile(0.50), l.quantile(0.99)
}

// quantile is the upper bound of the histogram bucket holding quantile q.
func (l *load) quantile(q float64) time.Duration {
	var total int64
	for _, n := range l.hist {
		total += n
	}
	want := int64(q * float64(total))
	var seen int64
	for b, n := range l.hist {
		seen += n
		if seen > want {
			return time.Duration(uint64(1) << b)
		}
	}
	return 0
}
