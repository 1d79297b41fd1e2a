"""The inline stylesheet of the HTML page: system fonts only, light and dark, phone-first."""

from __future__ import annotations

__all__ = ["CSS"]

# No web fonts and no url(): the page must not fetch anything. Colour pairs
# meet WCAG AA contrast; deletions are also struck through and insertions
# underlined, so the page reads the same in greyscale and to colour-blind eyes.
CSS = """
:root {
  --bg: #f7f6f2; --card: #ffffff; --ink: #1d1d1f; --muted: #5b5b60; --line: #dedcd5;
  --del-bg: #fde2e0; --del-ink: #8c1d18; --ins-bg: #d8f3dc; --ins-ink: #0d5125;
  --move: #6b3fa0; --edit: #8a5a00; --accent: #174ea6;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #161618; --card: #1f1f22; --ink: #ececec; --muted: #a9a9b0; --line: #36363b;
    --del-bg: #4a1d1b; --del-ink: #ffb4ab; --ins-bg: #173d22; --ins-ink: #a6f0b6;
    --move: #cfb1f5; --edit: #f0c36b; --accent: #9ec1ff;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 17px/1.6 var(--sans);
}
header.top, main { max-width: 50rem; margin: 0 auto; padding: 0 1.25rem; }
body.sbs header.top, body.sbs main { max-width: 72rem; }
header.top { padding-top: 1.75rem; padding-bottom: 0.25rem; }
.kicker {
  margin: 0; color: var(--muted); font-size: 0.8rem; letter-spacing: 0.08em;
  text-transform: uppercase; font-weight: 600;
}
h1 { font: 700 1.9rem/1.2 var(--serif); margin: 0.3rem 0 0.6rem; }
h2 {
  font-size: 1.05rem; margin: 0 0 0.75rem; padding-bottom: 0.35rem;
  border-bottom: 2px solid var(--ink); letter-spacing: 0.02em;
}
h2 .count { font-weight: 400; color: var(--muted); font-size: 0.9rem; margin-left: 0.4rem; }
.meta { margin: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.ids { color: var(--muted); font-size: 0.85rem; }
code { font: 0.85em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.badge {
  display: inline-block; padding: 0.1rem 0.6rem; border-radius: 999px; font-size: 0.8rem;
  font-weight: 700; border: 1.5px solid currentColor; text-transform: uppercase;
  letter-spacing: 0.04em;
}
.sig-substantive { color: var(--del-ink); background: var(--del-bg); }
.sig-copyedit { color: var(--edit); }
.sig-typographic, .sig-none { color: var(--muted); }
.correction { color: var(--card); background: var(--del-ink); border-color: var(--del-ink); }
.unacknowledged {
  color: var(--card); background: var(--edit); border-color: var(--edit); border-style: dashed;
}
section { margin: 1.5rem 0; }
.summary {
  background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 1rem 1.25rem 0.75rem;
}
.summary h2 { border-bottom: 0; padding: 0; margin-bottom: 0.4rem; }
.summary ul { margin: 0; padding-left: 1.2rem; }
.summary li { margin: 0.15rem 0; overflow-wrap: anywhere; }
ol.changes, ul.note-list { list-style: none; margin: 0; padding: 0; }
.change, .note {
  background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--muted);
  border-radius: 8px; padding: 0.7rem 1rem 0.8rem; margin: 0 0 0.75rem;
}
.op-added, .note.added { border-left-color: var(--ins-ink); }
.op-removed, .note.removed { border-left-color: var(--del-ink); }
.op-edited { border-left-color: var(--edit); }
.op-moved, .op-split, .op-merged { border-left-color: var(--move); }
.label {
  margin: 0 0 0.3rem; font-size: 0.78rem; font-weight: 700; color: var(--muted);
  text-transform: uppercase; letter-spacing: 0.05em;
}
.label .op {
  display: inline-block; width: 1.3rem; height: 1.3rem; line-height: 1.3rem; margin-right: 0.3rem;
  text-align: center; border-radius: 50%; background: var(--line); color: var(--ink);
}
.op-moved .label, .op-split .label, .op-merged .label { color: var(--move); }
.text { margin: 0; font: 1.06rem/1.65 var(--serif); overflow-wrap: anywhere; }
.absent { color: var(--muted); font-style: italic; }
del, ins { border-radius: 3px; padding: 0 0.12em; -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
del { background: var(--del-bg); color: var(--del-ink); text-decoration: line-through;
  text-decoration-thickness: 1.5px; }
ins { background: var(--ins-bg); color: var(--ins-ink); text-decoration: underline;
  text-decoration-thickness: 1.5px; text-underline-offset: 0.18em; }
.op-added .text > ins, .op-removed .text > del { background: none; padding: 0; }
.op-added .text > ins { text-decoration: none; }
.vh, .side-name {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
.quotes {
  margin-top: 0.5rem; font-size: 0.88rem; color: var(--muted); display: flex; flex-wrap: wrap;
  gap: 0.25rem 0.6rem; align-items: baseline;
}
.quotes .k { font-weight: 700; text-transform: uppercase; font-size: 0.75rem;
  letter-spacing: 0.05em; }
.quotes ul { list-style: none; margin: 0; padding: 0; display: contents; }
.quotes li { background: var(--bg); border: 1px solid var(--line); border-radius: 6px;
  padding: 0 0.6rem; }
.quotes cite { font-style: normal; font-weight: 700; color: var(--ink); }
.quotes .was { flex-basis: 100%; margin: 0; }
.note blockquote { margin: 0.2rem 0 0; font: 1.02rem/1.6 var(--serif); }
.note blockquote ins, .note blockquote del { background: none; padding: 0; }
.note blockquote ins { text-decoration: none; }
time { font-variant-numeric: tabular-nums; }
.fields dl { margin: 0; background: var(--card); border: 1px solid var(--line);
  border-radius: 8px; }
.fields dl > div { display: grid; grid-template-columns: 10rem 1fr; gap: 0.75rem;
  padding: 0.55rem 1rem; border-top: 1px solid var(--line); }
.fields dl > div:first-child { border-top: 0; }
.fields dt { font-weight: 700; font-size: 0.9rem; }
.fields dd { margin: 0; overflow-wrap: anywhere; font-size: 0.92rem; }
.article {
  background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 1rem 1.25rem 0.5rem;
}
.article .para { margin: 0 0 0.9rem; font: 1.06rem/1.7 var(--serif); overflow-wrap: anywhere; }
.article .para.changed { border-left: 3px solid var(--edit); margin-left: -1.25rem;
  padding-left: calc(1.25rem - 3px); }
.article .para.gone { border-left-style: dashed; border-left-color: var(--del-ink); }
.pn { font: 700 0.75rem var(--sans); color: var(--muted); margin-right: 0.3rem; }
.mv {
  font: 700 0.72rem var(--sans); color: var(--move); border: 1.5px solid var(--move);
  border-radius: 4px; padding: 0 0.35rem; margin-right: 0.2rem; white-space: nowrap;
  text-transform: uppercase; letter-spacing: 0.03em;
}
.mv.away { border-style: dashed; }
.moved { outline: 1.5px dotted var(--move); outline-offset: 1px; border-radius: 3px; }
.fold {
  margin: 0 0 0.9rem; color: var(--muted); font-size: 0.85rem; font-style: italic;
  text-align: center; border-top: 1px dashed var(--line); border-bottom: 1px dashed var(--line);
  padding: 0.2rem 0;
}
.cols { display: none; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
body.sbs .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; font-size: 0.8rem;
  font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em;
  margin: 0 0 0.4rem; padding: 0 1.05rem 0 1.3rem; }
.side.old { border-right: 1px dashed var(--line); padding-right: 1rem; }
@media (max-width: 40rem) {
  body { font-size: 16px; }
  h1 { font-size: 1.5rem; }
  header.top, main { padding-left: 0.8rem; padding-right: 0.8rem; }
  .change, .note { padding: 0.6rem 0.75rem; }
  .pair { grid-template-columns: 1fr; gap: 0.5rem; }
  body.sbs .cols { display: none; }
  .side-name { position: static !important; width: auto; height: auto; margin: 0;
    overflow: visible; clip: auto; clip-path: none; white-space: normal;
    display: block; font-size: 0.72rem; font-weight: 700; color: var(--muted);
    text-transform: uppercase; letter-spacing: 0.05em; }
  .side.old { border-right: 0; padding-right: 0; border-bottom: 1px dashed var(--line);
    padding-bottom: 0.5rem; }
  .fields dl > div { grid-template-columns: 1fr; gap: 0.1rem; }
}
@media print {
  body { background: #fff; }
  .change, .note, .summary { break-inside: avoid; }
}
""".strip()
