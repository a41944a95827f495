// The app pm2 runs: an HTTP server in each cluster instance, answering
// with its pid and pm2's instance number. PORT sets the port.
const http = require('http');

const port = Number(process.env.PORT || 3000);
http.createServer((req, res) => {
  res.end(`pid ${process.pid} instance ${process.env.NODE_APP_INSTANCE}\n`);
}).listen(port, () => console.log(`instance ${process.env.NODE_APP_INSTANCE} listening on ${port}`));
