import type { StoryGraphDocument } from '../model/story-graph';
import { type DateConflict, findDateConflicts } from './date-conflicts';
import { findMissingDerivations } from './missing-derivations';
import type { StoryParseInfo } from './parse/parse-story';

export const FINDING_KINDS = [
  'timeline-out-of-order',
  'citation-of-missing-source',
  'uncited-source',
  'uncited-statement',
  'uncited-tension-side',
  'date-conflict',
  'missing-derivation',
] as const;

export type ConsistencyFinding =
  | { kind: 'timeline-out-of-order'; eventId: string; date: string; after: string; line?: number }
  | { kind: 'citation-of-missing-source'; ref: number; line: number }
  | { kind: 'uncited-source'; sourceId: string; ref: number; line?: number }
  | { kind: 'uncited-statement'; section: string; text: string; claimId?: string; line?: number }
  | { kind: 'uncited-tension-side'; tensionId: string; side: 'A' | 'B'; label: string; line?: number }
  | ({ kind: 'date-conflict'; eventLine?: number; otherEventLine?: number } & DateConflict)
  | { kind: 'missing-derivation'; sourceId: string; ref: number; underlyingId: string; underlyingTitle: string; line?: number };

export interface ConsistencyReport {
  storyId: string;
  /** The document the findings' lines refer to, when the report was made from a parse. */
  file?: string;
  /** Grouped by kind in the order of the type above, each group in document order. */
  findings: ConsistencyFinding[];
}

/**
 * What in a story is legal but suspicious: a timeline out of chronological order, sources cited
 * nowhere, statements and tension sides without citations, prose that dates an event otherwise than
 * the timeline. The parser refuses citations of missing sources, so those are found only with the
 * `info` of a lenient parse (`parseStory(…, { lenient: true })`), which also supplies line numbers
 * and the prose sentences (those that cite nothing, and all of them for the date checks). Without
 * `info` the report works on the graph alone (a curated JSON graph, say).
 */
export function consistencyReport(doc: StoryGraphDocument, info?: StoryParseInfo): ConsistencyReport {
  const lineOf = (id: string) => info?.lines.get(id);
  const numbered = new Set(doc.sources.flatMap((source) => (source.ref === undefined ? [] : [source.ref])));
  const findings: ConsistencyFinding[] = [];

  let latest: string | undefined;
  for (const event of [...doc.events].sort((a, b) => a.position - b.position)) {
    if (latest !== undefined && event.date < latest) {
      findings.push({ kind: 'timeline-out-of-order', eventId: event.id, date: event.date, after: latest, line: lineOf(event.id) });
    }
    if (latest === undefined || event.date > latest) latest = event.date;
  }

  const missing = new Set<string>();
  for (const { ref, line } of info?.citations ?? []) {
    if (numbered.has(ref) || missing.has(`${ref}@${line}`)) continue;
    missing.add(`${ref}@${line}`);
    findings.push({ kind: 'citation-of-missing-source', ref, line });
  }

  const cited = new Set([...citedIn(doc), ...(info?.citations ?? []).map((site) => site.ref)]);
  for (const source of doc.sources) {
    if (source.ref !== undefined && !cited.has(source.ref)) {
      findings.push({ kind: 'uncited-source', sourceId: source.id, ref: source.ref, line: lineOf(source.id) });
    }
  }

  const uncitedStatements: ConsistencyFinding[] = [
    ...(info?.uncitedSentences ?? []).map(({ section, text, line }) => ({ kind: 'uncited-statement' as const, section, text, line })),
    ...doc.claims
      .filter((claim) => claim.kind === 'statement' && claim.sourceRefs.length === 0)
      .map(({ id, section, text }) => ({ kind: 'uncited-statement' as const, section, text, claimId: id, line: lineOf(id) })),
  ];
  // One push per finding: a spread passes every finding as an argument and overflows the stack on a large document.
  for (const finding of uncitedStatements.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity))) findings.push(finding);

  for (const tension of doc.tensions) {
    for (const [side, { label, sourceRefs }] of [['A', tension.sideA], ['B', tension.sideB]] as const) {
      if (sourceRefs.length === 0) {
        findings.push({ kind: 'uncited-tension-side', tensionId: tension.id, side, label, line: lineOf(tension.id) });
      }
    }
  }

  for (const conflict of findDateConflicts(doc.events, info?.sentences ?? [])) {
    const otherEventLine = conflict.otherEventId === undefined ? undefined : lineOf(conflict.otherEventId);
    findings.push({ kind: 'date-conflict', ...conflict, eventLine: lineOf(conflict.eventId), ...(otherEventLine !== undefined && { otherEventLine }) });
  }

  for (const missing of findMissingDerivations(doc)) findings.push({ kind: 'missing-derivation', ...missing, line: lineOf(missing.sourceId) });

  return { storyId: doc.story.id, ...(info && { file: info.file }), findings };
}

