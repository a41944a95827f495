process.on('exit', (code) => {
  console.log('first handler', code);
  process.exit(9);
});
process.on('exit', () => console.log('second handler never runs'));
process.exit(2);
