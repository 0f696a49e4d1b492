// Reads a file given on the command line, refusing clearly what is not a page: a missing file, a
// folder, an empty file, binary data. Reads at most MAX_INPUT_BYTES, so a huge file costs bounded
// memory; the caller is told when the file was cut.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { CliError } from './cli-error';

/** Bytes read from one input file; the rest of a longer file is left out (and the caller says so). */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;

export interface TextInput {
  text: string;
  /** The file's full size in bytes when only its first MAX_INPUT_BYTES were read. */
  cutFromBytes?: number;
}

/** Whether bytes look like binary data rather than text: a NUL, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

function readHead(name: string, size: number): Buffer {
  const fd = openSync(name, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(size, MAX_INPUT_BYTES));
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function fileSize(name: string): number {
  try {
    const stat = statSync(name);
    if (stat.isDirectory()) throw new CliError(`${name}: is a folder, not a file`);
    return stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${name}: no such file`);
    if (code === 'EACCES') throw new CliError(`${name}: not allowed to read it`);
    throw new CliError(`${name}: cannot read it (${code ?? String(error)})`);
  }
}

/** A text file's content (`-` is stdin), or a CliError naming the file and what is wrong with it. */
export function readTextInput(name: string): TextInput {
  let bytes: Buffer;
  let cutFromBytes: number | undefined;
  if (name === '-') {
    const all = readFileSync(0);
    bytes = all.subarray(0, MAX_INPUT_BYTES);
    if (all.length > MAX_INPUT_BYTES) cutFromBytes = all.length;
  } else {
    const size = fileSize(name);
    bytes = readHead(name, size);
    if (size > MAX_INPUT_BYTES) cutFromBytes = size;
  }
  if (looksBinary(bytes)) throw new CliError(`${name}: binary data, not an HTML or text page`);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') throw new CliError(`${name}: empty (nothing to analyse)`);
  return { text, cutFromBytes };
}
