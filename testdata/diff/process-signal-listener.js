process.on('SIGUSR2', (sig, num) => {
  console.log('got', sig, num);
  clearInterval(keep);
});
const keep = setInterval(() => {}, 1000);
process.kill(process.pid, 'SIGUSR2');
