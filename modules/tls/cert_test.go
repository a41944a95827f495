package tls

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/runtime"
)

// testCert is a generated certificate with its key.
type testCert struct {
	cert *x509.Certificate
	key  crypto.Signer
}

// certSpec describes a certificate for newCert to generate.
type certSpec struct {
	cn       string
	issuer   *testCert // nil: self-signed
	ca       bool
	rsa      bool // an RSA 2048 key, else ECDSA P-256
	curve    elliptic.Curve
	from, to time.Time     // zero: two days ago, a year from now
	keyUsage x509.KeyUsage // zero: by ca, CertSign|CRLSign or DigitalSignature
	serial   int64         // zero: a fresh one
	edit     func(*x509.Certificate)
}

var testSerial int64 = 0x1000

// newCert generates the certificate s describes.
func newCert(t *testing.T, s certSpec) *testCert {
	t.Helper()
	var key crypto.Signer
	var err error
	switch {
	case s.rsa:
		key, err = rsa.GenerateKey(rand.Reader, 2048)
	case s.curve != nil:
		key, err = ecdsa.GenerateKey(s.curve, rand.Reader)
	default:
		key, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	}
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	if s.from.IsZero() {
		s.from = now.Add(-48 * time.Hour)
	}
	if s.to.IsZero() {
		s.to = now.Add(365 * 24 * time.Hour)
	}
	if s.keyUsage == 0 {
		s.keyUsage = x509.KeyUsageDigitalSignature
		if s.ca {
			s.keyUsage = x509.KeyUsageCertSign | x509.KeyUsageCRLSign
		}
	}
	if s.serial == 0 {
		testSerial++
		s.serial = testSerial
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(s.serial),
		Subject:               pkix.Name{Organization: []string{"Test"}, CommonName: s.cn},
		NotBefore:             s.from,
		NotAfter:              s.to,
		KeyUsage:              s.keyUsage,
		BasicConstraintsValid: true,
		IsCA:                  s.ca,
	}
	if !s.ca {
		tmpl.DNSNames = []string{"localhost"}
		tmpl.IPAddresses = []net.IP{net.IPv4(127, 0, 0, 1)}
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
	}
	if s.edit != nil {
		s.edit(tmpl)
	}
	parent, signer := tmpl, key
	if s.issuer != nil {
		parent, signer = s.issuer.cert, s.issuer.key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, key.Public(), signer)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return &testCert{cert, key}
}

// certPEM is c in PEM.
func certPEM(c *x509.Certificate) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
}

// verifyScenario is a chain a server sends and the authorities a client
// trusts, with what node reports (observed with node 20).
type verifyScenario struct {
	name  string
	sent  []*testCert
	ca    []*testCert
	code  string
	chain string // getPeerCertificate(true), by CN ("(self)": self-reference)
	// chainDiffers marks a scenario whose chain node shows differently
	// (see TestVerifyChainMatchesNode).
	chainDiffers bool
}

