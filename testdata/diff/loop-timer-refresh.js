let fired = 0;
const t = setTimeout(() => { fired++; console.log('fired', fired); }, 20);
setTimeout(() => t.refresh(), 10);
setTimeout(() => console.log('at 25, fired =', fired), 25);
