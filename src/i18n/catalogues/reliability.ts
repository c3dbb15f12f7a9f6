/** Faults and refusals of the reliability layer: database away, bad input, limits. */
export const reliability = {
  kk: {
    "error.upload_quota":
      "Бір сағатта тым көп файл жүктелді (ең көбі {max}). {minutes} минуттан кейін қайталап көріңіз.",
    "error.draft_quota":
      "Бір сағатта тым көп жаңа шағым бастадыңыз (ең көбі {max}). Бастаған шағымдарыңызды жалғастырыңыз немесе {minutes} минуттан кейін қайталап көріңіз.",
    "error.filing_quota":
      "Бір сағатта тым көп шағым жіберілді (ең көбі {max}). {minutes} минуттан кейін қайталап көріңіз; жобаңыз сақталған.",
    "error.date_out_of_range": "Күн ресми күнтізбе қамтитын жылдардан тыс немесе дұрыс емес.",
    "field.control_characters": "Мәтінде басқару таңбалары бар (мысалы, NUL): оларды алып тастаңыз",
    "error.idempotency_key_reused":
      "Бұл Idempotency-Key басқа сұрауда қолданылған: жаңа сұрау үшін жаңа кілт жіберіңіз.",
    "error.unavailable": "Қызмет уақытша қолжетімсіз. Бірнеше секундтан кейін қайталап көріңіз.",
    "error.unavailable.detail":
      "Деректер қоры жауап бермей тұр. Енгізген деректеріңіз жоғалған жоқ: бетті сәл кейін жаңартыңыз.",
  },
  ru: {
    "error.upload_quota": "Слишком много файлов за час (не более {max}). Повторите через {minutes} мин.",
    "error.draft_quota":
      "Слишком много новых жалоб начато за час (не более {max}). Продолжите начатые или повторите через {minutes} мин.",
    "error.filing_quota":
      "Слишком много жалоб подано за час (не более {max}). Повторите через {minutes} мин.; черновик сохранён.",
    "error.date_out_of_range": "Дата вне лет, которые охватывает официальный календарь, или неверна.",
    "field.control_characters": "Текст содержит управляющие символы (например, NUL): удалите их",
    "error.idempotency_key_reused":
      "Этот Idempotency-Key уже использован для другого запроса: для нового запроса отправьте новый ключ.",
    "error.unavailable": "Сервис временно недоступен. Повторите через несколько секунд.",
    "error.unavailable.detail":
      "База данных не отвечает. Введённые данные не потеряны: обновите страницу чуть позже.",
  },
  en: {
    "error.upload_quota": "Too many files uploaded in an hour (at most {max}). Try again in {minutes} min.",
    "error.draft_quota":
      "Too many new complaints started in an hour (at most {max}). Continue the ones you started or try again in {minutes} min.",
    "error.filing_quota":
      "Too many complaints filed in an hour (at most {max}). Try again in {minutes} min.; your draft is kept.",
    "error.date_out_of_range": "The date is outside the years the official calendar covers, or invalid.",
    "field.control_characters": "The text contains control characters (such as NUL): remove them",
    "error.idempotency_key_reused":
      "This Idempotency-Key was used for a different request: send a new key for a new request.",
    "error.unavailable": "The service is temporarily unavailable. Try again in a few seconds.",
    "error.unavailable.detail":
      "The database is not answering. Nothing you entered is lost: reload the page in a moment.",
  },
};
