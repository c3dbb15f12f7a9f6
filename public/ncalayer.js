// Progressive enhancement of the EDS page: asks NCALayer (wss://127.0.0.1:13579) for a detached
// CMS over the exact text and puts it into the form. Without JavaScript, or when NCALayer is not
// running, the citizen pastes the base64 CMS by hand; the page explains how.
const form = document.querySelector("[data-ncalayer]");
if (form) {
  const button = form.querySelector("[data-ncalayer-sign]");
  const down = document.querySelector("[data-ncalayer-down]");
  const field = form.querySelector("textarea[name=cms]");
  const text = document.querySelector("[data-signed-text]")?.textContent ?? "";
  const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(text)));
  button.hidden = false;
  button.addEventListener("click", (event) => {
    event.preventDefault();
    let socket;
    try {
      socket = new WebSocket("wss://127.0.0.1:13579/");
    } catch {
      down.hidden = false;
      return;
    }
    socket.onerror = () => {
      down.hidden = false;
    };
    socket.onopen = () => {
      socket.send(
        JSON.stringify({
          module: "kz.gov.pki.knca.commonUtils",
          method: "createCAdESFromBase64",
          args: ["PKCS12", "SIGNATURE", base64, false],
        }),
      );
    };
    socket.onmessage = (message) => {
      const answer = JSON.parse(message.data);
      if (answer.code === "200" && typeof answer.responseObject === "string") {
        field.value = answer.responseObject;
        socket.close();
      }
    };
  });
}
