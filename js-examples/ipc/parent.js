const child_process = require('child_process');

const child = child_process.fork('./child.js');

// 主进程接收信息
child.on('message', (message) => {
    console.log('parent got message: ', message);
});

child.send({ hello: 'world' });
