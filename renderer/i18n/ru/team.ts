// Russian: Team mode: connecting to the office, the link, presence, back to review.
import type { teamText as shape } from '../en/team';

export const teamText: typeof shape = {
  team: {
    connect: 'Подключиться к офису',
    connectTitle: 'Подключение к офису',
    connectHint:
      'После этого ваши релизы общие с офисом: все правят один и тот же текст, в том числе без сети. Пароль не сохраняется, сохраняется только вход.',
    server: 'Адрес сервера офиса',
    user: 'Имя пользователя',
    password: 'Пароль',
    connectOk: 'Подключиться',
    connecting: 'Подключение…',
    wrongPassword: 'Неверное имя пользователя или пароль.',
    unreachable: 'Сервер офиса по этому адресу недоступен.',
    refused: 'Общие тексты не приняли это окно: перезагрузите его.',
    opening: 'Открывается общий текст…',
    link: { online: 'в сети', offline: 'нет связи', reconnecting: 'переподключение…' },
    linkHint: {
      online: 'Подключено к офису: изменения сразу видны всем.',
      offline: 'Офис недоступен: изменения хранятся на этом компьютере и будут отправлены, когда связь вернётся.',
      reconnecting: 'Подключаемся снова…',
    },
    editing: (names: string[]) => `Сейчас открыт у: ${names.join(', ')}`,
    returnedToReview: (names: string[]) =>
      names.length ? `После утверждения изменён (${names.join(', ')}): релиз снова на проверке.` : 'Изменён после утверждения: релиз снова на проверке.',
    dismiss: 'Понятно',
  },
};
