import { RELATIONS, TWO_WAY } from '../loaders/relations';

// A two-way read answers both fields from one statement, ordered once: that is only right when the
// two fields are the same edge between the same labels, seen from either end, in the same order.
test.each(Object.entries(TWO_WAY))('%s pairs one edge type read from both of its ends', (_, { out, in: incoming }) => {
  const forward = RELATIONS[out];
  const backward = RELATIONS[incoming];
  const type = /^-\[r:(\w+)\]->$/.exec(forward.edge)?.[1];
  expect(type).toBeDefined();
  expect(backward.edge).toBe(`<-[r:${type}]-`);
  expect([forward.from, forward.to, backward.from, backward.to]).toEqual(Array(4).fill(forward.from));
  expect(backward.orderBy).toBe(forward.orderBy);
});
