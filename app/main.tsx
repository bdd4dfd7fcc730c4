// Entry point: checks the session once, then renders the routes.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { AppRoutes } from "./router";
import { useAppStore } from "./store";
import "./styles.css";

void useAppStore.getState().checkSession();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    {/* Without transitions a page whose chunk is still loading shows "Loading the page…" at once,
        instead of the previous page staying up with no sign the click was taken. */}
    <BrowserRouter useTransitions={false}>
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>,
);
