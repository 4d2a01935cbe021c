// Whether a value passed in as a criteria set has the structure the engine reads
// (src/evaluate/check-set-structure.ts): the words of each problem, and which sets are checked
// once. The sets are copies of the package's commune set, changed for the test (not law).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deepFreeze } from '../../src/_lib/deep-freeze.js';
import { checkSetStructure } from '../../src/evaluate/check-set-structure.js';
import { commune318 } from '../../src/index.js';
import { criteriaSetSchema } from '../../src/model/criteria-set.js';

// biome-ignore lint/suspicious/noExplicitAny: a copy of a set, changed into a wrong one
const copy = (): any => structuredClone(commune318);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checkSetStructure: the problem, in words', () => {
  it('a value that is no object, or null, is named by its type', () => {
    expect(checkSetStructure('commune').problem).toBe('not an object (string)');
    expect(checkSetStructure(42).problem).toBe('not an object (number)');
    expect(checkSetStructure(null).problem).toBe('not an object (object)');
    expect(checkSetStructure(undefined).problem).toBe('not an object (undefined)');
  });

  it('a problem with the whole value is placed at "(set)"', () => {
    expect(checkSetStructure([]).problem).toBe('(set): Invalid input: expected object, received array');
  });

  it('a problem inside the set is placed by its dotted path', () => {
    const set = copy();
    set.criteria[0].indicators[0].code = 5;
    expect(checkSetStructure(set).problem).toBe('criteria.0.indicators.0.code: Invalid input: expected string, received number');
  });

  it('a description longer than 120 characters is cut at 120', () => {
    const set = copy();
    set.criteria[0].indicators[0].targets = { ['k'.repeat(200)]: 1 };
    const problem = checkSetStructure(set).problem!;
    expect(problem).toBe(`criteria.0.indicators.0.targets: Unrecognized key: "${'k'.repeat(68)}`);
    expect(problem).toHaveLength(120);
  });

  it('a set whose fields throw when read is described, not thrown', () => {
    const trap = () => {
      throw new Error('trap');
    };
    expect(checkSetStructure(new Proxy({}, { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap })).problem).toBe(
      'a set that throws when read',
    );
  });
});

describe('checkSetStructure: sets checked once', () => {
  it('a deep-frozen set is parsed once, however often it is checked', () => {
    const set = deepFreeze(copy());
    const parse = vi.spyOn(criteriaSetSchema(), 'safeParse');
    expect(checkSetStructure(set).set).toBe(set);
    expect(checkSetStructure(set).set).toBe(set);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('a set that can change is checked each time, so a change that breaks it is seen', () => {
    const set = copy();
    expect(checkSetStructure(set).problem).toBeUndefined();
    set.criteria = 'none';
    expect(checkSetStructure(set).problem).toBe('criteria: Invalid input: expected array, received string');
  });
});
