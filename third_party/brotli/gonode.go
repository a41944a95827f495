package brotli

// DecodeErrorCode returns the decoder's error code of err, one of brotli's
// negative BROTLI_DECODER_ERROR_* numbers, if err is a decoding error.
// (gonode's addition: node reports the code.)
func DecodeErrorCode(err error) (int, bool) {
	e, ok := err.(decodeError)
	return int(e), ok
}

// Finished reports whether r has decoded the whole stream. (gonode's
// addition: a stream fed a chunk at a time must not wait for input after
// its end.)
func (r *Reader) Finished() bool {
	return r.state == stateDone && !decoderHasMoreOutput(r)
}

// Buffered returns how many bytes r has read from its source but not
// decoded: after the end of the stream, those that follow it. (gonode's
// addition: node reports how much of its input a decoder used.)
func (r *Reader) Buffered() int {
	return len(r.in)
}