// verifyScenarios generates the certificates of the verification
// scenarios.
func verifyScenarios(t *testing.T) []verifyScenario {
	t.Helper()
	now := time.Now()
	root := newCert(t, certSpec{cn: "Root", ca: true})
	inter := newCert(t, certSpec{cn: "Inter", ca: true, issuer: root})
	leafR := newCert(t, certSpec{cn: "localhost", issuer: root})
	leafI := newCert(t, certSpec{cn: "localhost", issuer: inter})
	rsaLeaf := newCert(t, certSpec{cn: "localhost", issuer: root, rsa: true,
		keyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment})
	expired := newCert(t, certSpec{cn: "localhost", issuer: root, to: now.Add(-time.Hour)})
	notYet := newCert(t, certSpec{cn: "localhost", issuer: root, from: now.Add(time.Hour)})
	self := newCert(t, certSpec{cn: "localhost"})
	selfNoKU := newCert(t, certSpec{cn: "localhost", edit: func(c *x509.Certificate) { c.KeyUsage = 0 }})
	selfExpired := newCert(t, certSpec{cn: "localhost", to: now.Add(-time.Hour)})
	oldRoot := newCert(t, certSpec{cn: "OldRoot", ca: true, from: now.Add(-96 * time.Hour), to: now.Add(-time.Hour)})
	leafO := newCert(t, certSpec{cn: "localhost", issuer: oldRoot})
	notCA := newCert(t, certSpec{cn: "NotCA", issuer: root,
		keyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign})
	leafN := newCert(t, certSpec{cn: "localhost", issuer: notCA})
	noCertSign := newCert(t, certSpec{cn: "NoCertSign", ca: true, issuer: root, keyUsage: x509.KeyUsageDigitalSignature})
	leafK := newCert(t, certSpec{cn: "localhost", issuer: noCertSign})
	pathLen0 := newCert(t, certSpec{cn: "PathLen0", ca: true, issuer: root,
		edit: func(c *x509.Certificate) { c.MaxPathLenZero = true }})
	under0 := newCert(t, certSpec{cn: "Under0", ca: true, issuer: pathLen0})
	leafP := newCert(t, certSpec{cn: "localhost", issuer: under0})
	// forged names root as its issuer but is signed with another key.
	forger := newCert(t, certSpec{cn: "Root", ca: true})
	fake := *root.cert
	fake.PublicKey = forger.cert.PublicKey
	forged := newCert(t, certSpec{cn: "localhost", issuer: &testCert{&fake, forger.key}})
	list := func(c ...*testCert) []*testCert { return c }
	return []verifyScenario{
		{"self-signed leaf", list(self), nil, "DEPTH_ZERO_SELF_SIGNED_CERT", "localhost", false},
		{"self-signed leaf without key usage", list(selfNoKU), nil, "DEPTH_ZERO_SELF_SIGNED_CERT", "localhost -> (self)", false},
		// node shows the trusted copy of the leaf twice more.
		{"trusted self-signed leaf", list(self), list(self), "", "localhost", true},
		{"trusted self-signed leaf without key usage", list(selfNoKU), list(selfNoKU), "", "localhost -> (self)", false},
		{"leaf of an unknown CA", list(leafR), nil, "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "localhost", false},
		{"leaf and untrusted root", list(leafR, root), nil, "SELF_SIGNED_CERT_IN_CHAIN", "localhost -> Root -> (self)", false},
		{"leaf and intermediate of an unknown CA", list(leafI, inter), nil, "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "localhost -> Inter", false},
		{"leaf, intermediate and untrusted root", list(leafI, inter, root), nil, "SELF_SIGNED_CERT_IN_CHAIN", "localhost -> Inter -> Root -> (self)", false},
		{"leaf without its intermediate", list(leafI), list(root), "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "localhost", false},
		{"leaf and intermediate", list(leafI, inter), list(root), "", "localhost -> Inter -> Root -> (self)", false},
		{"leaf, root and intermediate", list(leafI, root, inter), list(root), "", "localhost -> Inter -> Root -> (self)", false},
		{"leaf of the trusted root", list(leafR), list(root), "", "localhost -> Root -> (self)", false},
		{"trusted leaf of an unknown CA", list(leafR), list(leafR), "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "localhost", false},
		{"trusted leaf of the trusted root", list(leafR), list(leafR, root), "", "localhost -> Root -> (self)", false},
		{"RSA leaf of the trusted root", list(rsaLeaf), list(root), "", "localhost -> Root -> (self)", false},
		{"leaf of another CA than the trusted one", list(leafR), list(inter), "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "localhost", false},
		{"leaf of a trusted intermediate", list(leafI), list(inter), "UNABLE_TO_GET_ISSUER_CERT", "localhost -> Inter", false},
		{"leaf and intermediate, intermediate trusted", list(leafI, inter), list(inter), "UNABLE_TO_GET_ISSUER_CERT", "localhost -> Inter", false},
		{"leaf and intermediate, both CAs trusted", list(leafI, inter), list(inter, root), "", "localhost -> Inter -> Root -> (self)", false},
		{"expired leaf", list(expired), list(root), "CERT_HAS_EXPIRED", "localhost -> Root -> (self)", false},
		{"expired leaf of an unknown CA", list(expired), nil, "CERT_HAS_EXPIRED", "localhost", false},
		{"leaf not yet valid", list(notYet), list(root), "CERT_NOT_YET_VALID", "localhost -> Root -> (self)", false},
		{"expired self-signed leaf", list(selfExpired), nil, "CERT_HAS_EXPIRED", "localhost", false},
		{"trusted expired self-signed leaf", list(selfExpired), list(selfExpired), "CERT_HAS_EXPIRED", "localhost", true},
		{"leaf of an expired root", list(leafO), list(oldRoot), "CERT_HAS_EXPIRED", "localhost -> OldRoot -> (self)", false},
		{"leaf and untrusted expired root", list(leafO, oldRoot), nil, "CERT_HAS_EXPIRED", "localhost -> OldRoot -> (self)", false},
		{"intermediate that is no CA", list(leafN, notCA), list(root), "INVALID_PURPOSE", "localhost -> NotCA -> Root -> (self)", false},
		{"intermediate that may not sign certificates", list(leafK, noCertSign), list(root), "UNSPECIFIED", "localhost", false},
		{"path length exceeded", list(leafP, under0, pathLen0), list(root), "PATH_LENGTH_EXCEEDED", "localhost -> Under0 -> PathLen0 -> Root -> (self)", false},
		{"forged leaf and root", list(forged, root), list(root), "CERT_SIGNATURE_FAILURE", "localhost -> Root -> (self)", false},
	}
}

// pool is a CertPool of certs.
func pool(certs []*testCert) *x509.CertPool {
	p := x509.NewCertPool()
	for _, c := range certs {
		p.AddCert(c.cert)
	}
	return p
}

// certs are the certificates of cs.
func certs(cs []*testCert) []*x509.Certificate {
	out := make([]*x509.Certificate, len(cs))
	for i, c := range cs {
		out[i] = c.cert
	}
	return out
}

// TestVerifyChain checks verifyChain's codes and messages for the
// verification scenarios.
func TestVerifyChain(t *testing.T) {
	messages := map[string]string{
		"":                                  "",
		"DEPTH_ZERO_SELF_SIGNED_CERT":       "self-signed certificate",
		"SELF_SIGNED_CERT_IN_CHAIN":         "self-signed certificate in certificate chain",
		"UNABLE_TO_VERIFY_LEAF_SIGNATURE":   "unable to verify the first certificate",
		"UNABLE_TO_GET_ISSUER_CERT_LOCALLY": "unable to get local issuer certificate",
		"UNABLE_TO_GET_ISSUER_CERT":         "unable to get issuer certificate",
		"CERT_HAS_EXPIRED":                  "certificate has expired",
		"CERT_NOT_YET_VALID":                "certificate is not yet valid",
		"INVALID_PURPOSE":                   "unsuitable certificate purpose",
		"UNSPECIFIED":                       "key usage does not include certificate signing",
		"PATH_LENGTH_EXCEEDED":              "path length constraint exceeded",
		"CERT_SIGNATURE_FAILURE":            "certificate signature failure",
	}
	for _, s := range verifyScenarios(t) {
		code, msg := verifyChain(certs(s.sent), pool(s.ca), time.Now())
		if code != s.code || msg != messages[s.code] {
			t.Errorf("%s: got %q %q, want %q %q", s.name, code, msg, s.code, messages[s.code])
		}
	}
	if code, msg := verifyChain(nil, x509.NewCertPool(), time.Now()); code != "UNABLE_TO_GET_ISSUER_CERT" || msg != "unable to get issuer certificate" {
		t.Errorf("no chain: got %q %q", code, msg)
	}
}

// runProbe runs src in a runtime whose module 'probe' exports what
// exports makes, and returns its output.
func runProbe(t *testing.T, exports func(rt *runtime.Runtime) map[string]any, src string) string {
	t.Helper()
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &out,
		Stderr: &out,
		Modules: map[string]runtime.ModuleLoader{
			"probe": func(rt *runtime.Runtime, module *goja.Object) error {
				o := rt.VM().NewObject()
				for k, v := range exports(rt) {
					if err := o.Set(k, v); err != nil {
						return err
					}
				}
				return module.Set("exports", o)
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if code, err := rt.RunSource(context.Background(), "[eval]", src); err != nil || code != 0 {
		t.Fatalf("exit %d, err %v, output:\n%s", code, err, out.String())
	}
	return out.String()
}

// certificateFunc is a probe function certificate(i, detailed) giving
// peerCertificate of chains[i].
func certificateFunc(rt *runtime.Runtime, chains [][]*x509.Certificate) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		v, err := peerCertificate(rt, chains[call.Argument(0).ToInteger()], call.Argument(1).ToBoolean())
		if err != nil {
			rt.Rethrow(err)
		}
		return v
	}
}

// TestPeerCertificate checks the shape of peerCertificate's objects: key
// order, value formats, null prototypes, Buffers, and the issuer chain.
func TestPeerCertificate(t *testing.T) {
	ca := newCert(t, certSpec{cn: "Test CA", ca: true, rsa: true, serial: 5, edit: func(c *x509.Certificate) {
		c.Subject = pkix.Name{Country: []string{"US"}, Province: []string{"California"}, Locality: []string{"San Francisco"},
			Organization: []string{"Acme"}, OrganizationalUnit: []string{"Eng", "Ops"}, CommonName: "Test CA"}
	}})
	leaf := newCert(t, certSpec{cn: "localhost", issuer: ca, serial: 0x80, edit: func(c *x509.Certificate) {
		c.OCSPServer = []string{"http://ocsp.example/"}
		c.IssuingCertificateURL = []string{"http://ca.example/a,b", "http://ca2.example/"}
		c.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth}
	}})
	chains := [][]*x509.Certificate{nil, {leaf.cert, ca.cert}, {ca.cert}}
	out := runProbe(t, func(rt *runtime.Runtime) map[string]any {
		return map[string]any{"certificate": certificateFunc(rt, chains)}
	}, `
const { certificate } = require('probe');
const assert = (ok, what) => { if (!ok) throw new Error('failed: ' + what); };
assert(JSON.stringify(certificate(0, true)) === '{}', 'no certificate');
const leaf = certificate(1, true);
assert(Object.keys(leaf).join() === 'subject,issuer,subjectaltname,infoAccess,ca,bits,pubkey,asn1Curve,nistCurve,' +
  'valid_from,valid_to,fingerprint,fingerprint256,fingerprint512,ext_key_usage,serialNumber,raw,issuerCertificate', 'leaf keys ' + Object.keys(leaf));
assert(Object.getPrototypeOf(leaf.subject) === null && Object.getPrototypeOf(leaf.infoAccess) === null, 'null prototypes');
assert(JSON.stringify(leaf.subject) === '{"O":"Test","CN":"localhost"}', 'subject');
assert(JSON.stringify(leaf.issuer) === '{"C":"US","ST":"California","L":"San Francisco","O":"Acme","OU":["Eng","Ops"],"CN":"Test CA"}', 'issuer ' + JSON.stringify(leaf.issuer));
assert(leaf.subjectaltname === 'DNS:localhost, IP Address:127.0.0.1', 'subjectaltname');
assert(JSON.stringify(leaf.infoAccess) === '{"OCSP - URI":["http://ocsp.example/"],"CA Issuers - URI":["http://ca.example/a,b","http://ca2.example/"]}', 'infoAccess ' + JSON.stringify(leaf.infoAccess));
assert(leaf.ca === false && leaf.bits === 256 && leaf.asn1Curve === 'prime256v1' && leaf.nistCurve === 'P-256', 'EC key');
assert(Buffer.isBuffer(leaf.pubkey) && leaf.pubkey.length === 65 && leaf.pubkey[0] === 4, 'EC point');
assert(/^[A-Z][a-z]{2} [ 123]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(leaf.valid_from), 'valid_from ' + leaf.valid_from);
assert(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/.test(leaf.fingerprint), 'fingerprint');
assert(leaf.fingerprint256.length === 95 && leaf.fingerprint512.length === 191, 'fingerprint lengths');
assert(leaf.ext_key_usage.join() === '1.3.6.1.5.5.7.3.1,1.3.6.1.5.5.7.3.2', 'ext_key_usage');
assert(leaf.serialNumber === '80' && Buffer.isBuffer(leaf.raw) && leaf.raw[0] === 0x30, 'serial and raw');
const root = leaf.issuerCertificate;
assert(Object.keys(root).join() === 'subject,issuer,ca,modulus,bits,exponent,pubkey,valid_from,valid_to,' +
  'fingerprint,fingerprint256,fingerprint512,serialNumber,raw,issuerCertificate', 'root keys ' + Object.keys(root));
assert(root.issuerCertificate === root && root.ca === true, 'self-signed root');
assert(/^[0-9A-F]{512}$/.test(root.modulus) && root.bits === 2048 && root.exponent === '0x10001', 'RSA key');
assert(root.pubkey.length === 294 && root.serialNumber === '05', 'RSA pubkey and serial');
assert(!('issuerCertificate' in certificate(1, false)), 'not detailed');
leaf.raw[0] = 0;
assert(certificate(1, false).raw[0] === 0x30, 'raw is a copy');
process.stdout.write('ok\n');
`)
	if out != "ok\n" {
		t.Fatal(out)
	}
}

// TestFormatHelpers checks the formatting helpers on values node prints
// (observed with node 20).
func TestFormatHelpers(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 5: "05", 0x80: "80", 0x1001: "1001", -1: "-01"} {
		if got := serialHex(big.NewInt(n)); got != want {
			t.Errorf("serialHex(%d) = %q, want %q", n, got, want)
		}
	}
	if got := opensslTime(time.Date(2026, 11, 8, 4, 0, 0, 0, time.UTC)); got != "Nov  8 04:00:00 2026 GMT" {
		t.Errorf("opensslTime: %q", got)
	}
	if got := fingerprint([]byte{0x0a, 0xff, 0x10}); got != "0A:FF:10" {
		t.Errorf("fingerprint: %q", got)
	}
	if got := ipAddress(net.ParseIP("2001:db8::ff00:42")); got != "2001:DB8:0:0:0:0:FF00:42" {
		t.Errorf("ipAddress: %q", got)
	}
	for _, c := range []struct {
		name, label string
		utf8        bool
		want        string
	}{
		{"plain.example", "", false, "plain.example"},
		{"a,b.example", "", false, `"a\u002cb.example"`},
		{`q"uote@x`, "", false, `"q\"uote@x"`},
		{"caf\xe9", "", false, `"caf\u00e9"`},
		{"x@example.com", "XmppAddr", true, "XmppAddr:x@example.com"},
		{"na\xc3\xafve,", "XmppAddr", true, "\"XmppAddr:na\xc3\xafve\\u002c\""},
	} {
		if got := altName([]byte(c.name), c.utf8, c.label); got != c.want {
			t.Errorf("altName(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	if got := escape2253(` #a,b+c "d"; `); got != `\ #a\,b\+c \"d\"\;\ ` {
		t.Errorf("escape2253: %q", got)
	}
}

// nodeCommand is node running script with args, without
// NODE_EXTRA_CA_CERTS (which would only slow it down).
func nodeCommand(t *testing.T, script string, args ...string) *exec.Cmd {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is required for the differential tests:", err)
	}
	cmd := exec.Command(node, append([]string{"-e", script, "--"}, args...)...)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NODE_EXTRA_CA_CERTS=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	return cmd
}

// mustMarshal is the DER of v.
func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	der, err := asn1.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

// oddCertificates are certificates with the less common things node
// formats: every kind of alternative name, quoted ones, names with
// repeated, unknown, multi-valued and non-UTF-8 attributes, other curves.
func oddCertificates(t *testing.T) []*x509.Certificate {
	ctx := func(tag int, compound bool, content []byte) asn1.RawValue {
		return asn1.RawValue{Class: asn1.ClassContextSpecific, Tag: tag, IsCompound: compound, Bytes: content}
	}
	str := func(tag int, s string) asn1.RawValue { return asn1.RawValue{Tag: tag, Bytes: []byte(s)} }
	otherName := func(oid asn1.ObjectIdentifier, value asn1.RawValue) asn1.RawValue {
		content := append(mustMarshal(t, oid), mustMarshal(t, ctx(0, true, mustMarshal(t, value)))...)
		return ctx(0, true, content)
	}
	dirName := mustMarshal(t, []attributeSET{
		{{asn1.ObjectIdentifier{2, 5, 4, 6}, str(asn1.TagPrintableString, "DE")}},
		{{asn1.ObjectIdentifier{2, 5, 4, 10}, str(asn1.TagUTF8String, "Dir, Org")},
			{asn1.ObjectIdentifier{2, 5, 4, 11}, str(asn1.TagUTF8String, "Unit")}},
		{{asn1.ObjectIdentifier{1, 2, 3, 4}, str(asn1.TagUTF8String, "x")}},
		{{asn1.ObjectIdentifier{2, 5, 4, 3}, str(asn1.TagUTF8String, " Dir Name#")}},
	})
	rid := mustMarshal(t, asn1.ObjectIdentifier{1, 2, 3, 4})
	san := mustMarshal(t, []asn1.RawValue{
		ctx(2, false, []byte("a,b.example")),
		ctx(7, false, net.ParseIP("::1")),
		ctx(7, false, []byte{10, 0, 0, 1}),
		ctx(1, false, []byte(`q"uote@x`)),
		ctx(6, false, []byte("http://x/?a=1,2")),
		ctx(4, true, dirName),
		ctx(8, false, rid[2:]),
		otherName(asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 8, 5}, str(asn1.TagUTF8String, "xmpp@example.com")),
		otherName(asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 8, 7}, str(asn1.TagIA5String, "_sip.example")),
		otherName(asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 311, 20, 2, 3}, str(asn1.TagUTF8String, "na\xc3\xafve, user")),
		otherName(asn1.ObjectIdentifier{1, 2, 3, 9}, str(asn1.TagUTF8String, "foo")),
	})
	aia := mustMarshal(t, []struct {
		Method   asn1.ObjectIdentifier
		Location asn1.RawValue
	}{
		{asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 1}, ctx(6, false, []byte("http://ocsp.example/"))},
		{asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 2}, ctx(4, true, dirName)},
		{asn1.ObjectIdentifier{1, 2, 3, 5}, ctx(6, false, []byte("http://other.example/\"q\""))},
	})
	subject := mustMarshal(t, []attributeSET{
		{{asn1.ObjectIdentifier{2, 5, 4, 6}, str(asn1.TagPrintableString, "US")}},
		{{asn1.ObjectIdentifier{2, 5, 4, 10}, str(asn1.TagT61String, "Caf\xe9")}},
		{{asn1.ObjectIdentifier{2, 5, 4, 11}, asn1.RawValue{Tag: asn1.TagBMPString, Bytes: []byte{0, 'B', 0, 0xfc, 0x20, 0xac}}},
			{asn1.ObjectIdentifier{2, 5, 4, 11}, str(asn1.TagUTF8String, "na\xc3\xafve")}},
		{{asn1.ObjectIdentifier{0, 9, 2342, 19200300, 100, 1, 25}, str(asn1.TagIA5String, "example")}},
		{{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 1}, str(asn1.TagIA5String, "me@example.com")}},
		{{asn1.ObjectIdentifier{2, 5, 4, 5}, str(asn1.TagPrintableString, "1234")}},
		{{asn1.ObjectIdentifier{2, 5, 4, 97}, str(asn1.TagUTF8String, "VATDE-1")}},
		{{asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 311, 60, 2, 1, 3}, str(asn1.TagPrintableString, "DE")}},
		{{asn1.ObjectIdentifier{1, 2, 3, 4, 5}, str(asn1.TagUTF8String, "custom")}},
		{{asn1.ObjectIdentifier{2, 5, 4, 3}, str(asn1.TagUTF8String, "odd.example")}},
	})
	odd := newCert(t, certSpec{cn: "odd", serial: 0x80, edit: func(c *x509.Certificate) {
		c.RawSubject = subject
		c.DNSNames, c.IPAddresses = nil, nil
		c.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageCodeSigning}
		c.UnknownExtKeyUsage = []asn1.ObjectIdentifier{{1, 2, 3, 4, 99}}
		c.ExtraExtensions = []pkix.Extension{{Id: oidSubjectAltName, Value: san}, {Id: oidInfoAccess, Value: aia}}
	}})
	rsaCA := newCert(t, certSpec{cn: "RSA CA", ca: true, rsa: true, serial: 0x01444493c2a1624b, edit: func(c *x509.Certificate) {
		c.Subject.OrganizationalUnit = []string{"A", "B", "C"}
	}})
	rsaLeaf := newCert(t, certSpec{cn: "localhost", issuer: rsaCA, rsa: true, serial: 1, edit: func(c *x509.Certificate) {
		c.EmailAddresses = []string{"a@b.c"}
		c.URIs = []*url.URL{{Scheme: "spiffe", Host: "example.org", Path: "/x"}}
		c.IPAddresses = append(c.IPAddresses, net.ParseIP("2001:db8::ff00:42"))
		c.OCSPServer = []string{"http://ocsp.example/"}
		c.IssuingCertificateURL = []string{"http://ca.example/ca.crt"}
	}})
	p384 := newCert(t, certSpec{cn: "P-384", ca: true, curve: elliptic.P384()})
	p521 := newCert(t, certSpec{cn: "P-521", issuer: p384, curve: elliptic.P521(), keyUsage: x509.KeyUsageKeyAgreement})
	return []*x509.Certificate{odd.cert, rsaCA.cert, rsaLeaf.cert, p384.cert, p521.cert}
}

