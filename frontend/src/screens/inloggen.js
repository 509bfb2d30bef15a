// Inloggen: e-mailadres en wachtwoord → sessiecookie + CSRF-token, dan /me.

import { h } from "../dom.js";
import { login } from "../session.js";
import { busy, clearFieldErrors, errorText, field, heading, showFieldErrors } from "../ui.js";

export function renderLogin(container, ctx) {
  const email = field({
    name: "username",
    label: "E-mailadres",
    type: "email",
    required: true,
    autocomplete: "username",
    spellcheck: "false",
    maxlength: "254",
  });
  const password = field({
    name: "password",
    label: "Wachtwoord",
    type: "password",
    required: true,
    autocomplete: "current-password",
    maxlength: "200",
  });
  email.input.dataset.autofocus = "";
  const problem = h("div", { class: "inlogfout", role: "alert" });
  const submit = h("button", { type: "submit", class: "knop knop-primair" }, "Inloggen");
  const form = h(
    "form",
    { class: "formulier smal", novalidate: true, "aria-labelledby": "scherm-kop" },
    problem,
    email.wrapper,
    password.wrapper,
    h("div", { class: "knoppen" }, submit),
  );

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    problem.replaceChildren();
    await busy(submit, async () => {
      try {
        await login(email.input.value.trim(), password.input.value);
      } catch (error) {
        password.input.value = "";
        if (error.status === 400 && error.invalidParams.length) {
          showFieldErrors(form, error.invalidParams);
          return;
        }
        const title = error.status === 429 ? "Even wachten" : "Inloggen is niet gelukt";
        problem.replaceChildren(h("div", { class: "foutblok" }, h("h2", {}, title), h("p", {}, errorText(error))));
        (error.status === 401 ? email.input : password.input).focus();
        return;
      }
      ctx.navigate(ctx.afterLogin());
    });
  });

  container.append(
    h(
      "div",
      { class: "inloggen" },
      heading("Inloggen bij Vakwerk"),
      h("p", { class: "inleiding" }, "Log in met het e-mailadres en wachtwoord van uw account bij de gemeente."),
      form,
    ),
  );
}
