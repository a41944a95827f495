package fs

import (
	"errors"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"
)

// This file holds the file-system operations themselves: plain Go, no goja,
// safe to run on any goroutine. Each failure is an *opError naming the
// system call and paths the way libuv reports them.

// opError is a failed system call, reported to JavaScript as a Node system
// error ("ENOENT: no such file or directory, open 'x'").
type opError struct {
	err        error // the errno
	syscall    string
	path, dest string
}

func (e *opError) Error() string { return e.syscall + " " + e.path + ": " + e.err.Error() }
func (e *opError) Unwrap() error { return e.err }

// fail wraps err (an errno) as an *opError; it returns nil for a nil err.
func fail(err error, syscallName, path string) error {
	if err == nil {
		return nil
	}
	return &opError{err: err, syscall: syscallName, path: path}
}

// fail2 is fail for the calls with a source and a destination.
func fail2(err error, syscallName, path, dest string) error {
	if err == nil {
		return nil
	}
	return &opError{err: err, syscall: syscallName, path: path, dest: dest}
}

// fileTooLargeError is Node's ERR_FS_FILE_TOO_LARGE.
type fileTooLargeError struct{ size int64 }

func (e *fileTooLargeError) Error() string { return "file too large" }

// maxReadFile is the largest file readFile returns (Node's kIoMaxLength).
const maxReadFile = 1<<31 - 1

// retry repeats a system call interrupted by a signal.
func retry[T any](f func() (T, error)) (T, error) {
	for {
		v, err := f()
		if err != unix.EINTR {
			return v, err
		}
	}
}

func openFD(path string, flags int, mode uint32) (int, error) {
	fd, err := retry(func() (int, error) { return unix.Open(path, flags|unix.O_CLOEXEC, mode) })
	return fd, fail(err, "open", path)
}

func closeFD(fd int) error { return fail(unix.Close(fd), "close", "") }

// readFD reads into buf at pos, or at the file position when pos < 0.
func readFD(fd int, buf []byte, pos int64) (int, error) {
	n, err := retry(func() (int, error) {
		if pos < 0 {
			return unix.Read(fd, buf)
		}
		return unix.Pread(fd, buf, pos)
	})
	if err != nil {
		return 0, fail(err, "read", "")
	}
	return n, nil
}

// writeFD writes buf at pos, or at the file position when pos < 0; it may
// write less than all of buf, as write(2) does.
func writeFD(fd int, buf []byte, pos int64) (int, error) {
	n, err := retry(func() (int, error) {
		if pos < 0 {
			return unix.Write(fd, buf)
		}
		return unix.Pwrite(fd, buf, pos)
	})
	if err != nil {
		return 0, fail(err, "write", "")
	}
	return n, nil
}

// writeAll writes all of data at pos (or the file position when pos < 0).
func writeAll(fd int, data []byte, pos int64) error {
	for len(data) > 0 {
		n, err := writeFD(fd, data, pos)
		if err != nil {
			return err
		}
		data = data[n:]
		if pos >= 0 {
			pos += int64(n)
		}
	}
	return nil
}

func readvFD(fd int, bufs [][]byte, pos int64) (int, error) {
	n, err := retry(func() (int, error) {
		if pos < 0 {
			return unix.Readv(fd, bufs)
		}
		return unix.Preadv(fd, bufs, pos)
	})
	return n, fail(err, "read", "")
}

func writevFD(fd int, bufs [][]byte, pos int64) (int, error) {
	n, err := retry(func() (int, error) {
		if pos < 0 {
			return unix.Writev(fd, bufs)
		}
		return unix.Pwritev(fd, bufs, pos)
	})
	return n, fail(err, "write", "")
}

// readAll reads fd to its end. For a regular file it reads in one go the
// size fstat reports, then keeps going in case the file grew.
func readAll(fd int) ([]byte, error) {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, fail(err, "fstat", "")
	}
	size := int64(0)
	if st.Mode&unix.S_IFMT == unix.S_IFREG {
		size = st.Size
	}
	if size > maxReadFile {
		return nil, &fileTooLargeError{size}
	}
	buf := make([]byte, 0, max(size, 512)+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := readFD(fd, buf[len(buf):cap(buf)], -1)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
		if len(buf) > maxReadFile {
			return nil, &fileTooLargeError{int64(len(buf))}
		}
	}
}

