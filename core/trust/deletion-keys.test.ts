import { describe, expect, it } from 'vitest';
import { forEachDeletionKey, wholeKey } from './deletion-keys.ts';
import { HashMultimapBuilder } from './hash-multimap.ts';

function keys(text: string, deletions: 1 | 2): number[] {
  const found: number[] = [];
  forEachDeletionKey(text, deletions, (key) => found.push(key));
  return found;
}

function deletions(text: string, depth: number): Set<string> {
  const out = new Set([text]);
  if (depth === 0) return out;
  for (let i = 0; i < text.length; i++) for (const s of deletions(text.slice(0, i) + text.slice(i + 1), depth - 1)) out.add(s);
  return out;
}

describe('forEachDeletionKey', () => {
  it.each(['lumenhome', 'greenleaf', 'aabbcc', 'abc', '例子公司'])('visits exactly the keys of every deletion of %s, once each', (text) => {
    for (const depth of [1, 2] as const) {
      const expected = [...deletions(text, depth)].map(wholeKey).sort();
      expect(keys(text, depth).sort()).toEqual(expected);
    }
  });

  it('gives strings that differ different keys', () => {
    expect(wholeKey('acme')).not.toBe(wholeKey('amce'));
    expect(wholeKey('acme')).not.toBe(wholeKey('acm'));
  });
});

describe('HashMultimap', () => {
  it('returns every slot filed under a key and nothing else', () => {
    const builder = new HashMultimapBuilder();
    const words = Array.from({ length: 5000 }, (_, i) => `word${i}`);
    words.forEach((word, slot) => {
      builder.add(wholeKey(word), slot);
      builder.add(wholeKey(`shared${slot % 7}`), slot);
    });
    const map = builder.build();
    expect(map.size).toBe(10_000);
    for (const slot of [0, 1, 2345, 4999]) {
      const found = new Set<number>();
      map.collect(wholeKey(words[slot]!), found);
      expect([...found]).toEqual([slot]);
    }
    const shared = new Set<number>();
    map.collect(wholeKey('shared3'), shared);
    expect(shared.size).toBe(words.filter((_, i) => i % 7 === 3).length);
    const none = new Set<number>();
    map.collect(wholeKey('absent'), none);
    expect(none.size).toBe(0);
  });

  it('holds an empty map', () => {
    const found = new Set<number>();
    new HashMultimapBuilder().build().collect(wholeKey('x'), found);
    expect(found.size).toBe(0);
  });
});
