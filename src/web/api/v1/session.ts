import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { DomainError } from "../../../domain/errors.ts";
import { signIn } from "../../../operations/sign-in.ts";
import { signOut } from "../../../operations/sign-out.ts";
import { findSessionUser, fullName } from "../../../queries/session-user.ts";
import { clientAddress } from "../../client-address.ts";
import type { AppEnv } from "../../context.ts";
import { clearSessionCookie, setSessionCookie } from "../../middleware/session.ts";
import { Problem, SignInBody } from "./schemas.ts";

const SessionUserSchema = z
  .object({
    id: z.string(),
    role: z.string(),
    organizationId: z.string().nullable(),
    fullName: z.string(),
  })
  .openapi("SessionUser");

const create = createRoute({
  method: "post",
  path: "/session",
  tags: ["session"],
  summary: "Sign in: returns a bearer token and sets the session cookie",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: SignInBody,
        },
      },
    },
  },
  responses: {
    200: {
      description: "Signed in",
      content: { "application/json": { schema: z.object({ token: z.string(), user: SessionUserSchema }) } },
    },
    401: {
      description: "Wrong login or password",
      content: { "application/problem+json": { schema: Problem } },
    },
    403: {
      description: "A citizen's password sign-in while LOCAL_PASSWORD_SIGN_IN is off (citizen_password_off)",
      content: { "application/problem+json": { schema: Problem } },
    },
    429: { description: "Too many failures", content: { "application/problem+json": { schema: Problem } } },
  },
});

const remove = createRoute({
  method: "delete",
  path: "/session",
  tags: ["session"],
  summary: "Sign out",
  responses: { 204: { description: "Signed out" } },
});

export function sessionRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(create, async (c) => {
    const { login, password } = c.req.valid("json");
    const { db, now, config } = c.get("deps");
    const { token } = await signIn(
      db,
      {
        login,
        password,
        address: clientAddress(c),
        previousToken: c.get("sessionToken"),
        requestId: c.get("requestId"),
        citizenPasswords: config.localPasswordSignIn,
      },
      now(),
    );
    const user = await findSessionUser(db, token, now());
    if (!user) throw new DomainError("unauthenticated", "sign_in_failed");
    setSessionCookie(c, token);
    return c.json(
      {
        token,
        user: { id: user.id, role: user.role, organizationId: user.organizationId, fullName: fullName(user) },
      },
      200,
    );
  });

  api.openapi(remove, async (c) => {
    const token = c.get("sessionToken");
    if (token) await signOut(c.get("deps").db, token, c.get("requestId"));
    clearSessionCookie(c);
    return c.body(null, 204);
  });
}
