// A second writer on another thread: takes the database's write lock, keeps it for `holdMs`, then
// commits and raises flag[0]. better-sqlite3 is synchronous, so the test's own thread could never
// wait for a lock it holds itself; this is the CLI import or another host writing meanwhile.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const { file, holdMs, flag } = workerData;
const shared = new Int32Array(flag);
const db = new Database(file);
db.pragma('busy_timeout = 5000');
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('other-writer', 'was here')").run();
parentPort.postMessage('holding');
Atomics.wait(shared, 1, 0, holdMs);
db.exec('COMMIT');
Atomics.store(shared, 0, 1);
db.close();
parentPort.postMessage('committed');
