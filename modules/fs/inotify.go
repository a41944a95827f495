package fs

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// watchMask is the set of inotify events fs.watch asks for, libuv's.
const watchMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE |
	unix.IN_DELETE_SELF | unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO

// notifier is a runtime's inotify instance, shared by all its fs.watch
// watchers as libuv shares one per loop. It is opened by the first watcher
// and closed when the last one closes. A goroutine reads its events and
// posts them to the loop; everything else runs on the loop goroutine.
type notifier struct {
	rt   *runtime.Runtime
	file *os.File
	fd   int // file's descriptor (file.Fd would make it blocking)
	// dirs lists the watched directories (or the watched file) behind each
	// watch descriptor: several watchers of one path share its descriptor.
	dirs  map[int32][]watchedDir
	users int // watchers open
}

// watchedDir is one directory a watcher watches: its root (rel "") or,
// for a recursive watcher, a subdirectory at rel below the root.
type watchedDir struct {
	w   *fsWatcher
	rel string
}

// inotifyEvent is one event read from the inotify descriptor.
type inotifyEvent struct {
	wd   int32
	mask uint32
	name string // the entry in a watched directory; empty for the watched node itself
}

// fsWatcher is one fs.watch watcher (the FSEvent handle of node).
type fsWatcher struct {
	n         *notifier
	path      string
	recursive bool
	wds       map[string]int32 // watched directories by rel
	handle    *runtime.Handle
	onChange  func(event, name string)
	closed    bool
}

// startWatch watches path as libuv's uv_fs_event_start does, and with
// recursive every directory below it; onChange gets each event as node's
// eventType ('rename' or 'change') and the name it concerns.
func (n *notifier) startWatch(path string, recursive bool, onChange func(event, name string)) (*fsWatcher, error) {
	if n.file == nil {
		fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
		if err != nil {
			return nil, err
		}
		n.file, n.fd = os.NewFile(uintptr(fd), "inotify"), fd
		n.dirs = map[int32][]watchedDir{}
		go n.read(n.file)
	}
	w := &fsWatcher{n: n, path: path, recursive: recursive, wds: map[string]int32{}, onChange: onChange}
	if err := w.add(""); err != nil {
		n.release()
		return nil, err
	}
	n.users++
	w.handle = n.rt.NewHandle("FSEvent")
	w.handle.SetResource("FSEventWrap")
	w.handle.OnRuntimeClose(w.close)
	if recursive {
		w.addTree("", false)
	}
	return w, nil
}

// release closes the inotify descriptor once no watcher uses it; the
// reader goroutine then ends.
func (n *notifier) release() {
	if n.users > 0 || n.file == nil {
		return
	}
	n.file.Close()
	n.file, n.dirs = nil, nil
}

// read hands the events on the descriptor to the loop until it is closed.
// (A buffer this size leaves read(2) no other way to fail.)
func (n *notifier) read(f *os.File) {
	buf := make([]byte, 64<<10)
	for {
		k, err := f.Read(buf)
		if err != nil {
			return
		}
		events := parseEvents(buf[:k])
		n.rt.Post(func() { n.dispatch(f, events) })
	}
}

// parseEvents decodes a read's worth of struct inotify_event records.
func parseEvents(b []byte) []inotifyEvent {
	var events []inotifyEvent
	for len(b) >= unix.SizeofInotifyEvent {
		nameLen := int(binary.NativeEndian.Uint32(b[12:16]))
		end := min(unix.SizeofInotifyEvent+nameLen, len(b))
		events = append(events, inotifyEvent{
			wd:   int32(binary.NativeEndian.Uint32(b[0:4])),
			mask: binary.NativeEndian.Uint32(b[4:8]),
			name: strings.TrimRight(string(b[unix.SizeofInotifyEvent:end]), "\x00"),
		})
		b = b[end:]
	}
	return events
}

