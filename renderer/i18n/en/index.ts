// English UI text. Its shape is the type every other language must match.
import { generalText } from './general';
import { libraryText } from './library';
import { editorText } from './editor';
import { signoffText } from './signoff';
import { transferText } from './transfer';
import { translateText } from './translate';
import { taggingText } from './tagging';
import { teamText } from './team';

export const en = {
  ...generalText,
  ...libraryText,
  ...editorText,
  ...signoffText,
  ...transferText,
  ...translateText,
  ...taggingText,
  ...teamText,
};

export type Messages = typeof en;
