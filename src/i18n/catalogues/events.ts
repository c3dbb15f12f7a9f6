import { texts } from "../texts.ts";

/** The staff history: what each event's data is called, so that no raw key or value is shown. */
export const events = texts({
  "wf.event.deadline_moved": {
    kk: "Мерзім ресми күнтізбе өзгергендіктен жылжыды",
    ru: "Срок сдвинут из-за изменения официального календаря",
    en: "Deadline moved by a change of the official calendar",
  },
  "wf.event.accepted_incomplete": {
    kk: "Толық емес шағым қабылданды",
    ru: "Принята неполная жалоба",
    en: "Incomplete complaint accepted",
  },
  "wf.event.other": {
    kk: "Басқа оқиға",
    ru: "Другое событие",
    en: "Other event",
  },
  "event.yes": {
    kk: "иә",
    ru: "да",
    en: "yes",
  },
  "event.no": {
    kk: "жоқ",
    ru: "нет",
    en: "no",
  },
  "event.reason.calendar_changed": {
    kk: "ресми күнтізбе өзгерді",
    ru: "изменён официальный календарь",
    en: "the official calendar changed",
  },
  "event.submitted.channel": {
    kk: "Арна",
    ru: "Канал",
    en: "Channel",
  },
  "event.submitted.filedLate": {
    kk: "Мерзімі өткен соң берілді",
    ru: "Подана после срока",
    en: "Filed after the term",
  },
  "event.submitted.escalatedFrom": {
    kk: "Шағымданылған шағым",
    ru: "Обжалуемая жалоба",
    en: "Complaint appealed",
  },
  "event.submitted.backdateReason": {
    kk: "Кейінгі күнмен енгізу себебі",
    ru: "Причина ввода задним числом",
    en: "Reason for a past receipt date",
  },
  "event.registered.number": {
    kk: "Тіркеу нөмірі",
    ru: "Регистрационный номер",
    en: "Registration number",
  },
  "event.registered.registeredOn": {
    kk: "Тіркелген күні",
    ru: "Дата регистрации",
    en: "Registered on",
  },
  "event.registered.answerBy": {
    kk: "Жауап мерзімі",
    ru: "Срок ответа",
    en: "Answer due",
  },
  "event.registered.registrationDeadline": {
    kk: "Тіркеу мерзімі",
    ru: "Срок регистрации",
    en: "Registration due",
  },
  "event.assigned.executor": {
    kk: "Орындаушы",
    ru: "Исполнитель",
    en: "Executor",
  },
  "event.reassigned.executor": {
    kk: "Жаңа орындаушы",
    ru: "Новый исполнитель",
    en: "New executor",
  },
  "event.favourable_act.actNumber": {
    kk: "Актінің нөмірі",
    ru: "Номер акта",
    en: "Act number",
  },
  "event.forwarded.from": {
    kk: "Жіберген орган",
    ru: "Направивший орган",
    en: "Sent by",
  },
  "event.forwarded.to": {
    kk: "Қарайтын орган",
    ru: "Рассматривающий орган",
    en: "Reviewing body",
  },
  "event.forwarded.explanation": {
    kk: "Түсініктеме",
    ru: "Пояснение",
    en: "Explanation",
  },
  "event.redirected.from": {
    kk: "Жіберген орган",
    ru: "Направивший орган",
    en: "Sent by",
  },
  "event.redirected.to": {
    kk: "Құзыретті орган",
    ru: "Компетентный орган",
    en: "Competent body",
  },
  "event.term_restoration.granted": {
    kk: "Мерзім қалпына келтірілді",
    ru: "Срок восстановлен",
    en: "Term restored",
  },
  "event.extended.workingDays": {
    kk: "Жұмыс күндері",
    ru: "Рабочих дней",
    en: "Working days",
  },
  "event.extended.previousDue": {
    kk: "Бұрынғы мерзім",
    ru: "Прежний срок",
    en: "Previous due date",
  },
  "event.extended.due": {
    kk: "Жаңа мерзім",
    ru: "Новый срок",
    en: "New due date",
  },
  "event.decided.outcome": {
    kk: "Нәтиже",
    ru: "Результат",
    en: "Outcome",
  },
  "event.left_without_consideration.ground": {
    kk: "Негіз",
    ru: "Основание",
    en: "Ground",
  },
  "event.left_without_consideration.letter": {
    kk: "Хаттың нөмірі",
    ru: "Номер письма",
    en: "Letter number",
  },
  "event.withdrawn.from": {
    kk: "Кері қайтарылған кездегі мәртебе",
    ru: "Статус при отзыве",
    en: "Status when withdrawn",
  },
  "event.withdrawn.reason": {
    kk: "Себебі",
    ru: "Причина",
    en: "Reason",
  },
  "event.escalated.qualityAuthorityId": {
    kk: "Уәкілетті органның департаменті",
    ru: "Департамент уполномоченного органа",
    en: "Department of the authorized body",
  },
  "event.escalated.deemedRefusal": {
    kk: "Жауап мерзімінде берілмеді",
    ru: "Ответ не дан в срок",
    en: "No answer in time",
  },
  "event.deadline_moved.from": {
    kk: "Бұрынғы мерзім",
    ru: "Прежний срок",
    en: "Previous due date",
  },
  "event.deadline_moved.to": {
    kk: "Жаңа мерзім",
    ru: "Новый срок",
    en: "New due date",
  },
  "event.deadline_moved.reason": {
    kk: "Себебі",
    ru: "Причина",
    en: "Reason",
  },
});
