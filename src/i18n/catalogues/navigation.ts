import { texts } from "../texts.ts";

/** Where people find their tools: the header's row and each role's landing page. */
export const navigation = texts({
  "nav.tools": {
    kk: "Құралдар",
    ru: "Разделы",
    en: "Sections",
  },
  "cabinet.tools": {
    kk: "Сіздің құралдарыңыз",
    ru: "Ваши разделы",
    en: "Your sections",
  },
  "tool.cabinet": {
    kk: "Менің шағымдарым",
    ru: "Мои жалобы",
    en: "My complaints",
  },
  "tool.cabinet.hint": {
    kk: "Шағымдарыңыздың мәртебесі, мерзімдері және жауаптары.",
    ru: "Статус, сроки и ответы по вашим жалобам.",
    en: "Status, deadlines and answers of your complaints.",
  },
  "tool.file": {
    kk: "Шағым беру",
    ru: "Подать жалобу",
    en: "File a complaint",
  },
  "tool.file.hint": {
    kk: "Портал арқылы жаңа шағым жіберу.",
    ru: "Отправить новую жалобу через портал.",
    en: "Send a new complaint through the portal.",
  },
  "tool.notifications": {
    kk: "Хабарламалар",
    ru: "Уведомления",
    en: "Notifications",
  },
  "tool.notifications.hint": {
    kk: "Хабарламаларды қалай алатыныңызды таңдаңыз: кабинетте, электрондық поштамен немесе SMS арқылы.",
    ru: "Выберите, как получать уведомления: в кабинете, по электронной почте или SMS.",
    en: "Choose how you are told: in the cabinet, by e-mail or by SMS.",
  },
  "tool.status": {
    kk: "Мәртебені тексеру",
    ru: "Проверить статус",
    en: "Check a status",
  },
  "tool.status.hint": {
    kk: "Шағымның мәртебесін нөмірі бойынша, жүйеге кірмей тексеру.",
    ru: "Статус жалобы по её номеру, без входа в систему.",
    en: "The status of a complaint by its number, without signing in.",
  },
  "tool.deadline": {
    kk: "Мерзімді есептеу",
    ru: "Рассчитать срок",
    en: "Count a deadline",
  },
  "tool.deadline.hint": {
    kk: "Ресми күнтізбе бойынша жұмыс күндерінің мерзімін есептеу.",
    ru: "Срок в рабочих днях по официальному календарю.",
    en: "A term in working days on the official calendar.",
  },
  "tool.inbox": {
    kk: "Кіріс шағымдар",
    ru: "Входящие жалобы",
    en: "Incoming complaints",
  },
  "tool.inbox.hint": {
    kk: "Ұйымыңыздың шағымдары: тіркеу, тағайындау, жіберу және шешім.",
    ru: "Жалобы вашей организации: регистрация, назначение, направление и решение.",
    en: "Your organization's complaints: registration, assignment, forwarding and decision.",
  },
  "tool.intake": {
    kk: "Қағаз шағымды қабылдау",
    ru: "Приём бумажной жалобы",
    en: "Paper intake",
  },
  "tool.intake.hint": {
    kk: "Кеңседе қағаз түрінде берілген шағымды тіркеп, талон беру.",
    ru: "Зарегистрировать жалобу, поданную на бумаге в офисе, и выдать талон.",
    en: "Register a complaint handed in on paper at the office and give the talon.",
  },
  "tool.officeToday": {
    kk: "Бүгін тіркелгендер",
    ru: "Зарегистрированные сегодня",
    en: "Registered today",
  },
  "tool.officeToday.hint": {
    kk: "Бүгін тіркелген шағымдар және олардың талондары.",
    ru: "Жалобы, зарегистрированные сегодня, и их талоны.",
    en: "The complaints registered today and their talons.",
  },
  "tool.contactCentre": {
    kk: "Байланыс орталығы",
    ru: "Контакт-центр",
    en: "Contact centre",
  },
  "tool.contactCentre.hint": {
    kk: "1414 бірыңғай байланыс орталығы операторының құралдары.",
    ru: "Инструменты оператора Единого контакт-центра 1414.",
    en: "The tools of an operator of the Unified Contact Centre 1414.",
  },
  "tool.callerFile": {
    kk: "Қоңырау шалушының шағымы",
    ru: "Жалоба со слов звонящего",
    en: "A caller's complaint",
  },
  "tool.callerFile.hint": {
    kk: "Телефон арқылы айтылған шағымды жазып алу және оның нөмірін айтып беру.",
    ru: "Записать жалобу, продиктованную по телефону, и сообщить её номер.",
    en: "Write down a complaint dictated by phone and read its number back.",
  },
  "tool.callerStatus": {
    kk: "Қоңырау шалушыға мәртебе",
    ru: "Статус для звонящего",
    en: "Status for a caller",
  },
  "tool.callerStatus.hint": {
    kk: "Шағымның мәртебесін нөмірі бойынша қоңырау шалушыға айтып беру.",
    ru: "Сообщить звонящему статус жалобы по её номеру.",
    en: "Tell a caller the status of a complaint by its number.",
  },
  "tool.calendar": {
    kk: "Ресми күнтізбе",
    ru: "Официальный календарь",
    en: "Official calendar",
  },
  "tool.calendar.hint": {
    kk: "Мерекелер, ауыстырылған демалыс күндері және жұмыс сенбілері; өзгеріс мерзімдерді қайта есептейді.",
    ru: "Праздники, перенесённые выходные и рабочие субботы; изменение пересчитывает сроки.",
    en: "Holidays, moved days off and working Saturdays; a change recomputes the deadlines.",
  },
});
