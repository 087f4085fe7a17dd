// Work on every core (src/source/pool.ts): the warm-up's results from worker threads are those
// worked out here, in the order of the inputs.
import { describe, expect, it } from 'vitest';
import { inParallel, POOL_MIN_INPUTS, worthThreads } from '../../src/source/pool.ts';
import { renderImageFree, type RenderedMarkdown } from '../../src/publication/markdown.ts';
import { parseEntryText, type ParsedEntry } from '../../src/source/read.ts';

const url = (path: string) => new URL(path, import.meta.url).href;

describe('inParallel', () => {
  it('renders bodies in worker threads exactly as here, in order', async () => {
    const bodies = Array.from({ length: 250 }, (_, i) => `## Item ${i}\n\nText with **${i}** and <script>x</script>.`);
    const out = await inParallel<string, RenderedMarkdown>(
      url('../../src/publication/markdown.ts'),
      'renderImageFree',
      bodies,
    );
    expect(out).toEqual(bodies.map(renderImageFree));
  });
  it('parses entry files in worker threads exactly as here, problems included', async () => {
    const files = Array.from({ length: 60 }, (_, i) => ({
      file: `people/p-${i}.yaml`,
      text: i % 10 === 0 ? 'name: [broken\n' : `name: Person ${i}\npartner: test-council\n`,
    }));
    const out = await inParallel<{ file: string; text: string }, ParsedEntry>(
      url('../../src/source/read.ts'),
      'parseEntryText',
      files,
      7,
    );
    expect(out).toEqual(files.map(parseEntryText));
    expect(out[0].problems.length).toBeGreaterThan(0);
  });
  it('is not worth starting for a few inputs', () => {
    expect(worthThreads(POOL_MIN_INPUTS - 1)).toBe(false);
  });
});
