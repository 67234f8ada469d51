// Azerbaijani UI text: the press service's working language, and the default.
import type { Messages } from '../en';
import { generalText } from './general';
import { libraryText } from './library';
import { editorText } from './editor';
import { signoffText } from './signoff';
import { transferText } from './transfer';
import { translateText } from './translate';
import { taggingText } from './tagging';
import { teamText } from './team';

export const az: Messages = {
  ...generalText,
  ...libraryText,
  ...editorText,
  ...signoffText,
  ...transferText,
  ...translateText,
  ...taggingText,
  ...teamText,
};
