// process.loadEnvFile(path = './.env') and util.parseEnv(content): node's
// .env reader (the one --env-file uses), quirks included; a variable the
// environment has already is kept; node's errors for a missing file and
// bad arguments. The path may be a string, a Buffer or a file: URL.
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { pathToFileURL } = require('url');

for (const content of [
  'FOO=bar\nBAZ=qux',
  '  A = spaced  \nB=unquoted # comment\nC=\'single # not comment\'\n',
  'D="double\\tx\\ny"\nE=`back tick`\nF="multi\nline"\nG=\nH\n=nokey\nI=a=b=c\n',
  'export J=exp\nexport   K=spaces\nexportL=glued\n',
  'M="unterminated\nN=after\nO=\'also\nP=`and this',
  '# only a comment\n\n   \n#Q=commented\nR=1#no space\nS = \'quoted\' trailing\nT="a" # c\n',
  'U=one\r\nV="two\r\nlines"\r\nW=three\r\n',
  'AC=x\nAC=y\n AD= z ', '', '=\n==\nAG', 'z=1\na=2\nM=3',
]) {
  console.log(JSON.stringify(content), '->', util.parseEnv(content));
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loadenv-'));
const cwd = process.cwd();
process.chdir(dir);
try {
  fs.writeFileSync('.env', 'LOADENV_A=from-file\nLOADENV_B="two\\nlines"\nexport LOADENV_C=3 # comment\nLOADENV_KEEP=file\n');
  fs.writeFileSync('other.env', 'LOADENV_D=other\n');
  process.env.LOADENV_KEEP = 'set before';
  process.loadEnvFile();
  process.loadEnvFile(Buffer.from('other.env'));
  fs.writeFileSync('url.env', 'LOADENV_E=by url\n');
  process.loadEnvFile(pathToFileURL(path.join(dir, 'url.env')));
  for (const k of ['A', 'B', 'C', 'D', 'E', 'KEEP']) console.log(k, JSON.stringify(process.env[`LOADENV_${k}`]));
  for (const bad of [['missing.env'], [1], [null]]) {
    try {
      process.loadEnvFile(...bad);
    } catch (e) {
      console.log(bad, e.code, e.message, e.syscall, e.errno, e.path);
    }
  }
  try {
    util.parseEnv(1);
  } catch (e) {
    console.log(e.code, e.message);
  }
  console.log(process.loadEnvFile.name, process.loadEnvFile.length, util.parseEnv.length);
} finally {
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true });
}
