import { texts } from "../texts.ts";

/** Notices to applicants and alerts to staff (e-mail, SMS, cabinet), and the delivery pages. */
export const notices = texts({
  "notice.signature": {
    kk: "Шағым — мемлекеттік қызметтерге шағымдар жүйесі. Анықтама: 1414, 8-800-080-7777 (тегін).",
    ru: "Шағым — система жалоб на государственные услуги. Справка: 1414, 8-800-080-7777 (бесплатно).",
    en: "Shagym — complaints about public services. Help: 1414, 8-800-080-7777 (free call).",
  },
  "notice.delivered.subject": {
    kk: "Шағымыңыз жеткізілді",
    ru: "Ваша жалоба доставлена",
    en: "Your complaint was delivered",
  },
  "notice.delivered.body": {
    kk: "{number} анықтамалық нөмірлі шағымыңыз {organization} ұйымына жеткізілді және тіркелуін күтуде. Шағымды мына жерден бақылаңыз: {link}",
    ru: "Ваша жалоба (номер обращения {number}) доставлена в {organization} и ожидает регистрации. Следите за ней: {link}",
    en: "Your complaint, reference {number}, was delivered to {organization} and awaits registration. Follow it here: {link}",
  },
  "notice.registered.subject": {
    kk: "Шағым тіркелді: № {number}",
    ru: "Жалоба зарегистрирована: № {number}",
    en: "Complaint registered: No. {number}",
  },
  "notice.registered.body": {
    kk: "Шағымыңыз {organization} ұйымында № {number} болып тіркелді. Жауап беру мерзімі: {due}. Толығырақ: {link}",
    ru: "Ваша жалоба зарегистрирована в {organization} под № {number}. Срок ответа: {due}. Подробнее: {link}",
    en: "Your complaint was registered at {organization} as No. {number}. Answer due by {due}. Details: {link}",
  },
  "notice.in_execution.subject": {
    kk: "Шағым орындалуда: № {number}",
    ru: "Жалоба на исполнении: № {number}",
    en: "Complaint in execution: No. {number}",
  },
  "notice.in_execution.body": {
    kk: "№ {number} шағым орындаушыға берілді. Толығырақ: {link}",
    ru: "Жалоба № {number} передана исполнителю. Подробнее: {link}",
    en: "Complaint No. {number} has been assigned to an executor. Details: {link}",
  },
  "notice.forwarded.subject": {
    kk: "Шағым жіберілді: № {number}",
    ru: "Жалоба направлена: № {number}",
    en: "Complaint forwarded: No. {number}",
  },
  "notice.forwarded.body": {
    kk: "№ {number} шағым әкімшілік іспен бірге шағымды қарайтын органға жіберілді: {organization}. Толығырақ: {link}",
    ru: "Жалоба № {number} вместе с административным делом направлена в орган, рассматривающий жалобу: {organization}. Подробнее: {link}",
    en: "Complaint No. {number} was forwarded with the administrative case to the reviewing body: {organization}. Details: {link}",
  },
  "notice.extended.subject": {
    kk: "Қарау мерзімі ұзартылды: № {number}",
    ru: "Срок рассмотрения продлён: № {number}",
    en: "Review term extended: No. {number}",
  },
  "notice.extended.body": {
    kk: "№ {number} шағымды қарау мерзімі {due} дейін ұзартылды. Толығырақ: {link}",
    ru: "Срок рассмотрения жалобы № {number} продлён до {due}. Подробнее: {link}",
    en: "The review of complaint No. {number} has been extended to {due}. Details: {link}",
  },
  "notice.result.subject": {
    kk: "Шағымды қарау нәтижесі: № {number}",
    ru: "Результат рассмотрения жалобы № {number}",
    en: "Result of review: No. {number}",
  },
  "notice.result.body": {
    kk: "№ {number} шағым бойынша шешім қабылданды. Нәтижесі мен жауапты мына жерден көріңіз: {link}",
    ru: "По жалобе № {number} принято решение. Результат и ответ: {link}",
    en: "A decision was taken on complaint No. {number}. See the result and the answer: {link}",
  },
  "notice.refusal.subject": {
    kk: "Шағым қараусыз қалдырылды: № {number}",
    ru: "Жалоба оставлена без рассмотрения: № {number}",
    en: "Complaint left without consideration: No. {number}",
  },
  "notice.refusal.body": {
    kk: "№ {number} шағым қараусыз қалдырылды. Себебін мына жерден көріңіз: {link}",
    ru: "Жалоба № {number} оставлена без рассмотрения. Основание: {link}",
    en: "Complaint No. {number} was left without consideration. See the ground: {link}",
  },
  "notice.withdrawn.subject": {
    kk: "Шағым кері қайтарылды: № {number}",
    ru: "Жалоба отозвана: № {number}",
    en: "Complaint withdrawn: No. {number}",
  },
  "notice.withdrawn.body": {
    kk: "№ {number} шағымды сіз кері қайтарып алдыңыз. Толығырақ: {link}",
    ru: "Вы отозвали жалобу № {number}. Подробнее: {link}",
    en: "You withdrew complaint No. {number}. Details: {link}",
  },
  "alert.one_day_left.subject": {
    kk: "Мерзімнің аяқталуына бір жұмыс күні қалды: № {number}",
    ru: "До конца срока остался один рабочий день: № {number}",
    en: "One working day left: No. {number}",
  },
  "alert.one_day_left.body": {
    kk: "№ {number} шағым бойынша {kind} мерзімі {due} аяқталады. Шағым: {link}",
    ru: "Срок «{kind}» по жалобе № {number} истекает {due}. Жалоба: {link}",
    en: "The {kind} term of complaint No. {number} ends on {due}. Complaint: {link}",
  },
  "alert.missed.subject": {
    kk: "Мерзім өтіп кетті: № {number}",
    ru: "Срок пропущен: № {number}",
    en: "Term missed: No. {number}",
  },
  "alert.missed.body": {
    kk: "№ {number} шағым бойынша {kind} мерзімі {due} аяқталды, бірақ шағым әлі жабылмаған. Шағым: {link}",
    ru: "Срок «{kind}» по жалобе № {number} истёк {due}, а жалоба не закрыта. Жалоба: {link}",
    en: "The {kind} term of complaint No. {number} ended on {due} and the complaint is still open. Complaint: {link}",
  },
  "alert.digest.subject": {
    kk: "Күнделікті шолу: бүгін {today}, ертең {tomorrow}, мерзімі өткен {overdue}",
    ru: "Ежедневная сводка: сегодня {today}, завтра {tomorrow}, просрочено {overdue}",
    en: "Daily digest: due today {today}, next working day {tomorrow}, overdue {overdue}",
  },
  "alert.digest.body": {
    kk: "Бүгін мерзімі аяқталатын шағымдар: {today}. Келесі жұмыс күні: {tomorrow}. Мерзімі өткен: {overdue}. Кіріс тізімі: {link}",
    ru: "Жалоб со сроком сегодня: {today}. На следующий рабочий день: {tomorrow}. Просрочено: {overdue}. Входящие: {link}",
    en: "Complaints due today: {today}. Due on the next working day: {tomorrow}. Overdue: {overdue}. Inbox: {link}",
  },
  "mailbox.title": {
    kk: "Демо пошта жәшігі",
    ru: "Демо-почтовый ящик",
    en: "Demo mailbox",
  },
  "mailbox.lead": {
    kk: "Демо режимінде хаттар мен SMS жіберілмейді: олар осы жерде көрсетіледі.",
    ru: "В демо-режиме письма и SMS не отправляются: они показаны здесь.",
    en: "In demo mode no e-mail or SMS leaves the machine: they are shown here.",
  },
  "mailbox.empty": {
    kk: "Әзірге хабарлама жоқ.",
    ru: "Сообщений пока нет.",
    en: "No messages yet.",
  },
  "mailbox.channel": {
    kk: "Арна",
    ru: "Канал",
    en: "Channel",
  },
  "mailbox.recipient": {
    kk: "Алушы",
    ru: "Получатель",
    en: "Recipient",
  },
  "mailbox.status": {
    kk: "Күйі",
    ru: "Статус",
    en: "Status",
  },
  "mailbox.message": {
    kk: "Хабарлама",
    ru: "Сообщение",
    en: "Message",
  },
  "mailbox.at": {
    kk: "Уақыты",
    ru: "Время",
    en: "Time",
  },
  "outboxStatus.pending": {
    kk: "Кезекте",
    ru: "В очереди",
    en: "Queued",
  },
  "outboxStatus.sending": {
    kk: "Жіберілуде",
    ru: "Отправляется",
    en: "Sending",
  },
  "outboxStatus.sent": {
    kk: "Жіберілді",
    ru: "Отправлено",
    en: "Sent",
  },
  "outboxStatus.failed": {
    kk: "Жіберілмеді",
    ru: "Не доставлено",
    en: "Failed",
  },
  "notifyChannel.email": {
    kk: "Электрондық пошта",
    ru: "Электронная почта",
    en: "E-mail",
  },
  "notifyChannel.sms": {
    kk: "SMS",
    ru: "SMS",
    en: "SMS",
  },
  "notifyChannel.cabinet": {
    kk: "Тек жеке кабинетте",
    ru: "Только в личном кабинете",
    en: "Personal cabinet only",
  },
  "settings.title": {
    kk: "Хабарламалар",
    ru: "Уведомления",
    en: "Notifications",
  },
  "settings.lead": {
    kk: "Шағымыңыздың әр белгісі туралы қалай хабардар болғыңыз келеді?",
    ru: "Как сообщать вам о каждой отметке по вашей жалобе?",
    en: "How should we tell you of each mark on your complaint?",
  },
  "settings.saved": {
    kk: "Сақталды.",
    ru: "Сохранено.",
    en: "Saved.",
  },
  "settings.save": {
    kk: "Сақтау",
    ru: "Сохранить",
    en: "Save",
  },
  "settings.noticesTitle": {
    kk: "Соңғы хабарламалар",
    ru: "Последние уведомления",
    en: "Recent notices",
  },
});
