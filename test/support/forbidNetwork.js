// Preloaded with `node --require` to make any network use fail loudly: a socket, a DNS
// lookup or fetch() prints NETWORK-USED on stderr and throws.

const net = require('node:net');
const dns = require('node:dns');
function forbid(what) {
  return () => {
    process.stderr.write(`NETWORK-USED: ${what}\n`);
    throw new Error(`network use is forbidden: ${what}`);
  };
}
net.Socket.prototype.connect = forbid('net.Socket.connect');
net.createConnection = forbid('net.createConnection');
dns.lookup = forbid('dns.lookup');
dns.promises.lookup = forbid('dns.promises.lookup');
globalThis.fetch = forbid('fetch');
