// Russian: the nouns counted in more than one area, in their three forms.
import { countRu as count } from '../plural';

export const releases = (n: number) => count(n, 'пресс-релиз', 'пресс-релиза', 'пресс-релизов');
export const words = (n: number) => count(n, 'слово', 'слова', 'слов');
export const files = (n: number) => count(n, 'файла', 'файлов', 'файлов');
export const segments = (n: number) => count(n, 'сегмент', 'сегмента', 'сегментов');
export const errors = (n: number) => count(n, 'ошибка', 'ошибки', 'ошибок');
export const warnings = (n: number) => count(n, 'предупреждение', 'предупреждения', 'предупреждений');
