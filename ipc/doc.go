// Package ipc implements node's IPC channel, wire-compatible with node v20
// (see /work/shared/NODE-IPC.md §1, §2, §3, §4.2, §5): 'json' serialization
// mode, and the framing of 'advanced' mode (SetMode(Advanced): each message
// is a 4-byte big-endian length and V8 serialization, see internal/v8ser;
// frames are classified with v8ser.ScanMessage, which finds the top-level
// cmd without building values). It is pure Go plus goja and knows nothing
// about gonode's runtime; child_process.fork and process.send are built on
// top of it.
//
// # Channel
//
// A Channel wraps one end of an AF_UNIX stream socket (close-on-exec,
// non-blocking, waiting on internal/fdpoll, which watches write readiness
// only while a write waits and reads and writes with raw syscalls: one
// wake-up per message received, as libuv). Socketpair creates the parent's
// end plus the child's end to hand to exec.Cmd; FromFD adopts
// NODE_CHANNEL_FD in a child.
//
// Reading: once started, the channel reads where fdpoll sees the socket
// become readable, on the poller's goroutine (no hand-over to a reader
// goroutine per message), with 64 KiB recvmsg reads (MSG_CMSG_CLOEXEC,
// room for 64 fds); it splits the stream on '\n', validates
// each line as JSON and sniffs its top-level "cmd" with a hand-written
// scanner (with LeaveChecksToDecode, only the lines that may be internal
// messages), and hands the loop one []Frame per read. Received fds queue in a
// FIFO; each NODE_HANDLE frame pops one (§4.2), other frames never do, and
// fds still queued at the end are closed. Invalid lines become frames with
// Err set instead of failing the channel. EOF/ECONNRESET end the stream.
//
// Writing: Send is safe to call from the loop goroutine because it never
// blocks: it tries one non-blocking sendmsg and queues the rest for a writer
// goroutine that gathers queued frames into larger sendmsg calls. A handle's
// fd rides only with the first sendmsg of its frame. SendCopy is the form
// for frames nobody waits for: the rest is copied into the queue (joining
// the previous copy), with no per-frame callback; SendBuffer queues the
// caller's buffer itself instead (for big frames) and TakeBuffer hands
// written buffers back; OnDrain reports the empty queue. WriteQueueSize
// gives the unwritten byte count node's send() compares with 131072.
//
// The Channel does no ref/unref accounting: the runtime decides liveness
// (NODE-IPC.md §1.3) and calls Close on disconnect. Callbacks run on the
// channel's goroutines and should only post work to the loop.
//
// # Codec
//
// Encode/AppendFrame serialize a goja value to exactly the bytes node's
// JSON.stringify produces (property order, toJSON, number formatting,
// lone-surrogate escapes, cycle and BigInt errors with V8's messages), and
// Decode builds goja values with JSON.parse semantics and V8's SyntaxError
// messages (a Decoder does so for a stream of messages, remembering the
// short strings and property names they repeat). Both must run on the
// goroutine that owns the *goja.Runtime and are several times faster than
// goja's own JSON object. For goja's plain objects both read and write the
// object's own-property storage directly (internal/gojastore: the layout is
// learnt by reflection and verified at first use; if it is not recognised,
// goja's API is used throughout).
package ipc
