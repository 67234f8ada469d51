// Zip bombs are refused before anything inflates them whole: by the size the directory states, and
// by the size the data really inflates to when the directory lies.
import { describe, expect, it } from 'vitest';
import { importFileBytes } from '../../core/import/import-file';
import { ImportRefusedError } from '../../core/import/types';
import { MAX_UNPACKED_XML_PART_BYTES, MIB } from '../../core/limits';
import { checkZipLimits } from '../../host/zip-limits';
import { docxBomb, docxWith } from '../helpers/hostile-files';

function refusal(bytes: Uint8Array): ImportRefusedError {
  try {
    checkZipLimits(bytes);
  } catch (error) {
    if (error instanceof ImportRefusedError) return error;
    throw error;
  }
  throw new Error('the package passed the limits');
}

describe('checkZipLimits', () => {
  for (const mib of [100, 1024]) {
    for (const honest of [true, false]) {
      it(`refuses a ${mib} MB bomb whose directory ${honest ? 'states its size' : 'lies about it'}, naming the limit`, () => {
        const bomb = docxBomb(mib, honest);
        expect(bomb.byteLength).toBeLessThan(2 * MIB);
        const error = refusal(bomb);
        expect(error.refusal).toBe('too-large');
        expect(error.message).toBe(`the part word/document.xml unpacks to more than ${MAX_UNPACKED_XML_PART_BYTES / MIB} MB, the limit for a Word document`);
      });
    }
  }

  it('lets an ordinary document through, and it imports', async () => {
    const docx = docxWith('Baş prokuror Kamran Əliyev qonaqları qəbul edib.');
    expect(() => checkZipLimits(docx)).not.toThrow();
    const { draft } = await importFileBytes('ok.docx', docx);
    expect(draft.body.content?.[0]?.content?.[0]?.text).toBe('Baş prokuror Kamran Əliyev qonaqları qəbul edib.');
  });

  it('calls a package without a readable directory damaged', () => {
    expect(refusal(new TextEncoder().encode('PK\u0003\u0004 not really a zip')).refusal).toBe('damaged');
  });
});
