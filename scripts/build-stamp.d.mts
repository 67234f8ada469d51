// Types of scripts/build-stamp.mjs for the tests that import it.
export const INPUTS: string[];
export const OUTPUTS: string[];
export const STAMP: string;
export function inputsStamp(root: string, inputs?: string[]): string;
export function isBuilt(root: string, stamp?: string): boolean;
export function clearStamp(root: string): void;
export function writeStamp(root: string, stamp: string): void;