// hexBuffers is a JSON.stringify replacer writing Buffers as hex.
const hexBuffers = `function (k, v) { const raw = this[k]; return Buffer.isBuffer(raw) ? raw.toString('hex') : v; }`

// TestCertificateMatchesNode checks that peerCertificate's objects are, as
// JSON, node's X509Certificate.toLegacyObject() (which getPeerCertificate
// also gives), and the helpers give what node's X509Certificate getters
// do.
func TestCertificateMatchesNode(t *testing.T) {
	all := oddCertificates(t)
	dir := t.TempDir()
	var files []string
	for i, c := range all {
		file := filepath.Join(dir, fmt.Sprintf("cert%d.pem", i))
		if err := os.WriteFile(file, certPEM(c), 0o600); err != nil {
			t.Fatal(err)
		}
		files = append(files, file)
	}
	cmd := nodeCommand(t, `
const { X509Certificate } = require('crypto');
const fs = require('fs');
for (const file of process.argv.slice(1)) {
  const x = new X509Certificate(fs.readFileSync(file));
  console.log(JSON.stringify(x.toLegacyObject(), `+hexBuffers+`));
  console.log(JSON.stringify([x.fingerprint, x.fingerprint256, x.serialNumber, x.validFrom, x.validTo, x.subjectAltName ?? null]));
}`, files...)
	nodeOut, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	chains := make([][]*x509.Certificate, len(all))
	for i, c := range all {
		chains[i] = []*x509.Certificate{c}
	}
	gonodeOut := runProbe(t, func(rt *runtime.Runtime) map[string]any {
		return map[string]any{"certificate": certificateFunc(rt, chains), "count": len(chains)}
	}, `
const { certificate, count } = require('probe');
for (let i = 0; i < count; i++) process.stdout.write(JSON.stringify(certificate(i, false), `+hexBuffers+`) + '\n');
`)
	nodeLines := strings.Split(strings.TrimSpace(string(nodeOut)), "\n")
	gonodeLines := strings.Split(strings.TrimSpace(gonodeOut), "\n")
	if len(nodeLines) != 2*len(all) || len(gonodeLines) != len(all) {
		t.Fatalf("node printed:\n%s\ngonode printed:\n%s", nodeOut, gonodeOut)
	}
	for i, c := range all {
		if got, want := gonodeLines[i], nodeLines[2*i]; got != want {
			t.Errorf("certificate %d:\n got %s\nwant %s", i, got, want)
		}
		sum1, sum256 := sha1.Sum(c.Raw), sha256.Sum256(c.Raw)
		var san any
		if ext, ok := extension(c, oidSubjectAltName); ok {
			san, _ = subjectAltName(ext)
		}
		var got bytes.Buffer
		enc := json.NewEncoder(&got)
		enc.SetEscapeHTML(false) // as JSON.stringify
		if err := enc.Encode([]any{fingerprint(sum1[:]), fingerprint(sum256[:]), serialHex(c.SerialNumber),
			opensslTime(c.NotBefore), opensslTime(c.NotAfter), san}); err != nil {
			t.Fatal(err)
		}
		if got, want := strings.TrimSpace(got.String()), nodeLines[2*i+1]; got != want {
			t.Errorf("certificate %d getters:\n got %s\nwant %s", i, got, want)
		}
	}
}

