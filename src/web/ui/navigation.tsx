import { useRequestContext } from "hono/jsx-renderer";
import type { OrganizationKind, Role } from "../../domain/roles.ts";
import type { AppEnv } from "../context.ts";
import { useLang } from "./i18n.ts";

/** A page a role works from: its name and hint are `tool.<key>` and `tool.<key>.hint`. */
export type Tool = { key: string; path: string; onlyFor?: OrganizationKind };

/** Home visits are the State Corporation's: its registrars, heads and field employees. */
const HOME_VISITS: Tool = { key: "homeVisits", path: "/home-visits", onlyFor: "state_corporation" };

/** Each role's tools, in the order it uses them; the header and the landing pages show them. */
export const TOOLS: Record<Role | "guest", readonly Tool[]> = {
  guest: [
    { key: "file", path: "/complaints/new" },
    { key: "status", path: "/status" },
    { key: "deadline", path: "/deadline" },
    { key: "openData", path: "/open-data" },
  ],
  citizen: [
    { key: "cabinet", path: "/cabinet" },
    { key: "file", path: "/complaints/new" },
    { key: "notifications", path: "/cabinet/notifications" },
    { key: "status", path: "/status" },
  ],
  registrar: [
    { key: "inbox", path: "/staff" },
    { key: "intake", path: "/office/complaints/new" },
    { key: "officeToday", path: "/office" },
    HOME_VISITS,
  ],
  executor: [{ key: "inbox", path: "/staff" }, HOME_VISITS],
  head: [
    { key: "inbox", path: "/staff" },
    { key: "officeToday", path: "/office" },
    HOME_VISITS,
    { key: "reports", path: "/reports" },
  ],
  operator: [
    { key: "contactCentre", path: "/contact-centre" },
    { key: "callerFile", path: "/contact-centre/complaints/new" },
    { key: "callerStatus", path: "/contact-centre/status" },
    { key: "homeVisits", path: "/home-visits" },
    { key: "visitStatus", path: "/home-visits/status" },
  ],
  admin: [
    { key: "calendar", path: "/admin/calendar" },
    { key: "users", path: "/admin/users" },
    { key: "reference", path: "/admin/reference" },
    { key: "reports", path: "/reports" },
    { key: "deadline", path: "/deadline" },
  ],
};

const within = (path: string, tool: Tool) => path === tool.path || path.startsWith(`${tool.path}/`);

/** The tool a path belongs to: the one with the longest path that contains it. */
export function currentTool(tools: readonly Tool[], path: string): Tool | undefined {
  return tools.filter((tool) => within(path, tool)).sort((a, b) => b.path.length - a.path.length)[0];
}

function useTools() {
  const c = useRequestContext<AppEnv>();
  const user = c.get("user");
  return TOOLS[user?.role ?? "guest"].filter(
    (tool) => !tool.onlyFor || tool.onlyFor === user?.organizationKind,
  );
}

/** Whether a tool is the signed-in role's (or a guest's): pages link to a tool only then. */
export function useMayOpen(): (path: string) => boolean {
  const tools = useTools();
  return (path) => tools.some((tool) => tool.path === path);
}

/** The header's row of tools for the signed-in role (or a guest), the current one marked. */
export function ToolsNav() {
  const c = useRequestContext<AppEnv>();
  const { lang, tr } = useLang();
  const tools = useTools();
  const path = new URL(c.req.url).pathname.replace(/^\/(kk|ru|en)(?=\/|$)/, "");
  const current = currentTool(tools, path);
  return (
    <nav class="app-tools" aria-label={tr("nav.tools")}>
      <ul class="app-tools__list govuk-width-container">
        {tools.map((tool) => (
          <li class="app-tools__item">
            <a
              class="govuk-link govuk-link--inverse"
              href={`/${lang}${tool.path}`}
              aria-current={tool === current ? "page" : undefined}
            >
              {tr(`tool.${tool.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A landing page's list of the role's tools, each with what it is for. */
export function ToolList() {
  const { lang, tr } = useLang();
  return (
    <ul class="govuk-list app-tool-list">
      {useTools().map((tool) => (
        <li>
          <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
            <a class="govuk-link" href={`/${lang}${tool.path}`}>
              {tr(`tool.${tool.key}`)}
            </a>
          </h2>
          <p class="govuk-body">{tr(`tool.${tool.key}.hint`)}</p>
        </li>
      ))}
    </ul>
  );
}
