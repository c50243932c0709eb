/**
 * claimgraph will not work on this graph as it is: it is newer than this claimgraph, or a story in it
 * cannot be re-derived. The message says what, for which story, and the command to run instead.
 */
export class GraphModelRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphModelRefusal';
  }
}