// chainOf is a JavaScript function printing the chain of a detailed
// certificate object by CN, "(self)" for a self-reference.
const chainOf = `(pc) => {
  const out = [];
  for (let c = pc; c && c.subject; c = c.issuerCertificate) {
    if (out.includes(c)) return out.map((c) => c.subject.CN).join(' -> ') + ' -> (self)';
    out.push(c);
  }
  return out.map((c) => c.subject.CN).join(' -> ');
}`

// matrixScript serves each scenario of the JSON file argv[1] on
// 127.0.0.1 and connects to it, printing per scenario a JSON line with
// node's verification error (code and message, or nulls) and the chain
// getPeerCertificate(true) shows.
const matrixScript = `
const tls = require('tls');
const fs = require('fs');
const chainOf = ` + chainOf + `;
const connect = (s) => new Promise((resolve, reject) => {
  const srv = tls.createServer({ key: s.key, cert: s.sent.join('') });
  srv.listen(0, '127.0.0.1', () => {
    const opts = { host: '127.0.0.1', port: srv.address().port, rejectUnauthorized: false, checkServerIdentity: () => undefined };
    if (s.ca.length) opts.ca = s.ca;
    const socket = tls.connect(opts, () => {
      const err = socket._handle.verifyError();
      const line = { code: err ? err.code : null, message: err ? err.message : null, chain: chainOf(socket.getPeerCertificate(true)) };
      socket.destroy();
      srv.close();
      resolve(line);
    });
    socket.on('error', reject);
  });
});
(async () => {
  for (const s of JSON.parse(fs.readFileSync(process.argv[1], 'utf8'))) console.log(JSON.stringify(await connect(s)));
})();
`

