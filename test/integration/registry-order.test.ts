// The registry as officers browse it: by use, then in the Azerbaijani alphabet.
import { describe, expect, it } from 'vitest';
import { titleSortKey } from '../../core/sort-key';
import { appCalls } from '../helpers/app-calls';

describe('the registry list', () => {
  it('is in Azerbaijani alphabetical order among entries used equally', async () => {
    const { call } = appCalls();
    const countries = (await call('listEntities', { kind: 'country', limit: 500 })).map((entity) => entity.names.az);
    expect(countries.length).toBeGreaterThan(150);
    const keys = countries.map(titleSortKey);
    expect(keys).toEqual([...keys].sort());
    const at = (name: string) => countries.indexOf(name);
    // Ə after E and before F, İ after H and I (ı), where code units would put them after Z.
    expect(at('Əfqanıstan')).toBeGreaterThan(at('Ekvador'));
    expect(at('Əfqanıstan')).toBeLessThan(at('Fransa'));
    expect(at('İsveç')).toBeGreaterThan(at('Hindistan'));
    expect(at('İsveç')).toBeLessThan(at('Zambiya'));
  });
});
