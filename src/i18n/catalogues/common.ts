import { texts } from "../texts.ts";

/** Site-wide texts: layout, home page, sign-in, errors. Kazakh and Russian are equals; English follows. */
export const common = texts({
  "site.name": {
    kk: "Шағым",
    ru: "Шағым",
    en: "Shagym",
  },
  "site.tagline": {
    kk: "Мемлекеттік қызметтерге шағымдар",
    ru: "Жалобы на государственные услуги",
    en: "Complaints about public services",
  },
  "site.skip": {
    kk: "Негізгі мазмұнға өту",
    ru: "Перейти к основному содержанию",
    en: "Skip to main content",
  },
  "site.beta": {
    kk: "Демо",
    ru: "Демо",
    en: "Demo",
  },
  "site.betaText": {
    kk: "Бұл демонстрациялық нұсқа: деректер ойдан шығарылған.",
    ru: "Это демонстрационная версия: данные вымышлены.",
    en: "This is a demonstration: the data is fictitious.",
  },
  "lang.switch": {
    kk: "Тіл",
    ru: "Язык",
    en: "Language",
  },
  "lang.kk": {
    kk: "Қазақша",
    ru: "Қазақша",
    en: "Қазақша",
  },
  "lang.ru": {
    kk: "Русский",
    ru: "Русский",
    en: "Русский",
  },
  "lang.en": {
    kk: "English",
    ru: "English",
    en: "English",
  },
  "nav.home": {
    kk: "Басты бет",
    ru: "Главная",
    en: "Home",
  },
  "nav.signIn": {
    kk: "Кіру",
    ru: "Войти",
    en: "Sign in",
  },
  "nav.signOut": {
    kk: "Шығу",
    ru: "Выйти",
    en: "Sign out",
  },
  "nav.cabinet": {
    kk: "Жеке кабинет",
    ru: "Личный кабинет",
    en: "Personal cabinet",
  },
  "nav.signedInAs": {
    kk: "Сіз кірдіңіз: {name}",
    ru: "Вы вошли: {name}",
    en: "Signed in as {name}",
  },
  "footer.contactCentre": {
    kk: "Бірыңғай байланыс орталығы: 1414, 8-800-080-7777 (қоңырау шалу тегін)",
    ru: "Единый контакт-центр: 1414, 8-800-080-7777 (звонок бесплатный)",
    en: "Unified Contact Centre: 1414, 8-800-080-7777 (free call)",
  },
  "footer.about": {
    kk: "Көрсетілетін қызметті берушілердің және «Азаматтарға арналған үкімет» мемлекеттік корпорациясының шешімдеріне, әрекетіне (әрекетсіздігіне) шағымдану.",
    ru: "Обжалование решений, действий (бездействия) услугодателей и Государственной корпорации «Правительство для граждан».",
    en: "Appeals against the decisions, actions and inaction of public-service providers and the State Corporation “Government for Citizens”.",
  },
  "home.title": {
    kk: "Мемлекеттік қызметке шағымдану",
    ru: "Обжалование государственной услуги",
    en: "Appeal a public service",
  },
  "home.lead": {
    kk: "Көрсетілетін қызметті берушінің немесе Мемлекеттік корпорацияның шешіміне, әрекетіне (әрекетсіздігіне) шағым беріп, оның қаралуын бақылаңыз.",
    ru: "Подайте жалобу на решение, действие (бездействие) услугодателя или Государственной корпорации и следите за её рассмотрением.",
    en: "Complain about a decision, action or inaction of a service provider or the State Corporation, and follow its review.",
  },
  "home.file.title": {
    kk: "Шағым беру",
    ru: "Подать жалобу",
    en: "File a complaint",
  },
  "home.file.text": {
    kk: "Шағымды портал арқылы жіберіңіз: бірден анықтамалық нөмір аласыз, ал орган тіркегенде — тіркеу нөмірі мен талон.",
    ru: "Отправьте жалобу через портал: номер обращения вы получите сразу, а регистрационный номер и талон — когда орган её зарегистрирует.",
    en: "Send your complaint through the portal: you get a reference at once, and a registration number and a talon when the body registers it.",
  },
  "home.status.title": {
    kk: "Мәртебені тексеру",
    ru: "Проверить статус",
    en: "Check a status",
  },
  "home.status.text": {
    kk: "Шағымның қай кезеңде екенін оның нөмірі бойынша, жүйеге кірмей біліңіз.",
    ru: "Узнайте по номеру жалобы, на каком она этапе, без входа в систему.",
    en: "Find out from its number where a complaint stands, without signing in.",
  },
  "home.follow.title": {
    kk: "Шағымды бақылау",
    ru: "Следить за жалобой",
    en: "Follow a complaint",
  },
  "home.follow.text": {
    kk: "Жеке кабинетте шағымның жеткізілуін, тіркелуін, орындалуын және нәтижесін көріңіз.",
    ru: "В личном кабинете видны отметки о доставке, регистрации, исполнении и результате рассмотрения.",
    en: "Your personal cabinet shows when it was delivered, registered, taken into execution and decided.",
  },
  "home.deadline.title": {
    kk: "Мерзімді тексеру",
    ru: "Проверить срок",
    en: "Check a deadline",
  },
  "home.deadline.text": {
    kk: "Қазақстанның ресми күнтізбесі бойынша жұмыс күндерінің мерзімін есептеңіз.",
    ru: "Рассчитайте срок в рабочих днях по официальному календарю Казахстана.",
    en: "Count working days on the official calendar of Kazakhstan.",
  },
  "home.terms.title": {
    kk: "Қарау мерзімдері",
    ru: "Сроки рассмотрения",
    en: "Review terms",
  },
  "home.terms.text": {
    kk: "Шағым тіркелген күнінен бастап бес жұмыс күні ішінде, мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға — он бес жұмыс күні ішінде қаралады.",
    ru: "Жалоба рассматривается в течение пяти рабочих дней со дня регистрации, в уполномоченном органе по оценке и контролю за качеством оказания государственных услуг — в течение пятнадцати рабочих дней.",
    en: "A complaint is reviewed within five working days of its registration; at the authorized body for quality of public services, within fifteen working days.",
  },
  "home.help.title": {
    kk: "Анықтама",
    ru: "Справка",
    en: "Help",
  },
  "home.help.text": {
    kk: "Шағымдану тәртібі және шағымның мәртебесі туралы ақпаратты «электрондық үкімет» бірыңғай байланыс орталығынан алуға болады: 1414, 8-800-080-7777 (қоңырау шалу тегін).",
    ru: "Информацию о порядке обжалования и о статусе жалобы можно получить в Едином контакт-центре «электронного правительства»: 1414, 8-800-080-7777 (звонок бесплатный).",
    en: "The e-government Unified Contact Centre tells you how to appeal and the status of your complaint: 1414, 8-800-080-7777 (free call).",
  },
  "signIn.title": {
    kk: "Кіру",
    ru: "Вход",
    en: "Sign in",
  },
  "signIn.lead": {
    kk: "Азаматтар ЖСН және құпиясөз арқылы, қызметкерлер пайдаланушы аты арқылы кіреді.",
    ru: "Граждане входят по ИИН и паролю, сотрудники — по имени пользователя.",
    en: "Citizens sign in with their IIN and password, staff with their user name.",
  },
  "signIn.login": {
    kk: "ЖСН немесе пайдаланушы аты",
    ru: "ИИН или имя пользователя",
    en: "IIN or user name",
  },
  "signIn.password": {
    kk: "Құпиясөз",
    ru: "Пароль",
    en: "Password",
  },
  "signIn.submit": {
    kk: "Кіру",
    ru: "Войти",
    en: "Sign in",
  },
  "error.sign_in_failed": {
    kk: "ЖСН, пайдаланушы аты немесе құпиясөз қате.",
    ru: "Неверный ИИН, имя пользователя или пароль.",
    en: "Wrong IIN, user name or password.",
  },
  "error.sign_in_blocked": {
    kk: "Кіру әрекеттері тым көп. {minutes} минуттан кейін қайталап көріңіз.",
    ru: "Слишком много попыток входа. Повторите через {minutes} мин.",
    en: "Too many sign-in attempts. Try again in {minutes} minutes.",
  },
  "signIn.required": {
    kk: "Жалғастыру үшін жүйеге кіріңіз.",
    ru: "Войдите, чтобы продолжить.",
    en: "Sign in to continue.",
  },
  "signIn.expired": {
    kk: "Сессияның мерзімі аяқталды. Қайта кіріңіз.",
    ru: "Сессия истекла. Войдите снова.",
    en: "Your session has expired. Sign in again.",
  },
  "signIn.demo.title": {
    kk: "Демо тіркелгілер",
    ru: "Демо-учётные записи",
    en: "Demo accounts",
  },
  "signIn.demo.text": {
    kk: "Барлық демо тіркелгілердің құпиясөзі: {password}",
    ru: "Пароль всех демо-учётных записей: {password}",
    en: "Every demo account has the password: {password}",
  },
  "signIn.demo.login": {
    kk: "Логин",
    ru: "Логин",
    en: "Login",
  },
  "signIn.demo.who": {
    kk: "Кім",
    ru: "Кто",
    en: "Who",
  },
  "signOut.submit": {
    kk: "Шығу",
    ru: "Выйти",
    en: "Sign out",
  },
  "signOut.done": {
    kk: "Сіз жүйеден шықтыңыз.",
    ru: "Вы вышли из системы.",
    en: "You have signed out.",
  },
  "signIn.oidc": {
    kk: "eGov ID арқылы кіру",
    ru: "Войти через eGov ID",
    en: "Sign in with eGov ID",
  },
  "signIn.oidc.lead": {
    kk: "Азаматтар «электрондық үкімет» тіркелгісі арқылы кіреді: бірінші рет кіргенде жеке кабинет ЖСН бойынша ашылады.",
    ru: "Граждане входят через учётную запись «электронного правительства»: при первом входе личный кабинет открывается по ИИН.",
    en: "Citizens sign in with their e-government account: the first sign-in opens a cabinet under their IIN.",
  },
  "signIn.withPassword": {
    kk: "Құпиясөзбен кіру",
    ru: "Вход по паролю",
    en: "Sign in with a password",
  },
  "signIn.staff.title": {
    kk: "Қызметкерлердің кіруі",
    ru: "Вход для сотрудников",
    en: "Staff sign-in",
  },
  "signIn.staff.lead": {
    kk: "Қызметкерлер пайдаланушы аты мен құпиясөз арқылы кіреді.",
    ru: "Сотрудники входят по имени пользователя и паролю.",
    en: "Staff sign in with their user name and password.",
  },
  "signIn.staff.login": {
    kk: "Пайдаланушы аты",
    ru: "Имя пользователя",
    en: "User name",
  },
  "error.citizen_password_off": {
    kk: "Азаматтар құпиясөзбен кірмейді: eGov ID арқылы кіріңіз.",
    ru: "Граждане не входят по паролю: войдите через eGov ID.",
    en: "Citizens do not sign in with a password here: sign in with eGov ID.",
  },
  "error.oidc_state": {
    kk: "Кіру сұрауы танылмады немесе мерзімі өтті. Кіру бетінен қайта бастаңыз.",
    ru: "Запрос на вход не распознан или устарел. Начните вход заново со страницы входа.",
    en: "The sign-in request was not recognised or has expired. Start again from the sign-in page.",
  },
  "error.oidc_denied": {
    kk: "eGov ID арқылы кіру аяқталмады (бас тартылды немесе қате). Қайта көріңіз.",
    ru: "Вход через eGov ID не завершён (отменён или ошибка). Попробуйте ещё раз.",
    en: "Signing in with eGov ID did not complete (cancelled or refused). Try again.",
  },
  "error.oidc_failed": {
    kk: "eGov ID жауабы тексеруден өтпеді. Кіру бетінен қайта бастаңыз.",
    ru: "Ответ eGov ID не прошёл проверку. Начните вход заново со страницы входа.",
    en: "The answer from eGov ID did not pass its checks. Start again from the sign-in page.",
  },
  "error.oidc_iin": {
    kk: "eGov ID жарамды ЖСН бермеді, сондықтан кабинетті ашу мүмкін емес.",
    ru: "eGov ID не передал действительный ИИН, поэтому кабинет открыть нельзя.",
    en: "eGov ID gave no valid IIN, so no cabinet can be opened.",
  },
  "error.oidc_name": {
    kk: "eGov ID аты-жөніңізді бермеді, сондықтан кабинет ашылмады.",
    ru: "eGov ID не передал ваше имя, поэтому кабинет не открыт.",
    en: "eGov ID gave no name, so no cabinet was opened.",
  },
  "error.oidc_not_citizen": {
    kk: "Бұл ЖСН қызметкердің тіркелгісіне тиесілі: қызметкерлер пайдаланушы аты арқылы кіреді.",
    ru: "Этот ИИН принадлежит учётной записи сотрудника: сотрудники входят по имени пользователя.",
    en: "This IIN belongs to a staff account: staff sign in with their user name.",
  },
  "error.oidc_unavailable": {
    kk: "eGov ID қазір жауап бермейді. Кейінірек қайталап көріңіз.",
    ru: "eGov ID сейчас не отвечает. Повторите попытку позже.",
    en: "eGov ID is not answering now. Try again later.",
  },
  "cabinet.title": {
    kk: "Жеке кабинет",
    ru: "Личный кабинет",
    en: "Personal cabinet",
  },
  "cabinet.welcome": {
    kk: "Қош келдіңіз, {name}",
    ru: "Добро пожаловать, {name}",
    en: "Welcome, {name}",
  },
  "cabinet.role": {
    kk: "Рөлі: {role}",
    ru: "Роль: {role}",
    en: "Role: {role}",
  },
  "cabinet.organization": {
    kk: "Ұйым: {organization}",
    ru: "Организация: {organization}",
    en: "Organization: {organization}",
  },
  "role.citizen": {
    kk: "көрсетілетін қызметті алушы",
    ru: "услугополучатель",
    en: "service recipient",
  },
  "role.registrar": {
    kk: "кеңсе қызметкері",
    ru: "сотрудник канцелярии",
    en: "registry officer",
  },
  "role.executor": {
    kk: "орындаушы",
    ru: "исполнитель",
    en: "executor",
  },
  "role.head": {
    kk: "басшы",
    ru: "руководитель",
    en: "head",
  },
  "role.operator": {
    kk: "байланыс орталығының операторы",
    ru: "оператор контакт-центра",
    en: "contact-centre operator",
  },
  "role.admin": {
    kk: "әкімші",
    ru: "администратор",
    en: "administrator",
  },
  "error.title": {
    kk: "Қате",
    ru: "Ошибка",
    en: "Error",
  },
  "error.summary": {
    kk: "Қате бар",
    ru: "Есть ошибки",
    en: "There is a problem",
  },
  "error.back": {
    kk: "Басты бетке оралу",
    ru: "Вернуться на главную",
    en: "Back to the home page",
  },
  "error.not_found": {
    kk: "Бет табылмады",
    ru: "Страница не найдена",
    en: "Page not found",
  },
  "error.not_found.detail": {
    kk: "Мұндай бет жоқ немесе оны көруге құқығыңыз жоқ.",
    ru: "Такой страницы нет, или у вас нет права её видеть.",
    en: "There is no such page, or you may not see it.",
  },
  "error.unauthenticated": {
    kk: "Жүйеге кіру қажет",
    ru: "Требуется вход в систему",
    en: "Sign-in required",
  },
  "error.forbidden": {
    kk: "Рұқсат жоқ",
    ru: "Доступ запрещён",
    en: "Not allowed",
  },
  "error.csrf": {
    kk: "Форма ескірген немесе басқа сайттан жіберілген. Бетті жаңартып, қайталап көріңіз.",
    ru: "Форма устарела или отправлена с другого сайта. Обновите страницу и повторите.",
    en: "The form has expired or came from another site. Reload the page and try again.",
  },
  "error.malformed": {
    kk: "Сұрау дұрыс емес",
    ru: "Некорректный запрос",
    en: "Malformed request",
  },
  "error.malformed_json": {
    kk: "JSON дұрыс емес",
    ru: "Некорректный JSON",
    en: "Malformed JSON",
  },
  "error.validation": {
    kk: "Өрістер дұрыс толтырылмаған",
    ru: "Поля заполнены неверно",
    en: "Some fields are not valid",
  },
  "error.rate_limited": {
    kk: "Сұраулар тым көп. Кейінірек қайталап көріңіз.",
    ru: "Слишком много запросов. Повторите позже.",
    en: "Too many requests. Try again later.",
  },
  "error.payload_too_large": {
    kk: "Сұрау тым үлкен",
    ru: "Запрос слишком большой",
    en: "The request is too large",
  },
  "error.unsupported_media_type": {
    kk: "Файл түріне қолдау көрсетілмейді",
    ru: "Тип файла не поддерживается",
    en: "This file type is not accepted",
  },
  "error.conflict": {
    kk: "Әрекетті қазіргі күйде орындау мүмкін емес",
    ru: "Действие невозможно в текущем состоянии",
    en: "Not allowed in the current state",
  },
  "error.internal": {
    kk: "Ішкі қате. Кейінірек қайталап көріңіз.",
    ru: "Внутренняя ошибка. Повторите позже.",
    en: "Internal error. Try again later.",
  },
  "field.required": {
    kk: "Бұл өрісті толтырыңыз",
    ru: "Заполните это поле",
    en: "Fill in this field",
  },
  "field.invalid": {
    kk: "Мән дұрыс емес",
    ru: "Неверное значение",
    en: "Not a valid value",
  },
  "field.choose_one": {
    kk: "Ұсынылған нұсқалардың бірін таңдаңыз",
    ru: "Выберите один из предложенных вариантов",
    en: "Choose one of the options",
  },
  "field.number": {
    kk: "Бүтін сан енгізіңіз",
    ru: "Введите целое число",
    en: "Enter a whole number",
  },
  "field.number_min": {
    kk: "Кемінде {min} санын енгізіңіз",
    ru: "Введите число не меньше {min}",
    en: "Enter a number of at least {min}",
  },
  "field.number_max": {
    kk: "Ең көбі {max} санын енгізіңіз",
    ru: "Введите число не больше {max}",
    en: "Enter a number of at most {max}",
  },
  "field.email": {
    kk: "Электрондық пошта мекенжайын name@example.kz түрінде енгізіңіз",
    ru: "Введите адрес электронной почты в виде name@example.kz",
    en: "Enter an e-mail address like name@example.kz",
  },
  "field.too_long": {
    kk: "Тым ұзын: ең көбі {max} таңба",
    ru: "Слишком длинно: не более {max} символов",
    en: "Too long: at most {max} characters",
  },
  "field.iin_invalid": {
    kk: "ЖСН дұрыс емес: 12 цифр және дұрыс бақылау саны болуы керек",
    ru: "Неверный ИИН: нужно 12 цифр с правильной контрольной цифрой",
    en: "Not a valid IIN: 12 digits with a correct check digit",
  },
});
