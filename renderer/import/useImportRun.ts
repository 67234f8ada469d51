// One batch of dropped or picked files, imported one after another. A duplicate's bytes are kept
// until the dialog closes, so "Import anyway" needs no second trip to the disk.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES, type ImportOutcome } from '../../core/api';
import type { ImportRefusedError } from '../../core/import/types';
import { api } from '../api-client';
import { describeError } from '../i18n/errors';
import { useI18n } from '../i18n/I18n';
import { bytesToBase64 } from './base64';

/** Why a file was not imported: the importer's codes, or `failed` when the call itself failed. */
export type RefusalCode = ImportRefusedError['refusal'] | 'failed';

export type Outcome = Exclude<ImportOutcome, { status: 'refused' }> | { fileName: string; status: 'refused'; reason: { code: RefusalCode; message: string } };

export interface Entry {
  key: number;
  fileName: string;
  /** `skipped`: the batch was stopped before this file. */
  state: 'waiting' | 'working' | 'done' | 'skipped';
  outcome?: Outcome;
}

export function useImportRun(files: File[], onImported: () => void) {
  const { m } = useI18n();
  const [entries, setEntries] = useState<Entry[]>(() => files.map((file, key) => ({ key, fileName: file.name, state: 'waiting' })));
  const [running, setRunning] = useState(true);
  const [stopped, setStopped] = useState(false);
  const stopRequested = useRef(false);
  const started = useRef(false);
  const kept = useRef(new Map<number, string>());
  const latest = useRef({ m, onImported });
  latest.current = { m, onImported };

  const settle = (key: number, patch: Partial<Entry>) => setEntries((all) => all.map((entry) => (entry.key === key ? { ...entry, ...patch } : entry)));

  const send = async (key: number, fileName: string, data: string, force: boolean): Promise<Outcome> => {
    try {
      const outcome = await api.importFile({ fileName, data, force });
      if (outcome.status === 'duplicate') kept.current.set(key, data);
      else kept.current.delete(key);
      return outcome;
    } catch (error) {
      return { fileName, status: 'refused', reason: { code: 'failed', message: describeError(latest.current.m, error) } };
    }
  };

  const importOne = async (key: number, file: File): Promise<Outcome> => {
    if (file.size > MAX_IMPORT_BYTES) {
      const message = latest.current.m.import.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024);
      return { fileName: file.name, status: 'refused', reason: { code: 'too-large', message } };
    }
    let data: string;
    try {
      data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      // The file went away or cannot be read since it was picked.
      return { fileName: file.name, status: 'refused', reason: { code: 'failed', message: (error as Error).message } };
    }
    return send(key, file.name, data, false);
  };

  // The batch is the files the dialog opened with; it is run once, not again when they change.
  const runBatch = useEffectEvent(async () => {
    let imported = false;
    for (const [key, file] of files.entries()) {
      if (stopRequested.current) {
        settle(key, { state: 'skipped' });
        continue;
      }
      settle(key, { state: 'working' });
      const outcome = await importOne(key, file);
      imported ||= outcome.status === 'imported';
      settle(key, { state: 'done', outcome });
    }
    setRunning(false);
    setStopped(stopRequested.current);
    if (imported) latest.current.onImported();
  });

  useEffect(() => {
    stopRequested.current = false;
    // Once per batch, though a development StrictMode mounts the dialog twice.
    if (!started.current) {
      started.current = true;
      void runBatch();
    }
    // Closing the dialog stops the batch after the file being sent.
    return () => {
      stopRequested.current = true;
    };
  }, []);

  const importAnyway = async (key: number) => {
    const entry = entries.find((e) => e.key === key);
    const data = kept.current.get(key);
    if (!entry || data === undefined) return;
    settle(key, { state: 'working' });
    const outcome = await send(key, entry.fileName, data, true);
    settle(key, { state: 'done', outcome });
    if (outcome.status === 'imported') latest.current.onImported();
  };

  const stop = () => {
    stopRequested.current = true;
  };

  return { entries, running, stopped, stop, importAnyway };
}
