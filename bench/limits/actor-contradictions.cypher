// Story.actorContradictions' limit (CONTRADICTS, newest version) in one statement: the story's
// contradiction edges grouped by the speakers of their two claims, the pair with most first, at most
// 100 pairs (the bound of the field), each with its claim pairs in document order (at most 50) and their tensions.
MATCH (c:Claim {storyId: $storyId})-[r:CONTRADICTS]->(d:Claim)
WHERE r.current
MATCH (c)-[spoke:SPOKEN_BY]->(speaker:Actor)
WHERE spoke.current
MATCH (d)-[answered:SPOKEN_BY]->(counterpart:Actor)
WHERE answered.current
WITH speaker, counterpart, c, d, r
ORDER BY c.position, d.position, r.tensionId
WITH speaker, counterpart, collect({claim: c.id, counterpart: d.id, tension: r.tensionId}) AS pairs
ORDER BY size(pairs) DESC, speaker.id, counterpart.id
LIMIT 100
RETURN {id: speaker.id, name: speaker.name} AS actor, {id: counterpart.id, name: counterpart.name} AS counterpart,
  size(pairs) AS count, pairs[..50] AS claimPairs
