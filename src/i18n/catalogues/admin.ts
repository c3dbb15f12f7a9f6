import { texts } from "../texts.ts";

/** The administrator's read-only lists: staff accounts and the reference data. */
export const admin = texts({
  "tool.users": {
    kk: "Қызметкерлер",
    ru: "Сотрудники",
    en: "Staff",
  },
  "tool.users.hint": {
    kk: "Қызметкерлердің есептік жазбалары: рөлі, ұйымы және лауазымы.",
    ru: "Учётные записи сотрудников: роль, организация и должность.",
    en: "Staff accounts: role, organization and position.",
  },
  "tool.reference": {
    kk: "Анықтамалық деректер",
    ru: "Справочные данные",
    en: "Reference data",
  },
  "tool.reference.hint": {
    kk: "Ұйымдар мен мемлекеттік қызметтер, олардың дереккөздерімен.",
    ru: "Организации и государственные услуги с их источниками.",
    en: "Organizations and public services, with their sources.",
  },
  "adminUsers.title": {
    kk: "Қызметкерлердің есептік жазбалары",
    ru: "Учётные записи сотрудников",
    en: "Staff accounts",
  },
  "adminUsers.lead": {
    kk: "Азаматтардың есептік жазбалары тізімделмейді: олардың саны — {citizens}.",
    ru: "Учётные записи граждан не перечисляются: их {citizens}.",
    en: "Citizens' accounts are not listed: there are {citizens}.",
  },
  "adminUsers.login": {
    kk: "Логин",
    ru: "Логин",
    en: "Login",
  },
  "adminUsers.name": {
    kk: "Аты-жөні",
    ru: "ФИО",
    en: "Name",
  },
  "adminUsers.role": {
    kk: "Рөлі",
    ru: "Роль",
    en: "Role",
  },
  "adminUsers.organization": {
    kk: "Ұйым",
    ru: "Организация",
    en: "Organization",
  },
  "adminUsers.position": {
    kk: "Лауазымы",
    ru: "Должность",
    en: "Position",
  },
  "adminUsers.demo": {
    kk: "демо",
    ru: "демо",
    en: "demo",
  },
  "adminReference.title": {
    kk: "Анықтамалық деректер",
    ru: "Справочные данные",
    en: "Reference data",
  },
  "adminReference.lead": {
    kk: "Жүйе шағымдарды осы деректер бойынша бағыттайды. Олар data/ қалтасынан жүйе іске қосылғанда жүктеледі.",
    ru: "По этим данным система направляет жалобы. Они загружаются из папки data/ при запуске.",
    en: "The system routes complaints by these data. They are loaded from the data/ folder at start.",
  },
  "adminReference.organizations": {
    kk: "Ұйымдар",
    ru: "Организации",
    en: "Organizations",
  },
  "adminReference.services": {
    kk: "Мемлекеттік қызметтер",
    ru: "Государственные услуги",
    en: "Public services",
  },
  "adminReference.id": {
    kk: "Коды",
    ru: "Код",
    en: "Code",
  },
  "adminReference.name": {
    kk: "Атауы",
    ru: "Наименование",
    en: "Name",
  },
  "adminReference.kind": {
    kk: "Түрі",
    ru: "Вид",
    en: "Kind",
  },
  "adminReference.region": {
    kk: "ӘАОЖ коды",
    ru: "Код КАТО",
    en: "KATO code",
  },
  "adminReference.reviewingBody": {
    kk: "Шағымды қарайтын орган",
    ru: "Рассматривает жалобы",
    en: "Reviews its complaints",
  },
  "adminReference.providers": {
    kk: "Көрсетеді",
    ru: "Оказывают",
    en: "Provided by",
  },
  "adminReference.source": {
    kk: "Дереккөзі",
    ru: "Источник",
    en: "Source",
  },
  "orgKind.provider": {
    kk: "көрсетілетін қызметті беруші",
    ru: "услугодатель",
    en: "service provider",
  },
  "orgKind.state_corporation": {
    kk: "Мемлекеттік корпорация",
    ru: "Государственная корпорация",
    en: "State Corporation",
  },
  "orgKind.akimat": {
    kk: "әкімдік",
    ru: "акимат",
    en: "akimat",
  },
  "orgKind.quality_authority": {
    kk: "сапаны бақылау жөніндегі уәкілетті орган",
    ru: "уполномоченный орган по контролю качества",
    en: "authorized body for quality control",
  },
  "orgKind.informatization_authority": {
    kk: "ақпараттандыру саласындағы уәкілетті орган",
    ru: "уполномоченный орган в сфере информатизации",
    en: "authorized body for informatization",
  },
  "orgKind.ministry": {
    kk: "министрлік",
    ru: "министерство",
    en: "ministry",
  },
  "orgKind.contact_centre": {
    kk: "бірыңғай байланыс орталығы",
    ru: "единый контакт-центр",
    en: "unified contact centre",
  },
});
