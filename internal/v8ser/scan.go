package v8ser

import "unicode/utf8"

// ScanMessage checks the structure of an 'advanced' IPC payload (node's
// ChildProcessSerializer output, without the length prefix) and returns
// the top-level value's "cmd" property when it is a string (NODE-IPC.md
// §3 classifies messages by it). It needs no runtime, so the channel's
// reader goroutine can use it; values are not built. Structural errors
// are reported; errors only building the value finds (a bad RegExp, a
// duplicate key) are not.
func ScanMessage(payload []byte) (cmd string, err error) {
	s := scanner{reader: reader{data: payload}}
	if s.version, err = s.header(); err != nil {
		return "", err
	}
	t, ok := s.peek()
	if !ok {
		return "", errMalformed
	}
	switch t {
	case tagBeginObject, tagBeginDense, tagBeginSparse:
		s.wantCmd = true
	}
	if !s.value() {
		return "", errMalformed
	}
	return s.cmd, nil
}

// scanner walks serialized bytes without building values, counting objects
// so that back-references can be checked.
type scanner struct {
	reader
	version uint32
	objects uint32
	depth   int
	wantCmd bool // looking for the top-level object's cmd
	cmd     string
	str     []byte // the last string scanned, as UTF-8
	isStr   bool
}

func (s *scanner) value() bool {
	if s.depth++; s.depth > maxDepth {
		return false
	}
	defer func() { s.depth-- }()
	first, _ := s.peek()
	if !s.inner() {
		return false
	}
	s.isStr = first == tagOneByteString || first == tagTwoByteString || first == tagUTF8String
	if t, _ := s.peek(); t == tagArrayBufferVw && first == tagArrayBuffer {
		s.tag()
		s.isStr = false
		return s.view()
	}
	return true
}

func (s *scanner) inner() bool {
	t, ok := s.tag()
	if !ok {
		return false
	}
	switch t {
	case tagVerifyCount:
		_, ok := s.uint32()
		return ok && s.value()
	case tagUndefined, tagNull, tagTrue, tagFalse, tagTrueObject, tagFalseObject:
		if t == tagTrueObject || t == tagFalseObject {
			s.objects++
		}
		return true
	case tagInt32, tagUint32:
		_, ok := s.uint32()
		return ok
	case tagDouble:
		_, ok := s.double()
		return ok
	case tagDate, tagNumberObject:
		s.objects++
		_, ok := s.double()
		return ok
	case tagBigInt:
		return s.bigInt()
	case tagBigIntObject:
		s.objects++
		return s.bigInt()
	case tagUTF8String, tagOneByteString, tagTwoByteString:
		return s.string(t)
	case tagStringObject:
		s.objects++
		return s.stringValue()
	case tagObjectRef:
		id, ok := s.uint32()
		return ok && id < s.objects
	case tagBeginObject:
		s.objects++
		return s.properties(tagEndObject, 1)
	case tagBeginSparse:
		if _, ok := s.uint32(); !ok {
			return false
		}
		s.objects++
		return s.properties(tagEndSparse, 2)
	case tagBeginDense:
		n, ok := s.uint32()
		if !ok || uint64(n) > uint64(len(s.data)-s.pos) {
			return false
		}
		s.objects++
		top := s.wantCmd
		s.wantCmd = false
		for i := uint32(0); i < n; i++ {
			if t, _ := s.peek(); t == tagHole {
				s.tag()
				continue
			}
			if !s.value() {
				return false
			}
		}
		s.wantCmd = top
		return s.properties(tagEndDense, 2)
	case tagRegExp:
		s.objects++
		if !s.stringValue() {
			return false
		}
		_, ok := s.uint32()
		return ok
	case tagBeginMap, tagBeginSet:
		s.objects++
		end := byte(tagEndMap)
		if t == tagBeginSet {
			end = tagEndSet
		}
		s.wantCmd = false
		for {
			if closed, ok := s.closes(end, 1); closed || !ok {
				return ok
			}
			if !s.value() {
				return false
			}
		}
	case tagArrayBuffer:
		s.objects++
		_, ok := s.prefixed()
		return ok
	case tagError:
		s.objects++
		s.wantCmd = false
		for {
			t, ok := s.varint(8)
			if !ok {
				return false
			}
			switch byte(t) {
			case errTagEval, errTagRange, errTagReference, errTagSyntax, errTagType, errTagURI:
			case errTagMessage, errTagStack:
				if !s.stringValue() {
					return false
				}
			case errTagCause:
				if !s.value() {
					return false
				}
			case errTagEnd:
				return true
			default:
				return false
			}
		}
	case tagHostObject:
		s.objects++
		tag, ok := s.uint32()
		if !ok {
			return false
		}
		if tag == hostCopyTag {
			s.wantCmd = false
			return s.value()
		}
		index, ok1 := s.uint32()
		n, ok2 := s.uint32()
		if tag != hostViewTag || !ok1 || !ok2 || int(index) >= len(viewTypes) || int(n)%viewTypes[index].size != 0 {
			return false
		}
		_, ok = s.bytes(uint64(n))
		return ok
	}
	return false
}

func (s *scanner) view() bool {
	if _, ok := s.varint(8); !ok {
		return false
	}
	for i := 0; i < 2; i++ {
		if _, ok := s.uint32(); !ok {
			return false
		}
	}
	if s.version >= 14 {
		if _, ok := s.uint32(); !ok {
			return false
		}
	}
	s.objects++
	return true
}

func (s *scanner) bigInt() bool {
	f, ok := s.uint32()
	if !ok {
		return false
	}
	_, ok = s.bytes(uint64(f>>1) & (bigIntMaxBytes - 1))
	return ok
}

func (s *scanner) stringValue() bool {
	return s.value() && s.isStr
}

// string scans a string body, keeping it (as UTF-8) while looking for cmd.
func (s *scanner) string(t byte) bool {
	b, ok := s.prefixed()
	if !ok || (t == tagTwoByteString && len(b)%2 != 0) {
		return false
	}
	s.str = s.str[:0]
	switch t {
	case tagOneByteString:
		for _, c := range b {
			s.str = utf8.AppendRune(s.str, rune(c))
		}
	case tagUTF8String:
		s.str = append(s.str, b...)
	default:
		for i := 0; i+1 < len(b); i += 2 {
			s.str = utf8.AppendRune(s.str, rune(uint16(b[i])|uint16(b[i+1])<<8))
		}
	}
	return true
}

// closes reports whether the next tag is end; if it is, it consumes the
// tag and the counts varints that follow it. ok is false on truncated input.
func (s *scanner) closes(end byte, counts int) (closed, ok bool) {
	t, ok := s.peek()
	if !ok {
		return false, false
	}
	if t != end {
		return false, true
	}
	s.tag()
	for i := 0; i < counts; i++ {
		if _, ok := s.uint32(); !ok {
			return true, false
		}
	}
	return true, true
}

// properties scans key/value pairs up to end, then the ends' count
// varints (1 for objects, 2 for arrays). At the top level it records a
// string-valued "cmd".
func (s *scanner) properties(end byte, counts int) bool {
	top := s.wantCmd
	s.wantCmd = false
	for {
		if closed, ok := s.closes(end, counts); closed || !ok {
			return ok
		}
		if !s.value() {
			return false
		}
		isCmd := top && s.isStr && string(s.str) == "cmd"
		if !s.value() {
			return false
		}
		if isCmd && s.isStr {
			s.cmd = string(s.str)
		}
	}
}