// readFile reads a whole file, named by path or (when path is "") given as
// an open fd read from its current position.
func readFile(path string, fd, flags int) ([]byte, error) {
	if path == "" {
		return readAll(fd)
	}
	fd, err := openFD(path, flags, 0o666)
	if err != nil {
		return nil, err
	}
	data, err := readAll(fd)
	if cerr := closeFD(fd); err == nil {
		err = cerr
	}
	return data, err
}

// writeFile writes data to a file named by path, or (when path is "") to an
// open fd at its current position; flush makes it fsync before returning.
func writeFile(path string, fd int, data []byte, flags int, mode uint32, flush bool) error {
	if path == "" {
		if err := writeAll(fd, data, -1); err != nil {
			return err
		}
		if flush {
			return fsyncFD(fd)
		}
		return nil
	}
	fd, err := openFD(path, flags, mode)
	if err != nil {
		return err
	}
	err = writeAll(fd, data, -1)
	if err == nil && flush {
		err = fsyncFD(fd)
	}
	if cerr := closeFD(fd); err == nil {
		err = cerr
	}
	return err
}

func fsyncFD(fd int) error     { return fail(unix.Fsync(fd), "fsync", "") }
func fdatasyncFD(fd int) error { return fail(unix.Fdatasync(fd), "fdatasync", "") }

// statResult is what a stat call reports, in the order of Node's stat array.
type statResult struct {
	dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks uint64
	times                                                        [4]unix.StatxTimestamp // atime, mtime, ctime, birthtime
}

// statx stats path relative to dirfd with flags (AT_SYMLINK_NOFOLLOW,
// AT_EMPTY_PATH), falling back to fstatat where statx is missing.
func statx(dirfd int, path string, flags int) (*statResult, error) {
	var stx unix.Statx_t
	err := unix.Statx(dirfd, path, flags|unix.AT_STATX_SYNC_AS_STAT, unix.STATX_BASIC_STATS|unix.STATX_BTIME, &stx)
	if err == unix.ENOSYS {
		return fstatat(dirfd, path, flags)
	}
	if err != nil {
		return nil, err
	}
	r := &statResult{
		dev: unix.Mkdev(stx.Dev_major, stx.Dev_minor), mode: uint64(stx.Mode), nlink: uint64(stx.Nlink),
		uid: uint64(stx.Uid), gid: uint64(stx.Gid), rdev: unix.Mkdev(stx.Rdev_major, stx.Rdev_minor),
		blksize: uint64(stx.Blksize), ino: stx.Ino, size: stx.Size, blocks: stx.Blocks,
		times: [4]unix.StatxTimestamp{stx.Atime, stx.Mtime, stx.Ctime, stx.Btime},
	}
	if stx.Mask&unix.STATX_BTIME == 0 {
		r.times[3] = unix.StatxTimestamp{}
	}
	return r, nil
}

func fstatat(dirfd int, path string, flags int) (*statResult, error) {
	var st unix.Stat_t
	if err := unix.Fstatat(dirfd, path, &st, flags); err != nil {
		return nil, err
	}
	ts := func(t unix.Timespec) unix.StatxTimestamp {
		return unix.StatxTimestamp{Sec: t.Sec, Nsec: uint32(t.Nsec)}
	}
	return &statResult{
		dev: st.Dev, mode: uint64(st.Mode), nlink: uint64(st.Nlink), uid: uint64(st.Uid), gid: uint64(st.Gid),
		rdev: st.Rdev, blksize: uint64(st.Blksize), ino: st.Ino, size: uint64(st.Size), blocks: uint64(st.Blocks),
		times: [4]unix.StatxTimestamp{ts(st.Atim), ts(st.Mtim), ts(st.Ctim), {}},
	}, nil
}

func statPath(path string) (*statResult, error) {
	r, err := statx(unix.AT_FDCWD, path, 0)
	return r, fail(err, "stat", path)
}

func lstatPath(path string) (*statResult, error) {
	r, err := statx(unix.AT_FDCWD, path, unix.AT_SYMLINK_NOFOLLOW)
	return r, fail(err, "lstat", path)
}

func statFD(fd int) (*statResult, error) {
	r, err := statx(fd, "", unix.AT_EMPTY_PATH)
	return r, fail(err, "fstat", "")
}

