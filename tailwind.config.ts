import type { Config } from "tailwindcss";

const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  // Light and dark themes follow the operating system's setting.
  darkMode: "media",
  theme: {
    extend: {
      fontFamily: {
        sans: ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
        // Consolas and Liberation Mono before the generic family. Debian's Chromium 156
        // clips the underscores of Linux's usual default, DejaVu Sans Mono, in a
        // 14 px text input, so ids like proj_abc showed as "proj abc".
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"],
      },
    },
  },
  plugins: [],
};

export default config;
