import { describe, expect, test } from 'vitest';
import { fitTitle, maxTitleLength } from '../../src/lib/page-title.ts';

describe('fitTitle', () => {
  test('adds the site name when the title fits', () => {
    expect(fitTitle('Intake', '(AMW)')).toBe('Intake (AMW) – Modulewijzer');
  });

  test('is just the site name on the home page', () => {
    expect(fitTitle('Modulewijzer')).toBe('Modulewijzer');
  });

  test('drops the site name before anything else', () => {
    expect(fitTitle('Inventarisatie schulden / intake schuldhulpverlening', '(AMW)')).toBe('Inventarisatie schulden / intake schuldhulpverlening (AMW)');
  });

  test('drops remarks in brackets but keeps the werksoort', () => {
    expect(fitTitle('Ontwikkelingsgerichte ondersteuning (gericht op verheffing en emancipatie)', '(IOW)')).toBe('Ontwikkelingsgerichte ondersteuning (IOW) – Modulewijzer');
  });

  test('cuts a title that is still too long after a whole word', () => {
    const title = fitTitle('Coördinatie en afstemming individuele hulpverlening en collectieve arrangementen', '(IOW)');

    expect(title).toBe('Coördinatie en afstemming individuele hulpverlening… (IOW)');
    expect(title.length).toBeLessThanOrEqual(maxTitleLength);
  });
});
