import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURE = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'stories', 'lumina-health-breach.v1.txt');

/**
 * The fixture story with `extra` more sources, each from its own publisher and cited by a sentence
 * of the narrative that names it: the shape that makes every per-source step of the parser count.
 */
export function manySourcesDocument(extra: number): string {
  const lines = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
  const first = 1 + lines.filter((line) => /^- \[\d+\] /.test(line)).length;
  const refs = Array.from({ length: extra }, (_, index) => first + index);
  const narrative = lines.indexOf('Narrative') + 1;
  lines.splice(narrative, 0, refs.map((ref) => `Wire Desk ${ref} reported on the breach [${ref}].`).join(' '));
  return [...lines, ...refs.map((ref) => `- [${ref}] Report number ${ref} on the breach — Wire Desk ${ref} (2026-03-0${1 + (ref % 9)})`)].join('\n');
}
