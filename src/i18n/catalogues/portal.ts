import { texts } from "../texts.ts";

/** The citizen's portal: filing a complaint step by step, the cabinet, the complaint page and the help page. */
export const portal = texts({
  "portal.caption": {
    kk: "Шағым беру",
    ru: "Подача жалобы",
    en: "File a complaint",
  },
  "portal.start.title": {
    kk: "Мемлекеттік қызметке шағым беру",
    ru: "Подать жалобу на государственную услугу",
    en: "Complain about a public service",
  },
  "portal.start.lead": {
    kk: "Көрсетілетін қызметті берушінің, Мемлекеттік корпорацияның немесе олардың қызметкерлерінің шешіміне, әрекетіне (әрекетсіздігіне) шағым беріңіз.",
    ru: "Обжалуйте решение, действие (бездействие) услугодателя, Государственной корпорации или их работников.",
    en: "Appeal a decision, action or inaction of a service provider, the State Corporation or their employees.",
  },
  "portal.start.need": {
    kk: "Сізге қажет:",
    ru: "Вам понадобятся:",
    en: "You will need:",
  },
  "portal.start.need.respondent": {
    kk: "шағым жасалатын органның атауы және қандай қызмет туралы екені",
    ru: "название органа, на который подаётся жалоба, и о какой услуге идёт речь",
    en: "the name of the body you are complaining about and which service it concerns",
  },
  "portal.start.need.officials": {
    kk: "лауазымды адамның лауазымы, тегі және аты",
    ru: "должность, фамилия и имя должностного лица",
    en: "the position, surname and name of the official",
  },
  "portal.start.need.reasons": {
    kk: "шағымның себептері және талаптарыңыз",
    ru: "причины обжалования и ваши требования",
    en: "your reasons and what you ask for",
  },
  "portal.start.need.date": {
    kk: "шешім немесе әрекет туралы қашан білгеніңіз",
    ru: "дата, когда вы узнали о решении или действии",
    en: "the date you learned of the decision or action",
  },
  "portal.start.need.files": {
    kk: "қажет болса, құжаттардың көшірмелері (PDF, JPEG, PNG, әрқайсысы 10 МБ-қа дейін)",
    ru: "при необходимости — копии документов (PDF, JPEG, PNG, каждый до 10 МБ)",
    en: "copies of documents if you have them (PDF, JPEG, PNG, up to 10 MB each)",
  },
  "portal.start.terms": {
    kk: "Шағым тіркелген күнінен бастап бес жұмыс күні ішінде, сапаны бақылау жөніндегі уәкілетті органда — он бес жұмыс күні ішінде қаралады.",
    ru: "Жалоба рассматривается в течение пяти рабочих дней со дня регистрации, в уполномоченном органе по контролю за качеством — в течение пятнадцати рабочих дней.",
    en: "A complaint is reviewed within five working days of registration; by the authorized body for quality, within fifteen working days.",
  },
  "portal.start.button": {
    kk: "Бастау",
    ru: "Начать",
    en: "Start now",
  },
  "portal.start.drafts": {
    kk: "Аяқталмаған шағымдар",
    ru: "Незавершённые жалобы",
    en: "Complaints you have started",
  },
  "portal.start.draft": {
    kk: "{n}-жоба: жалғастыру",
    ru: "Черновик {n}: продолжить",
    en: "Draft {n}: continue",
  },
  "portal.back": {
    kk: "Артқа",
    ru: "Назад",
    en: "Back",
  },
  "portal.continue": {
    kk: "Жалғастыру",
    ru: "Продолжить",
    en: "Continue",
  },
  "portal.change": {
    kk: "Өзгерту",
    ru: "Изменить",
    en: "Change",
  },
  "portal.choose": {
    kk: "Таңдаңыз",
    ru: "Выберите",
    en: "Choose",
  },
  "portal.warning": {
    kk: "Ескерту",
    ru: "Предупреждение",
    en: "Warning",
  },
  "portal.notice": {
    kk: "Хабарлама",
    ru: "Сообщение",
    en: "Notice",
  },
  "portal.date.day": {
    kk: "Күні",
    ru: "День",
    en: "Day",
  },
  "portal.date.month": {
    kk: "Айы",
    ru: "Месяц",
    en: "Month",
  },
  "portal.date.year": {
    kk: "Жылы",
    ru: "Год",
    en: "Year",
  },
  "portal.respondent.title": {
    kk: "Қай органға шағым жасайсыз?",
    ru: "На какой орган вы подаёте жалобу?",
    en: "Which body are you complaining about?",
  },
  "portal.respondent.hint": {
    kk: "Шешімі, әрекеті (әрекетсіздігі) шағым жасалатын көрсетілетін қызметті беруші, әкімдік немесе Мемлекеттік корпорацияның филиалы.",
    ru: "Услугодатель, акимат или филиал Государственной корпорации, чьё решение, действие (бездействие) обжалуется.",
    en: "The service provider, akimat or State Corporation branch whose decision, action or inaction you appeal.",
  },
  "portal.service.title": {
    kk: "Шағым қай мемлекеттік қызмет туралы?",
    ru: "О какой государственной услуге жалоба?",
    en: "Which public service is the complaint about?",
  },
  "portal.service.hint": {
    kk: "Тізімде тек таңдалған орган көрсететін қызметтер бар.",
    ru: "В списке — услуги, которые оказывает выбранный орган.",
    en: "The list shows the services the chosen body provides.",
  },
  "portal.service.none": {
    kk: "Белгілі бір қызмет туралы емес",
    ru: "Не о конкретной услуге",
    en: "Not about a particular service",
  },
  "portal.addressee.title": {
    kk: "Шағымды кімге жолдайсыз?",
    ru: "Кому вы направляете жалобу?",
    en: "Who should the complaint be addressed to?",
  },
  "portal.addressee.hint": {
    kk: "Стандарттар бойынша рұқсат етілген адресаттар. Шағымды шешімі шағым жасалатын орган қабылдайды және оны үш жұмыс күні ішінде шағымды қарайтын органға жолдайды.",
    ru: "Адресаты, которые допускают стандарты. Жалобу принимает орган, чьё решение обжалуется, и в течение трёх рабочих дней направляет её в орган, рассматривающий жалобу.",
    en: "The addressees the service standards allow. The body whose decision you appeal receives the complaint and sends it to the reviewing body within three working days.",
  },
  "portal.addressee.hint.provider_head": {
    kk: "Шешімі шағым жасалатын органның басшысы",
    ru: "Руководитель органа, чьё решение обжалуется",
    en: "The head of the body whose decision you appeal",
  },
  "portal.addressee.hint.akim": {
    kk: "Тиісті әкімшілік-аумақтық бірліктің әкімі",
    ru: "Аким соответствующей административно-территориальной единицы",
    en: "The akim of the administrative-territorial unit",
  },
  "portal.addressee.hint.state_corporation_head": {
    kk: "Мемлекеттік корпорация қызметкерлерінің әрекетіне шағым",
    ru: "Жалоба на действия работников Государственной корпорации",
    en: "For a complaint about State Corporation employees",
  },
  "portal.addressee.hint.informatization_authority": {
    kk: "Мемлекеттік корпорация қызметкерлерінің әрекетіне шағым",
    ru: "Жалоба на действия работников Государственной корпорации",
    en: "For a complaint about State Corporation employees",
  },
  "portal.addressee.hint.quality_authority": {
    kk: "Көрсетілген қызметтің нәтижесімен келіспеген кезде",
    ru: "Если вы не согласны с результатом оказанной услуги",
    en: "When you disagree with the result of the service",
  },
  "portal.addressee.afterResult": {
    kk: "Көрсетілген қызметтің нәтижесімен келіспеген кезде; он бес жұмыс күні ішінде қаралады",
    ru: "Если вы не согласны с результатом оказанной услуги; рассматривается в течение пятнадцати рабочих дней",
    en: "When you disagree with the result of the service; reviewed within fifteen working days",
  },
  "portal.officials.title": {
    kk: "Кімнің шешіміне, әрекетіне шағым жасайсыз?",
    ru: "Чьё решение, действие вы обжалуете?",
    en: "Whose decision or action are you appealing?",
  },
  "portal.officials.lead": {
    kk: "Лауазымды адамның лауазымын, тегін және атын көрсетіңіз. Қажет болса, екінші адамды қосыңыз.",
    ru: "Укажите должность, фамилию и имя должностного лица. При необходимости добавьте второе лицо.",
    en: "Give the official's position, surname and name. Add a second official if needed.",
  },
  "portal.officials.first": {
    kk: "Лауазымды адам",
    ru: "Должностное лицо",
    en: "Official",
  },
  "portal.officials.second": {
    kk: "Екінші лауазымды адам (міндетті емес)",
    ru: "Второе должностное лицо (необязательно)",
    en: "Second official (optional)",
  },
  "portal.officials.position": {
    kk: "Лауазымы",
    ru: "Должность",
    en: "Position",
  },
  "portal.officials.surname": {
    kk: "Тегі",
    ru: "Фамилия",
    en: "Surname",
  },
  "portal.officials.name": {
    kk: "Аты",
    ru: "Имя",
    en: "Name",
  },
  "portal.grounds.title": {
    kk: "Неге шағым жасайсыз?",
    ru: "На что вы жалуетесь?",
    en: "What are you complaining about?",
  },
  "portal.grounds.hint": {
    kk: "Сәйкес келетіннің барлығын белгілеңіз.",
    ru: "Отметьте всё, что подходит.",
    en: "Select all that apply.",
  },
  "portal.reasons.title": {
    kk: "Не болғанын сипаттаңыз",
    ru: "Опишите, что произошло",
    en: "Describe what happened",
  },
  "portal.reasons.hint": {
    kk: "Шағымның себептері: мән-жайлар, күндер, дәлелдер.",
    ru: "Причины обжалования: обстоятельства, даты, доказательства.",
    en: "Your reasons: the circumstances, dates and evidence.",
  },
  "portal.demands.title": {
    kk: "Не талап етесіз?",
    ru: "Что вы требуете?",
    en: "What do you ask for?",
  },
  "portal.demands.hint": {
    kk: "Мысалы: шешімді қайта қарау, қызметті көрсету, құжатты беру.",
    ru: "Например: пересмотреть решение, оказать услугу, выдать документ.",
    en: "For example: review the decision, provide the service, issue the document.",
  },
  "portal.learned.title": {
    kk: "Шешім немесе әрекет туралы қашан білдіңіз?",
    ru: "Когда вы узнали о решении или действии?",
    en: "When did you learn of the decision or action?",
  },
  "portal.learned.hint": {
    kk: "Мысалы: 23 3 2026. Шағым осы күннен бастап үш ай ішінде беріледі.",
    ru: "Например: 23 3 2026. Жалоба подаётся в течение трёх месяцев с этого дня.",
    en: "For example: 23 3 2026. A complaint is filed within three months of this date.",
  },
  "portal.learned.late": {
    kk: "Үш айлық мерзім өтіп кетті. Шағым бәрібер қабылданады және мерзімі өткізілген деп белгіленеді (ӘРПК 92-бабы); дәлелді себеппен мерзімді қалпына келтіруді сұрай аласыз.",
    ru: "Трёхмесячный срок истёк. Жалоба всё равно будет принята и отмечена как поданная с пропуском срока (АППК, статья 92); пропущенный по уважительной причине срок может быть восстановлен.",
    en: "The three-month term has passed. The complaint will still be accepted and flagged as filed late (APPC art. 92); a term missed for a good reason may be restored.",
  },
  "portal.contacts.title": {
    kk: "Сіздің байланыс деректеріңіз",
    ru: "Ваши контактные данные",
    en: "Your contact details",
  },
  "portal.contacts.identity": {
    kk: "Тегі, аты, әкесінің аты және ЖСН тіркелгіңізден алынады.",
    ru: "Фамилия, имя, отчество и ИИН берутся из вашей учётной записи.",
    en: "Your surname, name, patronymic and IIN come from your account.",
  },
  "portal.identity.surname": {
    kk: "Тегі",
    ru: "Фамилия",
    en: "Surname",
  },
  "portal.identity.name": {
    kk: "Аты",
    ru: "Имя",
    en: "Name",
  },
  "portal.identity.patronymic": {
    kk: "Әкесінің аты",
    ru: "Отчество",
    en: "Patronymic",
  },
  "portal.identity.iin": {
    kk: "ЖСН",
    ru: "ИИН",
    en: "IIN",
  },
  "portal.contacts.postalAddress": {
    kk: "Пошталық мекенжай",
    ru: "Почтовый адрес",
    en: "Postal address",
  },
  "portal.contacts.postalAddress.hint": {
    kk: "Жауап осы мекенжайға да жіберілуі мүмкін.",
    ru: "Ответ может быть направлен и по этому адресу.",
    en: "The answer may also be sent to this address.",
  },
  "portal.contacts.phones": {
    kk: "Байланыс телефондары (міндетті емес)",
    ru: "Контактные телефоны (необязательно)",
    en: "Contact phones (optional)",
  },
  "portal.contacts.phones.hint": {
    kk: "Бірнеше нөмірді үтір арқылы жазыңыз, мысалы +7 701 123 45 67",
    ru: "Несколько номеров — через запятую, например +7 701 123 45 67",
    en: "Separate several numbers with commas, for example +7 701 123 45 67",
  },
  "portal.contacts.email": {
    kk: "Электрондық пошта (міндетті емес)",
    ru: "Электронная почта (необязательно)",
    en: "Email (optional)",
  },
  "portal.contacts.email.hint": {
    kk: "Шағымның белгілері туралы хабарлама осы мекенжайға келеді.",
    ru: "На этот адрес придут уведомления об отметках по жалобе.",
    en: "Notifications of your complaint's progress are sent here.",
  },
  "portal.attachments.title": {
    kk: "Құжаттарды қосу",
    ru: "Приложите документы",
    en: "Add documents",
  },
  "portal.attachments.lead": {
    kk: "Міндетті емес. PDF, JPEG немесе PNG, әрқайсысы 10 МБ-қа дейін, ең көбі {max} файл.",
    ru: "Необязательно. PDF, JPEG или PNG, каждый до 10 МБ, не более {max} файлов.",
    en: "Optional. PDF, JPEG or PNG, up to 10 MB each, at most {max} files.",
  },
  "portal.attachments.none": {
    kk: "Файлдар қосылмаған.",
    ru: "Файлы не приложены.",
    en: "No files added.",
  },
  "portal.attachments.size": {
    kk: "{size} МБ",
    ru: "{size} МБ",
    en: "{size} MB",
  },
  "portal.attachments.remove": {
    kk: "Алып тастау",
    ru: "Удалить",
    en: "Remove",
  },
  "portal.attachments.file": {
    kk: "Файлды таңдаңыз",
    ru: "Выберите файл",
    en: "Choose a file",
  },
  "portal.attachments.hint": {
    kk: "Файл түрі мазмұны бойынша тексеріледі. Таңдалған файл «Жалғастыру» басылғанда да қосылады.",
    ru: "Тип файла проверяется по содержимому. Выбранный файл добавится и при нажатии «Продолжить».",
    en: "The file type is checked by its content. A chosen file is also added when you press Continue.",
  },
  "portal.attachments.upload": {
    kk: "Файлды жүктеу",
    ru: "Загрузить файл",
    en: "Upload file",
  },
  "portal.check.title": {
    kk: "Жауаптарыңызды тексеріңіз",
    ru: "Проверьте ваши ответы",
    en: "Check your answers",
  },
  "portal.check.incomplete": {
    kk: "Шағымды жіберу үшін мына сұрақтарға жауап беріңіз",
    ru: "Чтобы отправить жалобу, ответьте на вопросы",
    en: "Answer these questions before you send the complaint",
  },
  "portal.check.notAnswered": {
    kk: "Жауап берілмеген",
    ru: "Нет ответа",
    en: "Not answered",
  },
  "portal.check.complaint": {
    kk: "Шағым",
    ru: "Жалоба",
    en: "Complaint",
  },
  "portal.check.applicant": {
    kk: "Өтініш беруші",
    ru: "Заявитель",
    en: "Applicant",
  },
  "portal.check.attachments": {
    kk: "Қосымшалар",
    ru: "Приложения",
    en: "Attachments",
  },
  "portal.check.files": {
    kk: "Файлдар",
    ru: "Файлы",
    en: "Files",
  },
  "portal.check.fullName": {
    kk: "Тегі, аты, әкесінің аты",
    ru: "Фамилия, имя, отчество",
    en: "Full name",
  },
  "portal.check.respondent": {
    kk: "Шағым жасалатын орган",
    ru: "Орган, чьё решение обжалуется",
    en: "Body complained about",
  },
  "portal.check.service": {
    kk: "Мемлекеттік қызмет",
    ru: "Государственная услуга",
    en: "Public service",
  },
  "portal.check.addressee": {
    kk: "Адресат",
    ru: "Адресат",
    en: "Addressee",
  },
  "portal.check.officials": {
    kk: "Лауазымды адамдар",
    ru: "Должностные лица",
    en: "Officials",
  },
  "portal.check.grounds": {
    kk: "Шағымның негіздері",
    ru: "Основания жалобы",
    en: "Grounds",
  },
  "portal.check.reasons": {
    kk: "Себептері",
    ru: "Причины",
    en: "Reasons",
  },
  "portal.check.demands": {
    kk: "Талаптар",
    ru: "Требования",
    en: "Demands",
  },
  "portal.check.learned": {
    kk: "Білген күні",
    ru: "Дата, когда узнали",
    en: "Date learned",
  },
  "portal.declaration.title": {
    kk: "Мәлімдеме және қол қою",
    ru: "Заявление и подпись",
    en: "Declaration and signature",
  },
  "portal.declaration.lead": {
    kk: "Сіз мына мәтінге қол қоясыз. Жіберілгеннен кейін шағымды өзгертуге болмайды, бірақ оны кері қайтарып алуға болады.",
    ru: "Вы подписываете следующий текст. После отправки жалобу изменить нельзя, но её можно отозвать.",
    en: "You are signing the text below. Once sent, the complaint cannot be changed, but it can be withdrawn.",
  },
  "portal.declaration.exact": {
    kk: "Қол қойылатын мәтін (дәл нұсқасы)",
    ru: "Подписываемый текст (точная версия)",
    en: "The exact text being signed",
  },
  "portal.declaration.exactHint": {
    kk: "Қол қою кезінде осы мәтіннің SHA-256 хэші, уақыты және тәсілі сақталады.",
    ru: "При подписании сохраняются хэш SHA-256 этого текста, время и способ подписи.",
    en: "Signing records the SHA-256 of this text, the time and the method.",
  },
  "portal.declaration.fingerprint": {
    kk: "SHA-256:",
    ru: "SHA-256:",
    en: "SHA-256:",
  },
  "portal.declaration.legend": {
    kk: "Мәлімдеме",
    ru: "Заявление",
    en: "Declaration",
  },
  "portal.declaration.confirm": {
    kk: "Мен берген мәліметтердің дұрыс екенін растаймын және шағымға қол қоямын",
    ru: "Я подтверждаю, что сведения верны, и подписываю жалобу",
    en: "I confirm the information is correct and I sign the complaint",
  },
  "portal.declaration.submit": {
    kk: "Қол қою және жіберу",
    ru: "Подписать и отправить",
    en: "Sign and send",
  },
  "portal.submitted.title": {
    kk: "Шағым жіберілді",
    ru: "Жалоба отправлена",
    en: "Complaint sent",
  },
  "portal.submitted.reference": {
    kk: "Шағымның анықтамалық нөмірі",
    ru: "Справочный номер жалобы",
    en: "Your reference",
  },
  "portal.submitted.number": {
    kk: "Тіркеу нөмірі",
    ru: "Регистрационный номер",
    en: "Registration number",
  },
  "portal.submitted.signed": {
    kk: "Шағым сіздің сессияңызбен қол қойылды. Барлық белгілер жеке кабинетте көрінеді.",
    ru: "Жалоба подписана вашей сессией. Все отметки видны в личном кабинете.",
    en: "The complaint was signed with your session. Every mark appears in your cabinet.",
  },
  "portal.submitted.open": {
    kk: "Шағымды ашу",
    ru: "Открыть жалобу",
    en: "Open the complaint",
  },
  "portal.submitted.cabinet": {
    kk: "Жеке кабинетке өту",
    ru: "Перейти в личный кабинет",
    en: "Go to your cabinet",
  },
  "portal.next.title": {
    kk: "Бұдан кейін не болады",
    ru: "Что будет дальше",
    en: "What happens next",
  },
  "portal.next.registration": {
    kk: "Орган шағымды тіркейді: нөмірі, күні, қабылдаған адам және жауап алу мерзімі жеке кабинетте көрсетіледі. Демалыс күні түскен шағым келесі жұмыс күні тіркеледі.",
    ru: "Орган регистрирует жалобу: номер, дата, принявший её работник и срок ответа появятся в личном кабинете. Жалоба, поступившая в выходной, регистрируется в следующий рабочий день.",
    en: "The body registers the complaint: the number, date, the person who accepted it and the answer date appear in your cabinet. A complaint received on a day off is registered on the next working day.",
  },
  "portal.next.forward": {
    kk: "Шешімі шағым жасалған орган үш жұмыс күні ішінде шағымды және әкімшілік істі шағымды қарайтын органға жолдайды немесе талаптарыңызды толық қанағаттандыратын қолайлы акт қабылдайды.",
    ru: "Орган, чьё решение обжалуется, в течение трёх рабочих дней направляет жалобу и административное дело в орган, рассматривающий жалобу, или принимает благоприятный акт, полностью удовлетворяющий ваши требования.",
    en: "Within three working days the body whose decision you appeal sends the complaint and the administrative case to the reviewing body, or adopts a favourable act that fully meets your demands.",
  },
  "portal.next.review": {
    kk: "Көрсетілетін қызметті берушіге немесе Мемлекеттік корпорацияға келген шағым тіркелген күнінен бастап бес жұмыс күні ішінде қаралады.",
    ru: "Жалоба, поступившая услугодателю или в Государственную корпорацию, рассматривается в течение пяти рабочих дней со дня регистрации.",
    en: "A complaint to the provider or the State Corporation is reviewed within five working days of registration.",
  },
  "portal.next.quality": {
    kk: "Сапаны бағалау және бақылау жөніндегі уәкілетті органға келген шағым он бес жұмыс күні ішінде қаралады.",
    ru: "Жалоба в уполномоченный орган по оценке и контролю за качеством рассматривается в течение пятнадцати рабочих дней.",
    en: "A complaint to the authorized body for quality is reviewed within fifteen working days.",
  },
  "portal.next.basis": {
    kk: "Негізі: ӘРПК 91-бабының 4-тармағы; «Мемлекеттік көрсетілетін қызметтер туралы» Заңның 25-бабының 2 және 3-тармақтары.",
    ru: "Основание: пункт 4 статьи 91 АППК; пункты 2 и 3 статьи 25 Закона «О государственных услугах».",
    en: "Basis: APPC art. 91 p. 4; Law on public services art. 25 pp. 2 and 3.",
  },
  "field.incomplete": {
    kk: "Бұл қадамды аяқтаңыз",
    ru: "Заполните этот шаг",
    en: "Complete this step",
  },
  "field.respondent.incomplete": {
    kk: "Шағым жасалатын органды таңдаңыз",
    ru: "Выберите орган, на который подаётся жалоба",
    en: "Choose the body you are complaining about",
  },
  "field.service.incomplete": {
    kk: "Мемлекеттік қызметті таңдаңыз",
    ru: "Выберите государственную услугу",
    en: "Choose the public service",
  },
  "field.addressee.incomplete": {
    kk: "Адресатты таңдаңыз",
    ru: "Выберите адресата",
    en: "Choose who the complaint is addressed to",
  },
  "field.officials.incomplete": {
    kk: "Лауазымды адамды көрсетіңіз",
    ru: "Укажите должностное лицо",
    en: "Give the official",
  },
  "field.grounds.incomplete": {
    kk: "Шағымның негізін таңдаңыз",
    ru: "Выберите основание жалобы",
    en: "Choose what you are complaining about",
  },
  "field.reasons.incomplete": {
    kk: "Шағымның себептерін жазыңыз",
    ru: "Опишите причины жалобы",
    en: "Describe your reasons",
  },
  "field.demands.incomplete": {
    kk: "Талаптарыңызды жазыңыз",
    ru: "Укажите ваши требования",
    en: "Say what you ask for",
  },
  "field.learned.incomplete": {
    kk: "Шешім туралы қашан білгеніңізді көрсетіңіз",
    ru: "Укажите, когда вы узнали о решении",
    en: "Give the date you learned of the decision",
  },
  "field.contacts.incomplete": {
    kk: "Пошталық мекенжайды көрсетіңіз",
    ru: "Укажите почтовый адрес",
    en: "Give your postal address",
  },
  "field.attachments.incomplete": {
    kk: "Құжаттарды тексеріңіз",
    ru: "Проверьте документы",
    en: "Check your documents",
  },
  "field.respondent.organizationId.required": {
    kk: "Шағым жасалатын органды таңдаңыз",
    ru: "Выберите орган, на который подаётся жалоба",
    en: "Choose the body you are complaining about",
  },
  "field.respondent.organizationId.unknown_organization": {
    kk: "Тізімнен органды таңдаңыз",
    ru: "Выберите орган из списка",
    en: "Choose a body from the list",
  },
  "field.serviceId.required": {
    kk: "Мемлекеттік қызметті таңдаңыз немесе «Белгілі бір қызмет туралы емес» деп белгілеңіз",
    ru: "Выберите государственную услугу или «Не о конкретной услуге»",
    en: "Choose a public service, or “Not about a particular service”",
  },
  "field.serviceId.unknown_service": {
    kk: "Тізімнен қызметті таңдаңыз",
    ru: "Выберите услугу из списка",
    en: "Choose a service from the list",
  },
  "field.addressee.required": {
    kk: "Шағымды кімге жолдайтыныңызды таңдаңыз",
    ru: "Выберите, кому направляется жалоба",
    en: "Choose who the complaint is addressed to",
  },
  "field.addressee.addressee_not_allowed": {
    kk: "Бұл органға шағымды осы адресатқа жолдауға болмайды",
    ru: "Жалобу на этот орган нельзя направить этому адресату",
    en: "A complaint about this body cannot go to that addressee",
  },
  "field.officials.position.required": {
    kk: "Лауазымды адамның лауазымын жазыңыз",
    ru: "Укажите должность должностного лица",
    en: "Enter the official's position",
  },
  "field.officials.surname.required": {
    kk: "Лауазымды адамның тегін жазыңыз",
    ru: "Укажите фамилию должностного лица",
    en: "Enter the official's surname",
  },
  "field.officials.name.required": {
    kk: "Лауазымды адамның атын жазыңыз",
    ru: "Укажите имя должностного лица",
    en: "Enter the official's name",
  },
  "field.grounds.required": {
    kk: "Шағымның кем дегенде бір негізін таңдаңыз",
    ru: "Выберите хотя бы одно основание жалобы",
    en: "Choose at least one thing you are complaining about",
  },
  "field.grounds.invalid": {
    kk: "Тізімнен негізді таңдаңыз",
    ru: "Выберите основание из списка",
    en: "Choose from the list",
  },
  "field.reasons.required": {
    kk: "Шағымның себептерін жазыңыз",
    ru: "Опишите причины жалобы",
    en: "Describe your reasons",
  },
  "field.demands.required": {
    kk: "Талаптарыңызды жазыңыз",
    ru: "Укажите ваши требования",
    en: "Say what you ask for",
  },
  "field.learnedOn.required": {
    kk: "Шешім немесе әрекет туралы қашан білгеніңізді жазыңыз",
    ru: "Укажите, когда вы узнали о решении или действии",
    en: "Enter the date you learned of the decision or action",
  },
  "field.learnedOn.date_invalid": {
    kk: "Нақты күнді жазыңыз, мысалы 23 3 2026",
    ru: "Укажите существующую дату, например 23 3 2026",
    en: "Enter a real date, for example 23 3 2026",
  },
  "field.learnedOn.date_in_future": {
    kk: "Күн болашақта болмауы керек",
    ru: "Дата не может быть в будущем",
    en: "The date must be today or in the past",
  },
  "field.applicant.postalAddress.required": {
    kk: "Пошталық мекенжайыңызды жазыңыз",
    ru: "Укажите ваш почтовый адрес",
    en: "Enter your postal address",
  },
  "field.applicant.phones.invalid": {
    kk: "Телефон нөмірін +7 701 123 45 67 түрінде жазыңыз",
    ru: "Укажите телефон в формате +7 701 123 45 67",
    en: "Enter a phone number like +7 701 123 45 67",
  },
  "field.applicant.phones.phone_invalid": {
    kk: "Телефон нөмірін +7 701 123 45 67 түрінде жазыңыз",
    ru: "Укажите телефон в формате +7 701 123 45 67",
    en: "Enter a phone number like +7 701 123 45 67",
  },
  "field.applicant.email.invalid": {
    kk: "Электрондық поштаны name@example.kz түрінде жазыңыз",
    ru: "Укажите адрес почты в формате name@example.kz",
    en: "Enter an email address like name@example.kz",
  },
  "field.applicant.email.email_invalid": {
    kk: "Электрондық поштаны name@example.kz түрінде жазыңыз",
    ru: "Укажите адрес почты в формате name@example.kz",
    en: "Enter an email address like name@example.kz",
  },
  "field.file.required": {
    kk: "Жүктейтін файлды таңдаңыз",
    ru: "Выберите файл для загрузки",
    en: "Choose a file to upload",
  },
  "field.confirm.required": {
    kk: "Мәліметтердің дұрыстығын растап, белгі қойыңыз",
    ru: "Отметьте, что подтверждаете верность сведений",
    en: "Tick the box to confirm the information is correct",
  },
  "error.draft_changed": {
    kk: "Бет көрсетілгеннен кейін жауаптар өзгерді. Жауаптарды қайта тексеріп, қайта қол қойыңыз.",
    ru: "Ответы изменились после показа страницы. Проверьте их и подпишите снова.",
    en: "Your answers changed after the page was shown. Check them and sign again.",
  },
  "error.draft_submitted": {
    kk: "Бұл шағым жіберіліп қойған.",
    ru: "Эта жалоба уже отправлена.",
    en: "This complaint has already been sent.",
  },
  "cabinet.file": {
    kk: "Шағым беру",
    ru: "Подать жалобу",
    en: "File a complaint",
  },
  "cabinet.mine": {
    kk: "Менің шағымдарым",
    ru: "Мои жалобы",
    en: "My complaints",
  },
  "cabinet.none": {
    kk: "Сізде әлі шағым жоқ.",
    ru: "У вас пока нет жалоб.",
    en: "You have no complaints yet.",
  },
  "cabinet.drafts": {
    kk: "Аяқталмаған шағымдар: {n}",
    ru: "Незавершённые жалобы: {n}",
    en: "Complaints you have started: {n}",
  },
  "cabinet.draft": {
    kk: "{at} өзгертілген жоба: жалғастыру",
    ru: "Черновик от {at}: продолжить",
    en: "Draft changed {at}: continue",
  },
  "cabinet.more": {
    kk: "{total} шағымның {shown} көрсетілді.",
    ru: "Показаны {shown} из {total} жалоб.",
    en: "Showing {shown} of {total} complaints.",
  },
  "cabinet.col.reference": {
    kk: "Нөмірі",
    ru: "Номер",
    en: "Reference",
  },
  "cabinet.col.received": {
    kk: "Берілген уақыты",
    ru: "Подана",
    en: "Filed",
  },
  "cabinet.col.holder": {
    kk: "Қай органда",
    ru: "Где находится",
    en: "With",
  },
  "cabinet.col.status": {
    kk: "Мәртебесі",
    ru: "Статус",
    en: "Status",
  },
  "cabinet.col.due": {
    kk: "Келесі мерзім",
    ru: "Ближайший срок",
    en: "Next due",
  },
  "complaint.caption": {
    kk: "Шағым",
    ru: "Жалоба",
    en: "Complaint",
  },
  "complaint.title": {
    kk: "№ {reference} шағым",
    ru: "Жалоба № {reference}",
    en: "Complaint {reference}",
  },
  "complaint.summary": {
    kk: "Шағымның мазмұны",
    ru: "Содержание жалобы",
    en: "Summary",
  },
  "complaint.number": {
    kk: "Тіркеу нөмірі",
    ru: "Регистрационный номер",
    en: "Registration number",
  },
  "complaint.notRegistered": {
    kk: "Әлі тіркелмеген",
    ru: "Ещё не зарегистрирована",
    en: "Not registered yet",
  },
  "complaint.receivedAt": {
    kk: "Берілген уақыты",
    ru: "Дата и время подачи",
    en: "Filed",
  },
  "complaint.registeredOn": {
    kk: "Тіркелген күні",
    ru: "Дата регистрации",
    en: "Registered on",
  },
  "complaint.acceptedBy": {
    kk: "Қабылдаған",
    ru: "Принял(а)",
    en: "Accepted by",
  },
  "complaint.answerBy": {
    kk: "Жауап беру мерзімі және орны",
    ru: "Срок и место получения ответа",
    en: "Answer by and where",
  },
  "complaint.holder": {
    kk: "Қазір қай органда",
    ru: "Сейчас находится в",
    en: "Now with",
  },
  "complaint.filedLate": {
    kk: "Үш айлық мерзім өткен соң берілді (ӘРПК 92-бабы)",
    ru: "Подана с пропуском трёхмесячного срока (АППК, ст. 92)",
    en: "Filed after the three-month term (APPC art. 92)",
  },
  "complaint.decision": {
    kk: "Қарау нәтижесі",
    ru: "Результат рассмотрения",
    en: "Result of the review",
  },
  "complaint.timeline": {
    kk: "Шағым бойынша белгілер",
    ru: "Отметки по жалобе",
    en: "Progress",
  },
  "complaint.deadlines": {
    kk: "Мерзімдер",
    ru: "Сроки",
    en: "Deadlines",
  },
  "complaint.deadlines.none": {
    kk: "Мерзімдер шағым тіркелгеннен кейін басталады.",
    ru: "Сроки начинаются после регистрации жалобы.",
    en: "The deadlines start when the complaint is registered.",
  },
  "complaint.deadline.kind": {
    kk: "Мерзім",
    ru: "Срок",
    en: "Deadline",
  },
  "complaint.deadline.due": {
    kk: "Соңғы күні",
    ru: "Последний день",
    en: "Due",
  },
  "complaint.deadline.state": {
    kk: "Жағдайы",
    ru: "Состояние",
    en: "State",
  },
  "complaint.deadline.forward": {
    kk: "Шағымды қарайтын органға жолдау: {days}",
    ru: "Направление в орган, рассматривающий жалобу: {days}",
    en: "Sending to the reviewing body: {days}",
  },
  "complaint.deadline.review": {
    kk: "Шағымды қарау: {days}",
    ru: "Рассмотрение жалобы: {days}",
    en: "Review: {days}",
  },
  "complaint.deadline.extension": {
    kk: "Ұзартылған мерзім: {days}",
    ru: "Продление: {days}",
    en: "Extension: {days}",
  },
  "complaint.deadline.state.running": {
    kk: "Жүріп жатыр",
    ru: "Идёт",
    en: "Running",
  },
  "complaint.deadline.state.met": {
    kk: "Сақталды",
    ru: "Соблюдён",
    en: "Met",
  },
  "complaint.deadline.state.missed": {
    kk: "Бұзылды",
    ru: "Нарушен",
    en: "Missed",
  },
  "complaint.deadline.state.overdue": {
    kk: "Мерзімі өтті",
    ru: "Просрочен",
    en: "Overdue",
  },
  "complaint.attachments": {
    kk: "Қосымшалар",
    ru: "Приложения",
    en: "Attachments",
  },
  "complaint.downloads": {
    kk: "Құжаттарды жүктеп алу",
    ru: "Скачать документы",
    en: "Downloads",
  },
  "complaint.download.talon": {
    kk: "Талон (PDF)",
    ru: "Талон (PDF)",
    en: "Talon (PDF)",
  },
  "complaint.download.decision": {
    kk: "Шешім (PDF)",
    ru: "Решение (PDF)",
    en: "Decision (PDF)",
  },
  "complaint.next.title": {
    kk: "Енді не істей аласыз",
    ru: "Что вы можете сделать дальше",
    en: "What you can do next",
  },
  "complaint.withdraw.title": {
    kk: "Шағымды кері қайтарып алу",
    ru: "Отозвать жалобу",
    en: "Withdraw the complaint",
  },
  "complaint.withdraw.text": {
    kk: "Шешім қабылданғанға дейін шағымды кері қайтарып алуға болады. Мерзімдер тоқтатылады.",
    ru: "Жалобу можно отозвать до принятия решения. Сроки будут остановлены.",
    en: "You can withdraw the complaint until it is decided. Its deadlines stop.",
  },
  "complaint.withdraw.button": {
    kk: "Шағымды кері қайтарып алу",
    ru: "Отозвать жалобу",
    en: "Withdraw the complaint",
  },
  "withdraw.title": {
    kk: "Шағымды кері қайтарып алуды растаңыз",
    ru: "Подтвердите отзыв жалобы",
    en: "Confirm the withdrawal",
  },
  "withdraw.holder": {
    kk: "Қазір қарап жатқан орган",
    ru: "Сейчас рассматривает",
    en: "Being reviewed by",
  },
  "withdraw.warning": {
    kk: "Кері қайтарып алынған шағым қаралмайды және оны қайта ашу мүмкін емес. Қажет болса, жаңа шағым бере аласыз.",
    ru: "Отозванная жалоба не рассматривается, и вернуть её в работу нельзя. При необходимости можно подать новую жалобу.",
    en: "A withdrawn complaint is not reviewed and cannot be reopened. You can file a new complaint if you need to.",
  },
  "withdraw.reason": {
    kk: "Неліктен кері қайтарып аласыз?",
    ru: "Почему вы отзываете жалобу?",
    en: "Why are you withdrawing the complaint?",
  },
  "withdraw.reason.hint": {
    kk: "Мысалы: мәселе шешілді немесе сотқа жүгіндім. Бұл себеп органға көрсетіледі.",
    ru: "Например: вопрос решён или я обратился в суд. Причину увидит орган.",
    en: "For example: the matter was resolved, or I went to court. The body will see the reason.",
  },
  "field.reason.required": {
    kk: "Себебін жазыңыз",
    ru: "Напишите причину",
    en: "Write the reason",
  },
  "withdraw.confirm": {
    kk: "Иә, шағымды кері қайтарып аламын",
    ru: "Да, отозвать жалобу",
    en: "Yes, withdraw the complaint",
  },
  "withdraw.cancel": {
    kk: "Жоқ, шағымға оралу",
    ru: "Нет, вернуться к жалобе",
    en: "No, back to the complaint",
  },
  "complaint.withdrawn.notice": {
    kk: "Шағым кері қайтарып алынды.",
    ru: "Жалоба отозвана.",
    en: "The complaint was withdrawn.",
  },
  "complaint.withdrawn.text": {
    kk: "Сіз бұл шағымды кері қайтарып алдыңыз. Қажет болса, жаңа шағым бере аласыз.",
    ru: "Вы отозвали эту жалобу. При необходимости можно подать новую.",
    en: "You withdrew this complaint. You can file a new one if you need to.",
  },
  "complaint.escalate.title": {
    kk: "Сапаны бақылау жөніндегі уәкілетті органға шағымдану",
    ru: "Обжаловать в уполномоченный орган по контролю за качеством",
    en: "Appeal to the authorized body for quality",
  },
  "complaint.escalate.text": {
    kk: "Нәтижемен келіспесеңіз, мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға шағым бере аласыз. Ол он бес жұмыс күні ішінде қаралады; жаңа шағым осы шағыммен байланыстырылады.",
    ru: "Если вы не согласны с результатом, можно подать жалобу в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг. Она рассматривается в течение пятнадцати рабочих дней; новая жалоба будет связана с этой.",
    en: "If you disagree with the result, you can complain to the authorized body for quality assessment and control of public services. It reviews within fifteen working days; the new complaint is linked to this one.",
  },
  "complaint.escalate.link": {
    kk: "Уәкілетті органға шағым беру",
    ru: "Подать жалобу в уполномоченный орган",
    en: "Complain to the authorized body",
  },
  "complaint.court.title": {
    kk: "Сотқа жүгіну",
    ru: "Обратиться в суд",
    en: "Go to court",
  },
  "complaint.court.text": {
    kk: "Сотқа дейінгі шағымдану тәртібінен кейін, егер заңда өзгеше көзделмесе, сотқа жүгінуге болады (ӘРПК 91-бабының 5-тармағы).",
    ru: "После обжалования в досудебном порядке, если иное не предусмотрено законом, можно обратиться в суд (пункт 5 статьи 91 АППК).",
    en: "After the pre-trial appeal, unless a law provides otherwise, you may go to court (APPC art. 91 p. 5).",
  },
  "complaint.court.bring": {
    kk: "Өзіңізбен алып жүріңіз:",
    ru: "Возьмите с собой:",
    en: "Bring:",
  },
  "complaint.court.bring.decision": {
    kk: "шағым бойынша шешім",
    ru: "решение по жалобе",
    en: "the decision on the complaint",
  },
  "complaint.court.bring.complaint": {
    kk: "шағымның өзі",
    ru: "саму жалобу",
    en: "the complaint itself",
  },
  "complaint.court.bring.talon": {
    kk: "тіркеу талоны",
    ru: "талон о регистрации",
    en: "the registration talon",
  },
  "complaint.court.bring.attachments": {
    kk: "шағымға қоса берілген құжаттар",
    ru: "приложенные к жалобе документы",
    en: "the documents attached to the complaint",
  },
  "help.link": {
    kk: "Шағымдану тәртібі туралы анықтама",
    ru: "Справка о порядке обжалования",
    en: "How to appeal: help",
  },
  "help.title": {
    kk: "Шағымдану тәртібі",
    ru: "Порядок обжалования",
    en: "How to appeal",
  },
  "help.lead": {
    kk: "Көрсетілетін қызметті берушінің, Мемлекеттік корпорацияның және олардың қызметкерлерінің шешімдеріне, әрекетіне (әрекетсіздігіне) мемлекеттік қызмет көрсету мәселелері бойынша қалай шағымдануға болады.",
    ru: "Как обжаловать решения, действия (бездействие) услугодателя, Государственной корпорации и их работников по вопросам оказания государственных услуг.",
    en: "How to appeal decisions, actions or inaction of a service provider, the State Corporation and their employees in matters of public services.",
  },
  "help.whom.title": {
    kk: "Кімге шағымдануға болады",
    ru: "Кому подавать жалобу",
    en: "Who to complain to",
  },
  "help.whom.text": {
    kk: "Шағым шешімі, әрекеті (әрекетсіздігі) шағым жасалатын көрсетілетін қызметті берушіге немесе лауазымды адамға беріледі. Адресат:",
    ru: "Жалоба подаётся услугодателю или должностному лицу, чьё решение, действие (бездействие) обжалуется. Адресат:",
    en: "A complaint is filed with the provider or official whose decision, action or inaction is appealed. It is addressed to:",
  },
  "help.whom.provider": {
    kk: "көрсетілетін қызметті берушінің басшысы;",
    ru: "руководитель услугодателя;",
    en: "the head of the service provider;",
  },
  "help.whom.akim": {
    kk: "тиісті әкімшілік-аумақтық бірліктің әкімі;",
    ru: "аким соответствующей административно-территориальной единицы;",
    en: "the akim of the administrative-territorial unit;",
  },
  "help.whom.gov4c": {
    kk: "Мемлекеттік корпорация қызметкерлерінің әрекетіне — Мемлекеттік корпорацияның басшысы немесе ақпараттандыру саласындағы уәкілетті орган;",
    ru: "на действия работников Государственной корпорации — руководитель Государственной корпорации либо уполномоченный орган в сфере информатизации;",
    en: "for State Corporation employees: the head of the State Corporation or the authorized body for informatization;",
  },
  "help.whom.quality": {
    kk: "нәтижемен келіспеген кезде — мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті орган.",
    ru: "при несогласии с результатом — уполномоченный орган по оценке и контролю за качеством оказания государственных услуг.",
    en: "if you disagree with the result: the authorized body for quality assessment and control of public services.",
  },
  "help.whom.forward": {
    kk: "Шағымды жоғары тұрған әкімшілік орган, лауазымды адам немесе сапаны бақылау жөніндегі уәкілетті орган қарайды. Шағым алған орган оны және әкімшілік істі үш жұмыс күні ішінде шағымды қарайтын органға жолдайды, егер осы мерзімде талаптарды толық қанағаттандыратын қолайлы акт қабылдамаса.",
    ru: "Жалобу рассматривает вышестоящий административный орган, должностное лицо или уполномоченный орган по контролю за качеством. Получивший жалобу орган в течение трёх рабочих дней направляет её и административное дело в орган, рассматривающий жалобу, если за это время не примет благоприятный акт, полностью удовлетворяющий требования.",
    en: "The complaint is reviewed by the higher administrative body, an official or the authorized body for quality. The body that receives it sends it with the administrative case to the reviewing body within three working days, unless in that time it adopts a favourable act fully meeting the demands.",
  },
  "help.how.title": {
    kk: "Қалай шағым беруге болады",
    ru: "Как подать жалобу",
    en: "How to file",
  },
  "help.how.portal": {
    kk: "Портал арқылы: шағымға қол қойылады, ал жеткізу, тіркеу, орындау және қарау нәтижесі туралы белгілер жеке кабинетте көрсетіледі.",
    ru: "Через портал: жалоба подписывается, а отметки о доставке, регистрации, исполнении и результате рассмотрения видны в личном кабинете.",
    en: "Through the portal: you sign the complaint, and the marks of delivery, registration, execution and the result appear in your cabinet.",
  },
  "help.how.office": {
    kk: "Қағаз түрінде органның кеңсесінде: шағым тіркеледі (мөртаңба, кіріс нөмірі және күні), сізге жауап алу мерзімі мен орны көрсетілген талон беріледі.",
    ru: "На бумаге в канцелярии органа: жалоба регистрируется (штамп, входящий номер и дата), вам выдаётся талон со сроком и местом получения ответа.",
    en: "On paper at the body's office: the complaint is registered (stamp, incoming number and date) and you get a talon with the term and place of the answer.",
  },
  "help.how.content": {
    kk: "Шағымда: тегіңіз, атыңыз, әкеңіздің аты, ЖСН, пошталық мекенжайыңыз, телефондарыңыз; шағым жасалатын лауазымды адамның лауазымы, тегі және аты; себептер мен талаптар; күні және қолыңыз болуы керек.",
    ru: "В жалобе указываются: фамилия, имя, отчество, ИИН, почтовый адрес, телефоны; должность, фамилия и имя обжалуемого должностного лица; причины и требования; дата и подпись.",
    en: "A complaint gives your surname, name, patronymic, IIN, postal address and phones; the position, surname and name of the official; the reasons and demands; the date and your signature.",
  },
  "help.how.late": {
    kk: "Шағым шешім туралы білген күннен бастап үш ай ішінде беріледі; мерзімі өткен шағым да қабылданады және белгіленеді (ӘРПК 92-бабы).",
    ru: "Жалоба подаётся в течение трёх месяцев со дня, когда вы узнали о решении; поданная позже тоже принимается и отмечается (статья 92 АППК).",
    en: "File within three months of learning of the decision; a later complaint is still accepted and flagged (APPC art. 92).",
  },
  "help.how.start": {
    kk: "Портал арқылы шағым беру",
    ru: "Подать жалобу через портал",
    en: "File a complaint online",
  },
  "help.terms.title": {
    kk: "Мерзімдер",
    ru: "Сроки",
    en: "Terms",
  },
  "help.terms.step": {
    kk: "Кезең",
    ru: "Этап",
    en: "Step",
  },
  "help.terms.term": {
    kk: "Мерзім",
    ru: "Срок",
    en: "Term",
  },
  "help.terms.forward": {
    kk: "Шағымды және әкімшілік істі шағымды қарайтын органға жолдау (ӘРПК 91-бабының 4-тармағы)",
    ru: "Направление жалобы и административного дела в орган, рассматривающий жалобу (п. 4 ст. 91 АППК)",
    en: "Sending the complaint and the case to the reviewing body (APPC art. 91 p. 4)",
  },
  "help.terms.forward.days": {
    kk: "түскен күннен бастап 3 жұмыс күні",
    ru: "3 рабочих дня со дня поступления",
    en: "3 working days from receipt",
  },
  "help.terms.review": {
    kk: "Көрсетілетін қызметті берушіге немесе Мемлекеттік корпорацияға келген шағымды қарау (Заңның 25-бабының 2-тармағы)",
    ru: "Рассмотрение жалобы, поступившей услугодателю или в Государственную корпорацию (п. 2 ст. 25 Закона)",
    en: "Review of a complaint to the provider or the State Corporation (Law art. 25 p. 2)",
  },
  "help.terms.review.days": {
    kk: "тіркелген күннен бастап 5 жұмыс күні",
    ru: "5 рабочих дней со дня регистрации",
    en: "5 working days from registration",
  },
  "help.terms.quality": {
    kk: "Сапаны бақылау жөніндегі уәкілетті органға келген шағымды қарау (Заңның 25-бабының 3-тармағы)",
    ru: "Рассмотрение жалобы в уполномоченном органе по контролю за качеством (п. 3 ст. 25 Закона)",
    en: "Review by the authorized body for quality (Law art. 25 p. 3)",
  },
  "help.terms.quality.days": {
    kk: "тіркелген күннен бастап 15 жұмыс күні",
    ru: "15 рабочих дней со дня регистрации",
    en: "15 working days from registration",
  },
  "help.terms.count": {
    kk: "Жұмыс күндері Қазақстанның ресми күнтізбесі бойынша саналады: демалыс және мереке күндері, ауыстырылған демалыс күндері есепке алынбайды. Тіркеу күні есептелмейді.",
    ru: "Рабочие дни считаются по официальному календарю Казахстана: выходные, праздники и перенесённые дни отдыха не учитываются. День регистрации не считается.",
    en: "Working days follow the official calendar of Kazakhstan: weekends, holidays and moved days off do not count. The registration day is not counted.",
  },
  "help.terms.calculator": {
    kk: "Мерзімді есептеу",
    ru: "Рассчитать срок",
    en: "Work out a deadline",
  },
  "help.contact.title": {
    kk: "Бірыңғай байланыс орталығы",
    ru: "Единый контакт-центр",
    en: "Unified contact centre",
  },
  "help.contact.text": {
    kk: "Шағымдану тәртібі және шағымның мәртебесі туралы ақпаратты мемлекеттік қызмет көрсету мәселелері жөніндегі Бірыңғай байланыс орталығынан алуға болады.",
    ru: "Информацию о порядке обжалования и о статусе жалобы можно получить в Едином контакт-центре по вопросам оказания государственных услуг.",
    en: "The unified contact centre for public services tells you how to appeal and the status of your complaint.",
  },
  "help.contact.free": {
    kk: "8-800-080-7777 нөміріне қоңырау шалу тегін.",
    ru: "Звонок на номер 8-800-080-7777 бесплатный.",
    en: "Calls to 8-800-080-7777 are free.",
  },
  "help.regional.title": {
    kk: "Өңірлердегі байланыс телефондары",
    ru: "Контакты в регионах",
    en: "Regional contacts",
  },
  "help.regional.akmolaEdu": {
    kk: "Ақмола облысының білім басқармасы",
    ru: "Управление образования Акмолинской области",
    en: "Education Department of Akmola Region",
  },
  "help.regional.akmolaEdu.contact": {
    kk: "Көкшетау қаласы, Сәтпаев көшесі 1а, 303 кабинет; 8-(716-2) 903116",
    ru: "г. Кокшетау, ул. Сатпаева, 1а, каб. 303; 8-(716-2) 903116",
    en: "Kokshetau, Satpayev St. 1a, office 303; 8-(716-2) 903116",
  },
  "help.regional.karagandaAgency": {
    kk: "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің Қарағанды облысы бойынша департаменті",
    ru: "Департамент Агентства Республики Казахстан по делам государственной службы по Карагандинской области",
    en: "Karaganda Region Department of the Agency for Civil Service Affairs",
  },
  "help.regional.karagandaAgency.contact": {
    kk: "87212504066",
    ru: "87212504066",
    en: "87212504066",
  },
  "help.regional.osakarovka": {
    kk: "Осакаров ауданы әкімінің аппараты",
    ru: "Аппарат акима Осакаровского района",
    en: "Office of the Akim of Osakarovka District",
  },
  "help.regional.osakarovka.contact": {
    kk: "87214950962",
    ru: "87214950962",
    en: "87214950962",
  },
  "help.where.title": {
    kk: "Мемлекеттік қызметтер қай жерде көрсетіледі",
    ru: "Где оказываются государственные услуги",
    en: "Where services are provided",
  },
  "help.where.text": {
    kk: "Мемлекеттік қызмет көрсету орындарының мекенжайлары мына ресурстарда орналастырылған:",
    ru: "Адреса мест оказания государственных услуг размещены на ресурсах:",
    en: "The addresses of service places are published on:",
  },
  "help.where.edu": {
    kk: "Министрліктің интернет-ресурсы: edu.gov.kz",
    ru: "Интернет-ресурс министерства: edu.gov.kz",
    en: "The ministry's site: edu.gov.kz",
  },
  "help.where.gov4c": {
    kk: "Мемлекеттік корпорацияның интернет-ресурсы: gov4c.kz",
    ru: "Интернет-ресурс Государственной корпорации: gov4c.kz",
    en: "The State Corporation's site: gov4c.kz",
  },
  "help.where.egov": {
    kk: "«Электрондық үкімет» порталы: egov.kz",
    ru: "Портал «электронного правительства»: egov.kz",
    en: "The e-government portal: egov.kz",
  },
  "help.home.title": {
    kk: "Құжаттарды үйде қабылдау",
    ru: "Приём документов на дому",
    en: "Documents accepted at home",
  },
  "help.home.text": {
    kk: "Организм функциялары тұрақты бұзылған, тыныс-тіршілігі шектелген көрсетілетін қызметті алушылардан құжаттарды Мемлекеттік корпорация қызметкері тұрғылықты жеріне барып қабылдайды. Ол үшін Бірыңғай байланыс орталығына 1414 немесе 8-800-080-7777 нөмірі арқылы өтініш беріңіз.",
    ru: "У услугополучателей со стойким расстройством функций организма, ограничивающим жизнедеятельность, документы принимает работник Государственной корпорации с выездом по месту жительства. Для этого обратитесь в Единый контакт-центр по номеру 1414 или 8-800-080-7777.",
    en: "For people whose body functions are persistently impaired, a State Corporation employee accepts the documents at their place of residence. Ask for this through the contact centre: 1414 or 8-800-080-7777.",
  },
  "help.court.title": {
    kk: "Сотқа жүгіну құқығы",
    ru: "Право на обращение в суд",
    en: "The right to go to court",
  },
  "help.court.text": {
    kk: "Көрсетілген мемлекеттік қызметтің нәтижесімен келіспеген жағдайда сотқа жүгінуге құқығыңыз бар. Егер заңда өзгеше көзделмесе, сотқа сотқа дейінгі тәртіппен шағымданғаннан кейін жүгінуге болады (ӘРПК 91-бабының 5-тармағы).",
    ru: "Если вы не согласны с результатом оказанной государственной услуги, вы вправе обратиться в суд. Если иное не предусмотрено законом, обращение в суд допускается после обжалования в досудебном порядке (пункт 5 статьи 91 АППК).",
    en: "If you disagree with the result of a public service, you have the right to go to court. Unless a law provides otherwise, you may go to court after the pre-trial appeal (APPC art. 91 p. 5).",
  },
  "help.court.bring": {
    kk: "Сотқа шағымды, талонды, шағым бойынша шешімді және қоса берілген құжаттарды алып барыңыз; олардың барлығы жеке кабинетте бар.",
    ru: "Возьмите в суд жалобу, талон, решение по жалобе и приложенные документы — всё это есть в личном кабинете.",
    en: "Bring the complaint, the talon, the decision and the attached documents; you will find them all in your cabinet.",
  },
  "footer.help": {
    kk: "Шағымдану тәртібі",
    ru: "Порядок обжалования",
    en: "How to appeal",
  },
});
