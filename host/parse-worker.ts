// The parse worker's entry (bundled as dist/parse-worker.mjs): runs one task at a time for the host
// and answers with plain data or the error's name, message and (for a refused file) refusal.
import { parentPort } from 'node:worker_threads';
import { runParseTask, type ParseTask } from './parse-tasks';

export interface ParseRequest {
  id: number;
  task: ParseTask;
}

export type ParseReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; refusal?: string; message: string } };

parentPort?.on('message', async ({ id, task }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id, ok: true, value: await runParseTask(task) };
  } catch (error) {
    const { name, message, refusal } =
      error instanceof Error ? (error as Error & { refusal?: string }) : { name: 'Error', message: String(error), refusal: undefined };
    reply = { id, ok: false, error: { name, message, ...(typeof refusal === 'string' && { refusal }) } };
  }
  parentPort!.postMessage(reply);
});
