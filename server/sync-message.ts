// Reads the document update out of a Hocuspocus protocol message (before the server handles it), so
// the server can check and keep it first. Layout: document name, message type, then for sync
// messages the y-protocols sync type and the update.
import * as decoding from 'lib0/decoding';

/** Hocuspocus's MessageType.Sync and .SyncReply; y-protocols' messageYjsSyncStep2 and messageYjsUpdate. */
const SYNC = 0;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const UPDATE = 2;

/** The Yjs update a message carries (sync step 2 or update), or null for every other message. */
export function updateInMessage(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== SYNC && type !== SYNC_REPLY) return null;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== UPDATE) return null;
  return decoding.readVarUint8Array(decoder);
}

/** An update that changes nothing (no structs, no deletions): what a client with nothing new sends. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
