import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Database } from "../../src/db/connection.ts";
import { dispatchOnce } from "../../src/jobs/dispatcher.ts";
import { createTransports } from "../../src/jobs/transports.ts";

export type Sms = { to: string; text: string; id: string };

/**
 * A real HTTP SMS gateway on 127.0.0.1 (JSON POST `{ to, text, id }`, as `createTransports`
 * sends) and the dispatcher that delivers the outbox to it; `codeFor` reads the last signing code.
 */
export async function startSmsGateway(db: Database["db"], now: () => Date) {
  const got: Sms[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString("utf8");
    });
    req.on("end", () => {
      got.push(JSON.parse(body) as Sms);
      res.writeHead(200, { "content-type": "application/json" }).end('{"accepted":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  const options = {
    transports: createTransports({
      smsGatewayUrl: `http://127.0.0.1:${port}/send`,
      mailFrom: "x <x@y.kz>",
      demo: true,
    }),
    now,
    publicUrl: "https://shagym.example.kz",
    worker: "sms-test",
  };
  const deliver = async () => {
    while ((await dispatchOnce(db, options)) > 0) {}
  };
  return {
    got,
    deliver,
    /** Delivers the outbox and returns the code in the last SMS to `phone`. */
    async codeFor(phone: string): Promise<string> {
      await deliver();
      const last = got.filter((m) => m.to === phone).at(-1);
      const code = /(\d{6})/.exec(last?.text ?? "")?.[1];
      if (!code) throw new Error(`no code for ${phone}: ${JSON.stringify(got)}`);
      return code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
