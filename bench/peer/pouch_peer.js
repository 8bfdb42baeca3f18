// The PouchDB side of bench/bench_peer.py: PouchDB 9 (LevelDB on disk) with express-pouchdb.
//
//   node pouch_peer.js server <data-dir> <port>
//       express-pouchdb on 127.0.0.1:<port>, databases as LevelDB folders under <data-dir>;
//       prints "listening <port>" once it accepts connections.
//   node pouch_peer.js write <local-db-dir> <records.jsonl>
//       the app offline: every record written into a local on-disk PouchDB (bulkDocs of 1000).
//   node pouch_peer.js push <local-db-dir> <remote-url> [batch_size]   (PEER_KEEPALIVE=0: no keep-alive)
//       local.replicate.to(remote): the push a PouchDB app does when it is online again.
//   node pouch_peer.js pull <local-db-dir> <remote-url> [batch_size]
//       a fresh local database's replicate.from(remote): a new laptop's initial pull.
//
// Each client step prints one JSON line ({"step", "seconds", ...}); the time is taken inside the
// step, so node's own start-up is not counted against PouchDB.
'use strict';

const fs = require('fs');
const readline = require('readline');
const http = require('http');
const PouchDB = require('pouchdb');

// PouchDB on node fetches with node-fetch 2 and no agent, which sends "Connection: close": a new
// TCP connection per request. A browser (where PouchDB apps mostly run) keeps connections alive,
// so by default the remote gets a keep-alive agent; PEER_KEEPALIVE=0 measures node's stock way.
const keepAlive = process.env.PEER_KEEPALIVE !== '0';
const agent = new http.Agent({ keepAlive: true });

function openRemote(url) {
  if (!keepAlive) return new PouchDB(url);
  return new PouchDB(url, { fetch: (u, options) => PouchDB.fetch(u, { ...options, agent }) });
}

function report(step, started, extra) {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(JSON.stringify({ step, seconds, ...extra }) + '\n');
}

async function server(dataDir, port) {
  const express = require('express');
  fs.mkdirSync(dataDir, { recursive: true });
  const app = express();
  // minimumForPouchDB: the routes replication needs, not Fauxton or the CouchDB admin API. The
  // config and log live in memory / in the bench's folder, not in the working directory.
  app.use('/', require('express-pouchdb')(PouchDB.defaults({ prefix: dataDir + '/' }), {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: dataDir + '/log.txt',
  }));
  const listener = app.listen(Number(port), '127.0.0.1', () => {
    process.stdout.write(`listening ${listener.address().port}\n`);
  });
}

async function write(localDir, recordsFile) {
  const local = new PouchDB(localDir);
  const lines = readline.createInterface({ input: fs.createReadStream(recordsFile) });
  const docs = [];
  for await (const line of lines) {
    if (line) docs.push(JSON.parse(line));
  }
  const started = process.hrtime.bigint();
  let written = 0;
  for (let i = 0; i < docs.length; i += 1000) {
    const results = await local.bulkDocs(docs.slice(i, i + 1000));
    for (const r of results) {
      if (r.error) throw new Error(`write refused ${r.id}: ${r.reason || r.error}`);
    }
    written += results.length;
  }
  report('write', started, { docs: written });
  await local.close();
}

async function push(localDir, remoteUrl, batchSize) {
  const local = new PouchDB(localDir);
  const started = process.hrtime.bigint();
  const remote = openRemote(remoteUrl);
  const result = await local.replicate.to(remote, { batch_size: batchSize });
  report('push', started, { docs_written: result.docs_written, docs_read: result.docs_read,
                            ok: result.ok, batch_size: batchSize, keep_alive: keepAlive });
  await local.close();
  agent.destroy();
}

async function pull(localDir, remoteUrl, batchSize) {
  const started = process.hrtime.bigint();
  const local = new PouchDB(localDir);
  const remote = openRemote(remoteUrl);
  const result = await local.replicate.from(remote, { batch_size: batchSize });
  const info = await local.info();
  report('pull', started, { docs_written: result.docs_written, doc_count: info.doc_count,
                            ok: result.ok, batch_size: batchSize, keep_alive: keepAlive });
  await local.close();
  agent.destroy();
}

async function main() {
  const [step, ...args] = process.argv.slice(2);
  // PouchDB's own default: 100 documents per replication batch, 10 batches in flight.
  const batchSize = Number(args[2] || 100);
  if (step === 'server') return server(args[0], args[1]);
  if (step === 'write') return write(args[0], args[1]);
  if (step === 'push') return push(args[0], args[1], batchSize);
  if (step === 'pull') return pull(args[0], args[1], batchSize);
  throw new Error(`unknown step ${step}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
