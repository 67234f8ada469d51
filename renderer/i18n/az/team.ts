// Azerbaijani: Team mode: connecting to the office, the link, presence, back to review.
import type { teamText as shape } from '../en/team';

export const teamText: typeof shape = {
  team: {
    connect: 'Ofisə qoşul',
    connectTitle: 'Ofisə qoşulmaq',
    connectHint: 'Bundan sonra buraxılışlarınız ofislə paylaşılır: hamı eyni mətni redaktə edir, internet olmadan da. Parol saxlanmır, yalnız giriş saxlanır.',
    server: 'Ofis serverinin ünvanı',
    user: 'İstifadəçi adı',
    password: 'Parol',
    connectOk: 'Qoşul',
    connecting: 'Qoşulur…',
    wrongPassword: 'İstifadəçi adı və ya parol səhvdir.',
    unreachable: 'Bu ünvanda ofis serverinə çatmaq mümkün deyil.',
    refused: 'Paylaşılan mətnlər bu pəncərəni qəbul etmədi: onu yenidən yükləyin.',
    opening: 'Paylaşılan mətn açılır…',
    link: { online: 'onlayn', offline: 'oflayn', reconnecting: 'yenidən qoşulur…' },
    linkHint: {
      online: 'Ofisə qoşulub: dəyişikliklər dərhal hamıya çatır.',
      offline: 'Ofisə çatmaq olmur: dəyişikliklər bu kompüterdə saxlanır və əlaqə bərpa olunanda göndərilir.',
      reconnecting: 'Yenidən qoşulur…',
    },
    editing: (names: string[]) => `İndi açıqdır: ${names.join(', ')}`,
    returnedToReview: (names: string[]) =>
      names.length
        ? `Təsdiqdən sonra ${names.join(', ')} tərəfindən dəyişdirildi: buraxılış yenidən yoxlamadadır.`
        : 'Təsdiqdən sonra dəyişdirildi: buraxılış yenidən yoxlamadadır.',
    dismiss: 'Oldu',
  },
};
