package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// watchReportEnv names, in the environment of the program --watch runs,
// the descriptor on which it reports each module file it loads, one path a
// line: the files whose change restarts it (node's --watch watches what
// the program loaded). The program's runtime takes it out of its
// environment.
const watchReportEnv = "GONODE_WATCH_REPORT_FD"

// watchSettle is how long the watcher waits after a change for the others
// an editor makes with it (a write, a rename), so that one save restarts
// the program once.
const watchSettle = 50 * time.Millisecond

// runWatched is gonode --watch: it runs the program in a process of its own
// and runs it again whenever a file it loaded (or, with --watch-path, a
// file under those paths) changes, as node's watch mode does, saying so
// in node's words. It returns when it is interrupted.
func runWatched(inv *invocation, args []string) int {
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: --watch: %v\n", os.Args[0], err)
		return 1
	}
	w, err := newFileWatcher()
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: --watch: %v\n", os.Args[0], err)
		return 1
	}
	defer w.close()
	for _, p := range inv.watchPaths {
		w.add(p)
	}
	interrupted := make(chan os.Signal, 1)
	signal.Notify(interrupted, syscall.SIGINT, syscall.SIGTERM)
	colors := stdoutIsTerminal()
	say := func(color, text string) {
		if colors {
			fmt.Printf("\x1b[%sm%s\x1b[39m\n", color, text)
		} else {
			fmt.Println(text)
		}
	}
	name := fmt.Sprintf("'%s'", inv.script)
	for {
		child, exited, err := w.start(exe, args, len(inv.watchPaths) == 0)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: --watch: %v\n", os.Args[0], err)
			return 1
		}
		select {
		case code := <-exited:
			if code == 0 {
				say("34", "Completed running "+name)
			} else {
				say("31", "Failed running "+name)
			}
			select {
			case <-w.changed:
			case <-interrupted:
				return 0
			}
		case <-w.changed:
			_ = child.Process.Signal(syscall.SIGTERM)
			<-exited
		case sig := <-interrupted:
			_ = child.Process.Signal(sig)
			<-exited
			return 0
		}
		if colors && !inv.watchPreserve {
			fmt.Print("\x1bc") // as node, a new screen for the new run
		}
		say("32", "Restarting "+name)
	}
}

// withoutWatchFlags returns the command line less its watch-mode flags: the
// program's own, as --watch runs it.
func withoutWatchFlags(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			return append(out, args[i:]...) // the script and its arguments
		}
		switch {
		case a == "--watch", a == "--watch-preserve-output", strings.HasPrefix(a, "--watch-path="):
		case a == "--watch-path":
			i++
		default:
			out = append(out, a)
		}
	}
	return out
}

// reportLoadedModules is the side of --watch in the program it runs: each
// module file loaded is reported on the descriptor watchReportEnv names.
func reportLoadedModules(opts *runtime.Options) error {
	v, ok := os.LookupEnv(watchReportEnv)
	if !ok {
		return nil
	}
	_ = os.Unsetenv(watchReportEnv)
	fd, err := strconv.Atoi(v)
	if err != nil || fd < 3 {
		return fmt.Errorf("bad %s %q", watchReportEnv, v)
	}
	unix.CloseOnExec(fd) // not the program's children's
	report := os.NewFile(uintptr(fd), "watch-report")
	opts.ModuleLoaded = func(file string) { fmt.Fprintln(report, file) }
	return nil
}

// stdoutIsTerminal reports whether stdout is a terminal.
func stdoutIsTerminal() bool {
	_, err := unix.IoctlGetTermios(int(os.Stdout.Fd()), unix.TCGETS)
	return err == nil
}

// fileWatcher tells, on changed, that a watched file changed. It watches
// the directories of the files (an editor may replace a file rather than
// write it) through inotify.
type fileWatcher struct {
	fd      int
	mu      sync.Mutex
	files   map[string]bool // watched files and directories
	dirs    map[int]watchedDir
	changed chan struct{}
}

