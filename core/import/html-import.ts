// HTML files (a saved web page, a CMS export): the same sanitising conversion as a paste, with the
// page's own title, description and language taken as the release's.
import { docToText } from '../doc-text';
import { languageOfText } from './guess-language';
import { htmlToDoc } from './html-to-doc';
import type { ImportedDraft } from './types';

export function importHtml(html: string): ImportedDraft {
  const converted = htmlToDoc(html, { extractTitle: true });
  const { properties } = converted;
  return {
    title: converted.title ?? properties.title ?? '',
    lead: converted.lead ?? properties.description ?? '',
    releaseDate: null,
    language: languageOfText(docToText(converted.body), properties.language),
    body: converted.body,
    changes: [],
    warnings: [...converted.warnings, { code: 'date-missing' }],
    properties,
  };
}
