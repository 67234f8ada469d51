import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../core/fold';

const AZ =
  'Azərbaycan Respublikasının Baş Prokurorluğunda İNTERPOL-un Baş Katibi ilə görüş keçirilib. ' +
  'ÇAĞDAŞ ŞƏRAİTDƏ ÜMUMİ ÖLKƏ: Bakı, Gəncə, Şəki, Quba. 2024-cü ilin 15 iyununda, saat 10:30-da.';
const RU = 'ГЕНЕРАЛЬНАЯ ПРОКУРАТУРА Азербайджанской Республики сообщает: Ёлка, ёж, Йошкар-Ола, йогурт — «Баку».';
const EN = 'The Prosecutor General met an INTERPOL delegation in Baku; café, Señor, Straße, ĲSSEL.';

describe('fold', () => {
  it('folds Azerbaijani letters to plain Latin', () => {
    expect(fold('Bakı')).toBe('baki');
    expect(fold('Özbəkistan')).toBe('ozbekistan');
    expect(fold('ŞƏKİ Çağ Ğ ö Ü')).toBe('seki cag g o u');
  });

  it('treats dotless ı, dotted İ, I and i alike, as Azerbaijani spelling needs', () => {
    expect(fold('ƏLİYEV')).toBe('eliyev');
    expect(fold('Əliyev')).toBe('eliyev');
    expect(fold('eliyev')).toBe('eliyev');
    for (const word of ['İNTERPOL', 'İnterpol', 'interpol', 'INTERPOL', 'ınterpol']) {
      expect(fold(word)).toBe('interpol');
    }
    expect(fold('IRAQ')).toBe('iraq');
  });

  it('lowercases Russian, turns ё into е and keeps й', () => {
    expect(fold('ПРОКУРАТУРА')).toBe(fold('прокуратура'));
    expect(fold('ПРОКУРАТУРА')).toBe('прокуратура');
    expect(fold('Ёлка')).toBe('елка');
    expect(fold('й')).toBe('й');
    expect(fold('ЙОГУРТ')).toBe('йогурт');
  });

  it('strips marks from other Latin letters, one unit for one unit', () => {
    expect(fold('Café Señor Ångström')).toBe('cafe senor angstrom');
    expect(fold('Straße ẞ')).toBe('strase s');
  });

  it('folds decomposed input like its composed form', () => {
    expect(fold('u\u0308')).toBe(fold('ü'));
    expect(fold('Bu\u0308lbu\u0308l')).toBe('bulbul');
    expect(fold('I\u0307NTERPOL')).toBe('interpol');
  });

  it('keeps punctuation, digits and emoji as they are', () => {
    expect(fold('BMT-nin 2024-cü «Bakı» 😀 #1')).toBe('bmt-nin 2024-cu «baki» 😀 #1');
  });

  it('keeps the length of the NFC text, so offsets carry over', () => {
    const sample = [AZ, RU, EN, 'Bu\u0308lbu\u0308l I\u0307', '😀👍🏽'].join('\n').repeat(20);
    const nfc = sample.normalize('NFC');
    const folded = fold(sample);
    expect(folded.length).toBe(nfc.length);
    expect(nfc.length).toBeLessThan(sample.length); // the sample really had decomposed letters
    // Each character folds on its own, so the folded string lines up with the NFC one.
    expect(folded).toBe([...nfc].map(fold).join(''));
  });

  it('folds every BMP character to as many units as its NFC form', () => {
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const ch = String.fromCharCode(unit);
      if (fold(ch).length !== ch.normalize('NFC').length) expect.fail(`U+${unit.toString(16)} changes length`);
    }
  });

  it('is idempotent', () => {
    const once = fold([AZ, RU, EN].join(' '));
    expect(fold(once)).toBe(once);
  });
});

describe('tokenize', () => {
  const words = (text: string) => tokenize(text).map((t) => t.folded);

  it('splits at everything but letters and digits', () => {
    expect(words('BMT-nin')).toEqual(['bmt', 'nin']);
    expect(words('2024-cü ildə')).toEqual(['2024', 'cu', 'ilde']);
    expect(words('  «Bakı», 10:30-da!  ')).toEqual(['baki', '10', '30', 'da']);
    expect(words('Salam 😀 dünya')).toEqual(['salam', 'dunya']);
    expect(words('')).toEqual([]);
  });

  it('gives offsets into the NFC text', () => {
    const text = 'Bu\u0308lbu\u0308l və ƏLİYEV';
    const nfc = text.normalize('NFC');
    const tokens = tokenize(text);
    expect(tokens.map((t) => nfc.slice(t.start, t.end))).toEqual(['Bülbül', 'və', 'ƏLİYEV']);
    expect(tokens[2]).toEqual({ start: 10, end: 16, folded: 'eliyev' });
  });

  it('splits folded text the way FTS5 unicode61 does', () => {
    const text = fold([AZ, RU, EN, "Qur'an x_y a\u0303b \u0303c 𐐨a 😀b k\u0903l ab\u200dcd 3.14 ½ Ⅻ \ue000pu"].join('\n'));
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 0');
             CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`);
    db.prepare('INSERT INTO t(body) VALUES (?)').run(text);
    const fts = db.prepare('SELECT term FROM v ORDER BY offset').pluck().all();
    db.close();
    expect(tokenize(text).map((t) => t.folded)).toEqual(fts);
  });
});
