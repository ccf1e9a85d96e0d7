import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrap';

describe('wrapLines', () => {
  it('keeps a note that fits on one line', () => {
    expect(wrapLines('figure as published', 24)).toEqual(['figure as published']);
  });

  it('breaks at spaces so no line is longer than maxChars', () => {
    const text = 'Measure: adjusted net loss in 2024, operating result from 2025.';
    const lines = wrapLines(text, 30);
    expect(lines).toEqual(['Measure: adjusted net loss in', '2024, operating result from', '2025.']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
  });

  it('loses no word and no character other than the spaces it breaks at', () => {
    const text = 'a wholly-owned company, run by Lei Jun himself';
    expect(wrapLines(text, 16).join(' ')).toBe(text);
  });

  it('puts a word longer than maxChars on a line of its own rather than cutting it', () => {
    expect(wrapLines('the wholly-owned-subsidiary note', 8)).toEqual(['the', 'wholly-owned-subsidiary', 'note']);
  });

  it('collapses runs of spaces and gives no empty lines', () => {
    expect(wrapLines('  two   words  ', 40)).toEqual(['two words']);
    expect(wrapLines('', 10)).toEqual([]);
  });

  it('breaks Chinese between characters, counting each as 2.2 letters, never before closing punctuation', () => {
    const lines = wrapLines('其他开支超过了毛利，剩下的才是利润', 12);
    expect(lines).toEqual(['其他开支超', '过了毛利，', '剩下的才是', '利润']);
    expect(lines.join('')).toBe('其他开支超过了毛利，剩下的才是利润');
    expect(wrapLines('分部还包括AI等创新业务', 10)).toEqual(['分部还包', '括AI等创', '新业务']);
    // A figure keeps its unit: "按1美元" never breaks after the 1.
    expect(wrapLines('折算按1美元兑7.18元', 8)).toEqual(['折算按', '1美元兑', '7.18元']);
    expect(wrapLines('SU7 Ultra：约40周', 40)).toEqual(['SU7 Ultra：约40周']);
  });

  it('keeps every Chinese line within its width and never starts one with a comma', () => {
    const lines = wrapLines('口径：2024年为经调整净亏损，2025年起为经营业绩。', 20);
    expect(lines.join('')).toBe('口径：2024年为经调整净亏损，2025年起为经营业绩。');
    for (const l of lines) expect([...l].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0)).toBeLessThanOrEqual(20);
    for (const l of lines.slice(1)) expect(l[0]).not.toMatch(/[，。]/);
  });
});
