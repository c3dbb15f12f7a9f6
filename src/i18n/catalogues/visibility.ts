/** Field-level visibility: what a page or letter says where a field is masked or withheld. */
export const visibility = {
  kk: {
    "visibility.withheld": "Көрсетілмейді: сіздің рөліңізге қажет емес",
    "visibility.masked": "Жартылай жасырылған: толық мәні сіздің рөліңізге қажет емес",
    "visibility.attachmentsWithheld": "Файлдар көрсетілмейді: сіздің рөліңізге қажет емес",
    "visibility.commentsWithheld": "Ішкі ескертпелер көрсетілмейді",
    "decisionPdf.address": "Пошталық мекенжайы",
  },
  ru: {
    "visibility.withheld": "Не показывается: не нужно для вашей роли",
    "visibility.masked": "Частично скрыто: полное значение не нужно для вашей роли",
    "visibility.attachmentsWithheld": "Файлы не показываются: не нужны для вашей роли",
    "visibility.commentsWithheld": "Внутренние комментарии не показываются",
    "decisionPdf.address": "Почтовый адрес",
  },
  en: {
    "visibility.withheld": "Not shown: your role does not need it",
    "visibility.masked": "Partly hidden: your role does not need the full value",
    "visibility.attachmentsWithheld": "Files are not shown: your role does not need them",
    "visibility.commentsWithheld": "Internal comments are not shown",
    "decisionPdf.address": "Postal address",
  },
} as const;
