import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { isDarkColor } from "./colors";

/** Office's theme (Excel mode): dark when the task pane's body background Office reports is dark. */
function officeDark(): boolean | null {
  try {
    const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
    return theme ? isDarkColor(theme.bodyBackgroundColor) : null;
  } catch {
    return null;
  }
}

function systemDark(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/**
 * Fluent's light or dark theme as the user has it: Office's theme inside Excel (Office.context.officeTheme, read
 * again whenever the pane comes back into view or focus), else the system's (prefers-color-scheme), followed as it
 * changes.
 */
export function ThemedProvider(props: { inExcel: boolean; children: ReactNode }) {
  const [dark, setDark] = useState(() => (props.inExcel ? (officeDark() ?? systemDark()) : systemDark()));
  useEffect(() => {
    if (props.inExcel && officeDark() !== null) {
      setDark(officeDark()!);
      // Followed while the pane is open, but Excel raises no event for it: Office.EventType.OfficeThemeChanged
      // belongs to the Mailbox 1.14 requirement set, and "only task pane add-ins for Outlook support Mailbox API set
      // event types" (learn.microsoft.com/javascript/api/office/office.eventtype and
      // .../outlook/office.officethemechangedeventargs). The user changes the theme away from the pane (File >
      // Account > Office Theme), so Office.context.officeTheme is read again when the pane is shown, focused or
      // pointed at again.
      const again = () => {
        const d = officeDark();
        if (d !== null) setDark(d);
      };
      const visible = () => {
        if (document.visibilityState === "visible") again();
      };
      window.addEventListener("focus", again);
      document.addEventListener("visibilitychange", visible);
      document.documentElement.addEventListener("pointerenter", again);
      return () => {
        window.removeEventListener("focus", again);
        document.removeEventListener("visibilitychange", visible);
        document.documentElement.removeEventListener("pointerenter", again);
      };
    }
    if (typeof window.matchMedia !== "function") return;
    const mq = window.matchMedia("(prefers-color-scheme: dark)");
    const on = () => setDark(mq.matches);
    mq.addEventListener("change", on);
    return () => mq.removeEventListener("change", on);
  }, [props.inExcel]);
  const theme = dark ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} data-theme={dark ? "dark" : "light"} style={{ minHeight: "100vh" }}>
      {props.children}
    </FluentProvider>
  );
}