// TestVerifyChainMatchesNode runs the verification scenarios with node's
// TLS client and checks that node reports what verifyChain does, and
// shows the chain peerCertificate shows for the path buildPath builds
// (but where node shows a trusted self-signed leaf's copy from the trust
// store as its issuer, twice).
func TestVerifyChainMatchesNode(t *testing.T) {
	scenarios := verifyScenarios(t)
	type nodeScenario struct {
		Key  string   `json:"key"`
		Sent []string `json:"sent"`
		CA   []string `json:"ca"`
	}
	input := make([]nodeScenario, len(scenarios))
	paths := make([][]*x509.Certificate, len(scenarios))
	now := time.Now()
	for i, s := range scenarios {
		key, err := x509.MarshalPKCS8PrivateKey(s.sent[0].key)
		if err != nil {
			t.Fatal(err)
		}
		input[i] = nodeScenario{Key: string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: key})), CA: []string{}}
		for _, c := range s.sent {
			input[i].Sent = append(input[i].Sent, string(certPEM(c.cert)))
		}
		for _, c := range s.ca {
			input[i].CA = append(input[i].CA, string(certPEM(c.cert)))
		}
		paths[i] = buildPath(certs(s.sent), pool(s.ca), now).certs
	}
	data, err := json.Marshal(input)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "scenarios.json")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	nodeOut, err := nodeCommand(t, matrixScript, file).Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	gonodeOut := runProbe(t, func(rt *runtime.Runtime) map[string]any {
		return map[string]any{"certificate": certificateFunc(rt, paths), "count": len(paths)}
	}, `
const { certificate, count } = require('probe');
const chainOf = `+chainOf+`;
for (let i = 0; i < count; i++) process.stdout.write(chainOf(certificate(i, true)) + '\n');
`)
	nodeLines := strings.Split(strings.TrimSpace(string(nodeOut)), "\n")
	chains := strings.Split(strings.TrimSpace(gonodeOut), "\n")
	if len(nodeLines) != len(scenarios) || len(chains) != len(scenarios) {
		t.Fatalf("node printed:\n%s\ngonode printed:\n%s", nodeOut, gonodeOut)
	}
	for i, s := range scenarios {
		var got struct {
			Code    *string
			Message *string
			Chain   string
		}
		if err := json.Unmarshal([]byte(nodeLines[i]), &got); err != nil {
			t.Fatal(err)
		}
		code, msg := verifyChain(certs(s.sent), pool(s.ca), time.Now())
		if got.Code == nil {
			got.Code, got.Message = new(string), new(string)
		}
		if *got.Code != code || *got.Message != msg {
			t.Errorf("%s: node says %q %q, verifyChain %q %q", s.name, *got.Code, *got.Message, code, msg)
		}
		if chains[i] != s.chain {
			t.Errorf("%s: peerCertificate chain %q, want %q", s.name, chains[i], s.chain)
		}
		if got.Chain != s.chain && !s.chainDiffers {
			t.Errorf("%s: node's chain %q, want %q", s.name, got.Chain, s.chain)
		}
	}
}