// watchedDir is the directory of an inotify watch; whole says that any
// file in it is watched (it is under a --watch-path directory), not only
// those in files.
type watchedDir struct {
	path  string
	whole bool
}

func newFileWatcher() (*fileWatcher, error) {
	fd, err := unix.InotifyInit1(unix.IN_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("inotify: %w", err)
	}
	w := &fileWatcher{fd: fd, files: map[string]bool{}, dirs: map[int]watchedDir{}, changed: make(chan struct{}, 1)}
	go w.read()
	return w, nil
}

// add watches path: a file, or a directory and everything under it.
func (w *fileWatcher) add(path string) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.files[abs] {
		return
	}
	w.files[abs] = true
	if st, err := os.Stat(abs); err == nil && st.IsDir() {
		_ = filepath.WalkDir(abs, func(p string, d os.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				w.watchDir(p, true)
			}
			return nil
		})
		return
	}
	w.watchDir(filepath.Dir(abs), false)
}

// watchDir adds an inotify watch of dir; w.mu is held.
func (w *fileWatcher) watchDir(dir string, whole bool) {
	const events = unix.IN_CLOSE_WRITE | unix.IN_MOVED_TO | unix.IN_CREATE | unix.IN_DELETE | unix.IN_MODIFY
	if wd, err := unix.InotifyAddWatch(w.fd, dir, events); err == nil {
		// A watch of a directory seen before keeps its descriptor.
		w.dirs[wd] = watchedDir{path: dir, whole: whole || w.dirs[wd].whole}
	}
}

// read turns inotify's events on watched files into changes, one per
// settled burst.
func (w *fileWatcher) read() {
	buf := make([]byte, 64*1024)
	var settle *time.Timer
	for {
		n, err := unix.Read(w.fd, buf)
		if err != nil {
			if err == unix.EINTR {
				continue
			}
			return // closed
		}
		for off := 0; off+unix.SizeofInotifyEvent <= n; {
			ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
			nameBytes := buf[off+unix.SizeofInotifyEvent : off+unix.SizeofInotifyEvent+int(ev.Len)]
			off += unix.SizeofInotifyEvent + int(ev.Len)
			if !w.watches(int(ev.Wd), strings.TrimRight(string(nameBytes), "\x00")) {
				continue
			}
			if settle == nil {
				settle = time.AfterFunc(watchSettle, w.notify)
			} else {
				settle.Reset(watchSettle)
			}
		}
	}
}

// watches reports whether the file name in the directory of watch wd is
// watched.
func (w *fileWatcher) watches(wd int, name string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	dir, ok := w.dirs[wd]
	if !ok {
		return false
	}
	return dir.whole || w.files[filepath.Join(dir.path, name)]
}

func (w *fileWatcher) notify() {
	select {
	case w.changed <- struct{}{}:
	default:
	}
}

// start runs the program; with report, the files it loads are watched as
// it reports them. exited gives its exit code.
func (w *fileWatcher) start(exe string, args []string, report bool) (*exec.Cmd, <-chan int, error) {
	// A change before this run is this run's.
	select {
	case <-w.changed:
	default:
	}
	cmd := exec.Command(exe, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.Env = os.Environ()
	var r *os.File
	if report {
		var wr *os.File
		var err error
		if r, wr, err = os.Pipe(); err != nil {
			return nil, nil, err
		}
		cmd.ExtraFiles = []*os.File{wr}
		cmd.Env = append(cmd.Env, watchReportEnv+"=3")
		defer wr.Close()
	}
	if err := cmd.Start(); err != nil {
		if r != nil {
			r.Close()
		}
		return nil, nil, err
	}
	exited := make(chan int, 1)
	go func() {
		if r != nil {
			lines := bufio.NewScanner(r)
			for lines.Scan() {
				w.add(lines.Text())
			}
			r.Close()
		}
		_ = cmd.Wait()
		exited <- cmd.ProcessState.ExitCode()
	}()
	return cmd, exited, nil
}

func (w *fileWatcher) close() {
	unix.Close(w.fd)
}
