package viva.report;

/**
 * The head of the HTML report: the policy that forbids script and fetching, and the styles for screen and print.
 * Table cells wrap only between words, and ids, file names and dates (class {@code w}) not at all: a hyphen or a
 * slash inside one is no place to break it. A table still wider than its page scrolls on its own.
 */
final class Css {
    private Css() {
    }

    static final String HEAD = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>viva score report</title>
            <style>
            :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0969da; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 1100px; padding: 24px 32px; color: var(--ink); background: #fff;
                   font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
            h3 { font-size: 14px; margin: 16px 0 4px; }
            .meta, .note, footer { color: var(--muted); }
            .note { margin: 0 0 8px; font-size: 13px; }
            .tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; }
            .tile { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: var(--soft); }
            .tile .num { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
            .tile .lbl { color: var(--muted); font-size: 12px; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 13px; }
            th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
            th { background: var(--soft); font-weight: 600; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            td.n, .w { white-space: nowrap; }
            .scroll { overflow-x: auto; }
            .sub { color: var(--muted); font-size: 12px; font-weight: normal; }
            .pair { display: flex; flex-wrap: wrap; column-gap: 24px; }
            .pair > section { flex: 1 1 auto; min-width: 0; }
            svg { display: block; max-width: 100%; height: auto; margin: 8px 0; }
            svg text { font: 11px system-ui, sans-serif; fill: var(--ink); }
            svg.trend text.rating { fill: #0969da; }
            svg.trend text.coverage { fill: #1a7f37; }
            svg text.title { font-weight: 600; }
            pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--soft); border: 1px solid var(--line);
                  border-radius: 6px; padding: 8px 10px; margin: 4px 0 12px; font-size: 13px; }
            footer { margin-top: 32px; font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
            @page { margin: 16mm 14mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              .tiles { grid-template-columns: repeat(4, 1fr); }
              .tile { background: none; }
              th { background: none; }
              section, .attempt, tr, svg { break-inside: avoid; }
              h2 { break-after: avoid; }
              thead { display: table-header-group; }
              .scroll { overflow: visible; }
            }
            @media (max-width: 700px) { .tiles { grid-template-columns: repeat(2, 1fr); } }
            </style>
            </head>
            <body>
            """;
}
