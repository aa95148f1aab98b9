import { describe, expect, test } from 'vitest';
import { splitContraSentence, weighContraIndications } from '../../src/lib/contra-indications.ts';

describe('contra-indications in the search index', () => {
  test('isolates the sentence that names a contra-indication', () => {
    expect(splitContraSentence('Mensen met stress. Contra-indicaties zijn onder andere psychotische decompensatie. Verder niets.')).toEqual([
      'Mensen met stress. ',
      'Contra-indicaties zijn onder andere psychotische decompensatie.',
      ' Verder niets.',
    ]);
    expect(splitContraSentence('De cursus is niet geschikt voor mensen met een verslaving')).toEqual(['', 'De cursus is niet geschikt voor mensen met een verslaving', '']);
  });

  test('wraps the sentence in rendered HTML in a low-weight span, touching only text between tags', () => {
    expect(weighContraIndications('<p>Voor iedereen. Niet geschikt voor kinderen.</p><p>Verder.</p>')).toBe('<p>Voor iedereen. <span data-pagefind-weight="0.1">Niet geschikt voor kinderen.</span></p><p>Verder.</p>');
    expect(weighContraIndications('<li>Niet geschikt voor <em>kinderen</em>.</li>')).toBe('<li><span data-pagefind-weight="0.1">Niet geschikt voor </span><em>kinderen</em>.</li>');
  });

  test('leaves other text alone', () => {
    expect(splitContraSentence('Mensen met stress en spanningsklachten.')).toBeUndefined();
  });
});
