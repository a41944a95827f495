package dns

import (
	"encoding/binary"
	"errors"
	"net/netip"
	"strings"
)

// DNS record types the resolver asks for.
const (
	typeA     = 1
	typeNS    = 2
	typeCNAME = 5
	typeSOA   = 6
	typePTR   = 12
	typeMX    = 15
	typeTXT   = 16
	typeAAAA  = 28
	typeSRV   = 33
	typeNAPTR = 35
	typeANY   = 255
	typeCAA   = 257
)

var errBadResp = errors.New("bad DNS response")

// buildQuery encodes a recursive query for one name and type (class IN).
func buildQuery(id uint16, name string, qtype uint16) ([]byte, error) {
	msg := make([]byte, 12, 12+len(name)+6)
	binary.BigEndian.PutUint16(msg[0:], id)
	binary.BigEndian.PutUint16(msg[2:], 0x0100) // RD
	binary.BigEndian.PutUint16(msg[4:], 1)
	name = strings.TrimSuffix(name, ".")
	if name != "" {
		for _, label := range strings.Split(name, ".") {
			if len(label) == 0 || len(label) > 63 {
				return nil, errors.New("bad name")
			}
			msg = append(msg, byte(len(label)))
			msg = append(msg, label...)
		}
	}
	msg = append(msg, 0)
	msg = binary.BigEndian.AppendUint16(msg, qtype)
	msg = binary.BigEndian.AppendUint16(msg, 1)
	return msg, nil
}

// record is one answer record, its data decoded for the types node knows.
type record struct {
	rtype uint16
	ttl   uint32
	addr  string   // A, AAAA
	name  string   // CNAME, NS, PTR, MX exchange, SRV target, NAPTR replacement
	txt   []string // TXT chunks
	// MX priority; SRV priority, weight, port; NAPTR order, preference.
	n1, n2, n3 uint16
	// NAPTR flags, service, regexp; CAA tag and value.
	s1, s2, s3 string
	critical   uint8
	soa        [5]uint32 // serial, refresh, retry, expire, minttl
	soaNames   [2]string // nsname, hostmaster
}

// response is a decoded reply.
type response struct {
	id        uint16
	truncated bool
	rcode     int
	answers   []record
}

func readName(msg []byte, off int) (string, int, error) {
	var b strings.Builder
	end := -1
	for hops := 0; ; {
		if off >= len(msg) {
			return "", 0, errBadResp
		}
		c := int(msg[off])
		switch {
		case c == 0:
			if end < 0 {
				end = off + 1
			}
			return b.String(), end, nil
		case c&0xC0 == 0xC0:
			if off+1 >= len(msg) || hops > 64 {
				return "", 0, errBadResp
			}
			if end < 0 {
				end = off + 2
			}
			off = int(binary.BigEndian.Uint16(msg[off:]) & 0x3FFF)
			hops++
		case c&0xC0 != 0:
			return "", 0, errBadResp
		default:
			if off+1+c > len(msg) {
				return "", 0, errBadResp
			}
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.Write(msg[off+1 : off+1+c])
			off += 1 + c
		}
	}
}

// readStrings reads the length-prefixed character strings of data.
func readStrings(data []byte) ([]string, error) {
	var out []string
	for len(data) > 0 {
		n := int(data[0])
		if 1+n > len(data) {
			return nil, errBadResp
		}
		out = append(out, string(data[1:1+n]))
		data = data[1+n:]
	}
	return out, nil
}

func parseResponse(msg []byte) (*response, error) {
	if len(msg) < 12 {
		return nil, errBadResp
	}
	r := &response{
		id:        binary.BigEndian.Uint16(msg),
		truncated: msg[2]&0x02 != 0,
		rcode:     int(msg[3] & 0x0F),
	}
	qd := int(binary.BigEndian.Uint16(msg[4:]))
	an := int(binary.BigEndian.Uint16(msg[6:]))
	off := 12
	for i := 0; i < qd; i++ {
		_, next, err := readName(msg, off)
		if err != nil {
			return nil, err
		}
		off = next + 4
	}
	for i := 0; i < an; i++ {
		_, next, err := readName(msg, off)
		if err != nil {
			return nil, err
		}
		off = next
		if off+10 > len(msg) {
			return nil, errBadResp
		}
		rec := record{rtype: binary.BigEndian.Uint16(msg[off:]), ttl: binary.BigEndian.Uint32(msg[off+4:])}
		rdlen := int(binary.BigEndian.Uint16(msg[off+8:]))
		off += 10
		if off+rdlen > len(msg) {
			return nil, errBadResp
		}
		data := msg[off : off+rdlen]
		if err := decodeRecord(msg, off, data, &rec); err != nil {
			return nil, err
		}
		off += rdlen
		if rec.rtype != 0 {
			r.answers = append(r.answers, rec)
		}
	}
	return r, nil
}

// decodeRecord decodes data, the record data at offset off of msg, into
// rec; a record of a type node does not know gets rtype 0.
func decodeRecord(msg []byte, off int, data []byte, rec *record) error {
	var err error
	short := func(n int) bool { return len(data) < n }
	switch rec.rtype {
	case typeA:
		if len(data) != 4 {
			return errBadResp
		}
		rec.addr = netip.AddrFrom4([4]byte(data)).String()
	case typeAAAA:
		if len(data) != 16 {
			return errBadResp
		}
		rec.addr = netip.AddrFrom16([16]byte(data)).String()
	case typeCNAME, typeNS, typePTR:
		rec.name, _, err = readName(msg, off)
	case typeMX:
		if short(3) {
			return errBadResp
		}
		rec.n1 = binary.BigEndian.Uint16(data)
		rec.name, _, err = readName(msg, off+2)
	case typeTXT:
		rec.txt, err = readStrings(data)
	case typeSRV:
		if short(7) {
			return errBadResp
		}
		rec.n1 = binary.BigEndian.Uint16(data)
		rec.n2 = binary.BigEndian.Uint16(data[2:])
		rec.n3 = binary.BigEndian.Uint16(data[4:])
		rec.name, _, err = readName(msg, off+6)
	case typeNAPTR:
		if short(4) {
			return errBadResp
		}
		rec.n1 = binary.BigEndian.Uint16(data)
		rec.n2 = binary.BigEndian.Uint16(data[2:])
		p := 4
		strs := [3]*string{&rec.s1, &rec.s2, &rec.s3}
		for _, s := range strs {
			if p >= len(data) || p+1+int(data[p]) > len(data) {
				return errBadResp
			}
			*s = string(data[p+1 : p+1+int(data[p])])
			p += 1 + int(data[p])
		}
		rec.name, _, err = readName(msg, off+p)
	case typeSOA:
		var next int
		rec.soaNames[0], next, err = readName(msg, off)
		if err != nil {
			return err
		}
		rec.soaNames[1], next, err = readName(msg, next)
		if err != nil {
			return err
		}
		if next+20 > off+len(data) {
			return errBadResp
		}
		for i := range rec.soa {
			rec.soa[i] = binary.BigEndian.Uint32(msg[next+4*i:])
		}
	case typeCAA:
		if short(2) || 2+int(data[1]) > len(data) {
			return errBadResp
		}
		rec.critical = data[0]
		rec.s1 = string(data[2 : 2+int(data[1])])
		rec.s2 = string(data[2+int(data[1]):])
	default:
		rec.rtype = 0
	}
	return err
}
