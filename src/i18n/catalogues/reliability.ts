/** Faults and refusals of the reliability layer: database away, bad input, limits. */
export const reliability = {
  kk: {
    "error.unavailable": "Қызмет уақытша қолжетімсіз. Бірнеше секундтан кейін қайталап көріңіз.",
    "error.unavailable.detail":
      "Деректер қоры жауап бермей тұр. Енгізген деректеріңіз жоғалған жоқ: бетті сәл кейін жаңартыңыз.",
  },
  ru: {
    "error.unavailable": "Сервис временно недоступен. Повторите через несколько секунд.",
    "error.unavailable.detail":
      "База данных не отвечает. Введённые данные не потеряны: обновите страницу чуть позже.",
  },
  en: {
    "error.unavailable": "The service is temporarily unavailable. Try again in a few seconds.",
    "error.unavailable.detail":
      "The database is not answering. Nothing you entered is lost: reload the page in a moment.",
  },
};