// numbers lists the stat fields as Node's stat array does, with each time
// as seconds and nanoseconds.
func (r *statResult) numbers() []int64 {
	out := []int64{int64(r.dev), int64(r.mode), int64(r.nlink), int64(r.uid), int64(r.gid), int64(r.rdev),
		int64(r.blksize), int64(r.ino), int64(r.size), int64(r.blocks)}
	for _, t := range r.times {
		out = append(out, t.Sec, int64(t.Nsec))
	}
	return out
}

// bigints is numbers as BigInts, exact for values beyond 2^53.
func (r *statResult) bigints() []any {
	nums := r.numbers()
	out := make([]any, len(nums))
	for i, n := range nums {
		if i < 10 {
			out[i] = new(big.Int).SetUint64(uint64(n))
		} else {
			out[i] = big.NewInt(n)
		}
	}
	return out
}

// Dirent types, as Node's UV_DIRENT_* constants.
const (
	direntUnknown = iota
	direntFile
	direntDir
	direntLink
	direntFIFO
	direntSocket
	direntChar
	direntBlock
)

func direntType(m os.FileMode) int {
	switch {
	case m.IsRegular():
		return direntFile
	case m&os.ModeDir != 0:
		return direntDir
	case m&os.ModeSymlink != 0:
		return direntLink
	case m&os.ModeNamedPipe != 0:
		return direntFIFO
	case m&os.ModeSocket != 0:
		return direntSocket
	case m&os.ModeCharDevice != 0:
		return direntChar
	case m&os.ModeDevice != 0:
		return direntBlock
	}
	return direntUnknown
}

// dirEntry is one name found by readDir; dir is the folder holding it,
// relative to the path readDir was given ("" for that path itself).
type dirEntry struct {
	dir, name string
	typ       int
}

// readDir lists a directory sorted by name, as libuv's scandir does. With
// recursive it walks subdirectories breadth first, as Node does.
func readDir(path string, recursive bool) ([]dirEntry, error) {
	var out []dirEntry
	queue := []string{""}
	for len(queue) > 0 {
		rel := queue[0]
		queue = queue[1:]
		entries, err := os.ReadDir(filepath.Join(path, rel))
		if err != nil {
			if rel == "" {
				return nil, fail(unwrapPathError(err), "scandir", path)
			}
			return nil, fail(unwrapPathError(err), "scandir", filepath.Join(path, rel))
		}
		for _, e := range entries {
			t := direntType(e.Type())
			out = append(out, dirEntry{dir: rel, name: e.Name(), typ: t})
			if recursive && t == direntDir {
				queue = append(queue, filepath.Join(rel, e.Name()))
			}
		}
	}
	return out, nil
}

// unwrapPathError returns the errno inside an *os.PathError.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// mkdir creates a directory. With recursive it creates missing parents and
// returns the first directory it created ("" if it created none); errors
// always name the path asked for, as Node's do.
func mkdir(path string, mode uint32, recursive bool) (string, error) {
	if !recursive {
		return "", fail(unix.Mkdir(path, mode), "mkdir", path)
	}
	first, err := mkdirAll(path, mode)
	return first, fail(err, "mkdir", path)
}

func mkdirAll(path string, mode uint32) (string, error) {
	err := unix.Mkdir(path, mode)
	switch err {
	case nil:
		return path, nil
	case unix.EEXIST:
		if isDir(path) {
			return "", nil
		}
		return "", err
	case unix.ENOENT:
		parent := filepath.Dir(strings.TrimRight(path, "/"))
		if parent == path || parent == "." || parent == "/" {
			return "", err
		}
		first, perr := mkdirAll(parent, mode)
		if perr != nil {
			return "", perr
		}
		if err := unix.Mkdir(path, mode); err != nil && !(err == unix.EEXIST && isDir(path)) {
			return "", err
		}
		if first == "" {
			first = path
		}
		return first, nil
	}
	return "", err
}

