// Package tty implements node's 'tty' core module: isatty, and ReadStream
// and WriteStream, net.Sockets over a terminal with node's terminal methods
// (raw mode, window size, color depth, cursor control). A Go binding
// (internal/tty) asks the terminal; tty.js builds the classes.
package tty

import (
	_ "embed"
	"fmt"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/net"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

//go:embed tty.js
var source string

// Modules are the tty package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &net.Modules},
	Core: []runtime.Module{
		{Name: "internal/tty", Load: loadBinding},
		{Name: "tty", Source: &source},
	}}

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	b := vm.NewObject()
	// isTTY(fd) reports whether fd is a terminal.
	_ = b.Set("isTTY", func(fd int) bool { return isTerminal(fd) })
	// open(fd) returns the descriptor a ReadStream or WriteStream over fd
	// uses: for a terminal, the terminal opened anew, so that the stream's
	// non-blocking mode does not leak to other processes sharing it (libuv
	// reopens it too), or fd itself if that fails; a pipe or socket as it
	// is, as libuv takes one; a negative errno for anything else.
	_ = b.Set("open", func(fd int) int {
		var st unix.Stat_t
		switch {
		case isTerminal(fd):
			nfd, err := unix.Open(fmt.Sprintf("/proc/self/fd/%d", fd), unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
			if err != nil {
				return fd
			}
			return nfd
		case unix.Fstat(fd, &st) != nil:
			return -int(unix.EINVAL)
		case st.Mode&unix.S_IFMT == unix.S_IFIFO || st.Mode&unix.S_IFMT == unix.S_IFSOCK:
			return fd
		}
		return -int(unix.EINVAL)
	})
	// windowSize(fd) is [columns, rows], or undefined.
	_ = b.Set("windowSize", func(fd int) goja.Value {
		ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
		if err != nil {
			return goja.Undefined()
		}
		return vm.ToValue([]int{int(ws.Col), int(ws.Row)})
	})
	// setRawMode(fd, raw) switches the terminal's raw mode as libuv's
	// UV_TTY_MODE_RAW does, restoring the original settings when raw is
	// false; it returns 0 or a negative errno.
	saved := map[int]*unix.Termios{}
	_ = b.Set("setRawMode", func(fd int, raw bool) int {
		if !raw {
			if orig := saved[fd]; orig != nil {
				if err := unix.IoctlSetTermios(fd, unix.TCSETSW, orig); err != nil {
					return -int(runtime.ErrnoOf(err))
				}
			}
			return 0
		}
		t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
		if err != nil {
			return -int(runtime.ErrnoOf(err))
		}
		if saved[fd] == nil {
			orig := *t
			saved[fd] = &orig
		}
		t.Iflag &^= unix.BRKINT | unix.ICRNL | unix.INPCK | unix.ISTRIP | unix.IXON
		t.Oflag |= unix.ONLCR
		t.Cflag |= unix.CS8
		t.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG
		t.Cc[unix.VMIN] = 1
		t.Cc[unix.VTIME] = 0
		if err := unix.IoctlSetTermios(fd, unix.TCSETSW, t); err != nil {
			return -int(runtime.ErrnoOf(err))
		}
		return 0
	})
	return module.Set("exports", b)
}

func isTerminal(fd int) bool {
	if fd < 0 {
		return false
	}
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}
