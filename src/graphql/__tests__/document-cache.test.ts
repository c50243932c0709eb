import fc from 'fast-check';
import { parse } from 'graphql';
import { boundedDocumentCache } from '../document-cache';

/** Distinct documents from one client must not pile up parsed in the API process. */
test('the parsed-document cache holds at most 200 documents and 512 KiB of their text', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 400 }), (lengths) => {
      const { documentCache } = boundedDocumentCache();
      if (!documentCache || !('size' in documentCache)) throw new Error('expected an LRU cache');
      const document = parse('{ __typename }');
      lengths.forEach((length, i) => documentCache.set(`# ${i}\n${'x'.repeat(length)}`, document));
      const held = [...(documentCache as unknown as Map<string, unknown>).keys()];
      expect(held.length).toBeLessThanOrEqual(200);
      expect(held.reduce((sum, text) => sum + text.length, 0)).toBeLessThanOrEqual(512 * 1024);
      // The newest document is always kept: a client's current operation is never evicted by itself.
      expect(held).toContain(`# ${lengths.length - 1}\n${'x'.repeat(lengths.at(-1) ?? 0)}`);
    }),
    { numRuns: 50 },
  );
});
