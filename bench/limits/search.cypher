// The search's limit: the claim and source full-text indexes asked for $text, hits at their newest
// version, the best 20 of both by score.
UNWIND ['claim_text', 'source_text'] AS index
CALL db.index.fulltext.queryNodes(index, $text, {limit: 200}) YIELD node, score
WHERE node.current
WITH node, score
ORDER BY score DESC, node.id
LIMIT 20
RETURN node.id AS id, coalesce(node.text, node.title) AS caption, score
