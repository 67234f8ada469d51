// libxml2's xmllint (Debian package libxml2-utils) as the independent XML reader and validator for
// the exchange formats, against the official schemas in test/fixtures/schemas. Offline: --nonet,
// and catalog.xml points the XLIFF schema's import of the W3C xml.xsd at the copy beside it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnTool } from './tools';

const SCHEMAS = fileURLToPath(new URL('../fixtures/schemas/', import.meta.url));

export interface XmllintResult {
  ok: boolean;
  /** What xmllint said: the validity errors, with line numbers. */
  output: string;
  stdout: string;
}

function xmllint(args: string[]): XmllintResult {
  const run = spawnTool('xmllint', ['--nonet', ...args], {
    env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMAS, 'catalog.xml') },
  });
  if (run.error) throw run.error;
  return { ok: run.status === 0, output: `${run.stderr}`.trim(), stdout: run.stdout };
}

/** Validates `file` against the TMX 1.4 DTD (the DTD of TMX 1.4b). */
export function validateTmx(file: string): XmllintResult {
  return xmllint(['--noout', '--dtdvalid', path.join(SCHEMAS, 'tmx14.dtd'), file]);
}

/** Validates `file` against the OASIS XLIFF 2.0 core schema. */
export function validateXliff(file: string): XmllintResult {
  return xmllint(['--noout', '--schema', path.join(SCHEMAS, 'xliff_core_2.0.xsd'), file]);
}

/** Validates `file` against the OASIS XLIFF 1.2 strict schema. */
export function validateXliff12(file: string): XmllintResult {
  return xmllint(['--noout', '--schema', path.join(SCHEMAS, 'xliff-core-1.2-strict.xsd'), file]);
}

/** The string value of an XPath expression, as libxml2 reads the file. */
export function xpathString(file: string, expression: string): string {
  const result = xmllint(['--xpath', `string(${expression})`, file]);
  if (!result.ok) throw new Error(`xmllint --xpath failed: ${result.output}`);
  // xmllint ends what it prints with a line break of its own.
  return result.stdout.replace(/\n$/, '');
}
