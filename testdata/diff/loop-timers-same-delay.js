for (let i = 0; i < 5; i++) setTimeout(() => console.log('t' + i), 5);
setTimeout(() => console.log('late'), 20);
