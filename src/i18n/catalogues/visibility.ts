import { texts } from "../texts.ts";

/** Field-level visibility: what a page or letter says where a field is masked or withheld. */
export const visibility = texts({
  "visibility.withheld": {
    kk: "Көрсетілмейді: сіздің рөліңізге қажет емес",
    ru: "Не показывается: не нужно для вашей роли",
    en: "Not shown: your role does not need it",
  },
  "visibility.masked": {
    kk: "Жартылай жасырылған: толық мәні сіздің рөліңізге қажет емес",
    ru: "Частично скрыто: полное значение не нужно для вашей роли",
    en: "Partly hidden: your role does not need the full value",
  },
  "visibility.attachmentsWithheld": {
    kk: "Файлдар көрсетілмейді: сіздің рөліңізге қажет емес",
    ru: "Файлы не показываются: не нужны для вашей роли",
    en: "Files are not shown: your role does not need them",
  },
  "visibility.commentsWithheld": {
    kk: "Ішкі ескертпелер көрсетілмейді",
    ru: "Внутренние комментарии не показываются",
    en: "Internal comments are not shown",
  },
  "decisionPdf.address": {
    kk: "Пошталық мекенжайы",
    ru: "Почтовый адрес",
    en: "Postal address",
  },
});
