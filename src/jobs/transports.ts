import nodemailer from "nodemailer";

export type Message = { id: number; channel: "email" | "sms"; to: string; subject: string; text: string };

/** Sends one message; resolves with the provider's answer, throws when the provider refuses. */
export type Transport = (m: Message) => Promise<string>;
export type Transports = { email: Transport; sms: Transport };

export type TransportConfig = {
  smtpUrl?: string | undefined;
  mailFrom: string;
  smsGatewayUrl?: string | undefined;
  demo: boolean;
};

/** Demo mode without a provider: the message stays in the outbox and the dev mailbox shows it. */
const devMailbox: Transport = async () => "dev-mailbox";
const missing =
  (setting: string): Transport =>
  async () => {
    throw new Error(`${setting} is not configured`);
  };

/** E-mail over SMTP (nodemailer), SMS through an HTTP gateway (JSON POST `{ to, text, id }`). */
export function createTransports(c: TransportConfig): Transports {
  const smtp = c.smtpUrl ? nodemailer.createTransport(c.smtpUrl) : null;
  const email: Transport = smtp
    ? async (m) => {
        const info = await smtp.sendMail({
          from: c.mailFrom,
          to: m.to,
          subject: m.subject,
          text: m.text,
          messageId: `<outbox-${m.id}@shagym>`,
        });
        return String(info.response ?? info.messageId);
      }
    : c.demo
      ? devMailbox
      : missing("SMTP_URL");
  const gateway = c.smsGatewayUrl;
  const sms: Transport = gateway
    ? async (m) => {
        const res = await fetch(gateway, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ to: m.to, text: m.text, id: String(m.id) }),
          signal: AbortSignal.timeout(10_000),
        });
        const answer = `${res.status} ${(await res.text()).slice(0, 500)}`;
        if (!res.ok) throw new Error(answer);
        return answer;
      }
    : c.demo
      ? devMailbox
      : missing("SMS_GATEWAY_URL");
  return { email, sms };
}
