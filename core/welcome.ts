import type { DocNode, ReleaseFields } from './model';

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const item = (text: string): DocNode => ({ type: 'listItem', content: [paragraph(text)] });

/** The release a new library opens with: what Pressdesk does, in the language of its first user. */
export function welcomeRelease(today: string): Partial<ReleaseFields> {
  return {
    title: 'Pressdesk-ə xoş gəlmisiniz',
    lead: 'Bu nümunə press-relizdir: onu redaktə edin, silin və ya yeni press-reliz yaradın.',
    dateline: 'Bakı',
    releaseDate: today,
    language: 'az',
    status: 'draft',
    body: {
      type: 'doc',
      content: [
        paragraph('Pressdesk press xidməti üçün redaktordur. Yazdığınız hər şey dərhal avtomatik yadda saxlanılır, hətta internet olmadıqda belə.'),
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Başlamaq üçün' }] },
        {
          type: 'bulletList',
          content: [
            item('Ctrl+N — yeni press-reliz.'),
            item('Ctrl+S — versiyanı indi yadda saxlamaq; köhnə versiyalar tarixçədə qalır.'),
            item('Ctrl+F — kitabxanada axtarış: “baki” yazsanız, “Bakı” da tapılır.'),
          ],
        },
        paragraph('İnterfeys dilini yuxarıdakı siyahıdan dəyişə bilərsiniz: Azərbaycanca, English, Русский.'),
      ],
    },
  };
}