/** Every source number the graph's nodes cite. */
function citedIn(doc: StoryGraphDocument): number[] {
  return [
    ...doc.claims.flatMap((claim) => claim.sourceRefs),
    ...doc.events.flatMap((event) => event.sourceRefs),
    ...doc.questions.flatMap((question) => question.sourceRefs),
    ...doc.tensions.flatMap((tension) => [...tension.sourceRefs, ...tension.sideA.sourceRefs, ...tension.sideB.sourceRefs]),
  ];
}

const SECTION_NAMES: Record<string, string> = { what: 'What', why_it_matters: 'Why it matters', narrative: 'Narrative' };
const quoted = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);

/** One finding in words, without its location. */
export function describeFinding(finding: ConsistencyFinding): string {
  switch (finding.kind) {
    case 'timeline-out-of-order':
      return `timeline entry dated ${finding.date} follows one dated ${finding.after}`;
    case 'citation-of-missing-source':
      return `citation [${finding.ref}] names no source under Sources`;
    case 'uncited-source':
      return `source [${finding.ref}] is cited nowhere`;
    case 'uncited-statement':
      return `statement in ${SECTION_NAMES[finding.section] ?? finding.section} cites no source: ${quoted(finding.text)}`;
    case 'uncited-tension-side':
      return `side ${finding.side} of a tension cites no source of its own: ${quoted(finding.label)}`;
    case 'date-conflict':
      return describeDateConflict(finding);
    case 'missing-derivation':
      return `source [${finding.ref}] mentions the underlying ${quoted(finding.underlyingTitle)} but does not derive from it`;
  }
}

/** A summary line, then one line per finding, led by `file:line:` where the line is known, for the CLI. */
export function formatConsistencyReport(report: ConsistencyReport): string {
  const subject = report.file ?? report.storyId;
  const where = (line?: number) => (line === undefined || report.file === undefined ? '' : `${report.file}:${line}: `);
  const lines = report.findings.map((finding) => `${where(finding.line)}${describeFinding(finding)}`);
  const count = report.findings.length;
  const summary = `${subject}: ${count === 0 ? 'no consistency findings' : `${count} consistency finding${count === 1 ? '' : 's'}`}`;
  return [summary, ...lines.map((line) => `  ${line}`)].join('\n');
}

/** The one node a finding is about, if it is about one. */
export function findingNodeId(finding: ConsistencyFinding): string | undefined {
  switch (finding.kind) {
    case 'timeline-out-of-order':
      return finding.eventId;
    case 'uncited-source':
      return finding.sourceId;
    case 'uncited-statement':
      return finding.claimId;
    case 'uncited-tension-side':
      return finding.tensionId;
    case 'date-conflict':
      return finding.eventId;
    case 'missing-derivation':
      return finding.sourceId;
    case 'citation-of-missing-source':
      return undefined;
  }
}

function describeDateConflict(finding: Extract<ConsistencyFinding, { kind: 'date-conflict' }>): string {
  const dated = (date: string, line?: number) => `${date}${line === undefined ? '' : ` (line ${line})`}`;
  const event = dated(finding.date, finding.eventLine);
  const other = dated(finding.otherDate, finding.otherEventLine);
  const phrase = JSON.stringify(finding.phrase);
  switch (finding.relation) {
    case 'same-day':
      return `${phrase} puts on one day what the timeline dates ${event} and ${other}`;
    case 'later':
      return `${phrase} dates after ${other} what the timeline dates ${event}`;
    case 'next-day':
      return `${phrase} dates the day after ${other} what the timeline dates ${event}`;
    case 'on-date':
      return `${phrase} dates ${finding.otherDate} what the timeline dates ${event}`;
  }
}
