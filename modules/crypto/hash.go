package crypto

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"errors"
	"hash"
	"slices"
	"strings"

	"github.com/gonode/gonode/internal/lazy"
)

// algorithm is a message digest node's crypto can name.
type algorithm struct {
	name string           // the canonical (OpenSSL short) name
	new  func() hash.Hash // nil for an extendable-output function
	xof  func() *sha3.SHAKE
	size int // the digest length; for a XOF, its default output length
}

var (
	algMD5       = &algorithm{name: "md5", new: md5.New, size: md5.Size}
	algSHA1      = &algorithm{name: "sha1", new: sha1.New, size: sha1.Size}
	algSHA224    = &algorithm{name: "sha224", new: sha256.New224, size: sha256.Size224}
	algSHA256    = &algorithm{name: "sha256", new: sha256.New, size: sha256.Size}
	algSHA384    = &algorithm{name: "sha384", new: sha512.New384, size: sha512.Size384}
	algSHA512    = &algorithm{name: "sha512", new: sha512.New, size: sha512.Size}
	algSHA512224 = &algorithm{name: "sha512-224", new: sha512.New512_224, size: sha512.Size224}
	algSHA512256 = &algorithm{name: "sha512-256", new: sha512.New512_256, size: sha512.Size256}
	algSHA3224   = &algorithm{name: "sha3-224", new: func() hash.Hash { return sha3.New224() }, size: 28}
	algSHA3256   = &algorithm{name: "sha3-256", new: func() hash.Hash { return sha3.New256() }, size: 32}
	algSHA3384   = &algorithm{name: "sha3-384", new: func() hash.Hash { return sha3.New384() }, size: 48}
	algSHA3512   = &algorithm{name: "sha3-512", new: func() hash.Hash { return sha3.New512() }, size: 64}
	algSHAKE128  = &algorithm{name: "shake128", xof: sha3.NewSHAKE128, size: 16}
	algSHAKE256  = &algorithm{name: "shake256", xof: sha3.NewSHAKE256, size: 32}
)

// hashNames returns the names of the supported digests: every lower-cased
// name OpenSSL 3 (as node 20 links it) accepts, and the names
// crypto.getHashes() reports, in node's order.
func hashNames() (algorithms map[string]*algorithm, listed []string) {
	n := names.Get(makeHashNames)
	return n.algorithms, n.listed
}

var names lazy.Value[digestNames]

type digestNames struct {
	algorithms map[string]*algorithm
	listed     []string
}

func makeHashNames() digestNames {
	algorithms := map[string]*algorithm{}
	var listed []string
	add := func(a *algorithm, names []string, other ...string) {
		for _, n := range append(append([]string{a.name}, names...), other...) {
			algorithms[strings.ToLower(n)] = a
		}
		listed = append(listed, names...)
	}
	add(algMD5, []string{"RSA-MD5", "md5", "md5WithRSAEncryption", "ssl3-md5"})
	add(algSHA1, []string{"RSA-SHA1", "RSA-SHA1-2", "sha1", "sha1WithRSAEncryption", "ssl3-sha1"}, "sha-1")
	for _, a := range []*algorithm{algSHA224, algSHA256, algSHA384, algSHA512} {
		bits := a.name[3:]
		add(a, []string{"RSA-SHA" + bits, a.name, a.name + "WithRSAEncryption"}, "sha-"+bits, "sha2-"+bits)
	}
	for _, a := range []*algorithm{algSHA512224, algSHA512256} {
		bits := a.name[7:]
		add(a, []string{"RSA-SHA512/" + bits, a.name, a.name + "WithRSAEncryption"}, "sha-512/"+bits, "sha2-512/"+bits)
	}
	for _, a := range []*algorithm{algSHA3224, algSHA3256, algSHA3384, algSHA3512} {
		add(a, []string{"RSA-SHA3-" + a.name[5:], "id-rsassa-pkcs1-v1_5-with-" + a.name, a.name})
	}
	add(algSHAKE128, []string{"shake128"}, "shake-128")
	add(algSHAKE256, []string{"shake256"}, "shake-256")
	// node lists OpenSSL's names sorted by byte value (upper case first).
	slices.Sort(listed)
	return digestNames{algorithms, listed}
}

// lookupAlgorithm finds a digest by any of its names, case-insensitively.
func lookupAlgorithm(name string) *algorithm {
	algorithms, _ := hashNames()
	return algorithms[strings.ToLower(name)]
}

// errNotXOF is a requested output length a fixed-length digest cannot give.
var errNotXOF = errors.New("not XOF or invalid length")

// Digest is the state of one Hash or Hmac object: a running Go hash (or
// SHAKE) until the first digest, then the digest it produced.
type Digest struct {
	alg    *algorithm
	h      hash.Hash
	shake  *sha3.SHAKE
	outLen int
	sum    []byte // the digest, once taken
}

// NewDigest starts a hash of alg. outLen < 0 means the default length; a
// fixed-length digest accepts only its own length.
func NewDigest(alg *algorithm, outLen int) (*Digest, error) {
	d := &Digest{alg: alg, outLen: outLen}
	if outLen < 0 {
		d.outLen = alg.size
	}
	if alg.xof != nil {
		d.shake = alg.xof()
		return d, nil
	}
	if d.outLen != alg.size {
		return nil, errNotXOF
	}
	d.h = alg.new()
	return d, nil
}

// NewHMAC starts an HMAC keyed with key over alg; a XOF cannot be used.
func NewHMAC(alg *algorithm, key []byte) (*Digest, error) {
	if alg.new == nil {
		return nil, errNotXOF
	}
	return &Digest{alg: alg, h: hmac.New(alg.new, key), outLen: alg.size}, nil
}

// Write adds p to the hash.
func (d *Digest) Write(p []byte) {
	if d.sum != nil {
		return
	}
	if d.shake != nil {
		_, _ = d.shake.Write(p)
		return
	}
	_, _ = d.h.Write(p)
}

// Sum finishes the hash (once) and returns the digest.
func (d *Digest) Sum() []byte {
	if d.sum == nil {
		if d.shake != nil {
			d.sum = make([]byte, d.outLen)
			_, _ = d.shake.Read(d.sum)
		} else {
			d.sum = d.h.Sum(make([]byte, 0, d.alg.size))
		}
	}
	return d.sum
}

// Copy returns an independent digest in the same state, with output length
// outLen (< 0: the algorithm's default, not d's, as node does).
func (d *Digest) Copy(outLen int) (*Digest, error) {
	if outLen < 0 {
		outLen = d.alg.size
	}
	if d.shake == nil && outLen != d.alg.size {
		return nil, errNotXOF
	}
	c := &Digest{alg: d.alg, outLen: outLen}
	var src, dst any
	if d.shake != nil {
		c.shake = d.alg.xof()
		src, dst = d.shake, c.shake
	} else {
		if cl, ok := d.h.(hash.Cloner); ok {
			if h, err := cl.Clone(); err == nil {
				c.h = h
				return c, nil
			}
		}
		c.h = d.alg.new()
		src, dst = d.h, c.h
	}
	m, ok1 := src.(encoding.BinaryMarshaler)
	u, ok2 := dst.(encoding.BinaryUnmarshaler)
	if !ok1 || !ok2 {
		return nil, errors.New("digest cannot be copied")
	}
	state, err := m.MarshalBinary()
	if err == nil {
		err = u.UnmarshalBinary(state)
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}
