// What claimgraph finds when it opens the graph: the graph model its marker records (none before
// markers existed) and whether the graph holds any story, stored or derived.
OPTIONAL MATCH (m:GraphModel {id: 'claimgraph'})
RETURN m.version AS version,
       EXISTS { MATCH (:StoryVersion) } OR EXISTS { MATCH (:Story) } OR EXISTS { MATCH (:Actor) } AS holdsStories
