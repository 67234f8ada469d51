// One entry of the contract: a call's argument schema paired with its result type.
import type { z } from 'zod';

export interface Call<Args extends z.ZodType = z.ZodType, Result = unknown> {
  /** Validates the argument at the boundary, before a handler runs. */
  readonly args: Args;
  /** Never set: it only carries the result's type to ApiResults. */
  readonly result?: Result;
}

/**
 * `call(z.strictObject({ id })).returns<Release>()`: a call taking that argument and answering a
 * Release. Without the type the result is `never`, which no handler can return: it cannot be forgotten.
 */
export function call<Args extends z.ZodType>(args: Args) {
  return { returns: <Result = never>(): Call<Args, Result> => ({ args }) };
}

export type ResultOf<C> = C extends Call<z.ZodType, infer Result> ? Result : never;
