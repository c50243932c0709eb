// The researcher's limit: the claims an actor asserts at their newest version, the first 50 by
// text then id, each with its cited sources and each source's publisher, and how many there are.
MATCH (:Actor {id: $actorId})-[r:ASSERTS]->(c:Claim)
WHERE r.current AND c.current
WITH DISTINCT c
ORDER BY c.text, c.id
WITH collect(c) AS claims
RETURN size(claims) AS totalCount, [c IN claims[..50] | c {
  .id,
  .text,
  sources: COLLECT {
    MATCH (c)-[cite:CITES]->(s:Source)
    WHERE cite.current
    RETURN s {.id, .title, publisher: head(COLLECT {
      MATCH (s)-[p:PUBLISHED_BY]->(a:Actor)
      WHERE p.current
      RETURN a {.id, .name}
      ORDER BY a.name, a.id
    })}
  }
}] AS claims
