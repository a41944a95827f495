package tls

import (
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"testing"

	"github.com/dop251/goja"
)

// FuzzCertificateFields feeds arbitrary bytes, as a peer's certificate may
// carry them, to the DER readers behind getPeerCertificate: they must
// report a malformed value, never panic.
func FuzzCertificateFields(f *testing.F) {
	for _, name := range []string{"server-cert.pem", "ca-cert.pem", "client-cert.pem", "ec-cert.pem", "self-cert.pem"} {
		p, err := os.ReadFile(filepath.Join("..", "..", "testdata", "diff", "fixtures", "tls", name))
		if err != nil {
			f.Fatal(err)
		}
		block, _ := pem.Decode(p)
		cert, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(cert.RawSubject)
		f.Add(cert.RawIssuer)
		for _, ext := range cert.Extensions {
			f.Add(ext.Value)
		}
	}
	vm := goja.New()
	f.Fuzz(func(t *testing.T, der []byte) {
		subjectAltName(der)
		infoAccessText(der)
		infoAccessObject(vm, der)
		extKeyUsages(der)
		rfc2253(der)
		ipAddress(der)
		altName(der, true, "x")
		altName(der, false, "")
		_, _ = nameObject(vm, der)
	})
}
