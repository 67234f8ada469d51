// A national body of another country: "Qazaxıstan Baş Prokurorluğu" is Kazakhstan's Prosecutor
// General's Office, not Azerbaijan's. The registry may name it (the United Kingdom's interior
// ministry is the Home Office: an entry with that country whose affiliation is the interior
// ministry); otherwise it is a new body, named after Azerbaijan's own and the country.
import type { RegistryEntry } from '../registry/types';
import type { CompiledRegistry } from './matcher';

// English puts "the" before country names that are descriptions rather than names.
const NEEDS_THE =
  /^(United|Republic|Kingdom|Russian Federation|Netherlands|Philippines|Czech Republic|Islamic Republic|Kyrgyz Republic|Democratic|People's|Turkish Republic|Holy See|Gambia|Bahamas|Maldives|Comoros|Seychelles|Marshall Islands|Solomon Islands|Central African|Dominican Republic)/;

export function counterpart(body: RegistryEntry, country: RegistryEntry, registry: CompiledRegistry): RegistryEntry {
  const known = registry.entries.find((e) => e.affiliation === body.key && e.country === country.key && e.kind === 'organization');
  if (known) return known;
  const countryEn = country.names.en;
  const the = NEEDS_THE.test(countryEn) ? 'the ' : '';
  return {
    key: `new:organization:${body.key}@${country.key}`,
    kind: 'organization',
    names: {
      az: body.names.az,
      en: countryEn ? `${body.names.en} of ${the}${countryEn}` : '',
      ru: country.names.ru ? `${body.names.ru} (${country.names.ru})` : '',
    },
    country: country.key,
  };
}
