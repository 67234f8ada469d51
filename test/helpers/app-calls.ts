// The app's calls as the renderer makes them, through the one dispatcher, on a fresh database file
// in a temp folder; exports go to a folder of the test's own.
import { join } from 'node:path';
import type { ApiArgs, ApiResults, CallName } from '../../core/api';
import { openAppDatabase } from '../../host/app-db';
import { createDispatcher, fromWire } from '../../host/handlers';
import { chromiumPrintPdf } from '../../host/pdf';
import { tempDir } from './temp-dir';

export function appCalls() {
  const dir = tempDir();
  const dbPath = join(dir, 'pressdesk.db');
  const db = openAppDatabase(dbPath);
  const exportDir = join(dir, 'exports');
  const dispatch = createDispatcher(db, { mode: 'browser', dbPath }, { printPdf: chromiumPrintPdf(), exportDir });
  const call = async <K extends CallName>(name: K, args: ApiArgs<K>): Promise<ApiResults[K]> => {
    const envelope = await dispatch(name, args);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code} ${envelope.error.message} ${envelope.error.issues ?? ''}`);
    return envelope.value;
  };
  // For arguments a caller could not type: what a page or a script may send anyway.
  const wire = fromWire(dispatch);
  return { dir, dbPath, db, exportDir, dispatch, wire, call };
}
