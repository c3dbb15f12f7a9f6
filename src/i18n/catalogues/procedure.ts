/**
 * The procedure as the law has it (issue 9): the applicant's escalation page, the office receipt
 * date, the regime shown on a complaint and counts of days with their plural forms.
 */
export const procedure = {
  kk: {
    "basis.akim-term":
      "Әкімнің атына берілген шағымды қарау мерзімін «Мемлекеттік көрсетілетін қызметтер туралы» Заңның 25-бабының 2 және 3-тармақтары белгілемейді (олар көрсетілетін қызметті берушіге, Мемлекеттік корпорацияға және сапа жөніндегі уәкілетті органға келген шағымдардың мерзімдерін белгілейді). Көрсетілетін қызметті берушіге келген шағымның мерзімі қолданылады: тіркелген күннен бастап бес жұмыс күні.",
    "basis.informatization-term":
      "Ақпараттандыру саласындағы уәкілетті органға берілген шағымды қарау мерзімін «Мемлекеттік көрсетілетін қызметтер туралы» Заңның 25-бабының 2 және 3-тармақтары белгілемейді (олар көрсетілетін қызметті берушіге, Мемлекеттік корпорацияға және сапа жөніндегі уәкілетті органға келген шағымдардың мерзімдерін белгілейді). Мемлекеттік корпорацияға келген шағымның мерзімі қолданылады: тіркелген күннен бастап бес жұмыс күні.",
    "basis.higher-body-term":
      "Жоғары тұрған әкімшілік органның (лауазымды адамның) шағымды қарау мерзімін «Мемлекеттік көрсетілетін қызметтер туралы» Заңның 25-бабының 2 және 3-тармақтары белгілемейді (олар көрсетілетін қызметті берушіге, Мемлекеттік корпорацияға және сапа жөніндегі уәкілетті органға келген шағымдардың мерзімдерін белгілейді). Көрсетілетін қызметті берушіге келген шағымның мерзімі қолданылады: тіркелген күннен бастап бес жұмыс күні.",
    "complaint.regime": "Қолданылатын тәртіп",
    "talonPdf.regime": "Қолданылатын тәртіп",
    "regime.basis.appc-2021":
      "Тәртіп шағымның түскен күніне қарай анықталады: 2021 жылғы 1 шілдеден бастап түскен шағым Әкімшілік рәсімдік-процестік кодекс бойынша қаралады.",
    "regime.basis.appeals-law-2007":
      "Тәртіп шағымның түскен күніне қарай анықталады: шағым Әкімшілік рәсімдік-процестік кодекс күшіне енген 2021 жылғы 1 шілдеге дейін түскендіктен, оған № 221-III Заңның тәртібі қолданылады.",
    "officeIntake.field.backdateReason": "Кейінгі күнмен енгізу себебі",
    "officeIntake.backdate.summary": "Қағаз {days} бұрыннан да ертерек қабылданды ма?",
    "officeIntake.backdate.hint":
      "Мұндай күнді себебін көрсетпей енгізуге болмайды; себеп әрекеттер журналына жазылады.",
    "field.backdate_reason_required":
      "Қағаз {days} күннен бұрын қабылданған: оны кейінгі күнмен енгізу себебін жазыңыз",
    "count.workingDays.one": "{n} жұмыс күні",
    "count.workingDays.few": "{n} жұмыс күні",
    "count.workingDays.many": "{n} жұмыс күні",
    "count.workingDays.other": "{n} жұмыс күні",
    "count.days.one": "{n} күн",
    "count.days.few": "{n} күн",
    "count.days.many": "{n} күн",
    "count.days.other": "{n} күн",
    "escalate.lead":
      "Нәтижемен келіспесеңіз, шағымыңыз шағым жасалған орган орналасқан өңірдегі мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органның департаментіне жіберіледі. Төменде не жіберілетінін тексеріп, себептер мен талаптарыңызды жазыңыз.",
    "escalate.sent.title": "Не жіберіледі",
    "escalate.sent.original": "Бастапқы шағым",
    "escalate.sent.decision": "Шағымданатын шешім",
    "escalate.sent.refusal": "Шағымды қараусыз қалдыру туралы шешім",
    "escalate.sent.noAnswer": "Қарау мерзімі ішінде жауап берілмеді",
    "escalate.sent.files": "Бірге жіберілетін файлдар",
    "escalate.sent.case": "Бастапқы шағым, оның барлық белгілері мен жауап шағымға қоса жіберіледі.",
    "escalate.to.title": "Қай органға жіберіледі",
    "escalate.to.department": "Департамент",
    "escalate.to.address": "Мекенжайы",
    "escalate.to.why":
      "Шағым жасалған орган — {respondent} — осы өңірде орналасқан. Департамент шағымды тіркелген күнінен бастап {term} ішінде қарайды.",
    "escalate.form.title": "Сіздің шағымыңыз",
    "escalate.reasons.label": "Нәтижемен неге келіспейсіз",
    "escalate.reasons.hint":
      "Не дұрыс шешілмегенін және неліктен екенін жазыңыз. Құжаттар болса, оларды атаңыз.",
    "escalate.demands.label": "Департаменттен не сұрайсыз",
    "escalate.submit": "Қол қою және департаментке жіберу",
    "escalate.notNow":
      "Уәкілетті органға нәтижеден кейін шағымдануға болады: шешім қабылданғанда, шағым қараусыз қалдырылғанда немесе қарау мерзімі өтіп кеткенде.",
    "escalate.already.link": "Бұрын жіберілген шағымды ашу",
    "escalated.title": "Шағым уәкілетті органға жіберілді",
    "escalated.to": "Алушы: {name}",
    "escalated.next.registration": "Департамент шағымды тіркеп, оның нөмірін сізге хабарлайды.",
    "escalated.next.review": "Шағым тіркелген күнінен бастап {term} ішінде қаралады.",
    "escalated.next.court": "Департаменттің жауабымен келіспесеңіз, сотқа жүгіне аласыз.",
    "escalated.open": "Жаңа шағымды ашу",
    "escalated.original": "Бастапқы шағымға оралу",
  },
  ru: {
    "basis.akim-term":
      "Срок рассмотрения жалобы, поданной на имя акима, пунктами 2 и 3 статьи 25 Закона «О государственных услугах» не установлен (они определяют сроки для жалоб в адрес услугодателя, Государственной корпорации и уполномоченного органа по оценке качества). Применяется срок, установленный для жалобы в адрес услугодателя: пять рабочих дней со дня регистрации.",
    "basis.informatization-term":
      "Срок рассмотрения жалобы, поданной в уполномоченный орган в сфере информатизации, пунктами 2 и 3 статьи 25 Закона «О государственных услугах» не установлен (они определяют сроки для жалоб в адрес услугодателя, Государственной корпорации и уполномоченного органа по оценке качества). Применяется срок, установленный для жалобы в адрес Государственной корпорации: пять рабочих дней со дня регистрации.",
    "basis.higher-body-term":
      "Срок рассмотрения жалобы вышестоящим административным органом (должностным лицом) пунктами 2 и 3 статьи 25 Закона «О государственных услугах» не установлен (они определяют сроки для жалоб в адрес услугодателя, Государственной корпорации и уполномоченного органа по оценке качества). Применяется срок, установленный для жалобы в адрес услугодателя: пять рабочих дней со дня регистрации.",
    "complaint.regime": "Применяемый порядок",
    "talonPdf.regime": "Применяемый порядок",
    "regime.basis.appc-2021":
      "Порядок определяется датой поступления жалобы: жалоба, поступившая с 1 июля 2021 года, рассматривается по Административному процедурно-процессуальному кодексу.",
    "regime.basis.appeals-law-2007":
      "Порядок определяется датой поступления жалобы: жалоба поступила до 1 июля 2021 года, когда вступил в силу Административный процедурно-процессуальный кодекс, поэтому к ней применяется порядок Закона № 221-III.",
    "officeIntake.field.backdateReason": "Причина внесения задним числом",
    "officeIntake.backdate.summary": "Бумага получена раньше, чем {days} назад?",
    "officeIntake.backdate.hint":
      "Такую дату нельзя внести без причины; причина записывается в журнал действий.",
    "field.backdate_reason_required":
      "Бумага получена раньше, чем {days} дн. назад: укажите причину внесения задним числом",
    "count.workingDays.one": "{n} рабочий день",
    "count.workingDays.few": "{n} рабочих дня",
    "count.workingDays.many": "{n} рабочих дней",
    "count.workingDays.other": "{n} рабочего дня",
    "count.days.one": "{n} день",
    "count.days.few": "{n} дня",
    "count.days.many": "{n} дней",
    "count.days.other": "{n} дня",
    "escalate.lead":
      "Если вы не согласны с результатом, жалоба будет направлена в департамент уполномоченного органа по оценке и контролю за качеством оказания государственных услуг в том регионе, где находится обжалуемый орган. Проверьте ниже, что будет отправлено, и опишите причины и требования.",
    "escalate.sent.title": "Что будет отправлено",
    "escalate.sent.original": "Исходная жалоба",
    "escalate.sent.decision": "Обжалуемое решение",
    "escalate.sent.refusal": "Решение об оставлении жалобы без рассмотрения",
    "escalate.sent.noAnswer": "В срок рассмотрения ответ не дан",
    "escalate.sent.files": "Прилагаемые файлы",
    "escalate.sent.case": "Вместе с жалобой направляются исходная жалоба, все её отметки и ответ.",
    "escalate.to.title": "Куда будет направлена жалоба",
    "escalate.to.department": "Департамент",
    "escalate.to.address": "Адрес",
    "escalate.to.why":
      "Обжалуемый орган — {respondent} — находится в этом регионе. Департамент рассматривает жалобу в течение {term} со дня её регистрации.",
    "escalate.form.title": "Ваша жалоба",
    "escalate.reasons.label": "Почему вы не согласны с результатом",
    "escalate.reasons.hint": "Напишите, что решено неправильно и почему. Если есть документы, назовите их.",
    "escalate.demands.label": "О чём вы просите департамент",
    "escalate.submit": "Подписать и отправить в департамент",
    "escalate.notNow":
      "Обжаловать в уполномоченный орган можно после результата: когда принято решение, жалоба оставлена без рассмотрения или истёк срок рассмотрения.",
    "escalate.already.link": "Открыть уже поданную жалобу",
    "escalated.title": "Жалоба направлена в уполномоченный орган",
    "escalated.to": "Адресат: {name}",
    "escalated.next.registration": "Департамент зарегистрирует жалобу и сообщит вам её номер.",
    "escalated.next.review": "Жалоба рассматривается в течение {term} со дня регистрации.",
    "escalated.next.court": "Если вы не согласны с ответом департамента, вы можете обратиться в суд.",
    "escalated.open": "Открыть новую жалобу",
    "escalated.original": "Вернуться к исходной жалобе",
  },
  en: {
    "basis.akim-term":
      "The term for reviewing a complaint addressed to the akim is not set by art. 25 pp. 2 and 3 of the Law On public services (they set the terms for complaints to the service provider, the State Corporation and the authorized body for quality). The term for a complaint to the service provider applies: 5 working days from registration.",
    "basis.informatization-term":
      "The term for reviewing a complaint to the authorized body for informatization is not set by art. 25 pp. 2 and 3 of the Law On public services (they set the terms for complaints to the service provider, the State Corporation and the authorized body for quality). The term for a complaint to the State Corporation applies: 5 working days from registration.",
    "basis.higher-body-term":
      "The term for review by a higher administrative body (official) is not set by art. 25 pp. 2 and 3 of the Law On public services (they set the terms for complaints to the service provider, the State Corporation and the authorized body for quality). The term for a complaint to the service provider applies: 5 working days from registration.",
    "complaint.regime": "Procedure applied",
    "talonPdf.regime": "Procedure applied",
    "regime.basis.appc-2021":
      "The procedure follows the date the complaint was received: a complaint received from 1 July 2021 is reviewed under the Administrative Procedural-Process Code.",
    "regime.basis.appeals-law-2007":
      "The procedure follows the date the complaint was received: it was received before 1 July 2021, when the Administrative Procedural-Process Code came into force, so the procedure of Law No. 221-III applies.",
    "officeIntake.field.backdateReason": "Reason for entering it late",
    "officeIntake.backdate.summary": "Received more than {days} ago?",
    "officeIntake.backdate.hint":
      "Such a date cannot be entered without a reason; the reason is written to the audit log.",
    "field.backdate_reason_required":
      "The paper was received more than {days} days ago: give the reason for entering it now",
    "count.workingDays.one": "{n} working day",
    "count.workingDays.few": "{n} working days",
    "count.workingDays.many": "{n} working days",
    "count.workingDays.other": "{n} working days",
    "count.days.one": "{n} day",
    "count.days.few": "{n} days",
    "count.days.many": "{n} days",
    "count.days.other": "{n} days",
    "escalate.lead":
      "If you disagree with the result, your complaint goes to the department of the authorized body for assessment and control of the quality of public services in the region where the appealed body sits. Check below what will be sent, then give your reasons and demands.",
    "escalate.sent.title": "What will be sent",
    "escalate.sent.original": "Original complaint",
    "escalate.sent.decision": "The decision you appeal",
    "escalate.sent.refusal": "The decision to leave the complaint without consideration",
    "escalate.sent.noAnswer": "No answer was given within the review term",
    "escalate.sent.files": "Files that go with it",
    "escalate.sent.case": "The original complaint, all its marks and the answer go with your complaint.",
    "escalate.to.title": "Where it goes",
    "escalate.to.department": "Department",
    "escalate.to.address": "Address",
    "escalate.to.why":
      "The appealed body, {respondent}, sits in this region. The department reviews the complaint within {term} from its registration.",
    "escalate.form.title": "Your complaint",
    "escalate.reasons.label": "Why you disagree with the result",
    "escalate.reasons.hint": "Say what was decided wrongly and why. Name any documents you have.",
    "escalate.demands.label": "What you ask the department to do",
    "escalate.submit": "Sign and send to the department",
    "escalate.notNow":
      "You can appeal to the authorized body after a result: a decision, a refusal to consider the complaint, or a missed review term.",
    "escalate.already.link": "Open the complaint already sent",
    "escalated.title": "Complaint sent to the authorized body",
    "escalated.to": "Sent to: {name}",
    "escalated.next.registration": "The department registers the complaint and tells you its number.",
    "escalated.next.review": "It is reviewed within {term} from registration.",
    "escalated.next.court": "If you disagree with the department's answer, you can go to court.",
    "escalated.open": "Open the new complaint",
    "escalated.original": "Back to the original complaint",
  },
} as const;
