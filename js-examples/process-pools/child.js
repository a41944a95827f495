// The child execa.node() forks: it greets its parent over IPC and leaves
// when told to.
console.log('child stdout', typeof process.send);
process.send({ hello: 'from child' });
process.on('message', (m) => {
  if (m === 'bye') process.disconnect();
});
