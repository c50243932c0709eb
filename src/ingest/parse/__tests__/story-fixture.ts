import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The invented story used across parser tests, and line-level edits of it for malformed variants. */
export const fixturePath = (name: string) => path.resolve(__dirname, '../../../../tests/fixtures/stories', name);

export const readFixture = (name: string) => readFileSync(fixturePath(name), 'utf8');

export const luminaV1 = readFixture('lumina-health-breach.v1.txt');

/** The document with its 1-based line `number` replaced by `lines` (none to delete it). */
export function replaceLine(text: string, number: number, ...lines: string[]): string {
  const all = text.split('\n');
  all.splice(number - 1, 1, ...lines);
  return all.join('\n');
}

export function lineOf(text: string, number: number): string {
  return text.split('\n')[number - 1] ?? '';
}
