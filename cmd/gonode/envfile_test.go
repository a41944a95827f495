package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gonode/gonode/internal/dotenv"
)

// envFileCases are .env files whose reading node and gonode must agree on.
var envFileCases = []string{
	"FOO=bar\nBAZ=qux",
	"  A = spaced  \nB=unquoted # comment\nC='single # not comment'\n",
	"D=\"double\\tx\\ny\"\nE=`back tick`\nF=\"multi\nline\"\nG=\nH\n=nokey\nI=a=b=c\n",
	"export J=exp\nexport   K=spaces\nexportL=glued\n",
	"M=\"unterminated\nN=after\nO='also\nP=`and this",
	"# only a comment\n\n   \n#Q=commented\nR=1#no space\nS = 'quoted' trailing\nT=\"a\" # c\n",
	"U=one\r\nV=\"two\r\nlines\"\r\nW=three\r\n",
	"X=\tTab\t\nY= \"  inner  \" \nZ=\"\"\nAA=''\nAB=``\n",
	"AC=x\nAC=y\n AD= z ",
	"AE=\"say \\\"hi\\\"\"\nAF='it''s'\n",
	"",
	"=\n==\nAG",
	"A=1\n  #comment\nB=\"x\"y\nC='x\\'y'\nD=x # c # d\nKEY WITH SPACE=v\nE=\"open # hash\nF=1\n",
	"G=héllo wörld ✓\n=\"a\nH=1\"\nI=2\n\n\nJ=\"\\n\\\\n\"",
	"A='x'\n  #c\nB=\"y\"  \n  C=1\nD=`z`\n E=2\nF=\"open\n  G=3\n",
	"I=2\n\n\nJ=\"\\n\\\\n\"\n=\"a\nH=1\"\nK=3",
}

// TestEnvFileAgainstNode checks that --env-file reads each case as node
// does: the environment the program sees, given no other, is node's.
func TestEnvFileAgainstNode(t *testing.T) {
	dir := t.TempDir()
	const src = "console.log(JSON.stringify(Object.entries(process.env).sort()))"
	for i, content := range envFileCases {
		path := filepath.Join(dir, "case.env")
		if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
		env := func(bin string) string {
			cmd := exec.Command(bin, "--env-file="+path, "-e", src)
			cmd.Env = []string{}
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("case %d: %s: %v\n%s", i, bin, err, out)
			}
			return string(out)
		}
		if got, want := env(gonodeBin), env("node"); got != want {
			t.Errorf("case %d (%q):\ngonode %s\nnode   %s", i, content, got, want)
		}
	}
}

// TestEnvFileOrder checks the order of precedence: the environment over
// the files, a later file over an earlier one; and node's errors for a
// file that is missing or cannot be read.
func TestEnvFileOrder(t *testing.T) {
	dir := t.TempDir()
	first, second := filepath.Join(dir, "a.env"), filepath.Join(dir, "b.env")
	os.WriteFile(first, []byte("A=first\nB=first\nC=first\n"), 0o666)
	os.WriteFile(second, []byte("B=second\nC=second\n"), 0o666)
	cmd := exec.Command(gonodeBin, "--env-file", first, "--env-file="+second, "-e",
		"console.log(process.env.A, process.env.B, process.env.C)")
	cmd.Env = append(os.Environ(), "C=environment")
	out, err := cmd.CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "first second environment" {
		t.Fatalf("got %q (%v)", out, err)
	}
	for _, c := range []struct{ path, want string }{
		{filepath.Join(dir, "missing.env"), ": not found"},
		{dir, ": invalid format"},
	} {
		r := runProgram(t, ".", "", gonodeBin, "--env-file="+c.path, "-e", "0")
		if r.code != 9 || !strings.Contains(r.stderr, c.path+c.want) {
			t.Errorf("%s: got %+v", c.path, r)
		}
	}
}

// FuzzParseEnvFile checks that no content makes the reader fail or loop,
// and that each key it reads is in the content (without its carriage
// returns, which the reader drops).
func FuzzParseEnvFile(f *testing.F) {
	for _, c := range envFileCases {
		f.Add(c)
	}
	f.Add("A=  ")
	f.Fuzz(func(t *testing.T, content string) {
		bare := strings.ReplaceAll(content, "\r", "")
		for _, kv := range dotenv.Parse(content) {
			if kv[0] == "" || !strings.Contains(bare, kv[0]) {
				t.Fatalf("key %q from %q", kv[0], content)
			}
		}
	})
}
