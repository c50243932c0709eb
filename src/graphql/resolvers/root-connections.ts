import type { z } from 'zod';
import {
  ActorFilter,
  ClaimFilter,
  EventFilter,
  PerspectiveFilter,
  QuestionFilter,
  SourceFilter,
  TensionFilter,
} from '../arguments';
import type { RequestContext } from '../context';
import type { QueryResolvers, SortDirection } from '../generated/resolvers-types';
import { pageRequest, paginate, type ConnectionType } from '../pagination';
import type { ActorRow, ClaimRow, EventRow, PerspectiveRow, QuestionRow, SourceRow, StoryRow, TensionRow } from '../rows';
import { validate } from '../validate';
import { versionAsOf } from './version-as-of';

type PageArgs = { first?: number | null; after?: string | null };
type OrderArg = { field?: string | null; direction?: SortDirection | null } | null | undefined;

/** Every filter key reaches Cypher, as null where the client left it out. */
function filterParams<S extends z.ZodObject>(schema: S, filter: unknown): Record<string, unknown> {
  const parsed: Record<string, unknown> = validate(schema, filter ?? {}, 'filter');
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, parsed[key] ?? null]));
}

function connection<T>(
  type: ConnectionType,
  schema: z.ZodObject | null,
  properties: Record<string, string>,
  fallback: { field: string; direction: SortDirection },
) {
  return async (filter: unknown, orderBy: OrderArg, page: PageArgs, ctx: RequestContext) => {
    const request = pageRequest(page, ctx.api.maxPageSize);
    const property = properties[orderBy?.field ?? fallback.field] ?? 'id';
    const descending = (orderBy?.direction ?? fallback.direction) === 'DESC';
    const params = schema ? filterParams(schema, filter) : {};
    // A version by record time is read as the version it names (the filter's rules ensure a storyId).
    if (typeof params.asOf === 'string') params.version = await versionAsOf(ctx, String(params.storyId), params.asOf);
    return paginate<T>(ctx.db, type, params, { property, descending }, request);
  };
}

const stories = connection<StoryRow>('stories', null, { UPDATED_AT: 'updatedAt', TITLE: 'title' }, { field: 'UPDATED_AT', direction: 'DESC' });
const actors = connection<ActorRow>('actors', ActorFilter, { NAME: 'name' }, { field: 'NAME', direction: 'ASC' });
const claims = connection<ClaimRow>('claims', ClaimFilter, { POSITION: 'position', TEXT: 'text' }, { field: 'POSITION', direction: 'ASC' });
const events = connection<EventRow>('events', EventFilter, { DATE: 'date', POSITION: 'position' }, { field: 'DATE', direction: 'ASC' });
const sources = connection<SourceRow>('sources', SourceFilter, { REF: 'ref', PUBLISHED_AT: 'publishedAt', TITLE: 'title' }, { field: 'REF', direction: 'ASC' });
const questions = connection<QuestionRow>('questions', QuestionFilter, { POSITION: 'position' }, { field: 'POSITION', direction: 'ASC' });
const perspectives = connection<PerspectiveRow>('perspectives', PerspectiveFilter, { POSITION: 'position' }, { field: 'POSITION', direction: 'ASC' });
const tensions = connection<TensionRow>('tensions', TensionFilter, { POSITION: 'position' }, { field: 'POSITION', direction: 'ASC' });

/** The root list fields: filter, order and one page of each node type. */
export const rootConnections: QueryResolvers = {
  stories: (_, args, ctx) => stories(null, args.orderBy, args, ctx),
  actors: (_, args, ctx) => actors(args.filter, args.orderBy, args, ctx),
  claims: (_, args, ctx) => claims(args.filter, args.orderBy, args, ctx),
  events: (_, args, ctx) => events(args.filter, args.orderBy, args, ctx),
  sources: (_, args, ctx) => sources(args.filter, args.orderBy, args, ctx),
  questions: (_, args, ctx) => questions(args.filter, null, args, ctx),
  perspectives: (_, args, ctx) => perspectives(args.filter, null, args, ctx),
  tensions: (_, args, ctx) => tensions(args.filter, null, args, ctx),
};
