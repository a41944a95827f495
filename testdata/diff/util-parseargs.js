const { parseArgs } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n', default: 'anon' },
  tag: { type: 'string', short: 't', multiple: true },
  flag: { type: 'boolean', multiple: true },
  color: { type: 'boolean' },
};
const show = (r) => console.log(JSON.stringify({ values: { ...r.values }, positionals: r.positionals, tokens: r.tokens }));
show(parseArgs({ args: ['-v', '--name', 'bob', '-t', 'a', '--tag=b', '-tc'], options }));
show(parseArgs({ args: ['-vn', 'x', 'pos'], options, allowPositionals: true }));
show(parseArgs({ args: ['-nFILE', '--', '--not-an-option', '-v'], options, allowPositionals: true, tokens: true }));
show(parseArgs({ args: ['--flag', '--flag', '--no-color'], options, allowNegative: true }));
show(parseArgs({ args: ['--unknown', 'x', '-z'], strict: false }));
show(parseArgs({ args: [], options }));
console.log(Object.getPrototypeOf(parseArgs({ args: [] }).values));
for (const config of [
  { args: ['--unknown'], options },
  { args: ['--unknown'], options, allowPositionals: true },
  { args: ['positional'], options },
  { args: ['--name'], options },
  { args: ['--verbose=yes'], options },
  { args: ['--name', '-v'], options },
  { args: ['-n', '--x'], options },
  { args: 'notarray' },
  { args: [], options: { bad: { type: 'number' } } },
  { args: [], options: { bad: { type: 'string', short: 'ab' } } },
  { args: [], options: { bad: { type: 'string', default: 5 } } },
  { args: [], options: { bad: { type: 'boolean', multiple: true, default: [true, 'x'] } } },
  { args: [], strict: 'yes' },
  { args: ['--no-verbose'], options: { verbose: { type: 'string' } }, allowNegative: true },
]) {
  try {
    show(parseArgs(config));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
