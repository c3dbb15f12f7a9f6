import { texts } from "../texts.ts";

/** Faults and refusals of the reliability layer: database away, bad input, limits. */
export const reliability = texts({
  "error.upload_quota": {
    kk: "Бір сағатта тым көп файл жүктелді (ең көбі {max}). {minutes} минуттан кейін қайталап көріңіз.",
    ru: "Слишком много файлов за час (не более {max}). Повторите через {minutes} мин.",
    en: "Too many files uploaded in an hour (at most {max}). Try again in {minutes} min.",
  },
  "error.draft_quota": {
    kk: "Бір сағатта тым көп жаңа шағым бастадыңыз (ең көбі {max}). Бастаған шағымдарыңызды жалғастырыңыз немесе {minutes} минуттан кейін қайталап көріңіз.",
    ru: "Слишком много новых жалоб начато за час (не более {max}). Продолжите начатые или повторите через {minutes} мин.",
    en: "Too many new complaints started in an hour (at most {max}). Continue the ones you started or try again in {minutes} min.",
  },
  "error.filing_quota": {
    kk: "Бір сағатта тым көп шағым жіберілді (ең көбі {max}). {minutes} минуттан кейін қайталап көріңіз; жобаңыз сақталған.",
    ru: "Слишком много жалоб подано за час (не более {max}). Повторите через {minutes} мин.; черновик сохранён.",
    en: "Too many complaints filed in an hour (at most {max}). Try again in {minutes} min.; your draft is kept.",
  },
  "error.date_out_of_range": {
    kk: "Күн ресми күнтізбе қамтитын жылдардан тыс немесе дұрыс емес.",
    ru: "Дата вне лет, которые охватывает официальный календарь, или неверна.",
    en: "The date is outside the years the official calendar covers, or invalid.",
  },
  "field.control_characters": {
    kk: "Мәтінде басқару таңбалары бар (мысалы, NUL): оларды алып тастаңыз",
    ru: "Текст содержит управляющие символы (например, NUL): удалите их",
    en: "The text contains control characters (such as NUL): remove them",
  },
  "error.idempotency_key_reused": {
    kk: "Бұл Idempotency-Key басқа сұрауда қолданылған: жаңа сұрау үшін жаңа кілт жіберіңіз.",
    ru: "Этот Idempotency-Key уже использован для другого запроса: для нового запроса отправьте новый ключ.",
    en: "This Idempotency-Key was used for a different request: send a new key for a new request.",
  },
  "error.unavailable": {
    kk: "Қызмет уақытша қолжетімсіз. Бірнеше секундтан кейін қайталап көріңіз.",
    ru: "Сервис временно недоступен. Повторите через несколько секунд.",
    en: "The service is temporarily unavailable. Try again in a few seconds.",
  },
  "error.unavailable.detail": {
    kk: "Деректер қоры жауап бермей тұр. Енгізген деректеріңіз жоғалған жоқ: бетті сәл кейін жаңартыңыз.",
    ru: "База данных не отвечает. Введённые данные не потеряны: обновите страницу чуть позже.",
    en: "The database is not answering. Nothing you entered is lost: reload the page in a moment.",
  },
});
