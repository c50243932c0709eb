import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The parameters yoga's GET and form parsers read with JSON.parse. */
const JSON_PARAMETERS = ['variables', 'extensions'] as const;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Which JSON parameter of a GET request failed to parse; a form body has been read by then, so it is not named. */
function malformedParameter(request: Request): string | undefined {
  if (request.method !== 'GET') return undefined;
  const search = new URL(request.url).searchParams;
  return JSON_PARAMETERS.find((name) => {
    const value = search.get(name);
    return value ? !isJson(value) : false;
  });
}

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });

/**
 * yoga's GET and form-urlencoded parsers let JSON.parse's SyntaxError escape, which the error mask
 * turns into INTERNAL_SERVER_ERROR, logged with a stack. It is the client's mistake: HTTP 400,
 * BAD_REQUEST. (JSON that is no object, `variables=[1]`, yoga already answers so.)
 */
export const rejectMalformedParameters: Plugin = {
  onRequestParse: ({ requestParser, setRequestParser }) => {
    if (!requestParser) return;
    setRequestParser(async (request) => {
      try {
        return await requestParser(request);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        const parameter = malformedParameter(request);
        throw badRequest(
          parameter
            ? `The "${parameter}" parameter is not valid JSON.`
            : 'The "variables" or "extensions" parameter is not valid JSON.',
        );
      }
    });
  },
};
