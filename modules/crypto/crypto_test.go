package crypto

import (
	"bytes"
	"context"
	"encoding/hex"
	"slices"
	"testing"

	"github.com/gonode/gonode/runtime"
)

func TestLookupAlgorithm(t *testing.T) {
	for name, want := range map[string]string{
		"SHA256": "sha256", "RSA-SHA256": "sha256", "sha256WithRSAEncryption": "sha256", "sha2-256": "sha256",
		"sha-512/256": "sha512-256", "RSA-SHA512/224": "sha512-224", "ssl3-md5": "md5", "RSA-SHA1-2": "sha1",
		"id-rsassa-pkcs1-v1_5-with-sha3-384": "sha3-384", "SHAKE-256": "shake256",
	} {
		if a := lookupAlgorithm(name); a == nil || a.name != want {
			t.Errorf("lookupAlgorithm(%q) = %v, want %s", name, a, want)
		}
	}
	for _, name := range []string{"sha512/256", "sha1-2", "sha", "ripemd160", ""} {
		if a := lookupAlgorithm(name); a != nil {
			t.Errorf("lookupAlgorithm(%q) = %s, want none", name, a.name)
		}
	}
	_, listed := hashNames()
	if !slices.IsSorted(listed) || len(listed) == 0 {
		t.Errorf("getHashes list not sorted: %v", listed)
	}
	for _, n := range listed {
		if lookupAlgorithm(n) == nil {
			t.Errorf("listed hash %q does not resolve", n)
		}
	}
}

func TestDigestCopyAndLength(t *testing.T) {
	for _, alg := range []*algorithm{algMD5, algSHA256, algSHA512224, algSHA3256, algSHAKE128} {
		d, err := NewDigest(alg, -1)
		if err != nil {
			t.Fatal(err)
		}
		d.Write([]byte("ab"))
		c, err := d.Copy(-1)
		if err != nil {
			t.Fatalf("%s: copy: %v", alg.name, err)
		}
		d.Write([]byte("c"))
		c.Write([]byte("c"))
		whole, _ := NewDigest(alg, -1)
		whole.Write([]byte("abc"))
		want := whole.Sum()
		if got := c.Sum(); !bytes.Equal(got, want) || !bytes.Equal(d.Sum(), want) || len(want) != alg.size {
			t.Errorf("%s: copy %x, original %x, want %x", alg.name, got, d.Sum(), want)
		}
		d.Write([]byte("more")) // ignored once finished
		if !bytes.Equal(d.Sum(), want) {
			t.Errorf("%s: digest changed after Sum", alg.name)
		}
	}
	if _, err := NewDigest(algSHA256, 31); err != errNotXOF {
		t.Errorf("sha256 with length 31: %v", err)
	}
	x, _ := NewDigest(algSHAKE256, 5)
	if got := hex.EncodeToString(x.Sum()); got != "46b9dd2b0b" {
		t.Errorf("shake256/5 of empty = %s", got)
	}
	if _, err := NewHMAC(algSHAKE128, nil); err != errNotXOF {
		t.Errorf("hmac over shake: %v", err)
	}
}

func TestUniform(t *testing.T) {
	// 2^48-1 = 3 * 93824992236885, so for n = 3 nothing is rejected, and for
	// n = 2 the limit is randMax-1: the value randMax-1 is drawn again.
	vals := []uint64{randMax - 1, randMax - 2, 7}
	next := func() uint64 { v := vals[0]; vals = vals[1:]; return v }
	if got := uniform(2, next); got != (randMax-2)%2 || len(vals) != 1 {
		t.Errorf("uniform(2) = %d with %d values left", got, len(vals))
	}
	vals = []uint64{randMax - 1}
	if got := uniform(3, next); got != (randMax-1)%3 {
		t.Errorf("uniform(3) = %d", got)
	}
	if got := sixBytes([]byte{0, 0, 0, 0, 1, 2}); got != 0x102 {
		t.Errorf("sixBytes = %#x", got)
	}
}

// TestModule runs the JavaScript side in a runtime.
func TestModule(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	const src = `
const c = require('node:crypto');
const eq = (got, want) => { if (got !== want) throw new Error(got + ' !== ' + want); };
eq(c.createHash('sha256').update('abc').digest('hex'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
eq(c.createHmac('sha1', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'),
  'de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9');
eq(c.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
eq(c.hash('md5', ''), 'd41d8cd98f00b204e9800998ecf8427e');
eq(globalThis.crypto, c.webcrypto);
eq(c.randomBytes(7).length, 7);
try { c.createHash('md5').digest().x; const h = c.createHash('md5'); h.digest(); h.digest(); throw new Error('no error'); }
catch (e) { eq(e.code, 'ERR_CRYPTO_HASH_FINALIZED'); }
c.pbkdf2('p', 's', 1, 4, 'sha256', (err, key) => { eq(err, null); eq(key.length, 4); process.exitCode = 7; });
`
	// Exit code 7 says the async callback ran.
	if code, err := rt.RunSource(context.Background(), "[eval]", src); err != nil || code != 7 {
		t.Fatalf("exit %d, err %v, output %s", code, err, out.String())
	}
}