// dispatch delivers the events read from f to the watchers of their
// watch descriptors, as libuv's uv__inotify_read does: any bit besides
// IN_ATTRIB and IN_MODIFY makes a 'rename', and an event on the watched
// node itself is named by the watched path's base name.
func (n *notifier) dispatch(f *os.File, events []inotifyEvent) {
	for _, e := range events {
		if n.file != f {
			return
		}
		dirs := slices.Clone(n.dirs[e.wd])
		if e.mask&unix.IN_IGNORED != 0 {
			// The kernel dropped the watch (its node is gone).
			for _, d := range dirs {
				delete(d.w.wds, d.rel)
			}
			delete(n.dirs, e.wd)
		}
		kind := "change"
		if e.mask&^uint32(unix.IN_ATTRIB|unix.IN_MODIFY) != 0 {
			kind = "rename"
		}
		for _, d := range dirs {
			if !d.w.closed {
				d.w.deliver(d.rel, kind, e)
			}
		}
	}
}

// deliver reports event e on the directory at rel to the watcher. A
// recursive watcher follows directories coming and going: one that appears
// is watched, with the directories in it, before its event is reported (a
// listener may at once make entries in them), and the entries found in it
// are reported after it as 'rename's (they may have been made before the
// watches were).
func (w *fsWatcher) deliver(rel, kind string, e inotifyEvent) {
	if e.name == "" {
		if rel != "" {
			return // a subdirectory's own events are its parent's entry events
		}
		w.onChange(kind, w.path[strings.LastIndexByte(w.path, '/')+1:])
		return
	}
	name := filepath.Join(rel, e.name)
	dir := w.recursive && e.mask&unix.IN_ISDIR != 0
	var found []string
	if dir && e.mask&(unix.IN_CREATE|unix.IN_MOVED_TO) != 0 && w.add(name) == nil {
		found = w.addTree(name, true)
	}
	if dir && e.mask&(unix.IN_DELETE|unix.IN_MOVED_FROM) != 0 {
		w.removeTree(name)
	}
	w.onChange(kind, name)
	for _, entry := range found {
		if w.closed {
			return
		}
		w.onChange("rename", entry)
	}
}

// add watches the directory at rel below the root (the root itself for "").
func (w *fsWatcher) add(rel string) error {
	wd, err := unix.InotifyAddWatch(w.n.fd, filepath.Join(w.path, rel), watchMask)
	if err != nil {
		return err
	}
	w.wds[rel] = int32(wd)
	w.n.dirs[int32(wd)] = append(w.n.dirs[int32(wd)], watchedDir{w: w, rel: rel})
	return nil
}

// addTree watches the directories below the watched directory at rel;
// with collect it returns the entries it found there.
func (w *fsWatcher) addTree(rel string, collect bool) (found []string) {
	entries, err := os.ReadDir(filepath.Join(w.path, rel))
	if err != nil {
		return nil
	}
	for _, entry := range entries {
		name := filepath.Join(rel, entry.Name())
		if collect {
			found = append(found, name)
		}
		if entry.IsDir() && w.add(name) == nil {
			found = append(found, w.addTree(name, collect)...)
		}
	}
	return found
}

// removeTree stops watching the directory at rel and those below it.
func (w *fsWatcher) removeTree(rel string) {
	for r, wd := range w.wds {
		if r == rel || strings.HasPrefix(r, rel+"/") {
			w.unwatch(r, wd)
		}
	}
}

// unwatch drops the watcher's use of wd, and the watch itself when no
// other watcher uses it.
func (w *fsWatcher) unwatch(rel string, wd int32) {
	delete(w.wds, rel)
	dirs := slices.DeleteFunc(w.n.dirs[wd], func(d watchedDir) bool { return d.w == w && d.rel == rel })
	if len(dirs) > 0 {
		w.n.dirs[wd] = dirs
		return
	}
	delete(w.n.dirs, wd)
	_, _ = unix.InotifyRmWatch(w.n.fd, uint32(wd))
}

// close stops the watcher. It is idempotent.
func (w *fsWatcher) close() {
	if w.closed {
		return
	}
	w.closed = true
	w.handle.Close()
	if w.n.file != nil {
		for rel, wd := range w.wds {
			w.unwatch(rel, wd)
		}
	}
	w.n.users--
	w.n.release()
}
