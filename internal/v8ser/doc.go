// Package v8ser reads and writes V8's ValueSerializer format (version 15),
// byte for byte as node v20 produces it: v8.serialize/v8.deserialize and
// child_process's 'advanced' IPC serialization.
//
// A Codec holds one runtime's intrinsics (constructors, brand checks) and is
// made once per goja.Runtime with New. Serializer and Deserializer work on
// one buffer each; Codec.Serialize and Codec.Deserialize are the one-shot
// forms of node's v8.serialize and v8.deserialize, and AppendMessage and
// DecodeMessage the framing of node's ChildProcessSerializer.
//
// # Choices V8 makes from its heap layout
//
// V8 picks some encodings from how a value happens to be stored, which goja
// does not mirror; v8ser decides as V8 does for values built the usual way
// (literals, push, ordinary arithmetic):
//   - a number is an int32 ('I') when it is an integer in int32 range and
//     not -0, else a double ('N'); a dense array whose elements are all
//     numbers, one of them not such an int32, is written all as doubles
//     (V8's PACKED_DOUBLE_ELEMENTS);
//   - a string whose code units are all below 256 is one-byte ('"'), else
//     two-byte ('c', padded so that its data starts at an even offset);
//   - an array with holes is written sparse ('a'), one without dense ('A')
//     (V8 also writes sparse an array that once had holes, e.g.
//     new Array(3).fill(0); goja keeps no such history).
//
// ArrayBufferViews are node's host objects ('\\', then node's type index,
// byte length and bytes): DefaultSerializer's layout, or with
// ChildProcess the leading tag 0 of node's ChildProcessSerializer, or what
// a HostObject hook writes (v8.Serializer subclasses). Without ViewsAsHost
// (node's base v8.Serializer) they are written in V8's own format: the
// ArrayBuffer, then a view tag.
// Deserialized views get a fresh ArrayBuffer of their own size (node's view
// the message's buffer).
//
// Errors are JavaScript exceptions (*goja.Exception) with V8's messages:
// "<value> could not be cloned." for functions, symbols, WeakMaps, Proxies
// and the like, "Unable to deserialize cloned data." for malformed input.
//
// Only the goroutine that owns the goja.Runtime may use a Codec, a
// Serializer or a Deserializer; ScanMessage works on bytes alone and may run
// anywhere.
package v8ser
