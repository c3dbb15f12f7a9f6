import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { users } from "../db/schema.ts";
import type { Role } from "../domain/roles.ts";
import { audit } from "./audit.ts";

export const DEMO_PASSWORD = "demo";

type Position = { kk: string; ru: string; en: string };
const POSITIONS: Record<Exclude<Role, "citizen">, Position> = {
  registrar: { kk: "Кеңсе маманы", ru: "Специалист канцелярии", en: "Registry officer" },
  executor: { kk: "Бас маман", ru: "Главный специалист", en: "Chief specialist" },
  head: { kk: "Басшы", ru: "Руководитель", en: "Head" },
  operator: {
    kk: "Байланыс орталығының операторы",
    ru: "Оператор контакт-центра",
    en: "Contact-centre operator",
  },
  admin: { kk: "Жүйе әкімшісі", ru: "Администратор системы", en: "System administrator" },
};

type Citizen = {
  iin: string;
  surname: string;
  name: string;
  patronymic: string;
  email: string;
  phone: string;
};
type Staff = {
  login: string;
  role: Exclude<Role, "citizen">;
  org: string | null;
  surname: string;
  name: string;
  patronymic: string;
};

const CITIZENS: Citizen[] = [
  {
    iin: "900101300126",
    surname: "Сейтқали",
    name: "Нұрлан",
    patronymic: "Маратұлы",
    email: "nurlan.seitkali@example.kz",
    phone: "+77011234567",
  },
  {
    iin: "850315450011",
    surname: "Ахметова",
    name: "Динара",
    patronymic: "Серікқызы",
    email: "dinara.akhmetova@example.kz",
    phone: "+77029876543",
  },
];

const STAFF: Staff[] = [
  {
    login: "registrar.akmola-edu",
    role: "registrar",
    org: "akmola-edu",
    surname: "Жұмабаева",
    name: "Әсел",
    patronymic: "Қайратқызы",
  },
  {
    login: "executor.akmola-edu",
    role: "executor",
    org: "akmola-edu",
    surname: "Оспанов",
    name: "Ерлан",
    patronymic: "Бекұлы",
  },
  {
    login: "head.akmola-edu",
    role: "head",
    org: "akmola-edu",
    surname: "Тұрсынов",
    name: "Қанат",
    patronymic: "Әбілұлы",
  },
  {
    login: "registrar.akmola-akimat",
    role: "registrar",
    org: "akmola-akimat",
    surname: "Ғабдуллина",
    name: "Гүлнар",
    patronymic: "Сәкенқызы",
  },
  {
    login: "head.akmola-akimat",
    role: "head",
    org: "akmola-akimat",
    surname: "Мұхаметжанов",
    name: "Серік",
    patronymic: "Оралұлы",
  },
  {
    login: "registrar.gov4c-akmola",
    role: "registrar",
    org: "gov4c-akmola",
    surname: "Иванова",
    name: "Елена",
    patronymic: "Петровна",
  },
  {
    login: "executor.gov4c-akmola",
    role: "executor",
    org: "gov4c-akmola",
    surname: "Сәрсенбаев",
    name: "Ғалым",
    patronymic: "Төлеуұлы",
  },
  {
    login: "head.gov4c-akmola",
    role: "head",
    org: "gov4c-akmola",
    surname: "Бекова",
    name: "Айгүл",
    patronymic: "Нұрланқызы",
  },
  {
    login: "registrar.quality-karaganda",
    role: "registrar",
    org: "quality-karaganda",
    surname: "Қасымова",
    name: "Жансая",
    patronymic: "Ержанқызы",
  },
  {
    login: "head.quality-karaganda",
    role: "head",
    org: "quality-karaganda",
    surname: "Әлиев",
    name: "Дәурен",
    patronymic: "Маратұлы",
  },
  {
    login: "registrar.quality-akmola",
    role: "registrar",
    org: "quality-akmola",
    surname: "Тоқтарова",
    name: "Меруерт",
    patronymic: "Асқарқызы",
  },
  {
    login: "head.quality-akmola",
    role: "head",
    org: "quality-akmola",
    surname: "Жақыпов",
    name: "Нұржан",
    patronymic: "Сәбитұлы",
  },
  {
    login: "head.osakarovka-akimat",
    role: "head",
    org: "osakarovka-akimat",
    surname: "Нұрғалиев",
    name: "Бауыржан",
    patronymic: "Өмірұлы",
  },
  {
    login: "operator.1414",
    role: "operator",
    org: "ucc-1414",
    surname: "Сағынтаева",
    name: "Мөлдір",
    patronymic: "Ұланқызы",
  },
  { login: "admin", role: "admin", org: null, surname: "Әкімшісі", name: "Жүйе", patronymic: "" },
];

/** Seeds the demo accounts once (when none exist); all share the password `demo`. */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await hasDemoAccounts(db)) return false;
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const c of CITIZENS) {
      const id = randomUUID();
      await tx.insert(users).values({
        id,
        kind: "citizen",
        role: "citizen",
        login: c.iin,
        iin: c.iin,
        passwordHash,
        surname: c.surname,
        name: c.name,
        patronymic: c.patronymic,
        email: c.email,
        phone: c.phone,
        isDemo: true,
      });
    }
    for (const s of STAFF) {
      const p = POSITIONS[s.role];
      await tx.insert(users).values({
        id: randomUUID(),
        kind: "staff",
        role: s.role,
        login: s.login,
        passwordHash,
        surname: s.surname,
        name: s.name,
        patronymic: s.patronymic || null,
        organizationId: s.org,
        positionKk: p.kk,
        positionRu: p.ru,
        positionEn: p.en,
        email: `${s.login}@example.kz`,
        isDemo: true,
      });
    }
    await audit(tx, {
      actorId: null,
      action: "demo.seeded",
      entityType: "system",
      entityId: "demo",
      data: { citizens: CITIZENS.length, staff: STAFF.length },
    });
  });
  return true;
}

/** True when demo accounts exist (production refuses to start then). */
export async function hasDemoAccounts(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.isDemo, true)).limit(1);
  return Boolean(row);
}
