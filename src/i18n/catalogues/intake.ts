import { texts } from "../texts.ts";

/**
 * The applicant's escalation page, the office receipt date, the regime shown on a complaint and
 * counts of days with their plural forms.
 */
export const intake = texts({
  "complaint.regime": {
    kk: "Қолданылатын тәртіп",
    ru: "Применяемый порядок",
    en: "Procedure applied",
  },
  "talonPdf.regime": {
    kk: "Қолданылатын тәртіп",
    ru: "Применяемый порядок",
    en: "Procedure applied",
  },
  "regime.basis.appc-2021": {
    kk: "Тәртіп шағымның түскен күніне қарай анықталады: 2021 жылғы 1 шілдеден бастап түскен шағым Әкімшілік рәсімдік-процестік кодекс бойынша қаралады.",
    ru: "Порядок определяется датой поступления жалобы: жалоба, поступившая с 1 июля 2021 года, рассматривается по Административному процедурно-процессуальному кодексу.",
    en: "The procedure follows the date the complaint was received: a complaint received from 1 July 2021 is reviewed under the Administrative Procedural-Process Code.",
  },
  "regime.basis.appeals-law-2007": {
    kk: "Тәртіп шағымның түскен күніне қарай анықталады: шағым Әкімшілік рәсімдік-процестік кодекс күшіне енген 2021 жылғы 1 шілдеге дейін түскендіктен, оған № 221-III Заңның тәртібі қолданылады.",
    ru: "Порядок определяется датой поступления жалобы: жалоба поступила до 1 июля 2021 года, когда вступил в силу Административный процедурно-процессуальный кодекс, поэтому к ней применяется порядок Закона № 221-III.",
    en: "The procedure follows the date the complaint was received: it was received before 1 July 2021, when the Administrative Procedural-Process Code came into force, so the procedure of Law No. 221-III applies.",
  },
  "officeIntake.field.backdateReason": {
    kk: "Кейінгі күнмен енгізу себебі",
    ru: "Причина внесения задним числом",
    en: "Reason for entering it late",
  },
  "officeIntake.backdate.summary": {
    kk: "Қағаз {days} бұрыннан да ертерек қабылданды ма?",
    ru: "Бумага получена раньше, чем {days} назад?",
    en: "Received more than {days} ago?",
  },
  "officeIntake.backdate.hint": {
    kk: "Мұндай күнді себебін көрсетпей енгізуге болмайды; себеп әрекеттер журналына жазылады.",
    ru: "Такую дату нельзя внести без причины; причина записывается в журнал действий.",
    en: "Such a date cannot be entered without a reason; the reason is written to the audit log.",
  },
  "field.backdate_reason_required": {
    kk: "Қағаз {days} күннен бұрын қабылданған: оны кейінгі күнмен енгізу себебін жазыңыз",
    ru: "Бумага получена раньше, чем {days} дн. назад: укажите причину внесения задним числом",
    en: "The paper was received more than {days} days ago: give the reason for entering it now",
  },
  "count.workingDays.one": {
    kk: "{n} жұмыс күні",
    ru: "{n} рабочий день",
    en: "{n} working day",
  },
  "count.workingDays.few": {
    kk: "{n} жұмыс күні",
    ru: "{n} рабочих дня",
    en: "{n} working days",
  },
  "count.workingDays.many": {
    kk: "{n} жұмыс күні",
    ru: "{n} рабочих дней",
    en: "{n} working days",
  },
  "count.workingDays.other": {
    kk: "{n} жұмыс күні",
    ru: "{n} рабочего дня",
    en: "{n} working days",
  },
  "count.days.one": {
    kk: "{n} күн",
    ru: "{n} день",
    en: "{n} day",
  },
  "count.days.few": {
    kk: "{n} күн",
    ru: "{n} дня",
    en: "{n} days",
  },
  "count.days.many": {
    kk: "{n} күн",
    ru: "{n} дней",
    en: "{n} days",
  },
  "count.days.other": {
    kk: "{n} күн",
    ru: "{n} дня",
    en: "{n} days",
  },
  "escalate.lead": {
    kk: "Нәтижемен келіспесеңіз, шағымыңыз шағым жасалған орган орналасқан өңірдегі мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органның департаментіне жіберіледі. Төменде не жіберілетінін тексеріп, себептер мен талаптарыңызды жазыңыз.",
    ru: "Если вы не согласны с результатом, жалоба будет направлена в департамент уполномоченного органа по оценке и контролю за качеством оказания государственных услуг в том регионе, где находится обжалуемый орган. Проверьте ниже, что будет отправлено, и опишите причины и требования.",
    en: "If you disagree with the result, your complaint goes to the department of the authorized body for assessment and control of the quality of public services in the region where the appealed body sits. Check below what will be sent, then give your reasons and demands.",
  },
  "escalate.sent.title": {
    kk: "Не жіберіледі",
    ru: "Что будет отправлено",
    en: "What will be sent",
  },
  "escalate.sent.original": {
    kk: "Бастапқы шағым",
    ru: "Исходная жалоба",
    en: "Original complaint",
  },
  "escalate.sent.decision": {
    kk: "Шағымданатын шешім",
    ru: "Обжалуемое решение",
    en: "The decision you appeal",
  },
  "escalate.sent.refusal": {
    kk: "Шағымды қараусыз қалдыру туралы шешім",
    ru: "Решение об оставлении жалобы без рассмотрения",
    en: "The decision to leave the complaint without consideration",
  },
  "escalate.sent.noAnswer": {
    kk: "Қарау мерзімі ішінде жауап берілмеді",
    ru: "В срок рассмотрения ответ не дан",
    en: "No answer was given within the review term",
  },
  "escalate.sent.files": {
    kk: "Бірге жіберілетін файлдар",
    ru: "Прилагаемые файлы",
    en: "Files that go with it",
  },
  "escalate.sent.case": {
    kk: "Бастапқы шағым, оның барлық белгілері мен жауап шағымға қоса жіберіледі.",
    ru: "Вместе с жалобой направляются исходная жалоба, все её отметки и ответ.",
    en: "The original complaint, all its marks and the answer go with your complaint.",
  },
  "escalate.to.title": {
    kk: "Қай органға жіберіледі",
    ru: "Куда будет направлена жалоба",
    en: "Where it goes",
  },
  "escalate.to.department": {
    kk: "Департамент",
    ru: "Департамент",
    en: "Department",
  },
  "escalate.to.address": {
    kk: "Мекенжайы",
    ru: "Адрес",
    en: "Address",
  },
  "escalate.to.why": {
    kk: "Шағым жасалған орган — {respondent} — осы өңірде орналасқан. Департамент шағымды тіркелген күнінен бастап {term} ішінде қарайды.",
    ru: "Обжалуемый орган — {respondent} — находится в этом регионе. Департамент рассматривает жалобу в течение {term} со дня её регистрации.",
    en: "The appealed body, {respondent}, sits in this region. The department reviews the complaint within {term} from its registration.",
  },
  "escalate.form.title": {
    kk: "Сіздің шағымыңыз",
    ru: "Ваша жалоба",
    en: "Your complaint",
  },
  "escalate.reasons.label": {
    kk: "Нәтижемен неге келіспейсіз",
    ru: "Почему вы не согласны с результатом",
    en: "Why you disagree with the result",
  },
  "escalate.reasons.hint": {
    kk: "Не дұрыс шешілмегенін және неліктен екенін жазыңыз. Құжаттар болса, оларды атаңыз.",
    ru: "Напишите, что решено неправильно и почему. Если есть документы, назовите их.",
    en: "Say what was decided wrongly and why. Name any documents you have.",
  },
  "escalate.demands.label": {
    kk: "Департаменттен не сұрайсыз",
    ru: "О чём вы просите департамент",
    en: "What you ask the department to do",
  },
  "escalate.submit": {
    kk: "Қол қою және департаментке жіберу",
    ru: "Подписать и отправить в департамент",
    en: "Sign and send to the department",
  },
  "escalate.continue": {
    kk: "Қол қоюға өту",
    ru: "Перейти к подписи",
    en: "Continue to signing",
  },
  "escalate.sign.title": {
    kk: "Шағымға қол қойыңыз",
    ru: "Подпишите жалобу",
    en: "Sign the complaint",
  },
  "escalate.sign.lead": {
    kk: "Департаментке шағым сіз жазған мәтінмен SMS-кодпен немесе ЭЦҚ-мен қол қойылып жіберіледі. Мәтінді өзгерту үшін пішінге оралыңыз: жаңа мәтінге жаңа қол қою керек.",
    ru: "Жалоба в департамент отправляется с вашим текстом, подписанная кодом из SMS или ЭЦП. Чтобы изменить текст, вернитесь к форме: новый текст нужно подписать заново.",
    en: "The complaint goes to the department with your text, signed with an SMS code or EDS. To change the text, go back to the form: a new text needs a new signature.",
  },
  "escalate.sign.edit": {
    kk: "Мәтінді өзгерту",
    ru: "Изменить текст",
    en: "Change the text",
  },
  "escalate.notNow": {
    kk: "Уәкілетті органға нәтижеден кейін шағымдануға болады: шешім қабылданғанда, шағым қараусыз қалдырылғанда немесе қарау мерзімі өтіп кеткенде.",
    ru: "Обжаловать в уполномоченный орган можно после результата: когда принято решение, жалоба оставлена без рассмотрения или истёк срок рассмотрения.",
    en: "You can appeal to the authorized body after a result: a decision, a refusal to consider the complaint, or a missed review term.",
  },
  "escalate.already.link": {
    kk: "Бұрын жіберілген шағымды ашу",
    ru: "Открыть уже поданную жалобу",
    en: "Open the complaint already sent",
  },
  "escalated.title": {
    kk: "Шағым уәкілетті органға жіберілді",
    ru: "Жалоба направлена в уполномоченный орган",
    en: "Complaint sent to the authorized body",
  },
  "escalated.to": {
    kk: "Алушы: {name}",
    ru: "Адресат: {name}",
    en: "Sent to: {name}",
  },
  "escalated.next.registration": {
    kk: "Департамент шағымды тіркеп, оның нөмірін сізге хабарлайды.",
    ru: "Департамент зарегистрирует жалобу и сообщит вам её номер.",
    en: "The department registers the complaint and tells you its number.",
  },
  "escalated.next.review": {
    kk: "Шағым тіркелген күнінен бастап {term} ішінде қаралады.",
    ru: "Жалоба рассматривается в течение {term} со дня регистрации.",
    en: "It is reviewed within {term} from registration.",
  },
  "escalated.next.court": {
    kk: "Департаменттің жауабымен келіспесеңіз, сотқа жүгіне аласыз.",
    ru: "Если вы не согласны с ответом департамента, вы можете обратиться в суд.",
    en: "If you disagree with the department's answer, you can go to court.",
  },
  "escalated.open": {
    kk: "Жаңа шағымды ашу",
    ru: "Открыть новую жалобу",
    en: "Open the new complaint",
  },
  "escalated.original": {
    kk: "Бастапқы шағымға оралу",
    ru: "Вернуться к исходной жалобе",
    en: "Back to the original complaint",
  },
});
