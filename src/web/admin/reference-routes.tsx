import { Hono } from "hono";
import { t } from "../../i18n/index.ts";
import { referenceData, staffAccounts } from "../../queries/admin-lists.ts";
import type { AppEnv } from "../context.ts";
import { requireUser } from "../guards.ts";
import { useLang } from "../ui/i18n.ts";
import { Table } from "../ui/table.tsx";

type Accounts = Awaited<ReturnType<typeof staffAccounts>>;
type Reference = Awaited<ReturnType<typeof referenceData>>;

/** An empty cell reads as a dash. */
const dash = (row: (string | null)[]) => row.map((cell) => cell ?? "—");

function UsersPage({ accounts, names }: { accounts: Accounts; names: Reference["names"] }) {
  const { lang, tr } = useLang();
  return (
    <>
      <h1 class="govuk-heading-l">{tr("adminUsers.title")}</h1>
      <p class="govuk-body">{tr("adminUsers.lead", { citizens: accounts.citizens })}</p>
      <Table
        caption={tr("adminUsers.title")}
        head={[
          "adminUsers.login",
          "adminUsers.name",
          "adminUsers.role",
          "adminUsers.organization",
          "adminUsers.position",
        ].map((k) => tr(k))}
        rows={accounts.staff.map((u) =>
          dash([
            u.demo ? `${u.login} (${tr("adminUsers.demo")})` : u.login,
            `${u.surname} ${u.name}`,
            tr(`role.${u.role}`),
            u.organizationId ? (names.get(u.organizationId)?.[lang] ?? u.organizationId) : null,
            u.position[lang],
          ]),
        )}
      />
    </>
  );
}

function ReferencePage({ data }: { data: Reference }) {
  const { lang, tr } = useLang();
  const name = (id: string | null) => (id ? (data.names.get(id)?.[lang] ?? id) : null);
  return (
    <>
      <h1 class="govuk-heading-l">{tr("adminReference.title")}</h1>
      <p class="govuk-body">{tr("adminReference.lead")}</p>
      <Table
        caption={tr("adminReference.organizations")}
        head={[
          "adminReference.id",
          "adminReference.name",
          "adminReference.kind",
          "adminReference.region",
          "adminReference.reviewingBody",
          "adminReference.source",
        ].map((k) => tr(k))}
        rows={data.organizations.map((o) =>
          dash([
            o.id,
            o.name[lang],
            tr(`orgKind.${o.kind}`),
            o.regionCode,
            name(o.reviewingBodyId),
            o.source,
          ]),
        )}
      />
      <Table
        caption={tr("adminReference.services")}
        head={[
          "adminReference.id",
          "adminReference.name",
          "adminReference.providers",
          "adminReference.source",
        ].map((k) => tr(k))}
        rows={data.services.map((s) =>
          dash([s.id, s.name[lang], s.providerIds.map((id) => name(id)).join(", ") || null, s.source]),
        )}
      />
    </>
  );
}

/** The administrator's read-only lists: staff accounts and the reference data. */
export function adminReferenceRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/admin/users", async (c) => {
    requireUser(c, ["admin"]);
    const { db } = c.get("deps");
    const [accounts, data] = await Promise.all([staffAccounts(db), referenceData(db)]);
    return c.render(<UsersPage accounts={accounts} names={data.names} />, {
      title: t(c.get("lang"), "adminUsers.title"),
    });
  });
  app.get("/admin/reference", async (c) => {
    requireUser(c, ["admin"]);
    const data = await referenceData(c.get("deps").db);
    return c.render(<ReferencePage data={data} />, { title: t(c.get("lang"), "adminReference.title") });
  });
  return app;
}