func isDir(path string) bool {
	var st unix.Stat_t
	return unix.Stat(path, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFDIR
}

// fillRandom fills b from the kernel's random source, as libuv's
// uv__random does (without crypto/rand, which would link and initialise Go's
// whole FIPS module into every gonode process).
func fillRandom(b []byte) error {
	for len(b) > 0 {
		n, err := unix.Getrandom(b, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		b = b[n:]
	}
	return nil
}

const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// mkdtemp creates a directory named prefix plus six random characters.
func mkdtemp(prefix string) (string, error) {
	var err error
	for range 100 {
		var b [6]byte
		if err := fillRandom(b[:]); err != nil {
			return "", fail(err, "mkdtemp", prefix+"XXXXXX")
		}
		for i := range b {
			b[i] = tempChars[int(b[i])%len(tempChars)]
		}
		path := prefix + string(b[:])
		if err = unix.Mkdir(path, 0o700); err == nil {
			return path, nil
		}
		if err != unix.EEXIST {
			break
		}
	}
	return "", fail(err, "mkdtemp", prefix+"XXXXXX")
}

// rm removes a file or a whole directory tree (the caller has checked that
// a directory may be removed).
func rm(path string) error {
	var st unix.Stat_t
	if err := unix.Lstat(path, &st); err != nil {
		if err == unix.ENOENT {
			return nil
		}
		return fail(err, "lstat", path)
	}
	if st.Mode&unix.S_IFMT != unix.S_IFDIR {
		return fail(unix.Unlink(path), "unlink", path)
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return fail(unwrapPathError(err), "scandir", path)
	}
	for _, e := range entries {
		if err := rm(filepath.Join(path, e.Name())); err != nil {
			return err
		}
	}
	return fail(unix.Rmdir(path), "rmdir", path)
}

// copyFile copies src to dest as libuv does: the mode bits come along,
// COPYFILE_EXCL refuses an existing dest, and FICLONE(_FORCE) asks for a
// copy-on-write clone.
func copyFile(src, dest string, mode int) error {
	const excl, ficlone, ficloneForce = 1, 2, 4
	wrap := func(err error) error { return fail2(err, "copyfile", src, dest) }
	in, err := retry(func() (int, error) { return unix.Open(src, unix.O_RDONLY|unix.O_CLOEXEC, 0) })
	if err != nil {
		return wrap(err)
	}
	defer unix.Close(in)
	var st unix.Stat_t
	if err := unix.Fstat(in, &st); err != nil {
		return wrap(err)
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return wrap(unix.EISDIR)
	}
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_CLOEXEC
	if mode&excl != 0 {
		flags |= unix.O_EXCL
	}
	out, err := retry(func() (int, error) { return unix.Open(dest, flags, st.Mode&0o7777) })
	if err != nil {
		return wrap(err)
	}
	err = copyContents(out, in, st, mode&(ficlone|ficloneForce) != 0, mode&ficloneForce != 0)
	if cerr := unix.Close(out); err == nil {
		err = cerr
	}
	return wrap(err)
}

func copyContents(out, in int, st unix.Stat_t, clone, mustClone bool) error {
	var dst unix.Stat_t
	if err := unix.Fstat(out, &dst); err != nil {
		return err
	}
	if dst.Dev == st.Dev && dst.Ino == st.Ino {
		return nil // copying a file onto itself
	}
	if err := unix.Ftruncate(out, 0); err != nil {
		return err
	}
	if err := unix.Fchmod(out, st.Mode&0o7777); err != nil {
		return err
	}
	if clone {
		err := unix.IoctlFileClone(out, in)
		if err == nil || mustClone {
			return err
		}
	}
	for {
		n, err := retry(func() (int, error) { return unix.CopyFileRange(in, nil, out, nil, 1<<30, 0) })
		switch {
		case err == nil && n == 0:
			return nil
		case err == nil:
			continue
		case err == unix.EXDEV || err == unix.ENOSYS || err == unix.EINVAL || err == unix.EOPNOTSUPP:
			return copyByReading(out, in)
		default:
			return err
		}
	}
}

// copyByReading copies the rest of in to out through a buffer.
func copyByReading(out, in int) error {
	buf := make([]byte, 64<<10)
	for {
		n, err := retry(func() (int, error) { return unix.Read(in, buf) })
		if err != nil || n == 0 {
			return err
		}
		for data := buf[:n]; len(data) > 0; {
			w, err := retry(func() (int, error) { return unix.Write(out, data) })
			if err != nil {
				return err
			}
			data = data[w:]
		}
	}
}

func readlink(path string) (string, error) {
	target, err := readlinkRaw(path)
	return target, fail(err, "readlink", path)
}

// readlinkRaw is readlink(2) with a buffer as large as the target needs.
func readlinkRaw(path string) (string, error) {
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		n, err := unix.Readlink(path, buf)
		if err != nil {
			return "", err
		}
		if n < size {
			return string(buf[:n]), nil
		}
	}
}

// realpath resolves symbolic links and . and .. components. native selects
// realpath(3)'s error reporting ("realpath" and the whole path) over that of
// Node's JavaScript implementation (the lstat that failed).
func realpath(path string, native bool) (string, error) {
	report := func(err error, syscallName, p string) error {
		if native {
			return fail(err, "realpath", path)
		}
		return fail(err, syscallName, p)
	}
	todo := path
	if !filepath.IsAbs(todo) {
		wd, err := os.Getwd()
		if err != nil {
			return "", report(unwrapPathError(err), "getcwd", path)
		}
		todo = wd + "/" + todo
	}
	if !native {
		// Node's JavaScript realpath resolves ".." lexically first.
		todo = filepath.Clean(todo)
	}
	resolved := ""
	links := 0
	for todo != "" {
		var comp string
		comp, todo, _ = strings.Cut(strings.TrimLeft(todo, "/"), "/")
		switch comp {
		case "", ".":
			continue
		case "..":
			resolved = filepath.Dir("/" + resolved)
			if resolved == "/" {
				resolved = ""
			}
			continue
		}
		next := resolved + "/" + comp
		var st unix.Stat_t
		if err := unix.Lstat(next, &st); err != nil {
			return "", report(err, "lstat", next)
		}
		if st.Mode&unix.S_IFMT != unix.S_IFLNK {
			resolved = next
			continue
		}
		if links++; links > 40 {
			return "", report(unix.ELOOP, "lstat", next)
		}
		target, err := readlinkRaw(next)
		if err != nil {
			return "", report(err, "readlink", next)
		}
		if strings.HasPrefix(target, "/") {
			resolved = ""
		}
		todo = target + "/" + todo
	}
	if resolved == "" {
		return "/", nil
	}
	return resolved, nil
}

// truncate shortens or extends a file to size, opening it as Node does.
func truncate(path string, size int64) error {
	fd, err := openFD(path, unix.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = ftruncate(fd, size)
	if cerr := closeFD(fd); err == nil {
		err = cerr
	}
	return err
}

func ftruncate(fd int, size int64) error { return fail(unix.Ftruncate(fd, size), "ftruncate", "") }

// timespec converts seconds since the epoch to a Timespec as libuv does:
// truncated to microseconds, infinity meaning now and NaN leaving the time
// unchanged.
func timespec(sec float64) unix.Timespec {
	switch {
	case math.IsInf(sec, 0):
		return unix.Timespec{Nsec: unix.UTIME_NOW}
	case math.IsNaN(sec):
		return unix.Timespec{Nsec: unix.UTIME_OMIT}
	}
	ts := unix.Timespec{Sec: int64(sec)}
	ts.Nsec = int64((sec - float64(ts.Sec)) * 1e9)
	ts.Nsec -= ts.Nsec % 1000
	if ts.Nsec < 0 {
		ts.Nsec += 1e9
		ts.Sec--
	}
	return ts
}

func utimes(path string, atime, mtime float64, follow bool) error {
	flags, name := 0, "utime"
	if !follow {
		flags, name = unix.AT_SYMLINK_NOFOLLOW, "lutime"
	}
	ts := []unix.Timespec{timespec(atime), timespec(mtime)}
	return fail(unix.UtimesNanoAt(unix.AT_FDCWD, path, ts, flags), name, path)
}

func futimes(fd int, atime, mtime float64) error {
	ts := []unix.Timespec{timespec(atime), timespec(mtime)}
	// utimensat(fd, NULL, ...) sets the times of fd itself.
	_, _, e := unix.Syscall6(unix.SYS_UTIMENSAT, uintptr(fd), 0, uintptr(unsafe.Pointer(&ts[0])), 0, 0, 0)
	if e != 0 {
		return fail(e, "futime", "")
	}
	return nil
}

// access checks the caller's permissions on path (F_OK, R_OK, W_OK, X_OK).
func access(path string, mode uint32) error {
	return fail(unix.Faccessat(unix.AT_FDCWD, path, mode, 0), "access", path)
}

// statfs reports the file system holding path, in Node's StatFs field order.
func statfs(path string) ([]int64, error) {
	var s unix.Statfs_t
	if err := unix.Statfs(path, &s); err != nil {
		return nil, fail(err, "statfs", path)
	}
	return []int64{int64(s.Type), s.Bsize, int64(s.Blocks), int64(s.Bfree), int64(s.Bavail), int64(s.Files), int64(s.Ffree)}, nil
}
