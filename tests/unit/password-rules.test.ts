import { describe, expect, it } from 'vitest';
import { passwordProblems } from '../../src/domain/password-rules';

const rules = (password: string, oldPassword?: string) =>
  passwordProblems(password, { username: 'focal.bhrdi', oldPassword }).map((p) => p.rule);

describe('password rules', () => {
  it('accepts a long passphrase, Thai included', () => {
    expect(rules('ส้มตำไก่ย่าง 2569')).toEqual([]);
    expect(rules('correct horse battery')).toEqual([]);
  });
  it('names each broken rule', () => {
    expect(rules('short')).toEqual(['length']);
    expect(rules('xx FOCAL.BHRDI xx')).toEqual(['username']);
    expect(rules('the same old words', 'the same old words')).toEqual(['same_as_old']);
    expect(rules('aaaaaaaaaaaa')).toEqual(['repetitive']);
    expect(rules('987654321098')).toEqual([]); // wraps from 0 to 9: not one run
    expect(rules('abcdefghijklm')).toEqual(['repetitive']);
    expect(rules('Password1234')).toEqual(['common']);
    expect(rules('abc')).toEqual(['length', 'repetitive']);
  });
});
